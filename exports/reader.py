"""Read the rows of a filled 工作计划表 back into answers dicts, one problem list per row.

The reader only parses: every cell that can be read becomes answers, every one that cannot
becomes a CellProblem, and the row is kept either way so the user hears about all of them at
once. Field validation (known scenario type, required answers) is a separate step over each
ImportedRow's answers; its findings go into `problems` with `dataclasses.replace`.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from exports.cells import PARSERS, CellError
from exports.locate import is_placeholder, locate_table, open_template
from flows.row import COLUMNS
from flows.rules import says_nothing

HEADERS = dict(COLUMNS)
UNCOMPUTED = ("单元格是公式{formula}，文件中没有保存它的计算结果："
              "请用 Excel 或 WPS 打开并保存后重新运行，或直接填写内容")


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


def read_rows(source: Path | IO[bytes]) -> list[ImportedRow]:
    """Every data row of the file, skipping the sample, XX placeholder rows and empty rows.

    Raises TemplateError when the file is not the 工作计划表.
    """
    workbook = open_template(source, read_only=True)
    try:
        table = locate_table(workbook)
        return [
            import_row(number, cells, table.uncomputed_in(number))
            for number, cells in table.iter_rows()
            if number != table.sample_row and _has_answers(cells) and not is_placeholder(cells)
        ]
    finally:
        workbook.close()


def import_row(
    number: int, cells: Mapping[str, str], uncomputed: Mapping[str, str] | None = None
) -> ImportedRow:
    """Parse one row's cell texts (cell key -> text); empty cells, and cells that only say
    there is nothing (无, 暂无), give no answer. `uncomputed` holds the formulas (cell key ->
    "=…") of cells saved without a result: empty to the reader, though the user sees a value."""
    answers: dict[str, Any] = {}
    problems = []
    for key, parse in PARSERS.items():
        text = cells.get(key, "")
        if not text and uncomputed and key in uncomputed:
            formula = f"“{uncomputed[key]}”" if uncomputed[key] else ""
            problems.append(CellProblem(HEADERS[key], UNCOMPUTED.format(formula=formula)))
            continue
        if not text or says_nothing(text):
            continue
        try:
            answers.update({k: v for k, v in parse(text).items() if not says_nothing(v)})
        except CellError as error:
            problems.append(CellProblem(HEADERS[key], str(error)))
    return ImportedRow(number, answers, problems)


def _has_answers(cells: Mapping[str, str]) -> bool:
    """A row with nothing but its 序号 is a blank line of the form, not a submission."""
    return any(text for key, text in cells.items() if key != "index")
