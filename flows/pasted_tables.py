"""Tables pasted from Word or Excel into a part of the description: their cells are parted by
tabs, which the rules would take out as pauses, running the cells together."""

import re

TABS = re.compile(r"[ \u3000]*\t+[ \u3000]*")
CELL_MARK = re.compile(r"[（(]?\d{1,2}[)）、.．]|[①-⑳]|[一二三四五六七八九十]+、")  # （1）⇥…


def cells_joined(text: str) -> str:
    """A table pasted from Word or Excel with its cells still apart once its tabs are gone (no
    voice input types a tab): rows numbered 1, 2, … as a list's (1. …), a name and its value as
    识别准确率：不低于98%, more cells parted with ，.
    Only a table of two rows or more: a tab for spacing in one line is left to go as any pause
    does, and one after a list's mark (（1）⇥…) is no cell's edge."""
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    tabbed = [cells for line, cells in zip(lines, rows, strict=True) if "\t" in line and cells]
    if len(tabbed) < 2:
        return text
    firsts = [cells[0] for cells in tabbed if cells[0].isdecimal()]
    numbered = [int(n) for n in firsts] == list(range(1, len(firsts) + 1)) and bool(firsts)
    return "\n".join(_row(cells, numbered and cells[0].isdecimal()) if "\t" in line and cells
                     else line for line, cells in zip(lines, rows, strict=True))


def _cells(line: str) -> list[str]:
    """A row's cells; an empty one keeps its place (节拍⇥90秒⇥ is 节拍，90秒，) but before the
    first filled (a merged 序号) or when none is."""
    cells = [cell.strip() for cell in TABS.split(line)]
    while cells and not cells[0]:
        cells.pop(0)
    return cells if any(cells) else []


def _row(cells: list[str], numbered: bool) -> str:
    if CELL_MARK.fullmatch(cells[0]):  # （1）⇥替代2名工人
        return cells[0] + _row(cells[1:], False) if len(cells) > 1 else cells[0]
    number = f"{int(cells[0])}. " if numbered else ""
    rest = cells[1:] if numbered else cells
    return number + ("：" if len(rest) == 2 else "，").join(rest)
