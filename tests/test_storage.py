"""Drafts on SQLite: committed at once, migrated forward, history kept."""

import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from flows.draft import SUMMARY, Draft, Status
from storage.drafts import DraftStore
from storage.reviews import ReviewStore
from storage.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    SchemaTooNew,
    open_database,
    schema_version,
)


@pytest.fixture
def store(tmp_path) -> DraftStore:
    return DraftStore(open_database(tmp_path / "intake.db"))


def test_new_database_is_at_the_current_schema_in_wal_mode(tmp_path):
    db = open_database(tmp_path / "x.db")
    assert schema_version(db) == SCHEMA_VERSION
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_opening_twice_does_not_migrate_again(tmp_path):
    open_database(tmp_path / "x.db")
    db = open_database(tmp_path / "x.db")
    assert set(db.table_names()) >= {"users", "drafts", "answers", "events"}


def test_database_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "x.db"
    open_database(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew, match="请升级程序"):
        open_database(path)


def test_saved_answer_is_visible_to_another_connection_at_once(store, tmp_path):
    store.seen(7, "王工")
    draft = store.create(7, "city")
    after = Draft(draft.id, "enterprise", {"city": "苏州市"})
    store.save(draft, after, {"city": "苏州市"}, actor_id=7)
    other = sqlite3.connect(tmp_path / "intake.db")
    assert other.execute("select value from answers").fetchone()[0] == '"苏州市"'
    assert other.execute("select cursor from drafts").fetchone()[0] == "enterprise"


def test_cleared_answer_is_deleted_and_history_records_old_and_new(store):
    store.seen(7, "王工")
    draft = store.create(7, "partners")
    with_partner = Draft(draft.id, "partners", {"partners": ["东南大学"]})
    store.save(draft, with_partner, {"partners": ["东南大学"]}, actor_id=7)
    store.save(with_partner, Draft(draft.id, SUMMARY, {}), {"partners": None}, actor_id=7)
    assert store.load(draft.id).answers == {}
    events = list(store.db.query("select kind, field, old, new from events order by id"))
    assert events[-1] == {"kind": "answer", "field": "partners", "old": '["东南大学"]', "new": None}


def test_status_change_is_recorded_with_the_submission_time(store):
    store.seen(7, "王工")
    draft = store.create(7, SUMMARY)
    submitted = Draft(draft.id, "done", {}, status=Status.SUBMITTED)
    store.save(draft, submitted, {}, actor_id=7)
    info = store.info(draft.id)
    assert info.status == Status.SUBMITTED and info.submitted_at
    event = next(store.db.query("select kind, old, new from events where kind = 'status'"))
    assert event == {"kind": "status", "old": '"draft"', "new": '"submitted"'}


def test_drafts_are_listed_per_owner_newest_first(store):
    store.seen(1, "甲")
    store.seen(2, "乙")
    first = store.create(1, "city")
    store.create(2, "city")
    second = store.create(1, "city")
    assert [info.id for info in store.owned_by(1)] == [second.id, first.id]
    assert store.current_draft_id(1) == second.id


def test_seen_records_a_new_name_and_a_new_day_and_leaves_the_row_alone_otherwise(tmp_path):
    days = iter(["2026-11-20T08:00:00", "2026-11-20T09:00:00", "2026-11-20T10:00:00",
                 "2026-11-21T08:00:00"])
    store = DraftStore(open_database(tmp_path / "x.db"),
                       lambda: datetime.fromisoformat(next(days)).replace(tzinfo=UTC))
    store.seen(7, "王工")
    changes = store.db.conn.total_changes
    store.seen(7, "王工")
    assert store.db.conn.total_changes == changes
    store.seen(7, "王工程师")
    store.seen(7, "王工程师")
    row = store.db.execute("select name, last_seen from users where id = 7").fetchone()
    assert row == ("王工程师", "2026-11-21T08:00:00+00:00")


def _database_at(path, version: int) -> Database:
    """A database as an older release left it, at schema `version`."""
    old = Database(path)
    old.execute("PRAGMA foreign_keys = ON")
    old.enable_wal()  # as every release has opened its files
    for number, migration in enumerate(MIGRATIONS[:version], start=1):
        migration(old)
        old.execute(f"PRAGMA user_version = {number}")
    return old


