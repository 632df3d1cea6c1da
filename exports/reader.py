"""Read the rows of a filled 工作计划表 back into answers dicts, one problem list per row.

The reader only parses: every cell that can be read becomes answers, every one that cannot
becomes a CellProblem, and the row is kept either way so the user hears about all of them at
once. Field validation (known scenario type, required answers) is a separate step over each
ImportedRow's answers; its findings go into `problems` with `dataclasses.replace`.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from exports.cells import NOTES, PARSERS, UNSAID, CellError
from exports.locate import (
    TemplateTable,
    is_hidden,
    locate_tables,
    open_template,
)
from exports.sample import is_placeholder
from flows.row import COLUMNS
from flows.rules import says_nothing

HEADERS = dict(COLUMNS)
UNCOMPUTED = ("单元格是公式{formula}，文件中没有保存它的计算结果："
              "请用 Excel 或 WPS 打开并保存后重新运行，或直接填写内容")
_FIX_IT = "请在 Excel 或 WPS 中修正后保存，或直接填写内容"
FORMULA_ERROR = "单元格是公式{formula}，结果为错误 {error}：" + _FIX_IT
ERROR_VALUE = "单元格的值为错误 {error}：" + _FIX_IT
# What Excel and WPS show for a formula that failed: no answer, whatever the column.
ERROR_VALUES = frozenset(("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!",
                          "#SPILL!", "#CALC!", "#GETTING_DATA"))
SKIPPED = "第 {row} 行：{reason}，已略过"
SHEET_READ = "读取工作表{sheet}"
HIDDEN = "（隐藏的工作表）"
SHEETS_EMPTY = "（工作表{sheets}有表头，但没有数据行）"
OWN_COLUMNS_UNREAD = "表格中的{columns}列不是计划表的列，未读取，其中的内容不会导入"
# Rows a coordinator hid, or filtered out to see one city's: read all the same, since whether
# they were left out on purpose cannot be told.
HIDDEN_ROWS = "第 {rows} 行在表格中是隐藏的（或被筛选隐藏），已照常{done}；不应报送的请删除这些行。"
SHEETS_UNREAD = ("工作表{sheets}也有数据行，本次未读取："
                 "请把每个工作表另存为单独的 xlsx 文件后分别运行")


@dataclass(frozen=True)
class CellProblem:
    """A cell that could not be read: its column's header text and why, in Chinese."""

    header: str
    reason: str


@dataclass(frozen=True)
class ImportedRow:
    row: int  # 1-based sheet row, so messages can say “第 12 行”
    answers: dict[str, Any]
    problems: list[CellProblem] = field(default_factory=list)
    index: str = ""  # its 序号 cell as written: `lint` names the row by both, as /export does
    notes: tuple[str, ...] = ()  # how cells were read otherwise than as written, for the operator


@dataclass(frozen=True)
class ReadFile:
    """The data rows of the sheet read, and what the operator should hear about the rest."""

    rows: list[ImportedRow]
    skipped: Mapping[int, str] = field(default_factory=dict)  # row -> why it holds no scenario
    sheet: str = ""
    several_sheets: bool = False  # the workbook has other sheets: name the one read
    empty: tuple[str, ...] = ()  # other sheets with the table's header and no data row
    unread: tuple[str, ...] = ()  # other sheets with data rows, left for a file of their own
    # The template's header -> the sheet's own, where they differ (部署总数 -> 部署总数（台）).
    headers: Mapping[str, str] = field(default_factory=dict)
    unread_columns: tuple[str, ...] = ()  # headers of the sheet's own columns holding text
    hidden: tuple[str, ...] = ()  # the sheets Excel does not show, named so when named
    hidden_rows: tuple[int, ...] = ()  # the data rows Excel does not show

    def column(self, header: str) -> str:
        """A column as the sheet names it, so messages speak the sheet's words."""
        return self.headers.get(header, header)

    def sheet_lines(self) -> list[str]:
        """Which sheet was read, when there are several, and which holding data were not."""
        lines = []
        if self.several_sheets:
            empty = SHEETS_EMPTY.format(sheets=self._sheets(self.empty)) if self.empty else ""
            lines.append(SHEET_READ.format(sheet=self._sheets((self.sheet,))) + empty + "。")
        if self.unread:
            lines.append(SHEETS_UNREAD.format(sheets=self._sheets(self.unread)) + "。")
        if self.unread_columns:
            lines.append(OWN_COLUMNS_UNREAD.format(columns=_quoted(self.unread_columns)) + "。")
        return lines

    def hidden_rows_lines(self, done: str) -> list[str]:
        """The data rows hidden in the sheet, said once: `done` (读取, 检查) to them as to the
        rest."""
        if not self.hidden_rows:
            return []
        return [HIDDEN_ROWS.format(rows=_runs(self.hidden_rows), done=done)]

    def _sheets(self, titles: tuple[str, ...]) -> str:
        """Sheets named as Excel's tabs show them; a hidden one, which no tab shows, said so."""
        return "、".join(f"“{title}”" + (HIDDEN if title in self.hidden else "")
                        for title in titles)

    def with_skipped(self, row_lines: Iterable[tuple[int, list[str]]]) -> list[str]:
        """The lines of each (row, its lines), in row order, with a line for each skipped row
        where it sits, so the operator sees the heading the rows after it follow."""
        skipped = sorted(self.skipped.items())
        lines = []
        for number, its_lines in row_lines:
            while skipped and skipped[0][0] < number:
                row, reason = skipped.pop(0)
                lines.append(SKIPPED.format(row=row, reason=reason))
            lines += its_lines
        return lines + [SKIPPED.format(row=row, reason=reason) for row, reason in skipped]


