"""An engineer's words for the coordinators of their entry, between messages: the reply asked
for by 💬 回复协调员 (or the message by 💬 联系协调员), and words typed and not saved, until
💬 发给协调员 sends them. Kept on disk, as all of a conversation is, so a restart loses neither."""

from typing import NamedTuple

from sqlite_utils import Database

from flows.coordinator_replies import ANSWER

REPLY = "reply"  # the kind of event a reply to the coordinator is kept in history as
MESSAGE = "message"  # and words to the coordinators of an entry submitted or approved


class Held(NamedTuple):
    """Words typed at a question of a returned draft, offered to be sent to its coordinator."""

    user_id: int
    draft_id: int
    text: str


class CoordinatorReplies:
    """The `awaited_replies` (one a user at most) and `held_replies` tables, for the review
    store."""

    db: Database

    def speakers(self, draft_id: int, since: int = 0) -> list[int]:
        """Who spoke to the entry's engineer about it (from the event `since` on), the last
        first: the coordinators who returned, approved or reopened it, or answered their words
        (↩️ 回复填报人)."""
        rows = self.db.execute(
            "select e.actor_id from events e join drafts d on d.id = e.draft_id "
            "where e.draft_id = ? and e.id >= ? and e.kind in ('status', ?) "
            "and e.actor_id != d.owner_id group by e.actor_id order by max(e.id) desc",
            [draft_id, since, ANSWER]).fetchall()
        return [row[0] for row in rows]

    def await_reply(self, user_id: int, draft_id: int) -> None:
        self.db.execute(
            "insert into awaited_replies (user_id, draft_id) values (?, ?) "
            "on conflict(user_id) do update set draft_id = excluded.draft_id",
            [user_id, draft_id],
        )

    def awaited_reply(self, user_id: int) -> int | None:
        """The draft whose coordinator the user's next message goes to, if one was asked for."""
        row = self.db.execute(
            "select draft_id from awaited_replies where user_id = ?", [user_id]).fetchone()
        return row[0] if row else None

    def drop_awaited_reply(self, user_id: int) -> None:
        """Anything but the awaited message ends the ask. Read before written: this runs on
        every update, and a write is a transaction."""
        if self.awaited_reply(user_id) is not None:
            self.db.execute("delete from awaited_replies where user_id = ?", [user_id])

    def hold(self, held: Held) -> int:
        return self.db.execute(
            "insert into held_replies (user_id, draft_id, text) values (?, ?, ?)",
            [held.user_id, held.draft_id, held.text],
        ).lastrowid

    def held(self, held_id: int) -> Held | None:
        row = self.db.execute(
            "select user_id, draft_id, text from held_replies where id = ?", [held_id]).fetchone()
        return Held(*row) if row else None

    def drop_held(self, held_id: int) -> None:
        """Words held, once sent: a second press of their button sends nothing twice."""
        self.db.execute("delete from held_replies where id = ?", [held_id])
