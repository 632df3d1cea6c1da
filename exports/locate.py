"""Finding the 工作计划表 table in any workbook: the default one or a user's copy of it.

Provinces pass the template around as their own xlsx copies, with notes above the title, an
extra 备注 column, the provincial header 应用产品类型 instead of the annex's 应用部署产品类型,
stray spaces in headers. So the table is found by its header texts, never by fixed cells, and
everything is read as plain values so the same code serves openpyxl's fast read-only mode. What
a reader sees in a cell is what it holds: a formula's result, a merged cell's value in every
row the merge covers.
"""

import warnings
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from exports.headers import Header, cell_text, find_header, unknown_headers
from exports.row_scan import RowScan
from exports.sample import is_sample
from exports.sheet_xml import SheetExtras, sheet_extras
from exports.template import TITLE
from flows.row import COLUMNS

# The header row is looked for this far down: room for a title and a few lines of notes.
HEADER_SEARCH_ROWS = 50

_TEMPLATE_HINT = f"请确认使用的是《{TITLE}》模板"
UNKNOWN_HEADERS = "（表格中认不出的表头：{headers}）"
# Only the CLI opens users' files (import, lint, export --template): advice for a file on disk.
NOT_XLSX = "文件不是 xlsx 格式的表格，请用 Excel 或 WPS 另存为 .xlsx（Excel 工作簿）后重新运行"
DAMAGED = ("文件已损坏，其中的工作表无法读取，"
           "请用 Excel 或 WPS 打开后另存为 .xlsx（Excel 工作簿）再试")
ZIP_START = b"PK\x03\x04"
# What a damaged part of an xlsx raises while openpyxl reads it: broken XML, a missing or broken
# part, a reference past the end of a list (a shared string, a style) or a value of the wrong
# kind. Caught only around openpyxl's reading: the same errors raised by our own code are bugs,
# not a damaged file.
DAMAGE = (ParseError, BadZipFile, KeyError, zlib.error, EOFError, IndexError, ValueError)


class TemplateError(ValueError):
    """The file is not a 工作计划表 xlsx; the message is one Chinese sentence for the user."""