def read_rows(source: Path | IO[bytes]) -> list[ImportedRow]:
    """Every data row of the file: `read_file(source).rows`."""
    return read_file(source).rows


def read_file(source: Path | IO[bytes]) -> ReadFile:
    """Every data row of the first sheet holding the table with data rows (a visible one before
    a hidden one), skipping the sample, XX placeholder rows, empty rows, headings and repeated
    headers.

    Raises TemplateError when the file is not the 工作计划表.
    """
    workbook = open_template(source, read_only=True)
    try:
        tables = _tables(workbook, source)
        chosen, rows = next(((t, rows) for t, rows in tables if rows), tables[0])
        others = [(t.sheet.title, bool(rows)) for t, rows in tables if t is not chosen]
        return ReadFile(
            rows, chosen.skipped, chosen.sheet.title, len(workbook.worksheets) > 1,
            tuple(title for title, has_rows in others if not has_rows),
            tuple(title for title, has_rows in others if has_rows),
            {HEADERS[key]: name for key, name in chosen.names.items() if name != HEADERS[key]},
            chosen.filled_own_columns(),
            tuple(sheet.title for sheet in workbook.worksheets if is_hidden(sheet)),
            tuple(row.row for row in rows if row.row in chosen.hidden_rows),
        )
    finally:
        workbook.close()


def _tables(workbook: Any, source: Path | IO[bytes]) -> list[tuple[TemplateTable, list]]:
    """Each sheet's table with its data rows."""
    return [(table, _data_rows(table)) for table in locate_tables(workbook, source)]


def _data_rows(table: TemplateTable) -> list[ImportedRow]:
    return [
        import_row(number, cells, table.failed_in(number))
        for number, cells in table.iter_rows()
        if number != table.sample_row and _has_answers(cells) and not is_placeholder(cells)
    ]


def _runs(numbers: tuple[int, ...]) -> str:
    """Ascending row numbers, each run of neighbours as its first and last: 5、7–12."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1][1:] = [number]
        else:
            runs.append([number])
    return "、".join("–".join(map(str, run)) for run in runs)


def _quoted(names: tuple[str, ...]) -> str:
    return "、".join(f"“{name}”" for name in names)


def import_row(
    number: int, cells: Mapping[str, str], failed: Mapping[str, str] | None = None
) -> ImportedRow:
    """Parse one row's cell texts (cell key -> text); empty cells, and cells that only say
    there is nothing (无, 暂无), give no answer, a count's refused (`UNSAID`). `failed` holds
    the formulas (cell key -> "=…") of cells saved without a result, empty to the reader
    though the user sees a value, or with an error, which read-only openpyxl gives as its
    text (#N/A). A cell saying more than its
    answers keep (a count's breakdown) is told in the row's notes."""
    answers: dict[str, Any] = {}
    problems, notes = [], []
    for key, parse in PARSERS.items():
        text = cells.get(key, "")
        if (not text and failed and key in failed) or text in ERROR_VALUES:
            problems.append(CellProblem(HEADERS[key], _formula_problem(text, failed, key)))
            continue
        if not text or says_nothing(text):
            if text and key in UNSAID:
                problems.append(CellProblem(HEADERS[key], UNSAID[key].format(text=text)))
            continue
        try:
            parsed = parse(text)
        except CellError as error:
            problems.append(CellProblem(HEADERS[key], str(error)))
            continue
        answers.update({k: v for k, v in parsed.items() if not says_nothing(v)})
        notes += filter(None, (note(text, {**answers, **parsed}) for note in NOTES.get(key, ())))
    return ImportedRow(number, answers, problems, cells.get("index", "").strip(), tuple(notes))


def _formula_problem(text: str, failed: Mapping[str, str] | None, key: str) -> str:
    formula = failed.get(key) if failed else None
    quoted = f"“{formula}”" if formula else ""
    if not text:
        return UNCOMPUTED.format(formula=quoted)
    if formula is None:
        return ERROR_VALUE.format(error=text)
    return FORMULA_ERROR.format(formula=quoted, error=text)


def _has_answers(cells: Mapping[str, str]) -> bool:
    """A row with nothing but its 序号 is a blank line of the form, not a submission."""
    return any(text for key, text in cells.items() if key != "index")
