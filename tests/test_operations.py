"""Operations: the error handler, logs without the token, online backup and the health check."""

import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.app import SORRY, SORRY_REVIEWER
from bot.cli import main
from bot.logs import JsonLines
from storage.maintenance import backup, check
from storage.schema import SCHEMA_VERSION
from tests.conftest import TOKEN
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_cli import run_cli
from tests.test_storage import _database_at


async def test_failing_handler_apologises_and_leaves_the_draft_as_it_was(app, engineer, monkeypatch):
    services = app.bot_data["services"]
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    before = services.intake.store.answers(1)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(services.intake.store, "save", broken)
    app.bot_data["errors"] = []
    update_calls = len(engineer.telegram.calls)
    with pytest.raises(RuntimeError):
        await engineer.press("苏州市")
    calls = engineer.telegram.calls[update_calls:]
    assert [c.endpoint for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert texts(calls) == [SORRY]
    assert services.intake.store.answers(1) == before
    assert services.intake.store.load(1).cursor == "city"


def test_log_lines_are_json_and_never_show_the_token():
    formatter = JsonLines(TOKEN)
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1,
                               "POST https://api.telegram.org/bot%s/getMe", (TOKEN,), None)
    line = formatter.format(record)
    assert TOKEN not in line
    assert json.loads(line)["message"] == "POST https://api.telegram.org/bot<token>/getMe"
    other = logging.LogRecord("x", logging.ERROR, __file__, 1, "bot 987654:ABCdefGHIjklMNOpqrSTUvwx1", (), None)
    assert "ABCdef" not in formatter.format(other)


def test_backup_while_the_bot_writes_gives_a_complete_copy(tmp_path, app, engineer):
    store = app.bot_data["services"].intake.store
    store.seen(1, "甲")
    store.create(1, "city", {"submitting_unit": "江苏省工业和信息化厅"})
    source = app.bot_data["services"].settings.db
    (tmp_path / "copy").mkdir()
    pages = backup(source, tmp_path / "copy" / "backup.db")
    assert pages > 0
    copy = sqlite3.connect(tmp_path / "copy" / "backup.db")
    assert copy.execute("select value from answers").fetchone()[0] == '"江苏省工业和信息化厅"'
    health = check(tmp_path / "copy" / "backup.db")
    assert health.ok and health.integrity == "ok" and health.drafts == 1


