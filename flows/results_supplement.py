"""An indicator added after the results at 预期成效 (替代2名工人。补充：平均无故障时间≥2000小时).

A leading 补充：… there is refused, read as indicators (flows/indicator_corrections.py). Typed
after the results, the part after 补充： would be saved inside them, the level the machine is
to meet shown as what it brings: it is filed as 补充指标 instead, the results before it kept,
and after the 补充指标 already given, which it adds to (补充 says more, not instead)."""

import re
from collections.abc import Mapping
from typing import Any

from flows.description_label_words import TYPED_AT_INDICATORS
from flows.description_sentences import description_part
from flows.labels import labelled_parts

RESULTS, MORE = "expected_results", "indicators_more"
# 补充：, 另外补充：, 补充指标：, where a sentence or a line begins after the results.
_ADDED = re.compile(r"(?<=[。；;！!\n])\s*(?:另外)?补充(?:的)?(?:指标)?\s*[：:]")
# The same label opening the message, labelled results after it.
_OPENING = re.compile(r"\s*(?:另外)?补充(?:的)?(?:指标)?\s*[：:]")
# What closes the supplement given before the one added after it: …4小时。 + ；MTBF≥2000h.
_CLOSING = "。.；;，, \n"


def supplement_after_results(text: str) -> dict[str, str]:
    """The results and the indicators added after them under 补充：, each to its question;
    nothing when no such part follows results, or what follows it is no indicator."""
    added = _ADDED.search(text)
    if added is None:
        return {}
    results, more = text[: added.start()].strip(), text[added.end():].strip()
    if not results or description_part(results) == "技术指标" or description_part(
            more) != "技术指标":
        return {}
    return {RESULTS: results, MORE: more}


def supplement_before_results(text: str) -> dict[str, str]:
    """The indicators a message opens with under 补充：… and the results labelled after them
    (补充指标：续航≥6小时↵预期成效：替代4名工人), each to its question; nothing when anything
    else is labelled there or the opening part is no indicator."""
    opening = _OPENING.match(text)
    if opening is None:
        return {}
    more, parts = labelled_parts(text[opening.end():], TYPED_AT_INDICATORS)
    if [key for key, _ in parts] != [RESULTS] or not parts[0][1] or description_part(
            more) != "技术指标":
        return {}
    return {RESULTS: parts[0][1], MORE: more.rstrip("，,；; ")}


def added_to_supplement(answers: Mapping[str, Any], parts: dict[str, str],
                        typed_at: str | None) -> dict[str, str]:
    """The parts of a paste at 预期成效 with the supplement they add after the results joined to
    the one given before (续航≥4小时；MTBF≥2000h), not put in its place: typed at the results, it
    can only be `supplement_after_results`, more of the indicators; the same text given
    again is not repeated."""
    old = answers.get(MORE)
    if typed_at != RESULTS or MORE not in parts or not isinstance(old, str) or not old.strip():
        return parts
    new = parts[MORE].strip()
    if new.rstrip(_CLOSING) in old:
        return {**parts, MORE: old}
    return {**parts, MORE: f"{old.rstrip(_CLOSING)}；{new}"}
