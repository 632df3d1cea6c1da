"""Opening the database: connection settings and forward-only schema migrations.

The schema version is SQLite's own `user_version`; each migration moves it up by one, so an
older database file is brought up to date on open and a newer one is refused.
"""

import json
import secrets
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from flows import continued
from flows.draft import EDITABLE
from storage.drafts import REDELIVERABLE
from storage.people import ACCESS_SALT, seal

BUSY_TIMEOUT_MS = 5000


class SchemaTooNew(RuntimeError):
    """The file was written by a newer version of this program."""


def _v1_drafts(db: Database) -> None:
    db["users"].create(
        {"id": int, "name": str, "current_draft": int, "created_at": str, "last_seen": str},
        pk="id",
    )
    db["drafts"].create(
        {
            "id": int, "owner_id": int, "status": str, "cursor": str, "editing": int,
            "created_at": str, "updated_at": str, "submitted_at": str,
        },
        pk="id",
        not_null={"owner_id", "status", "cursor"},
    )
    db["drafts"].create_index(["owner_id"])
    db["drafts"].create_index(["status"])
    db["answers"].create(
        {"draft_id": int, "key": str, "value": str, "updated_at": str},
        pk=("draft_id", "key"),
        foreign_keys=[("draft_id", "drafts", "id")],
    )
    db["events"].create(
        {
            "id": int, "draft_id": int, "actor_id": int, "at": str, "kind": str,
            "field": str, "old": str, "new": str, "comment": str,
        },
        pk="id",
        foreign_keys=[("draft_id", "drafts", "id")],
    )
    db["events"].create_index(["draft_id"])


def _v2_review(db: Database) -> None:
    db["coordinators"].create(
        {"user_id": int, "city": str, "source": str, "added_at": str}, pk="user_id"
    )
    db["users"].add_column("granted", int)
    db["drafts"].add_column("reminded_at", str)
    db["drafts"].add_column("duplicate_of", int)
    db["pending"].create(
        {"user_id": int, "kind": str, "draft_id": int, "data": str}, pk="user_id"
    )


def _v3_sources(db: Database) -> None:
    """Where an imported entry came from, so a row can be traced back to its spreadsheet."""
    db["drafts"].add_column("source_file", str)
    db["drafts"].add_column("source_row", int)


def _v4_handled_updates(db: Database) -> None:
    """The last Telegram update applied for each user, written with the answer it carried."""
    db["users"].add_column("last_update", int)


def _v5_answer_revisions(db: Database) -> None:
    """A counter SQLite itself moves on every change of a draft's answers, whoever writes them
    (bot, import, a future tool), so texts derived from the answers can be kept until it moves."""
    db["drafts"].add_column("revision", int, not_null_default=0)
    for event, row in (("insert", "new"), ("update", "new"), ("delete", "old")):
        db.execute(
            f"create trigger answers_{event}_revision after {event} on answers begin "
            f"update drafts set revision = revision + 1 where id = {row}.draft_id; end"
        )


def _v6_draft_numbers_never_reused(db: Database) -> None:
    """A deleted draft's number is not given to the next one (SQLite reuses the highest rowid
    unless the key is AUTOINCREMENT), so a number an engineer has seen names one draft only.
    SQLite cannot add AUTOINCREMENT in place: the table is copied into one declared with it,
    as SQLite's own procedure for changing a table does, with its indexes and the triggers
    that write to it dropped for the rename and made again."""
    kept = db.execute(
        "select type, name, sql from sqlite_master where sql is not null and "
        "(type = 'index' and tbl_name = 'drafts' or type = 'trigger' and tbl_name = 'answers')"
    ).fetchall()
    for kind, name, _ in kept:
        db.execute(f'drop {kind} "{name}"')
    db.execute(
        "create table drafts_new (id integer primary key autoincrement, "
        "owner_id integer not null, status text not null, cursor text not null, "
        "editing integer, created_at text, updated_at text, submitted_at text, "
        "reminded_at text, duplicate_of integer, source_file text, source_row integer, "
        "revision integer not null default 0)"
    )
    columns = ", ".join(f'"{column}"' for column in db["drafts"].columns_dict)
    db.execute(f"insert into drafts_new ({columns}) select {columns} from drafts")
    db.execute("drop table drafts")
    db.execute("alter table drafts_new rename to drafts")
    for _, _, sql in kept:
        db.execute(sql)