def test_backup_and_check_commands(tmp_path):
    db = tmp_path / "live.db"
    runner = CliRunner()
    runner.invoke(main, ["coordinators", "add", "1", "--db", str(db)])
    result = runner.invoke(main, ["backup", str(tmp_path / "b.db"), "--db", str(db)])
    assert result.exit_code == 0 and result.output.startswith(f"已备份到 {tmp_path / 'b.db'}")
    result = runner.invoke(main, ["check", "--db", str(tmp_path / "b.db")])
    version = f"表结构版本：{SCHEMA_VERSION}（本程序：{SCHEMA_VERSION}）"
    assert result.output.splitlines()[:2] == ["完整性：正常", version]
    result = runner.invoke(main, ["check", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "数据库文件不存在" in result.output


def test_check_leaves_no_files_beside_the_database(tmp_path):
    run_cli(["coordinators", "add", "1", "--db", "live.db"], "", tmp_path)  # exits: files gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.db"]
    assert CliRunner().invoke(main, ["check", "--db", str(tmp_path / "live.db")]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.db"]


def test_check_reads_a_database_the_bot_is_writing(live, tmp_path):
    bot = sqlite3.connect(tmp_path / "live.db")
    bot.execute("insert into coordinators (user_id, city) values (2, '苏州市')")
    try:
        assert live("check").output.startswith("完整性：正常")
        bot.commit()
        assert live("coordinators", "list").output == "1\t全省\n2\t苏州市\n"
    finally:
        bot.close()


@pytest.fixture
def live(tmp_path):
    """A live database with one coordinator, and a way to run a command on it."""
    db = tmp_path / "live.db"
    runner = CliRunner()
    runner.invoke(main, ["coordinators", "add", "1", "--db", str(db)])
    return lambda *args: runner.invoke(main, [*map(str, args), "--db", str(db)])


def still_sound(live) -> bool:
    return live("check").output.startswith("完整性：正常") and live("coordinators", "list").output == "1\t全省\n"


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs, where nobody may create files")
def test_backup_into_a_folder_nobody_may_write_blames_the_target_not_the_database(live):
    result = live("backup", "/sys/kernel/backup.db")
    assert (result.exit_code, result.output) == (1, "无法写入备份文件 /sys/kernel/backup.db：没有写入权限。数据库本身未受影响。\n")
    assert still_sound(live)


def test_backup_into_a_path_through_a_file_says_so_in_one_line(live, tmp_path):
    (tmp_path / "archive").write_text("a file, not a folder")
    result = live("backup", tmp_path / "archive" / "2026" / "b.db")
    assert (result.exit_code, result.output) == (1, (
        f"无法写入备份文件 {tmp_path / 'archive' / '2026' / 'b.db'}：路径中有一段不是目录"
        f"（{tmp_path / 'archive' / '2026'}），请检查路径或先创建该目录。数据库本身未受影响。\n"))


def test_backup_into_a_mistyped_folder_is_refused_not_made(live, tmp_path):
    result = live("backup", tmp_path / "bakcups" / "b.db")
    assert (result.exit_code, result.output) == (1, (
        f"无法写入备份文件 {tmp_path / 'bakcups' / 'b.db'}：目录不存在（{tmp_path / 'bakcups'}），"
        "请检查路径或先创建该目录。数据库本身未受影响。\n"))
    assert not (tmp_path / "bakcups").exists()
    assert still_sound(live)


def test_backup_to_an_empty_name_asks_for_a_file_name(live):
    result = live("backup", "")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "错误：'备份.db' 的值无效：文件名不能为空。"


def test_backup_never_overwrites_a_file_or_the_live_database(live, tmp_path):
    (tmp_path / "old.db").write_bytes(b"last week's backup")
    result = live("backup", tmp_path / "old.db")
    assert (result.exit_code, result.output) == (1, f"备份文件已存在：{tmp_path / 'old.db'}。请换一个文件名，或先删除该文件。\n")
    assert (tmp_path / "old.db").read_bytes() == b"last week's backup"
    for itself in ("live.db", "live.db-wal"):
        result = live("backup", tmp_path / itself)
        assert (result.exit_code, result.output) == (1, f"不能备份到正在使用的数据库文件本身：{tmp_path / itself}。请换一个文件名。\n")
    assert still_sound(live)


@pytest.mark.parametrize("command", [["backup", "b.db"], ["check"], ["coordinators", "list"], ["coordinators", "remove", "1"]])
def test_a_reading_command_refuses_a_database_that_does_not_exist(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*command, "--db", "intak.db"])
    assert (result.exit_code, result.output) == (1, "数据库文件不存在：intak.db（请检查 --db 或 INTAKE_DB）\n")
    assert list(tmp_path.iterdir()) == []


async def test_failing_review_press_apologises_to_the_coordinator_and_stops_the_spinner(
        app, engineer, suzhou, monkeypatch):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.bot_data["services"].reviews, "_approve", broken)
    before = len(suzhou.telegram.calls)
    with pytest.raises(RuntimeError):
        await suzhou.press("✅ 通过")
    calls = suzhou.telegram.calls[before:]
    assert [c.endpoint for c in calls] == ["answerCallbackQuery", "sendMessage"]
    assert texts(calls) == [SORRY_REVIEWER]


READING_COMMANDS = [["backup", "b.db"], ["check"], ["coordinators", "list"], ["coordinators", "remove", "1"],
                    ["export", "--out", "o.xlsx"]]
# Writing ones make a database where there is none, never inside a file that is something else.
WRITING_COMMANDS = [["import", "in.xlsx"], ["coordinators", "add", "1"], ["chat"], ["run"]]
NOT_OURS = "数据库文件 {db} 不是本程序的数据库（其中没有场景数据），未作任何改动（请检查 --db 或 INTAKE_DB）\n"


@pytest.mark.parametrize("command", READING_COMMANDS + WRITING_COMMANDS)
def test_a_command_leaves_an_empty_file_as_it_was(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.db").touch()
    result = CliRunner().invoke(main, [*command, "--db", "x.db"])
    assert (result.exit_code, result.output) == (1, NOT_OURS.format(db="x.db"))
    assert (tmp_path / "x.db").read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["x.db"]


@pytest.mark.parametrize("command", READING_COMMANDS + WRITING_COMMANDS)
def test_a_command_refuses_another_programs_database(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    with sqlite3.connect("other.db") as other:
        other.execute("create table notes (text)")
    before = (tmp_path / "other.db").read_bytes()
    result = CliRunner().invoke(main, [*command, "--db", "other.db"])
    assert (result.exit_code, result.output) == (1, NOT_OURS.format(db="other.db"))
    assert (tmp_path / "other.db").read_bytes() == before


@pytest.mark.parametrize("version", [3, SCHEMA_VERSION, SCHEMA_VERSION + 1])
@pytest.mark.parametrize("command", READING_COMMANDS + WRITING_COMMANDS)
def test_a_command_refuses_another_programs_database_with_a_drafts_table(
        tmp_path, monkeypatch, command, version):
    monkeypatch.chdir(tmp_path)
    with closing(sqlite3.connect("other.db")) as other:
        other.execute("create table drafts (id integer primary key, title text, body text)")
        other.execute("insert into drafts (title, body) values ('周报', '本周完成……')")
        other.execute(f"PRAGMA user_version = {version}")
        other.commit()
    before = (tmp_path / "other.db").read_bytes()
    result = CliRunner().invoke(main, [*command, "--db", "other.db"])
    assert (result.exit_code, result.output) == (1, NOT_OURS.format(db="other.db"))
    assert (tmp_path / "other.db").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["other.db"]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_this_programs_database_of_every_version_is_taken_as_its_own(tmp_path, version):
    _database_at(tmp_path / "old.db", version).conn.close()
    result = CliRunner().invoke(main, ["check", "--db", str(tmp_path / "old.db")])
    assert (result.exit_code, result.output.splitlines()[0]) == (0, "完整性：正常")


def test_listing_coordinators_leaves_an_older_database_at_its_version(tmp_path):
    old = _database_at(tmp_path / "old.db", SCHEMA_VERSION - 1)
    old.execute("insert into coordinators (user_id, city, source) values (5, '苏州市', 'cli')")
    old.conn.close()
    result = CliRunner().invoke(main, ["coordinators", "list", "--db", str(tmp_path / "old.db")])
    assert (result.exit_code, result.output) == (0, "5\t苏州市\n")
    with closing(sqlite3.connect(tmp_path / "old.db")) as listed:
        assert listed.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1


def test_listing_coordinators_of_a_newer_database_asks_for_the_newer_program(live, tmp_path):
    with closing(sqlite3.connect(tmp_path / "live.db")) as newer:
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    result = live("coordinators", "list")
    assert result.exit_code == 1
    assert result.output.endswith("请升级程序。\n")
