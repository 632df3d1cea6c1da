"""When the engineer's drafts were begun and returned: a question Telegram dates after a
newer draft was begun, or before the current one, was likely asked of another scenario."""

import json
from datetime import datetime

from sqlite_utils import Database

from flows.beijing import beijing
from flows.draft import Status


def newest_begun(db: Database, draft_id: int, by: datetime) -> tuple[int, Status] | None:
    """Of the own drafts of `draft_id`'s owner (none imported), the newest begun by `by`, with
    its status; None where none left was. A deleted draft is gone with its date: it counts for
    nothing here."""
    rows = db.execute(
        "select id, status, created_at from drafts where source_file is null and "
        "owner_id = (select owner_id from drafts where id = ?) and created_at is not null",
        [draft_id],
    ).fetchall()
    begun = [(beijing(created), other, status) for other, status, created in rows]
    newest = max((row for row in begun if row[0] <= by), default=None)
    return (newest[1], Status(newest[2])) if newest else None


def asked_of(db: Database, draft_id: int, sent: datetime) -> tuple[int, Status] | None:
    """The draft a question naming none, `sent` then, was likely asked of: `draft_id` where it
    was returned by then (from then on, any other draft in progress beside it is named above
    its questions), else the newest begun by then."""
    status, returned = db.execute(
        "select status, (select max(at) from events where draft_id = drafts.id "
        "and kind = 'status' and new = ?) from drafts where id = ?",
        [json.dumps(Status.RETURNED), draft_id]).fetchone()
    if returned is not None and beijing(returned) <= sent:
        return draft_id, Status(status)
    return newest_begun(db, draft_id, sent)