def test_a_database_from_before_numbers_were_kept_keeps_its_drafts_and_never_reuses_a_number(
    tmp_path
):
    path = tmp_path / "old.db"
    old = _database_at(path, 5)
    before = DraftStore(old)
    before.seen(7, "王工")
    first = before.create(7, "enterprise", {"city": "苏州市"})
    second = before.create(7, "city")
    before.delete(second.id)
    old.conn.close()

    store = DraftStore(open_database(path))
    assert schema_version(store.db) == SCHEMA_VERSION
    assert store.load(first.id) == Draft(first.id, "enterprise", {"city": "苏州市"})
    indexes = {index.name for index in store.db["drafts"].indexes}
    assert indexes == {"idx_drafts_owner_id", "idx_drafts_status"}
    assert len(store.db.triggers) == 3
    with pytest.raises(sqlite3.IntegrityError):  # answers still belong to a draft
        store.db.execute("insert into answers (draft_id, key, value) values (99, 'city', '1')")
    revision = store.db.execute("select revision from drafts").fetchone()[0]
    store.save(store.load(first.id), Draft(first.id, "scenario_name", {"city": "苏州市",
               "enterprise": "苏州恒远动力电池有限公司"}), {"enterprise": "苏州恒远动力电池有限公司"}, 7)
    assert store.db.execute("select revision from drafts").fetchone()[0] == revision + 1
    third = store.create(7, "city")
    store.delete(third.id)
    assert store.create(7, "city").id == third.id + 1


def test_a_database_from_before_recent_updates_still_skips_updates_it_applied_and_no_others(
    tmp_path
):
    """Upgraded while Telegram still holds the last batch: those updates stay applied once."""
    path = tmp_path / "old.db"
    old = _database_at(path, 6)
    DraftStore(old).seen(7, "王工")
    old.execute("update users set last_update = 900100 where id = 7")
    old.conn.close()

    store = DraftStore(open_database(path))
    assert "last_update" not in store.db["users"].columns_dict
    assert store.handled(7, 900100) and store.handled(7, 900001)
    assert not store.handled(7, 12345) and not store.handled(7, 900101)


def test_only_the_last_batch_of_updates_is_remembered(store):
    store.seen(7, "王工")
    draft = store.create(7, "enterprise", update_id=500)
    for update_id in range(1, 101):
        store.save(draft, draft, {}, 7, update_id)
    assert store.handled(7, 1) and store.handled(7, 100)
    assert not store.handled(7, 500) and not store.handled(7, 101)


def test_processes_opening_an_old_database_together_migrate_it_once(tmp_path):
    """The bot and a command started while another holds the write lock: each waits, and the
    migrations run once, not once per process (a column added twice would fail)."""
    path = tmp_path / "old.db"
    _database_at(path, SCHEMA_VERSION - 2).conn.close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")
    opening = [subprocess.Popen([sys.executable, "-c", f"from storage.schema import open_database; "
                                 f"open_database({str(path)!r})"], stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    time.sleep(0.5)
    holder.rollback()
    holder.close()
    errors = [process.communicate(timeout=30)[1] for process in opening]
    assert [process.returncode for process in opening] == [0, 0], errors
    assert schema_version(Database(path)) == SCHEMA_VERSION


def test_a_pain_point_left_waiting_for_its_rest_before_the_upgrade_still_waits(tmp_path):
    """The previous release held a pain point ending in a comma open without recording it."""
    path = tmp_path / "old.db"
    old = _database_at(path, 8)
    before = DraftStore(old)
    before.seen(7, "王工")
    waiting = before.create(7, "pain_point", {"pain_point": "汽车总装车间需人工搬运轮胎，单个重约20kg，"})
    whole = before.create(7, "pain_point", {"pain_point": "汽车总装车间需人工搬运轮胎。"})
    passed = before.create(7, "indicators", {"pain_point": "汽车总装车间需人工搬运轮胎，"})
    old.conn.close()

    store = DraftStore(open_database(path))
    assert [store.load(d.id).held for d in (waiting, whole, passed)] == [True, False, False]


def test_a_card_drawn_after_the_upgrade_to_revisions_is_told_what_changed_since(tmp_path):
    path = tmp_path / "old.db"
    old = _database_at(path, 11)
    old["users"].insert({"id": 7, "name": "王工", "created_at": "2026-11-20T00:00:00+00:00"})
    old["drafts"].insert({"owner_id": 7, "status": "submitted", "cursor": "summary",
                          "editing": 0, "created_at": "2026-11-20T00:00:00+00:00",
                          "updated_at": "2026-11-20T00:00:00+00:00"})
    old["answers"].insert({"draft_id": 1, "key": "deployment_count", "value": "10"})
    old["events"].insert({"draft_id": 1, "actor_id": 7, "at": "2026-11-20T00:00:00+00:00",
                          "kind": "answer", "field": "deployment_count", "new": "10"})
    old.conn.close()

    store = DraftStore(open_database(path))
    reviews = ReviewStore(store)
    card_before_upgrade = store.revision(1) - 1
    card_after_upgrade = store.revision(1)
    draft = store.load(1)
    store.save(draft, replace(draft, answers={"deployment_count": 12}),
               {"deployment_count": 12}, 7)
    assert reviews.changes_after(1, card_after_upgrade) == {"deployment_count": (10, 12)}
    assert reviews.changes_after(1, card_before_upgrade) is None
