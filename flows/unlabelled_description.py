"""A whole description pasted at 现状与痛点 without labels: paragraphs copied from a document,
the pain point first, then perhaps the indicators and the results.

It is kept whole as the pain point: a paragraph is never filed under a later part by guess, as
a fact of today with a bound (仓库温度保持在25℃以内, 出厂不良率控制在500ppm以内) reads as a
requirement, and a guess would replace the indicators saved before. The engineer is told which
paragraphs read as a later part (named metrics with figures and units, one at least a bound
stated as a requirement, none compared as today's; or figures of what changes), so that the
next question is not asked blindly and the same words do not stand twice in the export.

A description spoken in one message, pauses in place of punctuation, has no paragraphs. Its
pauses are dropped but for one between two figures, which stands as "，" (flows/clause_pauses.py):
the clauses after the first were spoken figure after figure and are read as paragraphs are; the
first holds the pain point glued to the figure said right after it, not told apart. A line is
read so only if each of its commas is such a pause: sentences typed with commas of their own
(危化品仓库盘点由人工完成，仓库内温度保持在25℃以内) are one paragraph, not read apart. And only
if the first clause says a pain (需人工插拔, 存在打火风险): figures alone (人工识别准确率达到95%，
漏检率≥3%) are typed as well as spoken, and state today; nor with words of today anywhere
(目前节拍45秒，定位精度±5mm), which the figures after them share.
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.clause_pauses import BREAK, mark_clause_breaks
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
PART_NAMES = {"indicators": "技术指标", "expected_results": "预期成效"}
LATER_PART_SEEN = ("现状与痛点中以下内容读来是{parts}：“{text}”。如是，请把整段加上标签重新发送"
                   "（现状与痛点：…↵技术指标：…↵预期成效：…），机器人会分别填入，"
                   "免得这些内容在表格中写两遍。")


def later_parts_seen(answers: Mapping[str, Any]) -> str | None:
    """What a pain point kept whole is told of its paragraphs, or clauses spoken, that read as a
    later part."""
    seen = [(p, part) for p in _later_pieces(answers.get("pain_point") or "")
            if (part := _part(p))]
    if not seen:
        return None
    names = "、".join(dict.fromkeys(PART_NAMES[part] for _, part in seen))
    return LATER_PART_SEEN.format(parts=names, text="”“".join(p for p, _ in seen))


def _later_pieces(text: str) -> list[str]:
    """The paragraphs after the first; of one line spoken, the clauses after the first."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if len(paragraphs) != 1 or not _spoken(paragraphs[0]) or TODAY.search(paragraphs[0]):
        return paragraphs[1:]
    first, *later = paragraphs[0].split(BREAK)
    return later if PAIN.search(first) else []


def _spoken(line: str) -> bool:
    """Whether each comma of `line` is one a pause between two figures stands for."""
    paused = line.replace(BREAK, " ")
    return BREAK in line and not CLAUSE_MARKS.search(paused) and mark_clause_breaks(paused) == line


def _part(paragraph: str) -> str | None:
    """The later part `paragraph` clearly reads as, if any."""
    if PAIN.search(paragraph) or TODAY.search(paragraph):
        return None
    if description_part(paragraph) == "预期成效":
        return "expected_results"
    return "indicators" if states_indicators(paragraph) else None


def states_indicators(paragraph: str) -> bool:
    """Each clause a named metric with its figure and unit, or words of what is required, and
    one figure at least a bound, none compared as today's."""
    clauses = [c.strip() for c in CLAUSE_MARKS.split(paragraph) if c.strip()]
    found = [assess_description(c).indicators for c in clauses]
    named = [indicators for indicators in found
             if indicators and all(i.metric and i.unit for i in indicators)]
    if not named or len(named) + len(worded_requirements(clauses)) != len(clauses):
        return False
    indicators = [i for each in named for i in each]
    if any(TODAY_BOUND.search(i.text) and not REQUIRED_BOUND.search(i.text) for i in indicators):
        return False
    return any(i.comparator != "=" for i in indicators)
