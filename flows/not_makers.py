"""Units typed at 整机企业（或应用服务商） that make or serve no robots: a hospital, a school, a
care home or a government department. Most often the scenario's 用户单位 listed with the
consortium (苏州穿山甲机器人股份有限公司、苏州大学附属儿童医院): saved, it would stand in the plan's
makers' cell. Universities and institutes are filed under 其他成员 by their ending
(`row.OTHER_MEMBER_NAME`); these are no 其他成员 for certain either, so they are refused, with
the makers to send alone; a file's row is kept, with a note (`not_a_maker_note`)."""

import re

from flows.name_lookalikes import department

# Endings of units that are sites of a scenario, not makers (…附属儿童医院, …第一中学).
SITE_UNIT = re.compile(r"(?:医院|卫生院|卫生服务中心|幼儿园|小学|中学|养老院|敬老院|福利院)"
                       r"(?:[（(][^（）()]*[）)])?$")
KINDS = (("医院", "医院"), ("卫生", "医院"), ("幼儿园", "学校"), ("学", "学校"), ("院", "养老机构"))
NOT_A_MAKER = ("“{name}”是{kind}，不是机器人整机企业（或应用服务商），没有保存。"
               "场景的用户单位在第 2 步填写；医院、学校等合作单位如是联合体成员，"
               "请在下一问“其他联合体成员”填写。")
SEND_MAKERS = "请只发送整机企业，如：{names}"
SEND_A_MAKER = "请填写整机企业（或应用服务商）的全称。"
NOT_A_MAKER_IN_FILE = ("整机企业{units}，不是机器人整机企业（或应用服务商）："
                       "如是场景的用户单位请从联合体成员中删去，如是联合体成员请写在“其他：”之后")
A_UNIT = "“{name}”是{kind}"


def not_a_maker(names: list[str]) -> str | None:
    """Why `names` typed at 整机企业 are refused when one is a hospital, a school, a care home
    or a government department, with the other names to send alone; None if none is."""
    for name in names:
        if kind := _kind(name):
            makers = [other for other in names if not _kind(other)]
            ask = SEND_MAKERS.format(names="、".join(makers)) if makers else SEND_A_MAKER
            return NOT_A_MAKER.format(name=name, kind=kind) + ask
    return None


def _kind(name: str) -> str:
    """What kind of unit no maker `name` is (医院, 学校, 养老机构, 政府部门); empty if it may
    be one."""
    if department(name):
        return "政府部门"
    if not (found := SITE_UNIT.search(name)):
        return ""
    return next(kind for word, kind in KINDS if word in found.group())


def not_a_maker_note(makers: list[str]) -> str | None:
    """What the chat refuses at 整机企业 (`not_a_maker`), as a note on a file's row: the
    import keeps the row, and the operator sees the hospitals or schools filed as makers, all
    of them, to move in one go."""
    units = [A_UNIT.format(name=name, kind=kind) for name in makers if (kind := _kind(name))]
    return NOT_A_MAKER_IN_FILE.format(units="、".join(units)) if units else None


def no_maker(makers: list[str]) -> bool:
    """Whether every unit of a file's 整机企业 is a hospital, a school, a care home or a
    department: the row names no maker, as one listing only a university there does not."""
    return bool(makers) and all(_kind(name) for name in makers)
