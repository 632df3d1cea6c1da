"""Keeping what points at rows right when the writer replaces the table's rows: formulas, the
print area, data validations and conditional formats.

openpyxl moves cells without touching what refers to them, so a province's 合计 row below the
table (`=COUNTA(D4:D5)&"个场景"`) would still count the template's two lines after 23 rows
were written, and a 场景类型 list validation would stop at the old last row. Each reference is
mapped as the rows moved: a row below the old table moves with it, and a range that ran to the
table's last row (from its first or above) now runs to the last row written.
"""

import re
from dataclasses import dataclass

from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet

# One end of a reference: an optional column, then the row ($ markers kept as written).
_END = re.compile(r"(\$?[A-Za-z]{1,3})?(\$?)(\d+)")


@dataclass(frozen=True)
class RowMove:
    """Rows `first`..`end - 1` replaced by `count` rows; the rows from `end` moved to follow."""

    first: int
    end: int
    count: int

    @property
    def delta(self) -> int:
        return self.count - (self.end - self.first)

    def row(self, number: int) -> int:
        return number + self.delta if number >= self.end else number

    def rows(self, top: int, bottom: int) -> tuple[int, int]:
        """Where the rows `top`..`bottom` of a range are after the move. One that ran from the
        first replaced row (or above) to the last covers the rows written instead."""
        if top <= self.first <= bottom == self.end - 1:
            return top, max(top, self.first + self.count - 1)
        return self.row(top), self.row(bottom)

    def reference(self, text: str) -> str:
        """A reference as a formula writes it (`D4:D5`, `'表'!$K$4`, `4:5`), its rows moved;
        names, whole columns and other sheets' references are left as they are."""
        sheet, bang, ref = text.rpartition("!")
        parts = ref.split(":")
        ends = [_END.fullmatch(part) for part in parts]
        if sheet or len(parts) > 2 or not all(ends):
            return text
        rows = [int(end.group(3)) for end in ends]
        moved = self.rows(*rows) if len(rows) == 2 else (self.row(rows[0]),)
        written = [f"{end.group(1) or ''}{end.group(2)}{row}"
                   for end, row in zip(ends, moved, strict=True)]
        return sheet + bang + ":".join(written)

    def formula(self, text: str) -> str:
        tokenizer = Tokenizer(text)
        for token in tokenizer.items:
            if token.type == Token.OPERAND and token.subtype == Token.RANGE:
                token.value = self.reference(token.value)
        return tokenizer.render()

    def cell_range(self, bounds: CellRange) -> CellRange:
        top, bottom = self.rows(bounds.min_row, bounds.max_row)
        return CellRange(min_col=bounds.min_col, min_row=top, max_col=bounds.max_col,
                         max_row=bottom)


def move_references(sheet: Worksheet, move: RowMove) -> None:
    """Map the sheet's own formulas, print area, data validations and conditional formats
    through `move`. Called after the cells moved and before the rows are written, which hold
    no formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f" and isinstance(cell.value, str):
                cell.value = move.formula(cell.value)
    if sheet.print_area:
        sheet.print_area = [move.cell_range(bounds).coord for bounds in _print_areas(sheet)]
    for validation in sheet.data_validations.dataValidation:
        validation.sqref = _moved(validation.sqref, move)
    formats = sheet.conditional_formatting
    sheet.conditional_formatting = ConditionalFormattingList()
    for applied in formats:
        for rule in applied.rules:
            sheet.conditional_formatting.add(str(_moved(applied.sqref, move)), rule)


def _moved(ranges: MultiCellRange, move: RowMove) -> MultiCellRange:
    return MultiCellRange([move.cell_range(bounds) for bounds in ranges.ranges])


def extend_print_area(sheet: Worksheet, first: int) -> None:
    """A print area over the table (its row `first`) ends at the sheet's last row once the
    rows are written: printing shows every row and the notes below them."""
    if not sheet.print_area:
        return
    areas = _print_areas(sheet)
    for bounds in areas:
        if bounds.min_row <= first <= bounds.max_row:
            bounds.expand(down=max(0, sheet.max_row - bounds.max_row))
    sheet.print_area = [bounds.coord for bounds in areas]


def _print_areas(sheet: Worksheet) -> list[CellRange]:
    """The print area's ranges, without the sheet's name openpyxl writes before each."""
    return [CellRange(area.rpartition("!")[2].replace("$", ""))
            for area in sheet.print_area.split(",")]
