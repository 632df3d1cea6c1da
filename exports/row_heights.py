"""Heights for the written rows: Excel does not fit a wrapped row's height to its text when it
opens a file, so a row left without one shows one line of a 1,000-character description.

The height is an estimate from the text's length at the column's width (flows/cell_fit.py),
both growing with the font.
"""

from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet

from flows.cell_fit import LINE_HEIGHT, MAX_HEIGHT, wrapped_lines

_BASE_SIZE = 10
_DEFAULT_WIDTH = 8.43  # Excel's width of a column the file gives none
_DEFAULT_SIZE = 11


def fit_rows(sheet: Worksheet, first: int, count: int, columns: range,
             least: float | None = None) -> list[int]:
    """Give rows `first`..`first + count - 1` the height their tallest cell needs (at least
    `least`, the template's row height), up to Excel's maximum. The offsets (0-based) of the
    rows whose text is taller than that, which Excel cannot show whole, are returned.
    A column's cells share the first row's font, as the writer styles them."""
    scales = {col: (sheet.cell(first, col).font.size or _DEFAULT_SIZE) / _BASE_SIZE
              for col in columns}
    widths = {col: _width(sheet, col) / scales[col] for col in columns}
    too_tall = []
    rows = sheet.iter_rows(min_row=first, max_row=first + count - 1, min_col=columns.start,
                           max_col=columns.stop - 1, values_only=True)
    for offset, values in enumerate(rows):
        needed = max(wrapped_lines(value, widths[col]) * LINE_HEIGHT * scales[col]
                     if isinstance(value, str) and value else 0
                     for col, value in zip(columns, values, strict=True))
        if needed > MAX_HEIGHT:
            too_tall.append(offset)
        sheet.row_dimensions[first + offset].height = round(
            min(max(needed, least or 0), MAX_HEIGHT), 1)
    return too_tall


def _width(sheet: Worksheet, col: int) -> float:
    """The column's width; a file may give several columns one <col> (min..max)."""
    for letter, dimension in sheet.column_dimensions.items():
        low = dimension.min or column_index_from_string(letter)
        if dimension.customWidth and low <= col <= (dimension.max or low):
            return dimension.width
    return sheet.sheet_format.defaultColWidth or _DEFAULT_WIDTH
