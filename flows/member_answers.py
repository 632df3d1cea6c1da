"""What a consortium member answer is checked for as typed, before its names are cleaned:
contact details typed with a member (…有限公司（联系人：王经理 138…）, …有限公司 王经理),
refused as at the 用户单位 question (`user_units`), since the plan has no column for them and
a phone kept as a name would be exported."""

from typing import Any

from flows import description_sentences, rules
from flows.org_names import split_names
from flows.typed_forms import items_unquoted
from flows.user_units import PERSON, contact_in, person_after, unit_before

WITH_CONTACT = "联合体成员只填单位名称，联系人和电话不填入计划表。"
SEND_WITHOUT = WITH_CONTACT + "请去掉后重新发送，如：{names}"
SEND_NAMES = WITH_CONTACT + "请填写联合体成员单位的全称。"


def members_rule(key: str) -> Any:
    """The rule of the `key` member question: the names as typed checked for a contact, then
    read (`rules.names`), and a stored or imported list checked for one once cleaned."""
    return rules.rule(rules.read_as_typed(typed_problem, rules.names(60, key)),
                      description_sentences.not_members, contact_problem)


def typed_problem(text: str) -> str | None:
    """Why the names typed in `text` are refused before they are cleaned: a contact or a
    phone with a unit, split off it or not (…有限公司 张三 138…)."""
    return contact_problem(split_names(items_unquoted(text)))


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
    if person := person_after(name):  # …有限公司（张工）
        return name[:person.start()].rstrip()
    before = names[at - 1] if at else ""
    person = person_after(before + name) if before else None
    return "" if person and person.start() >= len(before) else name