@dataclass(frozen=True)
class TemplateTable:
    """Where the table sits in one sheet. Rows and columns are 1-based, as in openpyxl."""

    sheet: Any  # Worksheet, or ReadOnlyWorksheet when opened read-only
    header_rows: tuple[int, int]  # first and last header row
    columns: Mapping[str, int]  # cell key of `flows.row.COLUMNS` -> column
    span: tuple[int, int]  # first and last column of the table, extra user columns included
    data_row: int  # first row below the header (the sample's row, if there is one)
    sample_row: int | None
    end_row: int  # first row after the last data row: where 填写说明 or the rest usually starts
    # Texts of the span's cells in rows data_row..end_row - 1, kept from the one scan that
    # found end_row: parsing a read-only sheet twice would double an import's time.
    data_texts: tuple[tuple[str, ...], ...] = field(default=(), repr=False)
    # (row, column) -> formula, for formulas without a usable result (see `exports.sheet_xml`).
    failed: Mapping[tuple[int, int], str] = field(default_factory=dict, repr=False)
    # Rows between data_row and end_row that hold no scenario -> why (a heading, the header).
    skipped: Mapping[int, str] = field(default_factory=dict)
    # First and last row of the 填写说明 (or other text below the table) when rows were typed
    # below it: an export keeps it and puts it after the rows again.
    notes: tuple[int, int] | None = None
    names: Mapping[str, str] = field(default_factory=dict)  # cell key -> the sheet's header
    # Column -> header of the span's columns the template has not (a province's 备注).
    own_columns: Mapping[int, str] = field(default_factory=dict)
    hidden_rows: frozenset[int] = frozenset()  # rows Excel does not show (hidden, filtered out)

    def iter_rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Each row from `data_row` up to `end_row` but the skipped ones, as (row number,
        cell key -> stripped text)."""
        offsets = {key: col - self.span[0] for key, col in self.columns.items()}
        for number, texts in enumerate(self.data_texts, self.data_row):
            if number not in self.skipped:
                yield number, {key: texts[offset] for key, offset in offsets.items()}

    def filled_own_columns(self) -> tuple[str, ...]:
        """The headers of the sheet's own columns with text in a row of the table: no answer
        is read from them."""
        rows = [texts for number, texts in enumerate(self.data_texts, self.data_row)
                if number not in self.skipped]
        return tuple(header for col, header in self.own_columns.items()
                     if any(texts[col - self.span[0]] for texts in rows))

    def failed_in(self, number: int) -> dict[str, str]:
        """Cell key -> formula, for the cells of row `number` whose formula has no result or
        an error for one."""
        return {key: self.failed[number, col] for key, col in self.columns.items()
                if (number, col) in self.failed}


def open_template(source: Path | IO[bytes], read_only: bool = False) -> Workbook:
    """Load an xlsx, turning "this is not an xlsx at all" into a TemplateError.

    A sheet opened to be read (`read_only`) shows formulas' saved results (`=4+4` reads as 8);
    one opened to be written into keeps its formulas.
    """
    try:
        with warnings.catch_warnings():  # openpyxl's English notes on what it cannot read
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(source, read_only=read_only, data_only=read_only)
    except BadZipFile as error:
        raise TemplateError(DAMAGED if _begins_as_zip(source) else NOT_XLSX) from error
    except (InvalidFileException, KeyError) as error:
        raise TemplateError(NOT_XLSX) from error
    except OSError as error:
        if error.errno is not None:  # the disk's, not the file's: the caller tells it
            raise
        raise TemplateError(NOT_XLSX) from error  # a zip package with no workbook: a .docx
    except DAMAGE as error:
        raise TemplateError(DAMAGED) from error
    if not workbook.worksheets:  # the workbook names sheets the file does not hold
        raise TemplateError(DAMAGED)
    if read_only:
        # Some generators write a wrong <dimension> and read-only mode would trust it.
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
    return workbook


def _begins_as_zip(source: Path | IO[bytes]) -> bool:
    """Whether the file begins as a zip (an xlsx) does. Such a file that reads as no zip has
    lost its end, where a zip keeps its directory: a download stopped halfway, damaged, not
    a file of another format."""
    if isinstance(source, Path):
        with source.open("rb") as file:
            return file.read(4) == ZIP_START
    at = source.seek(0, 1)
    source.seek(0)
    head = source.read(4)
    source.seek(at)
    return head == ZIP_START


def locate_table(workbook: Workbook, source: Path | IO[bytes] | None = None) -> TemplateTable:
    """The first sheet holding the table; otherwise a TemplateError naming what is missing."""
    return next(locate_tables(workbook, source))


def locate_tables(
    workbook: Workbook, source: Path | IO[bytes] | None = None
) -> Iterator[TemplateTable]:
    """Each sheet holding the table, in the workbook's order (a blank copy of the form may come
    before the filled one), the hidden ones last: an old copy hidden before the sheet the user
    sees is not what the user means. A TemplateError naming what is missing when there is none.

    A workbook opened read-only comes with its `source`, where what read-only mode leaves out
    of its sheets (merges, formulas without a result) is read."""
    fewest_missing: list[str] | None = None
    unknown: list[str] = []  # the headers read nothing from, beside those fewest found
    found = False
    for sheet in sorted(workbook.worksheets, key=is_hidden):
        rows = map(_shown, _parsed_rows(sheet))
        top_rows = list(islice(rows, HEADER_SEARCH_ROWS))
        header = find_header(top_rows)
        if header is None:
            continue
        missing = [text for key, text in COLUMNS if key not in header.columns]
        if not missing:
            found = True
            yield _table(sheet, top_rows, rows, header, source)
        elif fewest_missing is None or len(missing) < len(fewest_missing):
            fewest_missing, unknown = missing, unknown_headers(top_rows, header)
    if found:
        return
    if fewest_missing is None:
        raise TemplateError(f"未找到计划表的表头（如“序号”“场景名称”），{_TEMPLATE_HINT}")
    quoted = "、".join(f"“{header}”" for header in fewest_missing)
    named = UNKNOWN_HEADERS.format(headers="、".join(f"“{text}”" for text in unknown))
    raise TemplateError(f"未找到表头{quoted}，{_TEMPLATE_HINT}" + (named if unknown else ""))


def is_hidden(sheet: Any) -> bool:
    """A sheet Excel does not show (hidden or very hidden)."""
    return sheet.sheet_state != "visible"


def _parsed_rows(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows as openpyxl parses them. A read-only sheet is parsed only as it is read,
    so a damaged one shows here, not when the file is opened."""
    rows = sheet.iter_rows()
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except DAMAGE as error:
            raise TemplateError(DAMAGED) from error
        yield row


