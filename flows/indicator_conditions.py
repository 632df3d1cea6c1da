"""Figures around an indicator that are not indicators of their own: the condition it is
measured under (识别准确率(负载5kg)不低于95%, 在5lux低照度下识别准确率不低于95%,
在-10℃下续航不低于4h, 测距精度1cm@10m), and the ordinal of what it is of (1号机器人精度0.1mm,
第2代产品节拍提升20%), whose words belong to the metric that follows.
`indicators.py` skips these figures and keeps their words where they belong. Pure functions.
"""

import re

from flows.indicator_words import AFTER, BEFORE, BRACKETED, METRIC_NAME_END, STOP_CHARS
from flows.numbers import Quantity

BLANKS = re.compile(r"\s*")
# 在5lux低照度下, 当负载10kg时, 在-10℃环境下: a figure between 在 (当) and 下 (时) with only a
# few words around it; 在3秒内完成 is a time limit, not a condition.
CONDITION_OPEN = re.compile(r"[在当]\s*[^\W\d]{0,6}$")
CONDITION_CLOSE = re.compile(r"\s*(?:[^\W\d内完]{0,6}?)"
                             r"(?:下(?![降线发载料单达])|时(?![间长速效延段刻]))")
# -20℃～50℃环境下连续工作8小时: a figure opening its clause (or a bulleted line).
CLAUSE_OPEN = re.compile(rf"(?:^|[{STOP_CHARS}，。；！？])\s*(?:[-•●·]\s*)?$")
# 1cm@10m: the figure after @ is the distance (or load) the one before holds at.
AT = re.compile(r"@\s*$")
# Ordinals whose words name what the metric after them is of: 1号机器人, 第2代产品, 3#线.
ORDINAL_AFTER = re.compile(r"[号#代期]")
ORDINAL_BEFORE = re.compile(r"[第#]$")
# Between two values of one metric (识别准确率99%（白天），95%（夜间）): asides and commas only.
SAME_METRIC_GAP = re.compile(r"(?:\s|\([^()]*\)|[,、/;])*")


def bracketed_conditions(text: str, quantities: list[Quantity]) -> dict[int, int]:
    """Brackets holding a figure right after a metric's name and right before its own figure
    (识别准确率(负载5kg)不低于95%, 节拍(满载10kg)≤20秒, 识别准确率(-20℃)不低于95%): the
    condition the metric is measured under, whose figure is no indicator, as an aside in words
    (识别准确率(夜间)) is none. Where each ends, to where it starts."""
    conditions = {}
    for bracket in BRACKETED.finditer(text):
        start, end = bracket.start(), BLANKS.match(text, bracket.end()).end()
        after = next((q for q in quantities if q.start >= end), None)
        if (after and any(start < q.start < end for q in quantities)
                and METRIC_NAME_END.search(text, 0, start)
                and BEFORE.match(text, end, after.start)):
            conditions[end] = start
    return conditions


def condition_end(text: str, q: Quantity) -> int | None:
    """Where the condition a figure states ends (after 下 or 时, or the figure after @), so
    the metric after it is named from there, or nothing is (在-20℃下正常工作: no value of a
    metric, none read); None when the figure states no condition. A wind force withstood
    (可在8级风下作业) and a bound (控制在3秒以下) are none. It opens with 在 or 当, or with
    the clause, measured (-20℃～50℃环境下连续工作8小时; 4G网络下 names a network)."""
    if AT.search(text, max(0, q.start - 2), q.start):
        return q.end
    if not (CONDITION_OPEN.search(text, max(0, q.start - 8), q.start)
            or q.unit and CLAUSE_OPEN.search(text, max(0, q.start - 4), q.start)):
        return None
    close = CONDITION_CLOSE.match(text, q.end)
    if not close or q.kind == "rating" or AFTER.match(text, q.end):
        return None
    return close.end()


def is_ordinal(text: str, q: Quantity) -> bool:
    """1号, 第2代, 3#: a figure ordering what the words after it name."""
    return not q.unit and bool(ORDINAL_AFTER.match(text, q.end)
                               or ORDINAL_BEFORE.search(text, max(0, q.start - 1), q.start))


def shares_metric(text: str, previous_end: int, start: int) -> bool:
    """Whether a figure with no metric of its own follows the one before it with nothing but
    asides between (99%（白天），95%（夜间）): a second value of the same metric."""
    return SAME_METRIC_GAP.fullmatch(text, previous_end, start) is not None
