"""Entries that come from a spreadsheet instead of a conversation.

Each row is written in one transaction, so an interrupted import never leaves half a row,
and every entry keeps the file and row it came from.
"""

from collections.abc import Mapping
from dataclasses import replace
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
                "update drafts set status = ?, submitted_at = ?, source_file = ?, source_row = ? "
                "where id = ?",
                [status, self.drafts.now(), source, row, entry.id],
            )
            self.drafts.record(
                entry.id, actor_id, "status", "status", Status.DRAFT, status,
                f"导入自 {source} 第 {row} 行",
            )
        return entry.id

    def replace_answers(
        self, draft_id: int, answers: Mapping[str, Any], source: str, row: int, actor_id: int
    ) -> bool:
        """Make the entry's answers exactly the row's, each change in its history.

        A re-imported row corrects an entry, it does not review it: a returned entry (which has
        no one in the chat to fix it) is handed in again, and an approved one goes back to
        review, since its approval was of other content; other statuses stay.
        Returns False, touching nothing, when the row holds what the entry already has.
        """
        with self.db.atomic():
            before = self.drafts.load(draft_id)
            saved = {key: answers.get(key) for key in before.answers.keys() | answers.keys()}
            if all(before.answers.get(key) == value for key, value in saved.items()):
                return False
            resubmitted = before.status in (Status.RETURNED, Status.APPROVED)
            after = replace(before, status=Status.SUBMITTED) if resubmitted else before
            self.drafts.save(before, after, saved, actor_id)
            self.db.execute(
                "update drafts set source_file = ?, source_row = ? where id = ?",
                [source, row, draft_id],
            )
        return True
