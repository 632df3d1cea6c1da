"""What a consortium member answer is checked for as typed, before its names are cleaned:
contact details typed with a member (…有限公司（联系人：王经理 138…）, …有限公司 王经理),
refused as at the 用户单位 question (`user_units`), since the plan has no column for them and
a phone kept as a name would be exported; and 等 closing the list, which stands for members
not named where the plan's cell lists every one."""

import re
from typing import Any

from flows import description_sentences, rules
from flows.member_tables import MAKERS
from flows.not_makers import not_a_maker
from flows.org_names import AND_OTHERS, split_names
from flows.typed_forms import items_unquoted
from flows.user_units import PERSON, contact_in, person_after, unit_before

# An item of two or three characters ending 工 or 总 is as likely a maker's short name (徐工,
# 龙工) as a person (张工): only a longer title (王经理) makes an item of its own a contact.
SHORT_NAME = re.compile(r"\w{1,2}[工总]")
WITH_CONTACT = "联合体成员只填单位名称，联系人和电话不填入计划表。"
SEND_WITHOUT = WITH_CONTACT + "请去掉后重新发送，如：{names}"
SEND_NAMES = WITH_CONTACT + "请填写联合体成员单位的全称。"
ETC_NOT_NAMED = ("这条回答没有保存：“{etc}”不能记为单位，计划表要逐一写出每家成员单位。"
                 "请发送全部成员单位的名称，多家用“、”分隔，如：{names}、……")


def members_rule(key: str) -> Any:
    """The rule of the `key` member question: the names as typed checked for a contact and a
    closing 等, then read (`rules.names`), and a stored or imported list checked for a contact
    once cleaned (an imported cell's 等 is dropped, as documented)."""
    typed = typed_maker_problem if key == MAKERS else typed_problem
    return rules.rule(rules.read_as_typed(typed, rules.names(60, key)),
                      description_sentences.not_members, contact_problem)


def typed_maker_problem(text: str) -> str | None:
    """`typed_problem`, or a unit typed at 整机企业 that is no maker (`not_a_maker`): a
    hospital, a school or a department, most often the scenario's user."""
    return typed_problem(text) or not_a_maker(split_names(items_unquoted(text)))


def typed_problem(text: str) -> str | None:
    """Why the names typed in `text` are refused before they are cleaned: a contact or a
    phone with a unit, split off it or not (…有限公司 张三 138…), or a closing 等."""
    names = split_names(items_unquoted(text))
    if problem := contact_problem(names):
        return problem
    if not (etc := closing_etc(text)):
        return None
    named = split_names(items_unquoted(text[:etc.start()]))  # without 等高校 said apart
    return ETC_NOT_NAMED.format(etc=etc.group().strip(), names="、".join(named))


def closing_etc(text: str) -> re.Match[str] | None:
    """The 等 closing the `text` typed (等, 等3家单位, 等高校), which names no unit."""
    return AND_OTHERS.search(text.rstrip("。.；;，, "))


def contact_problem(names: list[str]) -> str | None:
    """Why `names` are refused when any holds or is a contact person, a phone or an e-mail
    address, with the units to send without them; None if none does."""
    kept = [_without_contact(names, at) for at in range(len(names))]
    if kept == names:
        return None
    units = [name for name in kept if name]
    return SEND_WITHOUT.format(names="、".join(units)) if units else SEND_NAMES


def _without_contact(names: list[str], at: int) -> str:
    """The name at `at` without the contact typed after it; empty when it is a contact alone:
    split off its unit by a pause or a comma (…有限公司 张三 138…, 王经理 after …有限公司)."""
    name = names[at]
    if contact := contact_in(name):
        unit = unit_before(name[:contact.start()])
        return "" if PERSON.fullmatch(unit) else unit
    person = person_after(name)  # …有限公司（张工）, not 徐州工程机械集团有限公司（徐工）
    if person and not _abbreviates(person.group().strip("（(【】)）"), name[:person.start()]):
        return name[:person.start()].rstrip()
    before = names[at - 1] if at and not SHORT_NAME.fullmatch(name) else ""
    person = person_after(before + name) if before else None
    return "" if person and person.start() == len(before) else name


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is `name` abbreviated, each of its characters taken from it in order
    (徐工 of 徐州工程机械集团): a unit's short name in brackets after it, not a person."""
    rest = iter(name)
    return all(char in rest for char in short)
