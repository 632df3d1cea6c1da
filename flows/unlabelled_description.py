"""A whole description pasted at 现状与痛点 without labels: paragraphs copied from a document,
the pain point first, then the indicators, then the results.

Kept whole as the pain point, the indicators would be asked for as if none were given, and sent
again they would stand twice in the exported cell. Each paragraph after the pain point is
filed under its part only when it clearly reads as it, and all of them do: indicators are
named metrics with figures and units, one at least a bound stated as a requirement (≤15秒,
±2℃, 由3小时缩短到1小时), none a comparison a pain point makes of today (每班搬运400次以上,
漏检率超过3%) nor a figure of today (目前节拍45秒); results are figures of what changes (减少
2名, 年节约120万元). Otherwise the paste stays the pain point, and the engineer is told which
paragraphs read as a later part, so the next question is not asked blindly.
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.description_sentences import (
    CLAUSE_MARKS,
    PAIN,
    REQUIRED_BOUND,
    TODAY_BOUND,
    description_part,
    worded_requirements,
)
from flows.indicators import assess_description

# Figures said of the state today, whatever their bound (目前定位精度±5mm).
TODAY = re.compile(r"目前|现在|当前|现有|现阶段|原有|原来|现状|以往|传统")
ORDER = ("pain_point", "indicators", "expected_results")
PART_NAMES = {"indicators": "技术指标", "expected_results": "预期成效"}
LATER_PART_SEEN = ("现状与痛点中以下内容读来是{parts}：“{text}”。如是，请把整段加上标签重新发送"
                   "（现状与痛点：…↵技术指标：…↵预期成效：…），机器人会分别填入，"
                   "免得这些内容在表格中写两遍。")


def unlabelled_parts(text: str) -> dict[str, str]:
    """The parts of an unlabelled paste, when its paragraphs after the pain point read as the
    indicators and then the results; nothing otherwise."""
    first, *later = _paragraphs(text) or [""]
    parts: dict[str, list[str]] = {"pain_point": [first], "indicators": [], "expected_results": []}
    reached = 0
    for paragraph in later:
        part = _part(paragraph)
        if part is None or ORDER.index(part) < reached:  # results before indicators: unsure
            return {}
        reached = ORDER.index(part)
        parts[part].append(paragraph)
    if not parts["indicators"]:
        return {}
    return {key: "\n".join(found) for key, found in parts.items() if found}


def later_parts_seen(answers: Mapping[str, Any]) -> str | None:
    """What a pain point kept whole is told of its paragraphs that read as a later part."""
    paragraphs = _paragraphs(answers.get("pain_point") or "")[1:]
    seen = [(p, part) for p in paragraphs if (part := _part(p) or _looks_like(p))]
    if not seen:
        return None
    names = "、".join(dict.fromkeys(PART_NAMES[part] for _, part in seen))
    return LATER_PART_SEEN.format(parts=names, text="”“".join(p for p, _ in seen))


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _part(paragraph: str) -> str | None:
    """The later part `paragraph` clearly reads as, if any."""
    if PAIN.search(paragraph) or TODAY.search(paragraph):
        return None
    if description_part(paragraph) == "预期成效":
        return "expected_results"
    return "indicators" if _states_indicators(paragraph) else None


def _looks_like(paragraph: str) -> str | None:
    """The later part a paragraph may be, though not clearly (识别率95%以上): worth a word."""
    if PAIN.search(paragraph) or TODAY.search(paragraph):
        return None
    named = {name: key for key, name in PART_NAMES.items()}
    return named.get(description_part(paragraph) or "")


def _states_indicators(paragraph: str) -> bool:
    """Each clause a named metric with its figure and unit, or words of what is required, and
    one figure at least a bound, none compared as today's."""
    clauses = [c.strip() for c in CLAUSE_MARKS.split(paragraph) if c.strip()]
    found = [assess_description(c).indicators for c in clauses]
    named = [c for c, indicators in zip(clauses, found, strict=True)
             if indicators and all(i.metric and i.unit for i in indicators)]
    if not named or len(named) + len(worded_requirements(clauses)) != len(clauses):
        return False
    indicators = [i for c in named for i in assess_description(c).indicators]
    if any(TODAY_BOUND.search(i.text) and not REQUIRED_BOUND.search(i.text) for i in indicators):
        return False
    return any(i.comparator != "=" for i in indicators)
