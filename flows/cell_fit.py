"""How much of a cell's text the plan shows: Excel grows no row past 409 pt, so a description
that wraps to more lines than that in its column is in the file but cut off on screen and on
paper.

A line of 10 pt text is about 13.5 pt high; a CJK character takes about two of Excel's width
units at 10 pt, a Latin one about one. The built-in template's description column is 48 units
wide, so a description of some 700 characters fills it; the 创新应用联合体成员 column, 24 units
wide, is filled by some 350 characters of members. The export tells the coordinator of the
cells too tall; the engineer, who can still shorten the text, is reminded at the summary of
each cell that is, by its name.
"""

import re
from collections.abc import Mapping
from math import ceil
from typing import Any

from flows.row import COLUMNS, row_cells

MAX_HEIGHT = 409  # Excel's tallest row, in points
LINE_HEIGHT = 13.5  # points per wrapped line of 10 pt text
# The built-in template's column widths, by the cell keys of `COLUMNS`: the description gets
# the room.
COLUMN_WIDTHS = {"index": 6, "submitting_unit": 16, "user_unit": 16, "scenario_name": 18,
                 "industry": 12, "description": 48, "scenario_type": 8, "product_types": 22,
                 "consortium": 24, "deployment_goals": 22, "deployment_count": 8,
                 "tech_products": 22}
# Characters Excel draws about twice as wide as a digit: CJK, kana, hangul, full-width forms.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                   "\uff00-\uff60\uffe0-\uffe6]")
CUT_OFF = ("{cell}共 {length} 字，超出计划表单元格能显示的高度，导出后 Excel 中显示不全，"
           "建议精简到 {fits} 字左右（仅提醒）")
# A cell as the reminder names it: the description as the summary calls it, others by header.
CELL_NAMES = {**dict(COLUMNS), "description": "场景描述"}


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


def cells_cut_off(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The reminders for the cells of `answers`' row taller than the built-in template's row
    can show, in the order of the columns, each naming its cell and about how many characters
    of it would fit: the row is as tall as its tallest cell, which may be any of them."""
    cells = row_cells(answers)
    return tuple(filter(None, (_cut_off(key, cells[key]) for key in COLUMN_WIDTHS)))


def _cut_off(key: str, text: str) -> str | None:
    lines = wrapped_lines(text, COLUMN_WIDTHS[key])
    if lines * LINE_HEIGHT <= MAX_HEIGHT:
        return None
    shown = int(MAX_HEIGHT // LINE_HEIGHT)
    return CUT_OFF.format(cell=CELL_NAMES[key], length=len(text),
                          fits=len(text) * shown // lines // 10 * 10)
