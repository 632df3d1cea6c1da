"""Two units typed as the 用户单位 (苏州恒远动力电池有限公司、东南大学, …有限公司和苏州大学附属第一
医院): a partner listed with the unit where the robots are deployed. The template's 用户单位 is one
unit and which of them is meant cannot be guessed, so the chat asks again, saying where partners
go. Only full names listed with 、 or ；, or with 和, 与, 及 after a full name's ending, count: a
comma often leads to the unit's own branch (…有限公司，苏州分公司), and 和 inside a name is the
name's (江苏省工业和信息化厅). A later name that is a branch, a plant, a campus or a part of the
first (…有限公司、江阴分厂, …有限公司及其子公司, 东南大学、自动化学院, …有限公司、研发中心), or a
body the two run together (东南大学与恒远有限公司联合实验室), is one unit with it.
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.sub_units import part_of

# What only a unit's full name ends with, perhaps with its campus or kind in brackets after it:
# fewer than a member's may (flows/org_names.py), as 局, 院 or 所 alone end a department's name.
ENDINGS = ("公司", "集团", "大学", "学院", "医院", "研究院", "研究所", "中心", "实验室", "厂")
FULL_NAME = re.compile(rf".{{2,}}(?:{'|'.join(ENDINGS)})(?:[（(][^（）()]*[）)])?", re.S)
# Marks between two names; 和, 与, 及 only after a full name's ending or its bracket (as a list
# of members is read, flows/org_names.py), but for 集团's, which a subsidiary's name goes on
# after (…集团和顺物流有限公司).
_AFTER_AN_ENDING = "|".join(f"(?<={re.escape(end)})"
                            for end in (*ENDINGS, "）", ")") if end != "集团")
_BETWEEN = re.compile(rf"\s*[、；;]\s*|(?:{_AFTER_AN_ENDING})\s*(?:和|与|以及|及)\s*")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# What only a unit of its own ends with: a centre, a lab or a plant after a unit (…有限公司、
# 恒远研发中心) is as often its own part, and is kept with it.
OWN_UNIT = re.compile(r"(?:公司|集团|大学|学院|医院|研究院|研究所)(?:[（(][^（）()]*[）)])?$")
# A part of the unit before it: a branch, a plant, a base, a campus, a division, a workshop, an
# affiliate (…大学、附属医院).
BRANCH = re.compile(r"分公司|子公司|分厂|工厂|厂区|基地|分院|院区|校区|分校|事业部|事业群|车间"
                    r"|分部|分中心|办事处|下属|旗下|^(?:附属|所属)")
# A part named by its work alone, with no name of its own (技术研究院, 智能制造技术研究所), or an
# institute after its academy (中国科学院、苏州纳米技术与纳米仿生研究所).
_WORK = re.compile(r"(?:研发|技术|工程|检测|测试|试验|实验|制造|智能制造|生产|运营|物流|仓储|数据"
                   r"|创新|设计|服务|培训|实训|质检|质量|信息|计算|维修|装配|总装|研究|中试)+"
                   r"(?:研究院|研究所|学院)")
ACADEMY_END = re.compile(r"(?:科学|研究)院$")
INSTITUTE = re.compile(r"研究所$")
# A body the units run together, named after them: one unit (东南大学与恒远有限公司联合实验室).
JOINT = re.compile(r"联合|共建|合作|合办|协同")
ONE_UNIT_ASKED = "用户单位只填一家（部署机器人的单位）；合作单位请在“创新应用联合体成员”一问填写。"
ONE_UNIT_ONLY = "“{name}”写了多家单位。" + ONE_UNIT_ASKED
SEVERAL_IN_FILE = ("用户单位“{name}”按一家单位记录；用户单位只填一家（部署机器人的单位），"
                   "合作单位请写在“创新应用联合体成员”列")


def several_units(name: str) -> str | None:
    """Why a 用户单位 naming two or more units of their own is asked again, or None."""
    if JOINT.search(name):
        return None
    first, *later = [part.strip() for part in _BETWEEN.split(_BRACKETED.sub(_kept, name))]
    if not later or not FULL_NAME.fullmatch(first):
        return None
    if all(FULL_NAME.fullmatch(part) and _of_its_own(part, first) for part in later):
        return ONE_UNIT_ONLY.format(name=name)
    return None


def _of_its_own(part: str, first: str) -> bool:
    """Whether `part`, listed after `first`, is a unit of its own rather than a part of it."""
    return bool(OWN_UNIT.search(part)) and not (
        BRANCH.search(part) or _WORK.fullmatch(part) or part_of(part, first)
        or ACADEMY_END.search(first) and INSTITUTE.search(part))


def _kept(bracket: re.Match[str]) -> str:
    """A bracket with its marks taken out, so a name's own 、 (…（集团、股份）…) parts nothing."""
    return re.sub(r"[、；;和与及]", "", bracket.group())


def several_units_note(answers: Mapping[str, Any]) -> str | None:
    """The chat's question of a 用户单位 naming several units, as a note on a file's row, which
    is imported as written (`asked_in_chat_only`)."""
    name = answers.get("enterprise") or ""
    return SEVERAL_IN_FILE.format(name=name) if several_units(name) else None


def asked_in_chat_only(message: str) -> bool:
    """Whether a rule's message is `several_units`'s, which the chat asks and a whole row does
    not refuse: a file's row was reviewed by whoever sent it, and which unit is meant only they
    can say."""
    return message.endswith(ONE_UNIT_ASKED)
