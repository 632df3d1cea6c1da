"""Values of one metric offered as options, the unit written once after the last
(续航4/6/8小时, 速度1/2/3m/s): one indicator, not bare numbers before a figure whose metric
would be the slash. `indicators.py` reads such a run as its last figure, from the first.
"""

import re
from dataclasses import replace

from flows.numbers import Quantity

SLASH = re.compile(r"\s*/\s*")
# Verbs offering the options (支持3/5/10kg三档负载, 可选…): they name no metric; the noun after
# the options, past their count (三档, 多种), does, up to a stop (负载).
OFFERING = re.compile(r"(?:可以?)?(?:支持|可选|选配|提供|具备|具有|兼容|配备|有)")
NAMED_AFTER = re.compile(r"\s*(?:[\d一二两三四五六七八九十多]+\s*[档种级款类个]|多种|多档)?的?"
                         r"(?P<noun>[\u4e00-\u9fff]{1,4})(?=[，,。；;、\s)）]|$)")
OPTIONS = re.compile(r"\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)+")


def with_options(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities with each run of bare numbers joined by slashes to a figure with a unit
    (4/6/8小时) read as that figure starting at the first; a date (2025/12/01) has no unit."""
    if "/" not in text:  # most descriptions: read on every answer, so kept cheap
        return quantities
    merged: list[Quantity] = []
    run: list[Quantity] = []
    for q in quantities:
        if run and not SLASH.fullmatch(text, run[-1].end, q.start):
            merged += run
            run = []
        if _bare(q):
            run.append(q)
        elif run and q.unit and q.low is None and q.nominal is None:
            merged.append(replace(q, start=run[0].start))
            run = []
        else:
            merged += [*run, q]
            run = []
    return merged + run


def option_values(text: str, q: Quantity) -> tuple[float, ...] | None:
    """The values of options read as one figure (4, 6, 8); None for any other figure."""
    written = text[q.start:q.number_end]
    if "/" not in written or not OPTIONS.fullmatch(written):
        return None
    return tuple(float(value) for value in SLASH.split(written))


def options_metric(text: str, q: Quantity, metric: str) -> str:
    """The metric of options read as one figure: the words before, unless they only offer
    the options (支持), then the noun after them (三档负载: 负载), or none rather than the verb."""
    if not OFFERING.fullmatch(metric):
        return metric
    return named.group("noun") if (named := NAMED_AFTER.match(text, q.end)) else ""


def _bare(q: Quantity) -> bool:
    return not q.unit and not q.kind and not q.word_like and q.low is None
