"""Review state on disk: status changes only one coordinator can win, history, reminders."""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from flows.draft import Status
from storage.changes import AnswerChanges, load
from storage.coordinator_replies import CoordinatorReplies
from storage.digests import DIGEST
from storage.distinct import DistinctPairs
from storage.drafts import DraftInfo, DraftStore
from storage.pending import PendingActions
from storage.people import Coordinator

INFO_COLUMNS = "id, owner_id, status, cursor, updated_at, submitted_at"
REMINDER = "reminder"  # the kind of event logging a reminder sent to the owner


@dataclass(frozen=True)
class Entry:
    """A draft with its answers, for review lists, statistics and exports."""

    info: DraftInfo
    answers: dict[str, Any]
    duplicate_of: int | None = None
    # Moves whenever the answers change (schema v5), and when a coordinator moves the status:
    # a review card shown before either is outdated, though the answers may read the same.
    revision: int = 0
    distinct: frozenset[int] = frozenset()  # entries judged different scenarios though alike


    @property
    def id(self) -> int:
        return self.info.id

    @property
    def city(self) -> str | None:
        """The city a coordinator's scope is judged by."""
        return self.answers.get("city")

    @property
    def place(self) -> tuple[int, int]:
        """Where the entry stands in the review queue, as a button can carry it: when it was
        last submitted (whole seconds since the epoch, as stored) and its number."""
        submitted = self.info.submitted_at
        return (int(datetime.fromisoformat(submitted).timestamp()) if submitted else 0, self.id)


@dataclass(frozen=True)
class Event:
    at: str
    actor_id: int
    actor_name: str | None
    kind: str
    field: str | None
    old: Any
    new: Any
    comment: str | None


class Returned(NamedTuple):
    """The latest return of an entry: what the engineer was asked, by whom and when."""

    event_id: int
    comment: str | None
    steps: tuple[int, ...]  # the columns flagged
    by: str  # the coordinator's name, or their id when the bot never learnt a name
    at: str
    by_id: int  # the coordinator's user id, to tell them of the entry later


