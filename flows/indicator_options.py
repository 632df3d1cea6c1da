"""Values of one metric offered as options, the unit written once after the last
(续航4/6/8小时, 速度1/2/3m/s): one indicator, not bare numbers before a figure whose metric
would be the slash. `indicators.py` reads such a run as its last figure, from the first.
"""

import re
from dataclasses import replace

from flows.numbers import Quantity

SLASH = re.compile(r"\s*/\s*")
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


def _bare(q: Quantity) -> bool:
    return not q.unit and not q.kind and not q.word_like and q.low is None
