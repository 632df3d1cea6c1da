"""The words people name a question by when they type a change or a paste: its own label
(技术指标, 部署总数, 方向) or its part of a column, and a few more (痛点, 零部件)."""

import re

from flows.member_tables import MAKER_KINDS
from flows.own_labels import OWN_LABELS
from flows.pastes import TECH_PRODUCT_SHORT
from flows.questionnaire import FIELDS

# Words for questions besides their own labels (`OWN_LABELS`) and parts.
_MORE_NAMES = {
    "pain_point": "现状[与及和]痛点|痛点|现状|场景现状",
    "indicators": "(?:关键|主要)?(?:技术)?指标",
    "makers": MAKER_KINDS,
    **TECH_PRODUCT_SHORT,
}


def labelled(item: str) -> list[str]:
    """The questions whose own label `item` is, in the questionnaire's order."""
    return [key for key, names in _NAMES.items() if names.fullmatch(item)]


def _names() -> dict[str, re.Pattern[str]]:
    """Worked out once: each question's labels, as people type them before an answer."""
    labels = {field.key: [re.escape(field.part)] if field.part else [] for field in FIELDS}
    for key, words in (*OWN_LABELS.items(), *_MORE_NAMES.items()):
        labels[key].append(words)
    return {key: re.compile("|".join(words), re.I) for key, words in labels.items() if words}


_NAMES = _names()
