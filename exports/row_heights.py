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
             least: float | None = None) -> list[tuple[int, int]]:
    """Give rows `first`..`first + count - 1` the height their tallest cell needs (at least
    `least`, the template's row height), up to Excel's maximum. The cells whose text is taller
    than that, which Excel cannot show whole, are returned as (row offset, 0-based; column):
    the one to shorten may be any column's, not only the description's.
    A column's cells share the first row's font, as the writer styles them."""
    scales = {col: (sheet.cell(first, col).font.size or _DEFAULT_SIZE) / _BASE_SIZE
              for col in columns}
    widths = {col: _width(sheet, col) / scales[col] for col in columns}
    too_tall = []
    rows = sheet.iter_rows(min_row=first, max_row=first + count - 1, min_col=columns.start,
                           max_col=columns.stop - 1, values_only=True)
    for offset, values in enumerate(rows):
        heights = {col: wrapped_lines(value, widths[col]) * LINE_HEIGHT * scales[col]
                   for col, value in zip(columns, values, strict=True)
                   if isinstance(value, str) and value}
        too_tall += [(offset, col) for col, height in heights.items() if height > MAX_HEIGHT]
        needed = max(heights.values(), default=0)
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
