"""Operations on the database file: an online backup and a health check."""

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from storage.schema import SCHEMA_VERSION, layout, schema_version

# Why a file or folder could not be made, for an operator who has to fix it.
WHY_NOT_WRITTEN = {
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "所在位置是只读的",
    errno.ENOENT: "目录不存在",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.EEXIST: "已有同名的文件",
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已用完",
}
# The files SQLite keeps beside a database: writing a backup over one would harm the live one.
COMPANIONS = ("", "-wal", "-shm", "-journal")
UNTOUCHED = "数据库本身未受影响。"


class BackupRefused(Exception):
    """The backup cannot be written where asked. Raised only about the target, once the live
    database has been read: the message never blames the database being backed up."""


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

    The target must be a new file: a backup never overwrites anything, so neither an older
    backup nor the live database itself. Returns the number of pages copied.
    """
    if any(target.resolve() == Path(f"{source.resolve()}{end}") for end in COMPANIONS):
        raise BackupRefused(f"不能备份到正在使用的数据库文件本身：{target}。请换一个文件名。")
    with closing(connect_to_read(source)) as live:
        live.execute("PRAGMA schema_version").fetchone()  # the source's own trouble shows here
        _create(target)
        try:
            with closing(sqlite3.connect(target)) as copy:
                live.backup(copy)
                return copy.execute("PRAGMA page_count").fetchone()[0]
        except sqlite3.Error as error:
            target.unlink(missing_ok=True)
            why = "磁盘空间不足" if "full" in str(error) else f"写入出错（{error}）"
            raise BackupRefused(f"无法写入备份文件 {target}：{why}。{UNTOUCHED}") from None


def _create(target: Path) -> None:
    """Make an empty backup file, refusing one that exists. Done with Python's own calls, not
    SQLite's: they say why (permission, read-only, no such folder). A missing folder is not
    made: it is most often a mistyped path, and a backup written where nobody looks is lost."""
    if why := folder_problem(target.parent):
        raise BackupRefused(f"无法写入备份文件 {target}：{why}（{target.parent}），"
                            f"请检查路径或先创建该目录。{UNTOUCHED}")
    try:
        target.open("xb").close()
    except FileExistsError:
        raise BackupRefused(f"备份文件已存在：{target}。请换一个文件名，或先删除该文件。") from None
    except OSError as error:
        raise BackupRefused(f"无法写入备份文件 {target}：{_why(error)}。{UNTOUCHED}") from None


def folder_problem(folder: Path) -> str | None:
    """Why a folder cannot take a new file (missing, or a file in its way), if it cannot."""
    try:
        is_folder = stat.S_ISDIR(folder.stat().st_mode)
    except OSError as error:
        return _why(error)
    return None if is_folder else WHY_NOT_WRITTEN[errno.ENOTDIR]


def _why(error: OSError) -> str:
    return WHY_NOT_WRITTEN.get(error.errno, error.strerror or str(error))


@contextmanager
def as_stored(path: Path) -> Iterator[Database]:
    """The existing database at `path` as it is: neither created nor migrated, for commands
    that only read it. Opened for writing though nothing is written: a read-only connection
    to a WAL database makes its -wal and -shm files but may not remove them, while the last
    writable one to close does (never the bot's)."""
    with closing(connect_to_read(path)) as connection:
        yield Database(connection)


def connect_to_read(path: Path) -> sqlite3.Connection:
    """A connection that reads the database at `path`, writable where it can be. In a place
    that cannot be written (a read-only folder or mount), SQLite cannot make the -shm file a WAL
    database is read with, and refuses to open it at all: there it is opened read-only, and
    with no -wal file beside it as unchanging (`immutable`), which it is, since no writer can
    make one there."""
    connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError:
        connection.close()
        if not unwritable(path):
            raise
    uri = Path(path).absolute().as_uri()
    wal = Path(f"{path}-wal").exists()
    return sqlite3.connect(f"{uri}?mode=ro" if wal else f"{uri}?mode=ro&immutable=1", uri=True)


def unwritable(path: Path) -> str | None:
    """What of the database's place cannot be written (the file, its folder), if any: SQLite
    writes beside the file as well as into it, and says only that it cannot open it."""
    path = Path(path)
    file, folder = (where.exists() and not os.access(where, os.W_OK)
                    for where in (path, path.parent))
    names = "和".join(name for name, cannot in (("该文件", file), ("所在目录", folder)) if cannot)
    return f"{names}（{path.parent}）" if folder else names or None


def is_ours(db: Database) -> bool:
    """Made by this program, of any version: numbered, and holding every table, with its
    columns, that the version recorded has. An empty file is not; nor another program's
    database, even one with a table named drafts and a version of its own, which migrating
    would write into. A newer version's file is checked for this version's tables only: a
    later migration may drop a column, as v7 did, and it is told to upgrade (`refuse_newer`)."""
    version = schema_version(db)
    stored = {table.name: set(table.columns_dict) for table in db.tables}
    if version > SCHEMA_VERSION:
        return set(layout(SCHEMA_VERSION)) <= set(stored)
    return version > 0 and all(columns <= stored.get(name, set())
                               for name, columns in layout(version).items())


def check(path: Path) -> Health:
    """Integrity and schema version of this program's database, read without migrating it."""
    with as_stored(path) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        drafts = db.execute("select count(*) from drafts").fetchone()[0]
        return Health(integrity, schema_version(db), SCHEMA_VERSION, drafts)
