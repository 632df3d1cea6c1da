"""Write answer rows into the 工作计划表 template, keeping everything around the table intact.

Rows replace the sample (or follow it) under the header; whatever sits below the table (the
填写说明 block, a signature line) moves down with its formatting, row heights and merges,
which openpyxl's own insert_rows would leave behind, and what refers to rows (a 合计 row's
formulas, the print area, validations) follows them (`exports.row_moves`). A province's own
copy lends the written rows the look of its first data row; the default template its styles.
"""

from collections.abc import Mapping, Sequence
from copy import copy
from pathlib import Path
from typing import IO, Any, NamedTuple

from openpyxl.styles import Font
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from exports.locate import TemplateTable, locate_table, open_template
from exports.reader import import_row
from exports.row_heights import fit_rows
from exports.row_moves import RowMove, extend_print_area, move_references
from exports.styles import BODY_STYLE, INDEX_STYLE, ensure_styles, put_text
from exports.template import SAMPLE_LABEL, build_default_template
from flows.row import COLUMNS, row_cells, scenario_identity


class Written(NamedTuple):
    first: int  # the sheet row of 序号 1, so the caller can name a row as `lint` will (第 4 行)
    # (序号, column header) of the cells taller than Excel can show whole
    too_tall: tuple[tuple[int, str], ...]


class RowLook(NamedTuple):
    """A province's data row: each column's (font, alignment, border, number format), for
    the columns it styled, and its height, the least a written row gets."""

    cells: Mapping[int, tuple[Any, Any, Any, str]]
    height: float | None


def export_rows(
    rows: Sequence[Mapping[str, Any]],
    out: Path | IO[bytes],
    template: Path | IO[bytes] | None = None,
    keep_sample: bool = False,
) -> Written:
    """Save `rows` (answers dicts, in order, numbered 1..n) into a copy of the template.

    `template` is a user's xlsx copy of the form; without it the default one is built.
    Raises TemplateError for a file that is not the form.
    """
    workbook = open_template(template) if template is not None else build_default_template()
    table = locate_table(workbook)
    first = table.sample_row + 1 if keep_sample and table.sample_row else table.data_row
    if first > table.data_row:
        _label_sample(table)
    own_cells = _own_cells(table)
    look = _row_look(table) if template is not None else RowLook({}, None)
    end = _end_above_notes(table)
    _replace_rows(table.sheet, RowMove(first, end, len(rows)))
    ensure_styles(workbook)
    _write_rows(table, first, rows, own_cells, look)
    columns = range(table.span[0], table.span[1] + 1)
    too_tall = fit_rows(table.sheet, first, len(rows), columns, look.height)
    extend_print_area(table.sheet, first)
    workbook.save(out)
    headers = _headers(table)
    return Written(first, tuple((offset + 1, headers[col]) for offset, col in too_tall))


def _headers(table: TemplateTable) -> dict[int, str]:
    """Each column of the span by its header, as the form names it (创新应用联合体成员) or, for
    a column of the sheet's own, as the sheet does (备注): how a cell too tall to show is named."""
    names = dict(COLUMNS)
    return {**{col: names[key] for key, col in table.columns.items()}, **table.own_columns}


def _label_sample(table: TemplateTable) -> None:
    """A province's copy may number its sample 1 (the seed's 江苏 annex does): kept as it is,
    the file would show 序号 1 twice, the XX sample and the first scenario."""
    table.sheet.cell(table.sample_row, table.columns["index"]).value = SAMPLE_LABEL


def shift_rows(sheet: Worksheet, first: int, delta: int) -> None:
    """Move every row from `first` down by `delta` (up if negative) with merges and heights."""
    if not delta or first > sheet.max_row:
        return
    merges = [merge for merge in sheet.merged_cells.ranges if merge.min_row >= first]
    for merge in merges:
        sheet.merged_cells.remove(merge)
    block = CellRange(min_col=1, min_row=first, max_col=sheet.max_column, max_row=sheet.max_row)
    sheet.move_range(block, rows=delta)
    for merge in merges:
        merge.shift(row_shift=delta)
        sheet.merged_cells.add(merge)
    moved = sorted((n for n in sheet.row_dimensions if n >= first), reverse=delta > 0)
    for number in moved:
        dimension = sheet.row_dimensions.pop(number)
        dimension.index = number + delta
        sheet.row_dimensions[number + delta] = dimension