class ReviewStore(PendingActions, DistinctPairs, AnswerChanges, CoordinatorReplies):
    def __init__(self, drafts: DraftStore):
        self.drafts = drafts
        self.db = drafts.db

    def entries(
        self,
        statuses: Iterable[Status] | None = None,
        scope: Coordinator | None = None,
        keys: Iterable[str] | None = None,
    ) -> list[Entry]:
        """Entries in these statuses (all when None) within a coordinator's scope, oldest first.

        `keys` limits the answers loaded (the city is always loaded, for the scope).
        """
        wanted = list(statuses) if statuses is not None else list(Status)
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"select {INFO_COLUMNS}, duplicate_of, revision from drafts where status in ({marks}) "
            "order by coalesce(submitted_at, created_at), id",
            [str(s) for s in wanted],
        ).fetchall()
        wanted = None if keys is None else {*keys, "city"}
        answers = self.drafts.answers_of((row[0] for row in rows), wanted)
        distinct = self._distinct()
        entries = [
            Entry(DraftInfo(*row[:2], Status(row[2]), *row[3:6]), answers[row[0]], *row[6:],
                  frozenset(distinct.get(row[0], ())))
            for row in rows
        ]
        return [e for e in entries if scope is None or scope.covers(e.city)]

    def revisions(self, statuses: Iterable[Status]) -> list[tuple[int, int]]:
        """(id, revision) of the entries in these statuses not marked as duplicates."""
        wanted = [str(s) for s in statuses]
        return self.db.execute(
            f"select id, revision from drafts where status in ({','.join('?' * len(wanted))}) "
            "and duplicate_of is null order by id",
            wanted,
        ).fetchall()

    def entry(self, draft_id: int) -> Entry | None:
        info = self.drafts.info(draft_id)
        if info is None:
            return None
        duplicate_of, revision = self.db.execute(
            "select duplicate_of, revision from drafts where id = ?", [draft_id]
        ).fetchone()
        return Entry(info, self.drafts.answers(draft_id), duplicate_of, revision,
                     frozenset(self.distinct_from(draft_id)))

    def transition(
        self,
        draft_id: int,
        allowed: Iterable[Status],
        to: Status,
        actor_id: int,
        comment: str | None = None,
        steps: tuple[int, ...] = (),
        cursor: str | None = None,
    ) -> bool:
        """Move an entry between statuses unless someone else moved it first; True if this won.
        The revision moves too: a card shown before a return (say) must not approve the entry
        resubmitted unchanged, whose card now carries the return's comment."""
        with self.db.atomic():
            row = self.db.execute("select status from drafts where id = ?", [draft_id]).fetchone()
            if row is None or row[0] not in {str(s) for s in allowed}:
                return False
            won = self.db.execute(
                "update drafts set status = ?, updated_at = ?, cursor = coalesce(?, cursor), "
                "editing = 0, revision = revision + 1 where id = ? and status = ?",
                [str(to), self.drafts.now(), cursor, draft_id, row[0]],
            ).rowcount
            if won:
                self.drafts.record(draft_id, actor_id, "status", "status", row[0], str(to), comment)
                if steps:
                    self.drafts.record(draft_id, actor_id, "flags", None, None, list(steps))
                if to == Status.RETURNED:
                    self._unmark_around(draft_id, actor_id)
        return bool(won)

    def mark_duplicate(self, draft_id: int, of: int | None, actor_id: int,
                       returned: int | None = None) -> None:
        """Count the entry as a duplicate of `of`, or (None) on its own again; `returned`, the
        entry whose return lifted the mark, is kept in the history as the reason."""
        with self.db.atomic():
            self.db.execute("update drafts set duplicate_of = ? where id = ?", [of, draft_id])
            self.drafts.record(draft_id, actor_id, "duplicate", None, returned, of)

    def _unmark_around(self, draft_id: int, actor_id: int) -> None:
        """A returned entry will change: its own mark, and the marks of entries counted as its
        duplicates, no longer hold until a coordinator decides again."""
        own = self.db.execute(
            "select 1 from drafts where id = ? and duplicate_of is not null", [draft_id]
        ).fetchone()
        for marked_id in ([draft_id] if own else []) + self.duplicates_of(draft_id):
            # Its own return stands just above in its history; another's is said.
            self.mark_duplicate(marked_id, None, actor_id,
                                returned=None if marked_id == draft_id else draft_id)

    def marks_of(self, owner_id: int) -> dict[int, int]:
        """The duplicate marks of one person's entries: entry -> the entry it repeats."""
        return dict(self.db.execute(
            "select id, duplicate_of from drafts where owner_id = ? and duplicate_of is not null",
            [owner_id],
        ).fetchall())

    def duplicates_of(self, draft_id: int) -> list[int]:
        """The entries counted as duplicates of this one."""
        rows = self.db.execute("select id from drafts where duplicate_of = ? order by id",
                               [draft_id]).fetchall()
        return [row[0] for row in rows]

    def history(self, draft_id: int) -> list[Event]:
        rows = self.db.execute(
            "select e.at, e.actor_id, u.name, e.kind, e.field, e.old, e.new, e.comment "
            "from events e left join users u on u.id = e.actor_id "
            "where e.draft_id = ? and e.kind not in (?, ?) order by e.id",
            [draft_id, REMINDER, DIGEST],
        ).fetchall()
        return [Event(*row[:5], load(row[5]), load(row[6]), row[7]) for row in rows]

    def last_return(self, draft_id: int) -> Returned | None:
        """The latest return, if any: a tuple, so older callers' `[0]`, `[1]`, `[2]` hold."""
        row = self.db.execute(
            "select e.id, e.comment, coalesce(u.name, e.actor_id), e.at, e.actor_id from events e "
            "left join users u on u.id = e.actor_id where e.draft_id = ? and e.kind = 'status' "
            "and e.new = ? order by e.id desc limit 1",
            [draft_id, json.dumps(Status.RETURNED)],
        ).fetchone()
        if row is None:
            return None
        flags = self.db.execute(
            "select new from events where draft_id = ? and kind = 'flags' and id > ? "
            "order by id limit 1",
            [draft_id, row[0]],
        ).fetchone()
        steps = tuple(json.loads(flags[0])) if flags else ()
        return Returned(row[0], row[1], steps, str(row[2]), row[3], row[4])

    def has_returned(self, actor_id: int) -> bool:
        """Whether `actor_id` ever sent a return, whose comment an edited message may be."""
        return self.db.execute(
            "select 1 from events where actor_id = ? and kind = 'status' and new = ? limit 1",
            [actor_id, json.dumps(Status.RETURNED)],
        ).fetchone() is not None

    def approved_since(self, draft_id: int, event_id: int) -> bool:
        """Whether the entry was approved after an event (a return, which it then settled)."""
        row = self.db.execute(
            "select 1 from events where draft_id = ? and kind = 'status' and new = ? and id > ? "
            "limit 1",
            [draft_id, json.dumps(Status.APPROVED), event_id],
        ).fetchone()
        return row is not None

    def statuses_after(self, draft_id: int, revision: int) -> list[Status]:
        """The statuses the entry was moved to since a screen drawn at `revision`, in order:
        to tell an old card's press what happened to the entry meanwhile."""
        rows = self.db.execute(
            "select new from events where draft_id = ? and kind = 'status' and revision > ? "
            "order by id",
            [draft_id, revision],
        ).fetchall()
        return [Status(load(row[0])) for row in rows]

    def markers(self, draft_id: int) -> dict[tuple[str, int], str]:
        """Who set the entry's standing duplicate mark and 不是同类场景 judgements: (kind, the
        other entry) -> the coordinator's name, the latest setting of each, as a card names
        them. By kind, as a pair may hold both (a mark set on a pair judged apart)."""
        rows = self.db.execute(
            "select e.kind, e.new, u.name from events e left join users u on u.id = e.actor_id "
            "where e.draft_id = ? and e.kind in ('duplicate', 'distinct') and e.new is not null "
            "order by e.id",
            [draft_id],
        ).fetchall()
        return {(kind, load(new)): name or "" for kind, new, name in rows}

    def last_status_actor(self, draft_id: int) -> int | None:
        """Who moved the entry to its present status: to tell a coordinator that the entry
        they find already handled was handled by themselves."""
        row = self.db.execute(
            "select actor_id from events where draft_id = ? and kind = 'status' "
            "order by id desc limit 1",
            [draft_id],
        ).fetchone()
        return row[0] if row else None

    # --- reminders --------------------------------------------------------------------------

    def stale(self, before: str) -> list[Entry]:
        """Drafts (and returned entries) untouched since `before`."""
        return [
            e for e in self.entries([Status.DRAFT, Status.RETURNED]) if e.info.updated_at <= before
        ]

    def due_reminders(self, before: str, soon: str, cap: int) -> list[tuple[Entry, int, bool]]:
        """Stale drafts whose owner has not been reminded of them within the period, nor `cap`
        times since they last changed, by `soon`: each with how many reminders that change has
        had, and whether it is due by `before` already (the others due within the lead only)."""
        rows = self.db.execute(
            "select id, (select count(*) from events e where e.draft_id = drafts.id "
            "and e.kind = ? and e.at > drafts.updated_at) as sent, "
            "updated_at <= ? and (reminded_at is null or reminded_at <= ?) "
            "from drafts where status in (?, ?) and updated_at <= ? "
            "and (reminded_at is null or reminded_at <= ?) and owner_id != 0 and sent < ?",
            [REMINDER, before, before, str(Status.DRAFT), str(Status.RETURNED), soon, soon, cap],
        ).fetchall()
        found = {draft_id: (sent, bool(due)) for draft_id, sent, due in rows}
        return [(e, *found[e.id]) for e in self.stale(soon) if e.id in found]

    def mark_reminded(self, draft_ids: Iterable[int]) -> None:
        """The period starts again; the reminder is logged (not shown in /history) to count
        those a draft has had since it last changed."""
        now = self.drafts.now()
        with self.db.atomic():
            for draft_id in draft_ids:
                self.db.execute("update drafts set reminded_at = ? where id = ?", [now, draft_id])
                self.drafts.record(draft_id, 0, REMINDER)