def _v7_recent_updates(db: Database) -> None:
    """The ids of each user's last updates applied, in place of the highest one: Telegram
    numbers updates anew at random after a week without any, so a lower id can be a new
    update. The highest id stood for every id up to it; of those, only the last batch's can
    still come again, and these are what it becomes."""
    db["users"].add_column("recent_updates", str, not_null_default="[]")
    marks = db.execute("select id, last_update from users where last_update is not null")
    for user_id, last in marks.fetchall():
        recent = json.dumps(list(range(last - REDELIVERABLE + 1, last + 1)))
        db.execute("update users set recent_updates = ? where id = ?", [recent, user_id])
    for sql in db["users"].transform_sql(drop={"last_update"}):
        db.execute(sql)


def _v8_access_codes(db: Database) -> None:
    """Which access code let each user in, as its SHA-256 digest (the file then gives nobody
    the code): once the code changes, those let in with the old one are asked for the new one.
    Earlier grants record none; `Access.date_earlier_grants` gives them one."""
    db["users"].add_column("granted_code", str)


def _v9_held_answers(db: Database) -> None:
    """Whether the answer at a draft's cursor waits for the rest of it, typed next. A draft
    the previous version left at a pain point ending in a clause mark was waiting so: it
    still is, or the rest typed after the upgrade would replace the part already sent."""
    db["drafts"].add_column("held", int, not_null_default=0)
    waiting = db.execute(
        "select d.id, a.value from drafts d join answers a on a.draft_id = d.id"
        " and a.key = d.cursor where d.cursor = ? and d.status in (?, ?) and d.editing = 0",
        [continued.KEY, *EDITABLE])
    held = [draft_id for draft_id, value in waiting.fetchall()
            if continued.rest_awaited({continued.KEY: json.loads(value)})]
    db.execute(f"update drafts set held = 1 where id in ({', '.join('?' * len(held))})", held)


def _v10_sealed_code_digests(db: Database) -> None:
    """The access code's digests sealed with a salt of this database's own (`people.seal`):
    a bare SHA-256 digest of a short code is reversed in moments by trying every code. Those
    already stored are sealed as they are, so everyone keeps the grant their code gave."""
    salt = secrets.token_hex(16)
    db["salts"].insert({"purpose": ACCESS_SALT, "value": salt}, pk="purpose")
    digests = db.execute("select distinct granted_code from users where granted_code is not null")
    for (digest,) in digests.fetchall():
        db.execute("update users set granted_code = ? where granted_code = ?",
                   [seal(digest, salt), digest])


def _v11_distinct_pairs(db: Database) -> None:
    """Pairs of entries a coordinator judged different scenarios, though alike by the rule
    (flows/similarity.py): each pair once, the smaller number first; who and when is in events."""
    db["distinct_pairs"].create(
        {"draft_id": int, "other_id": int}, pk=("draft_id", "other_id"),
        foreign_keys=[("draft_id", "drafts", "id"), ("other_id", "drafts", "id")],
    )
    db["distinct_pairs"].create_index(["other_id"])


def _v12_event_revisions(db: Database) -> None:
    """The draft's revision each history line was logged at, so what changed after a screen
    drawn at one revision (an outdated review card) can be told. Lines logged before carry
    none, but each draft's last one is stamped with the revision the draft has now: a card
    drawn after the upgrade is compared, one drawn before is not (`ReviewStore.changes_after`),
    as changes made before the upgrade cannot be dated."""
    db["events"].add_column("revision", int)
    db.execute(
        "update events set revision = (select revision from drafts where drafts.id = "
        "events.draft_id) where id in (select max(id) from events group by draft_id)")


