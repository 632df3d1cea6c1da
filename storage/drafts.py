"""Drafts, their answers and who is working on which: the conversation's state on disk.

Every method that writes commits before it returns, so an answer the bot has acknowledged
survives a crash, and a restarted bot resumes each engineer at the same question.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from flows.draft import EDITABLE, Draft, Status
from storage.cut_figures import CutFigures
from storage.discard_asks import DiscardAsks

# The most updates Telegram can hand over again: one getUpdates batch (its `limit` at most).
REDELIVERABLE = 100
# A draft's answers as one JSON object, built by SQLite: one decode instead of one a value.
ANSWERS_SQL = "select json_group_object(key, json(value)) from answers {where}"
# `editing` as stored: 1 editing from the summary, this a follow-up of a change typed there.
FOLLOW_UP = 2


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DraftInfo:
    """A draft's row without its answers, for lists and access checks."""

    id: int
    owner_id: int
    status: Status
    cursor: str
    updated_at: str
    submitted_at: str | None


class DraftStore(DiscardAsks, CutFigures):
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now):
        self.db = db
        self.clock = clock

    def now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # --- users -----------------------------------------------------------------------------

    def seen(self, user_id: int, name: str) -> None:
        """Record a user's name and the day last seen. Every update calls this, so it only
        reads unless the user is new, renamed, or first seen today: a write is a transaction."""
        now = self.now()
        row = self.db.execute(
            "select name, last_seen from users where id = ?", [user_id]
        ).fetchone()
        if row and row[0] == name and (row[1] or "")[:10] == now[:10]:
            return
        self.db.execute(
            "insert into users (id, name, created_at, last_seen) values (?, ?, ?, ?) "
            "on conflict(id) do update set name = excluded.name, last_seen = excluded.last_seen "
            "where users.name is not excluded.name "
            "or substr(users.last_seen, 1, 10) != substr(excluded.last_seen, 1, 10)",
            [user_id, name, now, now],
        )

    def handled(self, user_id: int, update_id: int) -> bool:
        """Was this very update of the user already applied?

        Telegram delivers updates again when the bot stopped before confirming them; an
        answer applied twice would land on the next question, a tick would be undone. The
        ids themselves are compared, not their order: Telegram numbers updates anew at random
        after a week without any, and a new bot on the same database numbers its own.
        """
        return self.db.execute(
            "select exists(select 1 from users, json_each(users.recent_updates) "
            "where users.id = ? and json_each.value = ?)",
            [user_id, update_id],
        ).fetchone()[0] == 1

    def _mark_handled(self, user_id: int, update_id: int | None) -> None:
        """Called inside the transaction that applies the update, so both happen or neither.
        Only the unconfirmed batch can come again, so older ids are let go."""
        if update_id is not None:
            self.db.execute(
                "update users set recent_updates = json_insert(case "
                "when json_array_length(recent_updates) < ? then recent_updates "
                "else json_remove(recent_updates, '$[0]') end, '$[#]', ?) where id = ?",
                [REDELIVERABLE, update_id, user_id],
            )

    def current_draft_id(self, user_id: int) -> int | None:
        row = self.db.execute("select current_draft from users where id = ?", [user_id]).fetchone()
        return row[0] if row else None

    def set_current(self, user_id: int, draft_id: int | None) -> None:
        self.db.execute("update users set current_draft = ? where id = ?", [draft_id, user_id])

    def user_name(self, user_id: int) -> str | None:
        row = self.db.execute("select name from users where id = ?", [user_id]).fetchone()
        return row[0] if row else None

    # --- drafts ----------------------------------------------------------------------------

    def create(
        self,
        owner_id: int,
        cursor: str,
        answers: Mapping[str, Any] | None = None,
        update_id: int | None = None,
    ) -> Draft:
        """A new draft, made the owner's current one."""
        now = self.now()
        with self.db.atomic():
            draft_id = self.db.execute(
                "insert into drafts (owner_id, status, cursor, editing, created_at, updated_at) "
                "values (?, ?, ?, 0, ?, ?)",
                [owner_id, Status.DRAFT, cursor, now, now],
            ).lastrowid
            self._write_answers(draft_id, owner_id, answers or {}, now)
            self.db.execute(
                "update users set current_draft = ? where id = ?", [draft_id, owner_id]
            )
            self._mark_handled(owner_id, update_id)
        return Draft(id=draft_id, cursor=cursor, answers=dict(answers or {}))

    def info(self, draft_id: int) -> DraftInfo | None:
        row = self.db.execute(
            "select id, owner_id, status, cursor, updated_at, submitted_at "
            "from drafts where id = ?",
            [draft_id],
        ).fetchone()
        return DraftInfo(*row[:2], Status(row[2]), *row[3:]) if row else None

    def revision(self, draft_id: int) -> int | None:
        """The counter SQLite moves on every change of the draft's answers and every review
        decision: a screen drawn at one revision shows what the draft held then."""
        row = self.db.execute("select revision from drafts where id = ?", [draft_id]).fetchone()
        return row[0] if row else None

    def load(self, draft_id: int) -> Draft | None:
        return self._draft("where d.id = ?", draft_id)

    def current(self, user_id: int) -> Draft | None:
        """The draft the user is working on, in one query."""
        return self._draft("join users u on u.current_draft = d.id where u.id = ?", user_id)

    def answers(self, draft_id: int) -> dict[str, Any]:
        row = self.db.execute(ANSWERS_SQL.format(where="where draft_id = ?"), [draft_id])
        return json.loads(row.fetchone()[0])

    def _draft(self, condition: str, key: int) -> Draft | None:
        row = self.db.execute(
            "select d.id, d.cursor, d.editing, d.status, d.held, d.cut_figure, "
            f"({ANSWERS_SQL.format(where='where draft_id = d.id')}) from drafts d {condition}",
            [key],
        ).fetchone()
        if row is None:
            return None
        draft_id, cursor, editing, status, held, cut, answers = row
        return Draft(draft_id, cursor, json.loads(answers), bool(editing), Status(status),
                     held=bool(held), follow_up=editing == FOLLOW_UP, cut=cut)

    def save(
        self,
        before: Draft,
        after: Draft,
        saved: Mapping[str, Any],
        actor_id: int,
        update_id: int | None = None,
    ) -> None:
        """Store one step's result in one transaction: answers, position, status, history,
        and the update it came from."""
        now = self.now()
        with self.db.atomic():
            changed = {k: v for k, v in saved.items() if before.answers.get(k) != v}
            self._write_answers(after.id, actor_id, changed, now, before.answers)
            self.db.execute(
                "update drafts set cursor = ?, editing = ?, held = ?, cut_figure = ?, status = ?, "
                "updated_at = ?, "
                "submitted_at = case when ? then ? else submitted_at end where id = ?",
                [
                    after.cursor, _editing(after), int(after.held), after.cut, after.status, now,
                    after.status != before.status and after.status == Status.SUBMITTED, now,
                    after.id,
                ],
            )
            if after.status != before.status:
                self.record(after.id, actor_id, "status", "status", before.status, after.status)
            self._mark_handled(actor_id, update_id)

    def record(
        self,
        draft_id: int,
        actor_id: int,
        kind: str,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        comment: str | None = None,
    ) -> None:
        """One line of a draft's history: who did what, when, from which value to which, and
        the draft's revision once it was done."""
        self.db.execute(
            "insert into events (draft_id, actor_id, at, kind, field, old, new, comment, revision) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, (select revision from drafts where id = ?))",
            [draft_id, actor_id, self.now(), kind, field, _json(old), _json(new), comment,
             draft_id],
        )

    def delete(self, draft_id: int) -> None:
        """Remove a draft with its answers and history, in one transaction. Its owner, if it
        was their current one, goes on with the draft they last worked on among those they
        may still change, a returned one being fixed included (none: a new one is begun when
        they start again)."""
        with self.db.atomic():
            for table in ("answers", "events", "pending"):
                self.db.execute(f"delete from {table} where draft_id = ?", [draft_id])
            self.db.execute(
                "update users set current_draft = (select id from drafts where "
                f"owner_id = users.id and id != ? and status in ({','.join('?' * len(EDITABLE))}) "
                "and source_file is null order by updated_at desc, id desc limit 1) "
                "where current_draft = ?",
                [draft_id, *EDITABLE, draft_id],
            )
            self.db.execute("delete from drafts where id = ?", [draft_id])

    def in_progress_beside(self, draft_id: int) -> int:
        """How many other drafts its owner has in progress (being filled or returned): one
        query, as it is asked on every update."""
        return self.db.execute(
            "select count(*) from drafts where "
            "owner_id = (select owner_id from drafts where id = ?) and id != ? "
            f"and status in ({','.join('?' * len(EDITABLE))}) and source_file is null",
            [draft_id, draft_id, *EDITABLE],
        ).fetchone()[0]

    def owned_by(self, owner_id: int) -> list[DraftInfo]:
        rows = self.db.execute(
            "select id, owner_id, status, cursor, updated_at, submitted_at from drafts "
            "where owner_id = ? and source_file is null "  # imported rows are nobody's drafts
            "order by updated_at desc, id desc",
            [owner_id],
        ).fetchall()
        return [DraftInfo(*row[:2], Status(row[2]), *row[3:]) for row in rows]

    def answers_of(
        self, draft_ids: Iterable[int], keys: Iterable[str] | None = None
    ) -> dict[int, dict[str, Any]]:
        """Answers of many drafts (only `keys`, if given) in few queries, for lists and exports."""
        ids = list(draft_ids)
        wanted = list(keys) if keys is not None else []
        only = f" and key in ({','.join('?' * len(wanted))})" if wanted else ""
        result: dict[int, dict[str, Any]] = {draft_id: {} for draft_id in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for draft_id, answers in self.db.execute(
                "select draft_id, json_group_object(key, json(value)) from answers "
                f"where draft_id in ({marks}){only} group by draft_id",
                [*chunk, *wanted],
            ):
                result[draft_id] = json.loads(answers)
        return result

    def _write_answers(
        self,
        draft_id: int,
        actor_id: int,
        answers: Mapping[str, Any],
        now: str,
        previous: Mapping[str, Any] | None = None,
    ) -> None:
        for key, value in answers.items():
            if value is None:
                self.db.execute(
                    "delete from answers where draft_id = ? and key = ?", [draft_id, key]
                )
            else:
                self.db.execute(
                    "insert into answers (draft_id, key, value, updated_at) values (?, ?, ?, ?) "
                    "on conflict(draft_id, key) do update set value = excluded.value, "
                    "updated_at = excluded.updated_at",
                    [draft_id, key, _json(value), now],
                )
            if previous is not None:
                self.record(draft_id, actor_id, "answer", key, previous.get(key), value)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _editing(draft: Draft) -> int:
    """The editing mode stored: a follow-up (Draft.follow_up) is one only while editing."""
    return FOLLOW_UP if draft.editing and draft.follow_up else int(draft.editing)
