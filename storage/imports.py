"""Entries that come from a spreadsheet instead of a conversation.

Each row is written in one transaction, so an interrupted import never leaves half a row.
An entry created from a file keeps the file and row it came from; every change a file makes
to an entry is in its history, a status change naming the file row.
"""

from collections.abc import Mapping
from typing import Any

from flows.draft import DONE, Status
from storage.drafts import DraftStore


class ImportStore:
    def __init__(self, drafts: DraftStore):
        self.drafts = drafts
        self.db = drafts.db

    def add(
        self, answers: Mapping[str, Any], status: Status, source: str, row: int, actor_id: int
    ) -> int:
        """A finished entry handed in as `status`; its history names the file row it came from."""
        with self.db.atomic():
            current = self.drafts.current_draft_id(actor_id)
            entry = self.drafts.create(actor_id, DONE, answers)
            # create() makes the new entry the actor's current draft; the operator's own draft
            # in the terminal must stay the one `chat` resumes.
            self.drafts.set_current(actor_id, current)
            self.db.execute(
                "update drafts set source_file = ?, source_row = ? where id = ?",
                [source, row, entry.id],
            )
            self._move(entry.id, Status.DRAFT, status, source, row, actor_id)
        return entry.id

    def replace_answers(
        self, draft_id: int, answers: Mapping[str, Any], status: Status, source: str, row: int,
        actor_id: int,
    ) -> None:
        """Make the entry's answers exactly the row's, and its status `status`.

        An entry created from an earlier file is now found at this file row. An engineer's
        chat entry stays theirs, without a source: the corrections are in its history.
        """
        with self.db.atomic():
            before = self.drafts.load(draft_id)
            saved = {key: answers.get(key) for key in before.answers.keys() | answers.keys()}
            self.drafts.save(before, before, saved, actor_id)
            self.db.execute(
                "update drafts set source_file = ?, source_row = ? "
                "where id = ? and source_file is not null",
                [source, row, draft_id],
            )
            if status != before.status:
                self._move(draft_id, before.status, status, source, row, actor_id)

    def set_status(
        self, draft_id: int, before: Status, status: Status, source: str, row: int, actor_id: int
    ) -> bool:
        """Move an entry whose answers the row leaves as they are, unless a coordinator moved it
        since `before` was read (the bot may be running): then False, and nothing changes."""
        with self.db.atomic():
            return self._move(draft_id, before, status, source, row, actor_id)

    def _move(
        self, draft_id: int, before: Status, status: Status, source: str, row: int, actor_id: int
    ) -> bool:
        """The status change and its history line; a hand-in is dated, as the bot dates one."""
        now = self.drafts.now()
        moved = self.db.execute(
            "update drafts set status = ?, updated_at = ?, "
            "submitted_at = case when ? or submitted_at is null then ? else submitted_at end "
            "where id = ? and status = ?",
            [status, now, status == Status.SUBMITTED, now, draft_id, before],
        ).rowcount
        if moved:
            self.drafts.record(draft_id, actor_id, "status", "status", before, status,
                               f"导入自 {source} 第 {row} 行")
        return bool(moved)
