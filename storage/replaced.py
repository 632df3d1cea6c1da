"""The answer at a draft's cursor before its latest change, read from the draft's history:
while editing from the summary, a multi-select unticked to nothing and left goes back to it
(`flows.outcome.back`)."""

import json
from typing import Any

from sqlite_utils import Database

from flows.draft import Draft


class ReplacedAnswers:
    """For the draft store."""

    db: Database

    def replaced(self, draft: Draft) -> Any:
        """Only while editing: a draft answered step by step goes back without it."""
        if not draft.editing:
            return None
        row = self.db.execute(
            "select old from events where draft_id = ? and kind = 'answer' and field = ? "
            "order by id desc limit 1", [draft.id, draft.cursor]).fetchone()
        return json.loads(row[0]) if row and row[0] is not None else None