def _end_above_notes(table: TemplateTable) -> int:
    """Where the rows written end: the table's end, or its 填写说明 when old rows were typed
    below it. Those rows are removed, like every old row, so the notes follow the rows again."""
    if table.notes is None:
        return table.end_row
    _replace_rows(table.sheet, RowMove(table.notes[1] + 1, table.end_row, 0))
    return table.notes[0]


def _replace_rows(sheet: Worksheet, move: RowMove) -> None:
    """Empty the rows `move` replaces and make room for its count, what refers to rows kept."""
    _clear_rows(sheet, move.first, move.end)
    shift_rows(sheet, move.end, move.delta)
    move_references(sheet, move)


def _clear_rows(sheet: Worksheet, first: int, end: int) -> None:
    """Empty rows `first`..`end - 1` entirely (the sample, old rows), so nothing stale survives."""
    for merge in [m for m in sheet.merged_cells.ranges if m.max_row >= first and m.min_row < end]:
        sheet.unmerge_cells(merge.coord)
    for row in sheet.iter_rows(min_row=first, max_row=end - 1):
        for cell in row:
            del sheet[cell.coordinate]
    for number in range(first, end):
        sheet.row_dimensions.pop(number, None)


def _own_cells(table: TemplateTable) -> dict[tuple[str, ...], dict[int, tuple[Any, str]]]:
    """The values and number formats of the sheet's own columns (备注, 盖章日期) in each old row,
    by the scenario the row names (`scenario_identity`): the province's, not ours to blank."""
    kept: dict[tuple[str, ...], dict[int, tuple[Any, str]]] = {}
    for number, cells in table.iter_rows():
        found = {col: (cell.value, cell.number_format) for col in table.own_columns
                 if (cell := table.sheet.cell(number, col)).value is not None}
        if found:
            kept.setdefault(scenario_identity(import_row(number, cells).answers), found)
    return kept


def _row_look(table: TemplateTable) -> RowLook:
    """The look of the copy's first data row (its sample, or a blank numbered line; not a
    heading), if it has one. Its text always wraps: a row's height is fitted to the text.
    Of its font only the typeface and size are taken: a sample is often marked as one in red,
    italic or bold, which the scenarios sent must not carry."""
    number = next((number for number, _ in table.iter_rows()), None)
    if number is None:
        return RowLook({}, None)
    sheet = table.sheet
    cells = {}
    for col in range(table.span[0], table.span[1] + 1):
        if (cell := sheet.cell(number, col)).has_style:
            alignment = copy(cell.alignment)
            alignment.wrap_text = True
            font = Font(name=cell.font.name, size=cell.font.size)
            cells[col] = (font, alignment, copy(cell.border), cell.number_format)
    return RowLook(cells, sheet.row_dimensions[number].height)


def _write_rows(table: TemplateTable, first: int, rows: Sequence[Mapping[str, Any]],
                own_cells: Mapping[tuple[str, ...], Mapping[int, tuple[Any, str]]],
                look: RowLook) -> None:
    """Every table column gets a bordered, wrapped cell, in the copy's look where it has one;
    the sheet's own columns keep what they held beside the same scenario, and stay empty for
    the others."""
    key_at = {col: key for key, col in table.columns.items()}
    layout = [(col, key_at.get(col)) for col in range(table.span[0], table.span[1] + 1)]
    sheet = table.sheet
    for offset, answers in enumerate(rows):
        number = offset + 1
        cells = row_cells(answers, number)
        for col, key in layout:
            cell = sheet.cell(first + offset, col)
            if key == "index":
                cell.value = number
                cell.style = INDEX_STYLE
            else:
                cell.style = BODY_STYLE
                put_text(cell, cells[key] if key else "")
            if col in look.cells:
                cell.font, cell.alignment, cell.border, cell.number_format = look.cells[col]
        for col, (value, number_format) in own_cells.get(scenario_identity(answers), {}).items():
            cell = sheet.cell(first + offset, col)
            cell.value, cell.number_format = value, number_format
