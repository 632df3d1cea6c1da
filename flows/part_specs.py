"""Counts that describe a part the robot is built with (8核CPU, 32线激光雷达), told as
a chip's compute is (主控采用Orin NX 100TOPS): the part's spec, no indicator of the scenario.
`figures.py` reads such a figure as a word after a number (只描述了场景情况); this moves it.
"""

import re

from flows.figures import PART_SPEC, SETTING
from flows.numbers import normalize

# 8核, 8核CPU, 6核心, 32线激光雷达; not 3核查 nor 2核电.
PART_COUNT = re.compile(r"\d+(?:核(?![查对算电准验定实])|线(?=激光|雷达|lidar))", re.I)


def with_part_specs(text: str, figures: dict[str, list[str]]) -> dict[str, list[str]]:
    """The figures of `text` (as `figures.what_figures_are` groups them) with the counts of a
    part's cores or lines said to be its spec, as its compute is, not the setting."""
    counts = {count.group() for count in PART_COUNT.finditer(normalize(text))}
    parts = [figure for figure in figures.get(SETTING, []) if figure in counts]
    if not parts:
        return figures
    moved = {what: [f for f in written if f not in parts] if what == SETTING else written
             for what, written in figures.items()}
    moved[PART_SPEC] = [*moved.get(PART_SPEC, []), *parts]
    return {what: written for what, written in moved.items() if written}
