"""How much of a cell's text the plan shows: Excel grows no row past 409 pt, so a description
that wraps to more lines than that in its column is in the file but cut off on screen and on
paper.

A line of 10 pt text is about 13.5 pt high; a CJK character takes about two of Excel's width
units at 10 pt, a Latin one about one. The built-in template's description column is
`DESCRIPTION_WIDTH` units wide, so a description of some 700 characters fills it. The export
tells the coordinator of rows too tall; the engineer, who can still shorten the text, is
reminded at the summary.
"""

import re
from collections.abc import Mapping
from math import ceil
from typing import Any

from flows.row import description_cell

MAX_HEIGHT = 409  # Excel's tallest row, in points
LINE_HEIGHT = 13.5  # points per wrapped line of 10 pt text
DESCRIPTION_WIDTH = 48  # the built-in template's 场景描述与关键技术要求 column
# Characters Excel draws about twice as wide as a digit: CJK, kana, hangul, full-width forms.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                   "\uff00-\uff60\uffe0-\uffe6]")
CUT_OFF = ("场景描述共 {length} 字，超出计划表单元格能显示的高度，导出后 Excel 中显示不全，"
           "建议精简到 {fits} 字左右（仅提醒）")


def text_units(text: str) -> int:
    """The width of one line of `text` in Excel's units at 10 pt: wide (CJK, full-width)
    characters take two, others one."""
    return len(text) + len(_WIDE.findall(text))


def wrapped_lines(text: str, width: float) -> int:
    """The lines `text` wraps to in a column `width` units wide; its own line breaks count."""
    room = max(width, 1)
    if "\n" not in text and len(text) * 2 <= room:  # one line however wide its characters
        return 1
    return sum(max(1, ceil(text_units(line) / room)) for line in text.split("\n"))


def description_cut_off(answers: Mapping[str, Any]) -> str | None:
    """The reminder for a description taller than the built-in template's row can show, with
    about how many characters would fit."""
    text = description_cell(answers)
    lines = wrapped_lines(text, DESCRIPTION_WIDTH)
    if lines * LINE_HEIGHT <= MAX_HEIGHT:
        return None
    shown = int(MAX_HEIGHT // LINE_HEIGHT)
    return CUT_OFF.format(length=len(text), fits=len(text) * shown // lines // 10 * 10)
