"""Filled 工作计划表 rows into entries, checked by the same rules as an answer typed in the chat.

A row is stored only when every cell could be read and passes the questionnaire's rules; each
rejected cell is reported by row and column. A row naming an existing entry's 用户单位 and
场景名称 is the same scenario: it corrects that entry only when the operator asks for it.
"""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from bot.terminal import TERMINAL_NAME
from exports.reader import ImportedRow, read_rows
from flows.draft import Status
from flows.navigation import Questionnaire
from flows.rules import first_error
from flows.validation import row_problems
from storage.imports import ImportStore
from storage.people import TERMINAL_USER
from storage.reviews import Entry, ReviewStore

Problem = tuple[str, str]  # (column, Chinese reason)
IDENTITY = ("city", "enterprise", "scenario_name")  # what makes two rows the same scenario


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # same scenario, same answers: skipped
    EXISTS = "exists"  # same scenario, no --update: skipped
    REJECTED = "rejected"


SKIPPED = (Outcome.UNCHANGED, Outcome.EXISTS)
OUTCOME_TEXT = {
    Outcome.IMPORTED: "第 {row} 行：已导入为场景 #{id}",
    Outcome.UPDATED: "第 {row} 行：已更新场景 #{id}",
    Outcome.UNCHANGED: "第 {row} 行：跳过，与场景 #{id} 内容相同",
    Outcome.EXISTS: (
        "第 {row} 行：跳过，已有用户单位和场景名称相同的场景 #{id}（加 --update 可用本行更新）"
    ),
    Outcome.REJECTED: "第 {row} 行：拒绝",
}
SUMMARY = "导入 {imported} 行，更新 {updated} 行，跳过 {skipped} 行，拒绝 {rejected} 行。"


@dataclass(frozen=True)
class RowResult:
    row: int
    outcome: Outcome
    entry_id: int | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    results: tuple[RowResult, ...]

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome in outcomes)

    @property
    def rejected(self) -> int:
        return self.count(Outcome.REJECTED)


def file_row_problems(survey: Questionnaire, row: ImportedRow) -> list[Problem]:
    """The cells the reader could not parse, then the questionnaire's rules on the rest.

    A column whose cell could not be read is reported once, with the reader's reason, and not
    again as 未填写.
    """
    unreadable = [(problem.header, problem.reason) for problem in row.problems]
    columns = {column for column, _ in unreadable}
    return unreadable + [p for p in row_problems(survey, row.answers) if p[0] not in columns]


def import_file(
    survey: Questionnaire, store: ReviewStore, source: Path, status: Status, update: bool
) -> ImportReport:
    """Import every data row of `source` as the local operator; raises TemplateError."""
    rows = read_rows(source)
    store.drafts.seen(TERMINAL_USER, TERMINAL_NAME)  # history shows who imported
    importer = _Importer(survey, ImportStore(store.drafts), store, source.name, status, update)
    return ImportReport(tuple(importer.row(row) for row in rows))


def import_text(report: ImportReport) -> str:
    """One line per row (one more per rejected cell), then the totals."""
    lines = []
    for result in report.results:
        lines.append(OUTCOME_TEXT[result.outcome].format(row=result.row, id=result.entry_id))
        lines += [f"  · {column}：{reason}" for column, reason in result.problems]
    lines.append(SUMMARY.format(
        imported=report.count(Outcome.IMPORTED),
        updated=report.count(Outcome.UPDATED),
        skipped=report.count(*SKIPPED),
        rejected=report.rejected,
    ))
    return "\n".join(lines)


class _Importer:
    """One import run: the known scenarios grow as rows are added, so a file naming the same
    scenario twice creates it once."""

    def __init__(self, survey: Questionnaire, rows: ImportStore, store: ReviewStore,
                 source: str, status: Status, update: bool):
        self.survey = survey
        self.rows = rows
        self.source = source
        self.status = status
        self.update = update
        self.known: dict[tuple[str, ...], int] = {}
        for entry in sorted(store.entries(keys=IDENTITY), key=lambda entry: entry.id):
            if _handed_in_or_imported(entry):
                self.known.setdefault(_identity(entry.answers), entry.id)

    def row(self, row: ImportedRow) -> RowResult:
        problems = file_row_problems(self.survey, row)
        if problems:
            return RowResult(row.row, Outcome.REJECTED, problems=tuple(problems))
        answers = self._cleaned(row.answers)
        existing = self.known.get(_identity(answers))
        if existing is None:
            entry_id = self.rows.add(answers, self.status, self.source, row.row, TERMINAL_USER)
            self.known[_identity(answers)] = entry_id
            return RowResult(row.row, Outcome.IMPORTED, entry_id)
        if not self.update:
            return RowResult(row.row, Outcome.EXISTS, existing)
        changed = self.rows.replace_answers(existing, answers, self.source, row.row, TERMINAL_USER)
        return RowResult(row.row, Outcome.UPDATED if changed else Outcome.UNCHANGED, existing)

    def _cleaned(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """Answers as the chat would have stored them (trimmed lines, names without repeats)."""
        return {key: first_error(self.survey.field(key).rule, value)[0]
                for key, value in answers.items()}


def _handed_in_or_imported(entry: Entry) -> bool:
    """An engineer's unfinished draft is theirs to finish: a file row never overwrites it."""
    return entry.info.status != Status.DRAFT or entry.info.owner_id == TERMINAL_USER


def _identity(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """User unit and scenario name, blind to spaces and to full-width forms: （有限公司） and
    (有限公司) name the same company."""
    return tuple(
        re.sub(r"\s+", "", unicodedata.normalize("NFKC", answers.get(key) or ""))
        for key in IDENTITY
    )