def _v13_discard_asks(db: Database) -> None:
    """The question whether to delete a draft, while it is the user's last (`DiscardAsks`)."""
    db["discard_asks"].create({"user_id": int, "draft_id": int, "revision": int}, pk="user_id")


def _v14_discard_declines(db: Database) -> None:
    """The delete question an engineer answered no to by typing (`DiscardAsks`)."""
    db["discard_declines"].create({"user_id": int, "draft_id": int, "revision": int},
                                  pk="user_id")


def _v15_cut_figures(db: Database) -> None:
    """A refused answer that stops mid-figure, remembered for its rest (flows/cut_figures.py)."""
    db["drafts"].add_column("cut_figure", str)


def _v16_coordinator_replies(db: Database) -> None:
    """An engineer's words for the coordinator awaited or held (`CoordinatorReplies`)."""
    db["awaited_replies"].create({"user_id": int, "draft_id": int}, pk="user_id")
    db["held_replies"].create({"id": int, "user_id": int, "draft_id": int, "text": str}, pk="id")


def _v17_event_kinds(db: Database) -> None:
    """The engineers' words still unanswered, and who spoke to them, are looked for by kind on
    every /review and card: read through the whole history, 300 entries of 500 events each
    took 60 ms a /review."""
    db["events"].create_index(["kind"])
    db["events"].create_index(["draft_id", "kind"])


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _v1_drafts, _v2_review, _v3_sources, _v4_handled_updates, _v5_answer_revisions,
    _v6_draft_numbers_never_reused, _v7_recent_updates, _v8_access_codes, _v9_held_answers,
    _v10_sealed_code_digests, _v11_distinct_pairs, _v12_event_revisions, _v13_discard_asks,
    _v14_discard_declines, _v15_cut_figures, _v16_coordinator_replies, _v17_event_kinds,
)
SCHEMA_VERSION = len(MIGRATIONS)


@cache
def layout(version: int) -> dict[str, frozenset[str]]:
    """The tables, each with its columns, that a file of `version` holds: what the migrations
    up to it make, run on an empty database, so the description cannot drift from them."""
    made = Database(memory=True)
    for migration in MIGRATIONS[:version]:
        migration(made)
    return {table.name: frozenset(table.columns_dict) for table in made.tables}


def open_database(path: str | Path) -> Database:
    """Open (creating if needed, in a folder that must be there) and migrate the database at
    `path`; `:memory:` for tests."""
    db = Database(path)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
    migrate(db)
    return db


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer(db: Database) -> None:
    """A file written by a newer version may hold what this one would misread or undo."""
    if (current := schema_version(db)) > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"数据库版本 {current} 高于本程序支持的版本 {SCHEMA_VERSION}，请升级程序。"
        )


def migrate(db: Database) -> None:
    refuse_newer(db)
    current = schema_version(db)
    if current == SCHEMA_VERSION:
        return
    # Copying a table into a new definition drops the old one: SQLite asks for foreign keys
    # to be off meanwhile, which cannot change inside a transaction, and checked before commit.
    enforced = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        for version, migration in enumerate(MIGRATIONS[current:], start=current + 1):
            _migrate_to(db, version, migration)
    finally:
        db.execute(f"PRAGMA foreign_keys = {enforced}")


def _migrate_to(db: Database, version: int, migration: Callable[[Database], None]) -> None:
    """One migration, under the write lock taken before anything is read: a second process
    opening the same old file (the bot and a command started together) waits for the first
    (busy_timeout), then finds the version moved on and leaves it. Taken only when writing,
    as a plain BEGIN takes it, the lock is refused at once, not waited for."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(db) < version:
            migration(db)
            if broken := db.execute("PRAGMA foreign_key_check").fetchall():
                raise sqlite3.IntegrityError(f"migration {version} broke {broken[:3]}")
            db.execute(f"PRAGMA user_version = {version}")
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
