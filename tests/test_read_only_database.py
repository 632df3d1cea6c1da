"""A sound database in a place that cannot be written (a read-only folder or mount, a file
without write permission) is not called damaged: the commands that only read it (check,
export, coordinators list, backup) read it, and the others say it cannot be written.

The tests run as root, whom permissions do not stop. What a normal user meets is made thus:
the -shm and -wal files SQLite makes beside a WAL database are links into a folder that is not
there, so that they cannot be made, as in a read-only folder ("unable to open database file"), and
`os.access` is told to answer as it would for that user."""

import os

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.test_cli import ANSWERS, run_cli

UNWRITABLE = ("无法写入数据库文件 {db}：该文件和所在目录（{folder}）不可写（只读的位置，或没有写入权限）。"
              "数据库本身没有损坏，不需要从备份恢复；请在可写的位置使用它，或开放写入权限"
              "（check、export 和 coordinators list 只读取，可以直接使用）。\n")


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A database with one submitted row, then its folder made read-only, as far as SQLite and
    `os.access` can tell."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "intake.db"
    run_cli(["chat", "--db", str(path)], "\n".join(ANSWERS) + "\n", tmp_path)
    assert not (folder / "intake.db-wal").exists()  # closed cleanly
    for beside in ("-shm", "-wal"):  # cannot be made
        (folder / f"intake.db{beside}").symlink_to(tmp_path / "nowhere" / beside)
    real = os.access
    inside = (str(folder), str(folder) + os.sep)
    monkeypatch.setattr(os, "access", lambda where, mode, **kw: real(where, mode, **kw) and not (
        mode == os.W_OK and str(where).startswith(inside)))
    return path


def cli(*args):
    return CliRunner().invoke(main, [*map(str, args)])


def test_check_reads_it(db):
    result = cli("check", "--db", db)
    assert (result.exit_code, result.output) == (0, "完整性：正常\n表结构版本：17（本程序：17）\n场景数：1\n")


def test_export_reads_it(db, tmp_path):
    result = cli("export", "--db", db, "--status", "submitted", "--out", tmp_path / "o.xlsx")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("已导出 1 个场景（状态：已提交待审核，范围：全省）。")


def test_coordinators_list_and_backup_read_it(db, tmp_path):
    assert cli("coordinators", "list", "--db", db).output == "尚未设置协调员。\n"
    assert cli("backup", tmp_path / "b.db", "--db", db).output.startswith("已备份到")


@pytest.mark.parametrize("command", [["chat"], ["coordinators", "add", "5"]])
def test_a_command_that_writes_says_the_place_cannot_be_written(db, command):
    result = cli(*command, "--db", db)
    assert (result.exit_code, result.output) == (
        1, UNWRITABLE.format(db=db, folder=db.parent))


def test_a_file_that_cannot_be_read_is_said_so(db, monkeypatch):
    """Named by INTAKE_DB: click itself refuses an unreadable `--db` (不可读)."""
    monkeypatch.setattr(os, "access", lambda where, mode, **kw: False)
    monkeypatch.setenv("INTAKE_DB", str(db))
    result = cli("chat")
    assert (result.exit_code, result.output) == (1, (
        f"无法读取数据库文件 {db}：没有读取权限。数据库本身未必损坏，不需要从备份恢复；"
        "请用有权限的账户运行，或开放读取权限。\n"))
