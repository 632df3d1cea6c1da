"""The engineer's other scenarios, whose answers a new one may reuse (flows/reuse.py)."""

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database


def other_answers(db: Database, draft_id: int,
                  keys: Sequence[str]) -> list[tuple[int, dict[str, Any]]]:
    """Some answers (`keys`) of the other scenarios of the draft's owner, whatever their status,
    most recently updated first, in one query. Rows imported from a file are nobody's own
    (`DraftStore.owned_by`); deleted drafts are gone with their answers."""
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        "select d.id, (select json_group_object(key, json(value)) from answers "
        f"where draft_id = d.id and key in ({marks})) from drafts d "
        "where d.owner_id = (select owner_id from drafts where id = ?) and d.id != ? "
        "and d.source_file is null order by d.updated_at desc, d.id desc",
        [*keys, draft_id, draft_id],
    ).fetchall()
    return [(other_id, json.loads(answers)) for other_id, answers in rows]
