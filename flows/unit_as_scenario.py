"""A 场景名称 that is the start of the draft's own 用户单位 (苏州恒远 of 苏州恒远动力电池有限
公司, 恒远动力电池 without the city): the unit's short name, as a full unit's name is told at
this question (像是单位名称), not the task done there. Told with the unit's name, not saved."""

import re
from collections.abc import Mapping
from typing import Any

from flows.correction_words import LEADING_CORRECTION
from flows.named_places import JIANGSU
from flows.names import PUNCTUATION, SUGGESTION

# The city a unit's name opens with (苏州, 苏州市, 江苏省苏州市): its short name may leave it
# out (恒远动力电池).
CITY_FIRST = re.compile(rf"(?:江苏省?)?(?:{'|'.join(city[:-1] for city in JIANGSU)})市?")
UNIT_SHORT_NAME = ("“{name}”像是用户单位“{unit}”的简称，不是场景名称，没有保存。"
                   "场景名称要写机器人在那里做什么，") + SUGGESTION
UNIT_NAME = ("“{name}”是用户单位的名称，不是场景名称，没有保存。"
             "场景名称要写机器人在那里做什么，") + SUGGESTION
# A short name is the name's head: a scenario's name as long keeps words of its own.
LEAST = 3


def unit_short_name(answers: Mapping[str, Any], text: str) -> str | None:
    """Why `text` typed as the 场景名称 reads as the 用户单位's short name: the unit's name, or
    that name after its city, begins with it (or is it: 苏州供电 saved as the unit), and it is
    more than the city; the unit's whole name is told as such, not as a short name."""
    unit = PUNCTUATION.sub("", answers.get("enterprise") or "")
    text = text[opening.end():] if (opening := LEADING_CORRECTION.match(text)) else text
    name = PUNCTUATION.sub("", text)  # what a correction's words (不对，应该是…) open
    if len(name) < LEAST or len(name) > len(unit) or CITY_FIRST.fullmatch(name):
        return None
    if name == unit:
        return UNIT_NAME.format(name=text.strip())
    heads = {unit, unit[len(place[0]):] if (place := CITY_FIRST.match(unit)) else unit}
    return UNIT_SHORT_NAME.format(name=text.strip(), unit=answers["enterprise"]) if any(
        head.startswith(name) for head in heads) else None

