"""Filled 工作计划表 rows into entries, checked by the same rules as an answer typed in the chat.

A row is stored only when every cell could be read and passes the questionnaire's rules; each
rejected cell is reported by row and column. A row naming an existing entry's 用户单位 and
场景名称 is the same scenario: it corrects that entry only when the operator asks for it, and
a row whose cells read as the entry's already do changes nothing, however the chat stored it.
A file naming one scenario in two rows holds a mistake only its author can settle: the later
row never overwrites the earlier one. A row whose 用户单位 or 场景名称 was corrected is a new
scenario to the import: a new row alike to an entry stored before that no row of the file names
(the review cards' rule) is told, never merged, as only a coordinator can tell a correction
from a second, similar scenario.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from bot.comparables import COMPARED_STATUSES
from bot.file_checks import (
    OTHER_CONTENT,
    SAME_SCENARIO,
    Problem,
    checked_row,
    cleaned,
    file_repeats,
    row_notes,
)
from bot.review_cards import Cards
from bot.terminal import TERMINAL_NAME
from exports.reader import ImportedRow, ReadFile
from flows.draft import STATUS_LABELS, Status
from flows.navigation import Questionnaire
from flows.province import as_handed_in
from flows.row import IDENTITY, row_cells, scenario_identity
from storage.imports import ImportStore
from storage.people import TERMINAL_USER, People
from storage.reviews import Entry, ReviewStore


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"  # same scenario, other cells: rewritten (--update)
    APPROVED = "approved"  # same scenario, same cells, now approved (--update --status approved)
    UNCHANGED = "unchanged"  # same scenario, same cells: nothing to do
    EXISTS = "exists"  # same scenario, other cells, no --update: skipped
    REJECTED = "rejected"
    REPEATED = "repeated"  # an earlier row's scenario and cells: nothing to do
    CONFLICTING = "conflicting"  # an earlier row's scenario, other cells: refused


OUTCOME_TEXT = {
    Outcome.IMPORTED: "第 {row} 行：已导入为场景 #{id}",
    Outcome.UPDATED: "第 {row} 行：已更新场景 #{id}",
    Outcome.APPROVED: "第 {row} 行：与场景 #{id} 内容相同，已改为已通过",
    Outcome.UNCHANGED: "第 {row} 行：未变化，与场景 #{id} 内容相同",
    Outcome.EXISTS: ("第 {row} 行：跳过，已有用户单位和场景名称相同的场景 #{id}，"
                     "内容不同（加 --update 可用本行更新）"),
    Outcome.REJECTED: "第 {row} 行：拒绝",
    Outcome.REPEATED: "第 {row} 行：" + SAME_SCENARIO + "内容相同，未重复导入",
    Outcome.CONFLICTING: "第 {row} 行：拒绝，" + OTHER_CONTENT,
}
ALIKE = ("与已有的{labels}相似：如是改了用户单位或场景名称的同一场景，请协调员（两者不在同一"
         "审核范围的，由能审核两者的协调员）在机器人中把旧的场景标记为 #{id} 的重复（已通过的须先"
         "重新打开；已有场景标记为旧场景的重复的，须先取消那些标记），标记为重复的场景不导出")
MOVED = "（状态：{before} → {after}）"
NOT_MOVED = "（仍为{before}；加 --update 可改为{after}）"
SUMMARY = ("导入 {imported} 行，更新 {updated} 行，未变化 {unchanged} 行，"
           "跳过 {skipped} 行，拒绝 {rejected} 行。")


@dataclass(frozen=True)
class RowResult:
    row: int
    outcome: Outcome
    entry_id: int | None = None
    problems: tuple[Problem, ...] = ()
    # The entry's status and the one the file asks for, when they differ: moved for UPDATED
    # and APPROVED, left alone (no --update) for UNCHANGED.
    status: tuple[Status, Status] | None = None
    notes: tuple[str, ...] = ()  # where the row may not be counted or held as written
    first_row: int | None = None  # the earlier row of the file naming the same scenario
    apart: str = ""  # the columns that row writes otherwise (CONFLICTING)
    alike: tuple[str, ...] = ()  # entries stored before, alike to the row IMPORTED


@dataclass(frozen=True)
class ImportReport:
    results: tuple[RowResult, ...]
    read: ReadFile  # the sheet read, its skipped rows and the sheets not read

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome in outcomes)

    @property
    def rejected(self) -> int:
        return self.count(Outcome.REJECTED, Outcome.CONFLICTING)


def import_file(survey: Questionnaire, store: ReviewStore, people: People, read: ReadFile,
                name: str, status: Status, update: bool) -> ImportReport:
    """Import every data row `read` from the file `name` as the local operator.

    The file is stored whole or not at all: every row is checked first, then the rows are
    written in one transaction, so an error of the program's own midway leaves nothing of the
    file behind, and the bot waits only for the writing."""
    importer = _Importer(survey, ImportStore(store.drafts), Cards(survey, store, people), name,
                         status, update)
    checked = [importer.checked(row) for row in read.rows]
    importer.compare_with_entries_not_in(row for row, _, _ in checked)
    repeats = file_repeats(row for row, problems, _ in checked if not problems)
    with store.drafts.db.atomic():
        store.drafts.seen(TERMINAL_USER, TERMINAL_NAME)  # history shows who imported
        return ImportReport(tuple(importer.stored(*row, repeats.get(row[0].row))
                                  for row in checked), read)


def import_text(report: ImportReport) -> str:
    """The sheet read, when there are several, and its hidden rows; one line per row (one more
    per rejected cell), headings and repeated headers among them; then the totals."""
    lines = report.read.sheet_lines() + report.read.hidden_rows_lines("读取")
    lines += report.read.with_skipped(
        (result.row, _result_lines(result, report.read)) for result in report.results)
    lines.append(SUMMARY.format(
        imported=report.count(Outcome.IMPORTED),
        updated=report.count(Outcome.UPDATED, Outcome.APPROVED),
        unchanged=report.count(Outcome.UNCHANGED, Outcome.REPEATED),
        skipped=report.count(Outcome.EXISTS),
        rejected=report.rejected,
    ))
    return "\n".join(lines)


def _result_lines(result: RowResult, read: ReadFile) -> list[str]:
    outcome = OUTCOME_TEXT[result.outcome].format(row=result.row, id=result.entry_id,
                                                  first=result.first_row, columns=result.apart)
    return [outcome + _status_note(result),
            *(f"  · {read.column(column)}：{reason}" for column, reason in result.problems),
            *(f"  · {note}" for note in result.notes),
            *([f"  · {ALIKE.format(labels='、'.join(result.alike), id=result.entry_id)}"]
              if result.alike else [])]


def _status_note(result: RowResult) -> str:
    if result.status is None or result.outcome == Outcome.APPROVED:
        return ""
    before, after = (STATUS_LABELS[status] for status in result.status)
    note = NOT_MOVED if result.outcome == Outcome.UNCHANGED else MOVED
    return note.format(before=before, after=after)


def status_after(current: Status, wanted: Status, changed: bool) -> Status:
    """An existing entry's status once `--update` applies a row of a file imported as `wanted`.

    `--status approved` says the file's rows are approved, so its rows end approved, changed or
    not. Otherwise a row that changes a returned entry (which has no one in the chat to fix it)
    hands it in again, and one that changes an approved entry sends it back to review, since the
    approval was of other content; an unchanged row leaves the status alone.
    """
    if wanted == Status.APPROVED:
        return Status.APPROVED
    if changed and current in (Status.RETURNED, Status.APPROVED):
        return Status.SUBMITTED
    return current


class _Importer:
    """One import run: the known scenarios grow as rows are added, so a file naming the same
    scenario twice creates it once."""

    def __init__(self, survey: Questionnaire, rows: ImportStore, cards: Cards,
                 source: str, status: Status, update: bool):
        self.survey = survey
        self.rows = rows
        self.store = cards.store
        self.source = source
        self.status = status
        self.update = update
        self.known: dict[tuple[str, ...], int] = {}
        self.cards = cards
        self.compared: set[int] = set()
        for entry in sorted(self.store.entries(keys=IDENTITY), key=lambda entry: entry.id):
            if _handed_in_or_imported(entry):
                self.known.setdefault(scenario_identity(entry.answers), entry.id)

    def compare_with_entries_not_in(self, rows: Iterable[ImportedRow]) -> None:
        """A new row is compared with the entries stored before this import that no row of the
        file names: one the file still holds is not what a row was corrected from, and rows of
        one file alike to each other are lint's and export's to tell."""
        named = {self.known.get(scenario_identity(row.answers)) for row in rows}
        self.compared = {entry_id for entry_id, _ in self.store.revisions(COMPARED_STATUSES)
                         if entry_id not in named}

    def checked(self, row: ImportedRow) -> tuple[ImportedRow, list[Problem], tuple[str, ...]]:
        """The row as the chat would hold it, its problems, and the notes on the cells as
        written (the cleaned ones no longer show where names were joined), only the reader's
        for a refused row: nothing is stored yet."""
        row, problems = checked_row(self.survey, row)
        if problems:
            return row, problems, row.notes
        return (replace(row, answers=cleaned(self.survey, row.answers)), [],
                (*row.notes, *row_notes(row.answers)))

    def stored(self, row: ImportedRow, problems: list[Problem], notes: tuple[str, ...],
               repeat: tuple[int, str] | None) -> RowResult:
        if problems:
            return RowResult(row.row, Outcome.REJECTED, problems=tuple(problems), notes=notes)
        if repeat:  # neither of two rows of one scenario overwrites the other
            first, apart = repeat
            outcome = Outcome.CONFLICTING if apart else Outcome.REPEATED
            return RowResult(row.row, outcome, first_row=first, apart=apart, notes=notes)
        return replace(self._stored(row, row.answers), notes=notes)

    def _stored(self, row: ImportedRow, answers: dict[str, Any]) -> RowResult:
        existing = self.known.get(scenario_identity(answers))
        if existing is None:
            entry_id = self.rows.add(answers, self.status, self.source, row.row, TERMINAL_USER)
            self.known[scenario_identity(answers)] = entry_id
            return RowResult(row.row, Outcome.IMPORTED, entry_id,
                             alike=self._alike(entry_id, answers))
        return self._existing(row.row, self.store.entry(existing), answers)

    def _alike(self, entry_id: int, answers: dict[str, Any]) -> tuple[str, ...]:
        """The compared entries alike to the row stored as `entry_id`, as
        `场景 #1 名称（用户单位）`."""
        if not self.compared:
            return ()
        return tuple(self._label(other_id) for other_id, _ in self.cards.similar(entry_id, answers)
                     if other_id in self.compared)

    def _label(self, entry_id: int) -> str:
        answers = self.store.drafts.answers(entry_id)
        return f"场景 #{entry_id} {answers.get('scenario_name')}（{answers.get('enterprise')}）"

    def _existing(self, number: int, entry: Entry, answers: dict[str, Any]) -> RowResult:
        """A row of a scenario already stored. It is compared cell by cell, as the file shows
        it: the chat keeps a supplement to the indicators apart, the cell joins them; a group's
        short name stored is its full name in the file the group was exported in."""
        changed = row_cells(answers) not in (row_cells(entry.answers),
                                             row_cells(as_handed_in(entry.answers)))
        current = entry.info.status
        wanted = status_after(current, self.status, changed)
        moved = (current, wanted) if wanted != current else None
        if not self.update:
            if changed:
                return RowResult(number, Outcome.EXISTS, entry.id)
            return RowResult(number, Outcome.UNCHANGED, entry.id, status=moved)
        if changed:
            self.rows.replace_answers(entry.id, answers, wanted, self.source, number,
                                      TERMINAL_USER)
            return RowResult(number, Outcome.UPDATED, entry.id, status=moved)
        if moved and self.rows.set_status(entry.id, current, wanted, self.source, number,
                                          TERMINAL_USER):
            return RowResult(number, Outcome.APPROVED, entry.id, status=moved)
        return RowResult(number, Outcome.UNCHANGED, entry.id)


def _handed_in_or_imported(entry: Entry) -> bool:
    """An engineer's unfinished draft is theirs to finish: a file row never overwrites it."""
    return entry.info.status != Status.DRAFT or entry.info.owner_id == TERMINAL_USER

