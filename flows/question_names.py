"""The words people name a question by when they type a change or a paste: its own label
(技术指标, 部署总数, 方向) or its part of a column, and a few more (痛点, 零部件); 目标 and
部署目标 for the deployment goals only before goals, 名称 and 数量 by what follows them."""

import re

from flows.count_words import names_only_counts
from flows.marks import CellError
from flows.member_tables import MAKER_KINDS
from flows.multi_select import goals_named
from flows.own_labels import OWN_LABELS
from flows.pastes import TECH_PRODUCT_SHORT
from flows.questionnaire import FIELDS
from flows.row import DEPLOYMENT_GOALS
from flows.user_units import SCENARIO_AS_UNIT, user_unit_problem

# Words for questions besides their own labels (`OWN_LABELS`) and parts.
_MORE_NAMES = {
    "pain_point": "现状[与及和]痛点|痛点|现状|场景现状",
    "indicators": "(?:关键|主要)?(?:技术)?指标",
    "scenario_type": "场景类型",  # its column's title, as a label after a short answer
    "makers": MAKER_KINDS,
    **TECH_PRODUCT_SHORT,
}


def labelled(item: str) -> list[str]:
    """The questions whose own label `item` is, in the questionnaire's order."""
    return [key for key, names in _NAMES.items() if names.fullmatch(item)]


# Words people call the deployment goals by, short of the column's title.
GOAL_WORDS = ("目标", "部署目标")


def goals_follow(item: str, value: str) -> bool:
    """Is `item` 目标 or 部署目标 before a value naming the deployment goals (目标：跨行业), as
    people call that column by them? Its line naming anything else but another item (目标：实现
    跨行业推广，年节约成本200万元) is a result's words, not the goals."""
    if item.strip(" 【】[]") not in GOAL_WORDS:
        return False
    try:
        chosen, unread, _ = goals_named(value.split("\n", 1)[0], DEPLOYMENT_GOALS)
    except CellError:  # marks that cannot be read name no goals
        return False
    return bool(chosen) and all(re.search("[：:]", part) for part in unread)


def named_by_value(item: str, value: str) -> list[str]:
    """The question a word names at the summary only by the value after it, as there it could
    name another one: 名称 before what the user unit's question refuses as a scenario's name
    (名称：电池测试插接) names the scenario's, not the unit's; 数量 before a count of machines
    only (数量：40台) names 部署总数, no member's or product's number (数量：3家)."""
    name, first = item.strip(" 【】[]"), value.split("\n", 1)[0].strip()
    if name == "名称" and user_unit_problem(first) == SCENARIO_AS_UNIT.format(name=first):
        return ["scenario_name"]
    return ["deployment_count"] if name == "数量" and names_only_counts(first) else []


def _names() -> dict[str, re.Pattern[str]]:
    """Worked out once: each question's labels, as people type them before an answer."""
    labels = {field.key: [re.escape(field.part)] if field.part else [] for field in FIELDS}
    for key, words in (*OWN_LABELS.items(), *_MORE_NAMES.items()):
        labels[key].append(words)
    return {key: re.compile("|".join(words), re.I) for key, words in labels.items() if words}


_NAMES = _names()
