"""What a coordinator has under way between messages: a return whose comment and columns are
being written, the ask for the number of the entry a duplicate repeats, or a return just sent,
which their next words may add to. One at a time: each replaces the others."""

import json
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database


@dataclass(frozen=True)
class Pending:
    """A coordinator half-way through returning an entry: comment typed next, columns flagged."""

    draft_id: int
    comment: str | None
    steps: tuple[int, ...]
    revision: int  # of the entry the coordinator saw when starting the return
    marked: int | None = None  # the entry it was counted a duplicate of then, if any


class Awaited(NamedTuple):
    """An entry whose original's number a coordinator is to type (🔗), with the revision it had
    when asked: a number typed after the entry changed marks what the coordinator never saw."""

    draft_id: int
    revision: int


class AfterReturn(NamedTuple):
    """A return just sent, the last thing its coordinator did: the entry, the return's event
    (a later return is another's), and words typed since, held until 📨 补充发送 or 不发送."""

    draft_id: int
    event_id: int
    addition: str | None = None


class PendingActions:
    """The `pending` table, for the review store."""

    db: Database

    def under_way(self, user_id: int) -> bool:
        """Whether a return or an ask for a number is open: only coordinators ever have one,
        so for everyone else this one query settles that nothing is to continue or end."""
        return self.db.execute(
            "select 1 from pending where user_id = ?", [user_id]
        ).fetchone() is not None

    def pending(self, user_id: int) -> Pending | None:
        row = self.db.execute(
            "select draft_id, data from pending where user_id = ? and kind = 'return'", [user_id]
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[1])
        return Pending(row[0], data.get("comment"), tuple(data.get("steps", ())),
                       data.get("revision", 0), data.get("marked"))

    def set_pending(self, user_id: int, pending: Pending) -> None:
        data = json.dumps({"comment": pending.comment, "steps": list(pending.steps),
                           "revision": pending.revision, "marked": pending.marked})
        self.db.execute(
            "insert into pending (user_id, kind, draft_id, data) values (?, 'return', ?, ?) "
            "on conflict(user_id) do update set kind = excluded.kind, "
            "draft_id = excluded.draft_id, data = excluded.data",
            [user_id, pending.draft_id, data],
        )

    def await_duplicate(self, user_id: int, awaited: Awaited) -> None:
        """The coordinator is to type the number of the entry this one repeats. Like a return
        under way, it is one thing at a time: it replaces a return, and a return replaces it."""
        self.db.execute(
            "insert into pending (user_id, kind, draft_id, data) values (?, 'duplicate', ?, ?) "
            "on conflict(user_id) do update set kind = excluded.kind, "
            "draft_id = excluded.draft_id, data = excluded.data",
            [user_id, awaited.draft_id, json.dumps({"revision": awaited.revision})],
        )

    def awaited_duplicate(self, user_id: int) -> Awaited | None:
        """The entry whose original's number the coordinator is to type, if any."""
        row = self.db.execute(
            "select draft_id, data from pending where user_id = ? and kind = 'duplicate'",
            [user_id],
        ).fetchone()
        # An ask stored before the revision was kept has none: as if the entry had changed.
        return Awaited(row[0], json.loads(row[1]).get("revision", -1)) if row else None

    def clear_pending(self, user_id: int) -> None:
        self.db.execute("delete from pending where user_id = ?", [user_id])

    def set_after_return(self, user_id: int, after: AfterReturn) -> None:
        """The return just sent, and any words held to add to it: replaces what was under way."""
        self.db.execute(
            "insert into pending (user_id, kind, draft_id, data) values (?, 'returned', ?, ?) "
            "on conflict(user_id) do update set kind = excluded.kind, "
            "draft_id = excluded.draft_id, data = excluded.data",
            [user_id, after.draft_id,
             json.dumps({"event_id": after.event_id, "addition": after.addition})],
        )

    def after_return(self, user_id: int) -> AfterReturn | None:
        """The return the coordinator just sent, while nothing else has been done since."""
        row = self.db.execute(
            "select draft_id, data from pending where user_id = ? and kind = 'returned'",
            [user_id],
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[1])
        return AfterReturn(row[0], data["event_id"], data.get("addition"))

    def end_quiet_return(self, user_id: int) -> None:
        """A return's window with nothing held in it, ended: something else came to the
        coordinator (an engineer's message), which their next words likely answer, not the
        return. Words held stay, to be sent or not."""
        after = self.after_return(user_id)
        if after is not None and after.addition is None:
            self.clear_pending(user_id)
