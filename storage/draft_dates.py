"""When a draft was begun: a question Telegram dates earlier was asked of another scenario."""

from datetime import UTC, datetime

from sqlite_utils import Database


def begun(db: Database, draft_id: int) -> datetime | None:
    """The time the draft was created, by the store's clock; None for a draft gone."""
    row = db.execute("select created_at from drafts where id = ?", [draft_id]).fetchone()
    if not row or not row[0]:
        return None
    created = datetime.fromisoformat(row[0])
    return created if created.tzinfo else created.replace(tzinfo=UTC)  # stored by a UTC clock