def _table(sheet, top_rows, rest, header: Header, source) -> TemplateTable:
    """Scan every row below the header once. Headings between the rows (`二、服务类场景`, a
    merged `苏州市`) and a second copy of the header are no data rows; the rows after them are.
    The table ends at its last data row: rows typed below the 填写说明 are still the table's."""
    header_rows, columns = header.rows, header.columns
    header_values = top_rows[header_rows[0] - 1 : header_rows[1]]
    span = _span(header_values, columns)
    data_row = header_rows[1] + 1
    try:
        extras = sheet_extras(sheet, source)
    except DAMAGE as error:
        raise TemplateError(DAMAGED) from error
    carried = _carried_down(extras, data_row, span)
    scan = RowScan(data_row, {col - span[0]: key for key, col in columns.items()})
    for number, values in enumerate(chain(top_rows[data_row - 1 :], rest), data_row):
        own = tuple(cell_text(_value_at(values, col)) for col in range(span[0], span[1] + 1))
        if number in carried:
            texts = _with_merged(own, carried[number], scan.texts, data_row)
        else:
            texts = own
        scan.add(number, own, texts)
    last_data = scan.last_data
    skipped = {number: reason for number, reason in scan.skipped.items() if number < last_data}
    skipped |= scan.tail()
    table = TemplateTable(sheet, header_rows, columns, span, data_row, None, last_data + 1,
                          tuple(scan.texts[: last_data - data_row + 1]), extras.failed, skipped,
                          scan.notes, header.names, _own_columns(header_values, span, columns),
                          extras.hidden_rows)
    first = next(table.iter_rows(), None)
    if first and is_sample(first[1]):
        table = replace(table, sample_row=first[0])
    return table


def _carried_down(extras: SheetExtras, data_row: int, span: tuple[int, int]
                  ) -> dict[int, list[tuple[int, int]]]:
    """Row -> (offset in the row's texts, row holding the value) for the cells a merge spanning
    several data rows covers: B6:B8 merged gives B6's 报送单位 to rows 7 and 8 as well."""
    carried: dict[int, list[tuple[int, int]]] = {}
    for min_col, min_row, _, max_row in extras.merges:
        if min_row >= data_row and max_row > min_row and span[0] <= min_col <= span[1]:
            for number in range(min_row + 1, max_row + 1):
                carried.setdefault(number, []).append((min_col - span[0], min_row))
    return carried


def _with_merged(texts: tuple[str, ...], carried: list[tuple[int, int]],
                 scanned: list[tuple[str, ...]], data_row: int) -> tuple[str, ...]:
    filled = list(texts)
    for offset, top in carried:
        if top - data_row < len(scanned):
            filled[offset] = filled[offset] or scanned[top - data_row][offset]
    return tuple(filled)


def _span(header_values: Sequence[Sequence[Any]], columns: Mapping[str, int]) -> tuple[int, int]:
    """The key columns, widened over headers adjacent to them (a user's 备注 column)."""
    filled = {col for values in header_values for col, v in enumerate(values, 1) if cell_text(v)}
    first, last = min(columns.values()), max(columns.values())
    while first - 1 in filled:
        first -= 1
    while last + 1 in filled:
        last += 1
    return first, last


def _own_columns(header_values: Sequence[Sequence[Any]], span: tuple[int, int],
                 columns: Mapping[str, int]) -> dict[int, str]:
    """Column -> header of the span's columns that are not the template's (备注)."""
    theirs = set(columns.values())
    return {col: _header_at(header_values, col)
            for col in range(span[0], span[1] + 1) if col not in theirs}


def _header_at(header_values: Sequence[Sequence[Any]], col: int) -> str:
    """A column's header text, spaces removed; every column of the span has one."""
    texts = (cell_text(_value_at(values, col)) for values in header_values)
    return "".join(next(filter(None, texts)).split())


def _shown(cells: Sequence[Any]) -> tuple[Any, ...]:
    """A row's values, a date as its number format shows it: a cell's value alone is a date."""
    return tuple(cell_text(cell.value, cell.number_format) if isinstance(cell.value, date)
                 else cell.value for cell in cells)


def _value_at(values: Sequence[Any], col: int) -> Any:
    """Read-only rows stop at their last filled cell, so a column may be past the end."""
    return values[col - 1] if col <= len(values) else None
