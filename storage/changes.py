"""What an entry's answers were before the changes its history logs: since a return, since a
card was drawn, and since its latest status (a returned entry's edits not handed in yet)."""

import json
from typing import Any

from sqlite_utils import Database

from storage.drafts import DraftStore

SINCE_STATUS = "(select coalesce(max(id), 0) from events where draft_id = ? and kind = 'status')"


class AnswerChanges:
    db: Database
    drafts: DraftStore

    def changes_since(self, draft_id: int, event_id: int) -> dict[str, tuple[Any, Any]]:
        """Field -> (value before, value now) for answers changed after an event."""
        return self._changes(draft_id, "id > ?", event_id)

    def changes_after(self, draft_id: int, revision: int) -> dict[str, tuple[Any, Any]] | None:
        """As `changes_since`, for answers changed after a screen drawn at `revision`. None
        when the history cannot tell: unless some line logged at that revision or before says
        so, the screen may predate lines carrying revisions (schema v12), and changes made
        before the upgrade would be missed."""
        logged = self.db.execute(
            "select 1 from events where draft_id = ? and revision <= ? limit 1",
            [draft_id, revision],
        ).fetchone()
        return self._changes(draft_id, "revision > ?", revision) if logged else None

    def unsubmitted_changes(self, draft_id: int, answers: dict[str, Any]
                            ) -> dict[str, tuple[Any, Any]]:
        """As `changes_since`, since the entry's latest status: for a returned entry, what its
        engineer has changed and not handed in yet. One read, as the caller has the entry's
        `answers`."""
        return self._changes(draft_id, f"id > {SINCE_STATUS}", draft_id, answers)

    def _changes(self, draft_id: int, after: str, bound: int,
                 answers: dict[str, Any] | None = None) -> dict[str, tuple[Any, Any]]:
        rows = self.db.execute(
            f"select field, old from events where draft_id = ? and kind = 'answer' and {after} "
            "order by id",
            [draft_id, bound],
        ).fetchall()
        current = self.drafts.answers(draft_id) if answers is None else answers
        before: dict[str, Any] = {}
        for field, old in rows:
            before.setdefault(field, load(old))
        return {k: (v, current.get(k)) for k, v in before.items() if v != current.get(k)}


def load(value: str | None) -> Any:
    """An event's logged value, JSON on disk."""
    return None if value is None else json.loads(value)
