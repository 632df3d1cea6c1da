"""Operations: the error handler, logs without the token, online backup and the health check."""

import json
import logging
import sqlite3

from bot.app import SORRY
from bot.logs import JsonLines
from storage.maintenance import backup, check
from storage.schema import SCHEMA_VERSION
from tests.conftest import TOKEN
from tests.fake_bot_api import texts


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
    try:
        await engineer.press("苏州市")
    except RuntimeError:
        pass
    assert texts(engineer.telegram.calls[update_calls:])[-1] == SORRY
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
    pages = backup(source, tmp_path / "copy" / "backup.db")
    assert pages > 0
    copy = sqlite3.connect(tmp_path / "copy" / "backup.db")
    assert copy.execute("select value from answers").fetchone()[0] == '"江苏省工业和信息化厅"'
    health = check(tmp_path / "copy" / "backup.db")
    assert health.ok and health.integrity == "ok" and health.drafts == 1


def test_backup_and_check_commands(tmp_path):
    from click.testing import CliRunner

    from bot.cli import main

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
