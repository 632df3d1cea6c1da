"""The question whether to delete a draft, while it is an engineer's last one: words typed
next (确认, 取消) answer it rather than the draft's own question. Kept on disk like the rest of
the conversation, so a restarted bot still knows what such words answer."""

from typing import NamedTuple

from sqlite_utils import Database


class DiscardAsk(NamedTuple):
    """The draft asked about, at the revision the question showed."""

    draft_id: int
    revision: int


class DiscardAsks:
    """The `discard_asks` table, for the draft store: one question a user at most."""

    db: Database

    def ask_discard(self, user_id: int, ask: DiscardAsk) -> None:
        self.db.execute("delete from discard_declines where user_id = ?", [user_id])
        self.db.execute(
            "insert into discard_asks (user_id, draft_id, revision) values (?, ?, ?) "
            "on conflict(user_id) do update set draft_id = excluded.draft_id, "
            "revision = excluded.revision",
            [user_id, ask.draft_id, ask.revision],
        )

    def discard_asked(self, user_id: int) -> DiscardAsk | None:
        row = self.db.execute(
            "select draft_id, revision from discard_asks where user_id = ?", [user_id]
        ).fetchone()
        return DiscardAsk(*row) if row else None

    def drop_discard_ask(self, user_id: int) -> None:
        """Anything else done since makes the question no longer the last one. Read before
        written: this runs on every update, and a write is a transaction."""
        if self.discard_asked(user_id) is not None:
            self.db.execute("delete from discard_asks where user_id = ?", [user_id])

    def decline_discard(self, user_id: int, ask: DiscardAsk) -> None:
        """A no typed at the question cannot take the buttons off its message, as 取消 does:
        its 🗑 确认删除 stays in the chat, and pressed later must not delete what was kept."""
        self.db.execute(
            "insert into discard_declines (user_id, draft_id, revision) values (?, ?, ?) "
            "on conflict(user_id) do update set draft_id = excluded.draft_id, "
            "revision = excluded.revision",
            [user_id, ask.draft_id, ask.revision],
        )

    def discard_declined(self, user_id: int) -> DiscardAsk | None:
        row = self.db.execute(
            "select draft_id, revision from discard_declines where user_id = ?", [user_id]
        ).fetchone()
        return DiscardAsk(*row) if row else None
