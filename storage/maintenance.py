"""Operations on the database file: an online backup and a health check."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from storage.schema import SCHEMA_VERSION, schema_version


@dataclass(frozen=True)
class Health:
    integrity: str  # "ok", or SQLite's first complaint
    version: int
    expected: int
    drafts: int

    @property
    def ok(self) -> bool:
        """Sound, and of a schema this program can open (an older one is migrated on open)."""
        return self.integrity == "ok" and self.version <= self.expected


def backup(source: Path, target: Path) -> int:
    """Copy the live database with SQLite's online backup API; safe while the bot writes.

    Returns the number of pages copied.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
        return copy.execute("PRAGMA page_count").fetchone()[0]


def check(path: Path) -> Health:
    """Integrity and schema version, read without migrating anything."""
    db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    has_drafts = "drafts" in db.table_names()
    drafts = db.execute("select count(*) from drafts").fetchone()[0] if has_drafts else 0
    return Health(integrity, schema_version(db), SCHEMA_VERSION, drafts)
