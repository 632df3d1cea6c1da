"""The `scenario-intake` command as an operator runs it."""

import json
import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import BUSY, main
from bot.cli_common import NEW_DATABASE
from bot.settings import Settings, SettingsError, load_settings
from tests.journey import INDICATORS, PAIN, RESULTS

ANSWERS = [
    "1", "5", "苏州恒远动力电池有限公司", "恒远工厂电池测试—柔性插接", "1", "/skip",
    PAIN, INDICATORS, RESULTS, "1",
    "1", "2", "4",  # 人形机器人 → 轮式 → 完成
    "恒远机器人有限公司、启明智能科技有限公司", "/skip",
    "1", "4",  # 完成本单位内同类场景复制部署 → 完成
    "十台", "恒远具身智能操作大模型", "/skip", "/skip", "/skip",
    "12",  # 提交, numbered after ✏️ 1-11
    "/drafts", "/quit",
]


def run_cli(args: list[str], stdin: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60,
        env={**clean, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), **env},
    )


def test_chat_in_a_terminal_fills_and_submits_a_whole_row(tmp_path):
    result = run_cli(["chat", "--db", str(tmp_path / "t.db")], "\n".join(ANSWERS) + "\n", tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "第 1/11 步 · 报送单位" in out and "  [1] 江苏省工业和信息化厅" in out
    assert "10. 部署总数：10台" in out
    assert "  [5] ✏️ 5 场景描述与关键技术要求" in out and "  [12] ✅ 提交" in out
    assert "✅ 场景 #1 已提交" in out
    assert "#1 恒远工厂电池测试—柔性插接 · 已提交待审核 · 已完成 11/11 步" in out
    assert (tmp_path / "t.db").exists()


def test_leaving_the_terminal_names_the_command_that_reopens_the_same_database(tmp_path):
    result = run_cli(["chat", "--db", "my drafts.db"], "/quit\n", tmp_path)
    assert result.stdout.splitlines()[-1].endswith(" chat --db 'my drafts.db' 可继续。")
    result = run_cli(["chat"], "/quit\n", tmp_path)
    assert result.stdout.splitlines()[-1].endswith(" chat 可继续。")


def test_terminal_refuses_a_number_outside_the_choices(tmp_path):
    result = run_cli(["chat", "--db", str(tmp_path / "t.db")], "9\n/quit\n", tmp_path)
    assert "请输入 1。" in result.stdout


def test_a_number_outside_the_summary_choices_does_not_stop_submitting_next(tmp_path):
    answers = [*ANSWERS[:ANSWERS.index("12")], "99", "12", "/quit"]
    result = run_cli(["chat", "--db", str(tmp_path / "t.db")], "\n".join(answers) + "\n", tmp_path)
    assert "请输入 1-12 之间的序号。" in result.stdout
    assert "✅ 场景 #1 已提交" in result.stdout and "过期" not in result.stdout


def test_a_terminal_command_the_question_lacks_is_explained_not_called_an_old_button(tmp_path):
    result = run_cli(["chat", "--db", str(tmp_path / "t.db")], "/keep\n/skip\n/quit\n", tmp_path)
    assert "> 此项还没有答案，请直接输入。" in result.stdout
    assert "> 此项必填，不能跳过。" in result.stdout
    assert "过期" not in result.stdout


def test_the_terminal_asks_for_numbers_where_the_chat_has_buttons(tmp_path):
    result = run_cli(["chat", "--db", str(tmp_path / "t.db")], "1\n/quit\n", tmp_path)
    assert "用户单位所在的设区市：请输入序号选择；" in result.stdout
    assert "点击" not in result.stdout and "按钮" not in result.stdout


def test_without_a_token_the_command_explains_and_offers_chat(tmp_path):
    result = run_cli([], "/quit\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "尚未配置 Telegram 机器人令牌（INTAKE_TELEGRAM_TOKEN）" in result.stdout
    assert "第 1/11 步 · 报送单位" in result.stdout
    assert (tmp_path / "data" / "intake.db").exists()


def test_malformed_setting_stops_with_one_clear_line(tmp_path):
    result = run_cli(["chat"], "", tmp_path, INTAKE_TELEGRAM_API_URL="not a url")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "配置错误：INTAKE_TELEGRAM_API_URL 无效：须为 http(s) 地址，例如 https://api.telegram.org"
    ]


def test_run_without_a_token_says_what_is_missing(tmp_path):
    result = run_cli(["run"], "", tmp_path)
    assert result.returncode == 1
    assert "未设置 INTAKE_TELEGRAM_TOKEN" in result.stderr


@pytest.mark.parametrize(("variable", "value", "reason"), [
    ("INTAKE_SEND_RATE", "0.5", "须为 0（不限速）或 1 到 1000 之间的数"),
    ("INTAKE_SEND_RATE", "fast", "须为数字"),
    ("INTAKE_REMINDER_DAYS", "0", "须不小于 1"),
    ("INTAKE_REMINDER_CHECK_MINUTES", "5000", "须不大于 1440"),
    ("INTAKE_REVIEW_DIGEST_HOURS", "0", "须不小于 1"),
    ("INTAKE_ACCESS_CODE", "abc", "至少 4 个字符"),
    ("INTAKE_ACCESS_CODE", "苏州2026", "只能由英文字母、数字、- 和 _ 组成（区分大小写）"),
    ("INTAKE_COORDINATORS", "0", "用户 ID 0 须为 Telegram 用户 ID（正整数）"),
    ("INTAKE_COORDINATORS", "111:苏州市:x", "“111:苏州市:x”不是 用户ID 或 用户ID:城市 的形式"),
    ("INTAKE_COORDINATORS", "111,111:苏州市", "用户 ID 111 出现了不止一次，请只保留一项"),
    ("INTAKE_COORDINATORS", "99999999999999999999999",
     "用户 ID 99999999999999999999999 超出 Telegram 用户 ID 的范围（最大 9223372036854775807）"),
    ("INTAKE_SUBMITTING_UNIT", "江苏", "须为省级工业和信息化主管部门或中央企业集团的全称"),
])
def test_out_of_range_setting_is_explained_in_chinese(monkeypatch, variable, value, reason):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as raised:
        load_settings(_env_file=None)
    assert str(raised.value) == f"配置错误：{variable} 无效：{reason}"


def test_braces_in_a_bad_value_are_shown_as_typed(monkeypatch):
    monkeypatch.setenv("INTAKE_COORDINATORS", "{abc}")
    with pytest.raises(SettingsError, match="“{abc}”不是 用户ID 或 用户ID:城市 的形式"):
        load_settings(_env_file=None)


@pytest.mark.parametrize(("args", "error"), [
    (["export", "--status", "foo"],
     "错误：'--status' 的值无效：'foo' 不是可选的值之一：'approved', 'submitted', 'all'。"),
    (["bogus"], "错误：没有 'bogus' 这个命令。"),
    (["coordinators", "add", "abc"], "错误：'用户ID' 的值无效：'abc' 不是有效的整数。"),
    (["export", "--out"], "错误：选项 '--out' 需要一个值。"),
    (["import"], "错误：缺少参数 '文件.xlsx'。"),
    (["export"], "错误：缺少选项 '--out'。"),
])
def test_usage_errors_are_in_chinese(args, error):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == error


def test_help_is_in_chinese():
    shown = CliRunner().invoke(main, ["export", "--help"]).output
    assert shown.startswith("用法: main export [选项]")
    assert "显示本帮助并退出。" in shown and "[默认：approved]" in shown
    assert "\n  --out 文件.xlsx                 导出到该 xlsx 文件" in shown  # aligned as shown


@pytest.mark.parametrize(("args", "usage"), [
    (["--help"], "用法: main [选项] [命令] [参数]..."),
    (["coordinators"], "用法: main coordinators [选项] 命令 [参数]..."),
    (["import", "--help"], "用法: main import [选项] 文件.xlsx"),
    (["backup", "--help"], "用法: main backup [选项] 备份.db"),
])
def test_usage_lines_name_their_parts_in_chinese(args, usage):
    assert CliRunner().invoke(main, args).output.splitlines()[0] == usage


def test_a_blank_token_counts_as_none_and_offers_the_terminal(tmp_path):
    result = run_cli([], "n\n", tmp_path, INTAKE_TELEGRAM_TOKEN="  ")
    assert result.stdout.startswith("尚未配置 Telegram 机器人令牌")


def test_telegram_out_of_reach_at_start_is_one_chinese_line(tmp_path):
    result = run_cli(["run"], "", tmp_path, INTAKE_TELEGRAM_TOKEN="123:abc",
                     INTAKE_TELEGRAM_API_URL="http://127.0.0.1:9")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "无法连接 Telegram（http://127.0.0.1:9），请检查网络或 INTAKE_TELEGRAM_API_URL。")


def test_telegram_out_of_reach_at_start_is_logged_as_one_warning_without_a_traceback(tmp_path):
    result = run_cli(["run"], "", tmp_path, INTAKE_TELEGRAM_TOKEN="123:abc",
                     INTAKE_TELEGRAM_API_URL="http://127.0.0.1:9")
    logged = [json.loads(line) for line in result.stderr.splitlines()[:-1]]
    assert [(entry["level"], entry["logger"]) for entry in logged] == [("WARNING", "telegram.ext")]
    assert "traceback" not in logged[0]
    assert logged[0]["message"].endswith("Aborting. NetworkError: httpx.ConnectError: "
                                         "All connection attempts failed")


@pytest.mark.parametrize("command", [["check"], ["coordinators", "list"], ["export", "--out", "o.xlsx"]])
def test_a_file_that_is_no_database_is_named_in_one_chinese_line(tmp_path, command):
    (tmp_path / "not.db").write_text("这不是数据库" * 200)
    result = CliRunner().invoke(main, [*command, "--db", str(tmp_path / "not.db")])
    assert result.exit_code == 1
    assert result.output.startswith("无法读取数据库文件：它不是 SQLite 数据库，或已损坏。")


def test_a_misspelt_setting_in_the_env_file_stops_the_bot_from_starting_open(tmp_path):
    (tmp_path / ".env").write_text("OTHER_APP_KEY=kept for another program\nINTAKE_ACESS_CODE=JSGXT2026\n")
    result = run_cli(["chat"], "/quit\n", tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "配置错误：没有 INTAKE_ACESS_CODE 这项设置（在 .env 文件中），是否想写 INTAKE_ACCESS_CODE？"
        "可用的设置：INTAKE_TELEGRAM_TOKEN、INTAKE_TELEGRAM_API_URL、INTAKE_DB、INTAKE_SUBMITTING_UNIT、"
        "INTAKE_CITIES、INTAKE_LOG_LEVEL、INTAKE_COORDINATORS、INTAKE_ACCESS_CODE、INTAKE_REMINDER_DAYS、"
        "INTAKE_REMINDER_CHECK_MINUTES、INTAKE_REVIEW_DIGEST_HOURS、INTAKE_SEND_RATE"
    ]


def test_an_unknown_setting_in_the_environment_is_named(tmp_path):
    result = run_cli(["check"], "", tmp_path, INTAKE_FOO="1")
    assert result.returncode == 1
    assert result.stderr.startswith("配置错误：没有 INTAKE_FOO 这项设置（在环境变量中）。可用的设置：INTAKE_TELEGRAM_TOKEN、")


BLANK_SETTINGS = ("TELEGRAM_TOKEN", "TELEGRAM_API_URL", "DB", "SUBMITTING_UNIT", "CITIES", "LOG_LEVEL",
                  "COORDINATORS", "ACCESS_CODE", "REMINDER_DAYS", "REMINDER_CHECK_MINUTES", "SEND_RATE")


def test_blank_lines_in_the_env_file_are_the_defaults(tmp_path):
    (tmp_path / ".env").write_text("".join(f"INTAKE_{name}=\n" for name in BLANK_SETTINGS))
    result = run_cli(["chat"], "/quit\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "第 1/11 步 · 报送单位" in result.stdout
    assert (tmp_path / "data" / "intake.db").is_file()


@pytest.mark.parametrize("name", BLANK_SETTINGS)
@pytest.mark.parametrize("blank", ["", " ", '""'])
def test_a_blank_setting_in_the_environment_is_its_default(monkeypatch, name, blank):
    monkeypatch.setenv(f"INTAKE_{name}", blank)
    key = name.lower()
    assert getattr(load_settings(_env_file=None), key) == Settings.model_fields[key].default


def test_a_configured_id_too_large_for_telegram_is_one_line_not_a_traceback(tmp_path):
    result = run_cli(["coordinators", "list"], "", tmp_path, INTAKE_COORDINATORS="99999999999999999999999")
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["配置错误：INTAKE_COORDINATORS 无效：用户 ID 99999999999999999999999 "
                                          "超出 Telegram 用户 ID 的范围（最大 9223372036854775807）"]


@pytest.fixture
def coordinators(tmp_path, monkeypatch):
    """`scenario-intake coordinators ...` on one database, with no INTAKE_ settings but the test's."""
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("INTAKE_")]:
        monkeypatch.delenv(name)
    return lambda *args: CliRunner().invoke(main, ["coordinators", *args, "--db", "c.db"])


def test_a_database_held_by_another_program_is_called_busy_not_damaged(coordinators, tmp_path,
                                                                      monkeypatch):
    coordinators("add", "1")
    monkeypatch.setattr("storage.schema.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(tmp_path / "c.db")
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = coordinators("add", "2")
    finally:
        holder.close()
    assert (result.exit_code, result.output) == (1, BUSY + "\n")


@pytest.mark.parametrize("command", ["add", "remove"])
def test_a_user_id_too_large_for_telegram_is_refused(coordinators, command):
    coordinators("add", "1")
    result = coordinators(command, "99999999999999999999999")
    assert (result.exit_code, result.output) == (1, "用户ID 超出 Telegram 用户 ID 的范围（最大 9223372036854775807）。\n")


@pytest.mark.parametrize("command", ["add", "remove"])
def test_a_negative_user_id_is_refused_as_an_id_not_as_an_unknown_option(coordinators, command):
    coordinators("add", "1")
    result = coordinators(command, "-5")
    assert (result.exit_code, result.output) == (1, "用户ID 须为 Telegram 用户 ID（正整数）。\n")
    assert coordinators("list").output == "1\t全省\n"


def test_adding_a_coordinator_to_a_database_not_there_yet_names_the_new_file(coordinators, tmp_path):
    first = coordinators("add", "111").output.splitlines()
    assert first == ["已添加协调员 111，审核范围：全省。",
                     NEW_DATABASE.format(db=tmp_path / "c.db", unseen="这位协调员")]
    assert coordinators("add", "222").output == "已添加协调员 222，审核范围：全省。\n"


@pytest.mark.parametrize("command", [["import", "in.xlsx"], ["coordinators", "add", "1"], ["chat"],
                                     ["run"]])
def test_a_database_in_a_folder_not_there_is_refused_not_made(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*command, "--db", "typo/x.db"])
    assert (result.exit_code, result.output) == (1, (
        "无法新建数据库文件 typo/x.db：目录不存在（typo），请检查 --db 或 INTAKE_DB，或先创建该目录。\n"))
    assert list(tmp_path.iterdir()) == []


def test_adding_a_coordinator_again_says_how_the_scope_changed(coordinators):
    coordinators("add", "111", "--city", "苏州")
    assert coordinators("add", "111").output == "已将 111 的审核范围由 苏州市 改为 全省。\n"
    assert coordinators("add", "111", "--city", "全省").output == "协调员 111 已在名单中，审核范围仍为：全省。\n"


def test_a_coordinator_is_given_one_city_at_a_time(coordinators):
    result = coordinators("add", "111", "--city", "苏州市,南京市")
    assert (result.exit_code, result.output) == (1, "--city 无效：一次只能指定一个城市（收到“苏州市,南京市”），多个城市请分别执行\n")


@pytest.mark.parametrize("args", [
    ["export", "--out", "a.xlsx", "--city", "苏州市", "--city", "无锡市", "--db", "c.db"],
    ["coordinators", "add", "111", "--city", "苏州", "--city=无锡", "--db", "c.db"],
])
def test_an_option_given_twice_is_refused_not_the_last_one_taken(coordinators, tmp_path, args):
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, result.output) == (1, "--city 只能指定一次（收到 2 次），多个请分别执行。\n")
    assert list(tmp_path.iterdir()) == []


def test_a_configured_coordinator_is_changed_in_the_configuration_not_here(coordinators, monkeypatch):
    coordinators("add", "111")
    monkeypatch.setenv("INTAKE_COORDINATORS", "111:苏州,555")
    assert coordinators("list").output == "111\t苏州市\t（INTAKE_COORDINATORS 配置）\n555\t全省\t（INTAKE_COORDINATORS 配置）\n"
    removed = coordinators("remove", "555")
    assert (removed.exit_code, removed.output) == (1, "协调员 555 来自 INTAKE_COORDINATORS 配置，请在该配置（环境变量或 .env 文件）中删除。\n")
    rescoped = coordinators("add", "111", "--city", "南京市")
    assert (rescoped.exit_code, rescoped.output) == (1, "协调员 111 来自 INTAKE_COORDINATORS 配置，请在该配置（环境变量或 .env 文件）中修改。\n")
    monkeypatch.delenv("INTAKE_COORDINATORS")
    assert coordinators("list").output == "111\t全省\n"  # the one added here outlives the configuration


@pytest.mark.skipif(not (Path(sys.executable).parent / "scenario-intake").exists(),
                    reason="the package is not installed in this environment")
def test_the_command_the_program_tells_the_operator_to_run_runs(tmp_path):
    shown = run_cli([], "/quit\n", tmp_path).stdout
    told = next(line for line in shown.splitlines() if line.startswith("  3. 运行 "))
    command = told.removeprefix("  3. 运行 ").removesuffix(" run。")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    ran = subprocess.run([*shlex.split(command), "run", "--help"], capture_output=True, text=True,
                         cwd=tmp_path, env=clean, timeout=60)
    assert ran.returncode == 0 and "启动 Telegram 机器人" in ran.stdout


@pytest.mark.parametrize("command", [["check"], ["import", "plan.xlsx"], ["coordinators", "add", "5"]])
def test_a_database_setting_naming_a_directory_says_it_is_a_directory(tmp_path, monkeypatch, command):
    monkeypatch.setenv("INTAKE_DB", str(tmp_path))
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1
    assert result.output == f"数据库文件 {tmp_path} 是目录，不是文件（请检查 --db 或 INTAKE_DB）\n"


def test_an_env_file_not_saved_as_utf8_is_named_in_one_chinese_line(tmp_path):
    (tmp_path / ".env").write_bytes("INTAKE_CITIES=苏州市,南京市\n".encode("gbk"))
    result = run_cli(["check"], "", tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "配置错误：.env 文件不是 UTF-8 编码，无法读取。请把它另存为 UTF-8 编码"
        "（记事本：“另存为”，编码选“UTF-8”）。"
    ]


def test_an_env_file_notepad_saved_as_unicode_is_read(tmp_path, monkeypatch):
    (tmp_path / ".env").write_bytes("INTAKE_CITIES=苏州市,南京市\r\nINTAKE_ACCESS_CODE=SZ2026\r\n"
                                    .encode("utf-16"))  # with the byte order mark Notepad writes
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert (settings.cities, settings.access_code) == (("苏州市", "南京市"), "SZ2026")


@pytest.mark.parametrize("value", ["苏州市；南京市", "苏州市;南京市", "苏州市/南京市", "苏州市、南京市",
                                   "苏州 南京", '"苏州市,南京市"', "'苏州市，南京市'"])
def test_cities_are_split_on_the_separators_coordinators_accept_and_lose_their_quotes(
        monkeypatch, value):
    monkeypatch.setenv("INTAKE_CITIES", value)
    assert load_settings(_env_file=None).cities == ("苏州市", "南京市")


def test_a_coordinators_city_may_follow_a_chinese_keyboards_colon(monkeypatch):
    monkeypatch.setenv("INTAKE_COORDINATORS", "111：苏州市，222")
    assert [(c.user_id, c.city) for c in load_settings(_env_file=None).coordinators] == [
        (111, "苏州市"), (222, "*")]


def test_values_from_the_environment_lose_surrounding_spaces_line_ends_and_quotes(monkeypatch):
    for name, value in {"INTAKE_TELEGRAM_TOKEN": "123:abc\r", "INTAKE_ACCESS_CODE": " SZ2026 ",
                        "INTAKE_COORDINATORS": "111:苏州市\r", "INTAKE_REMINDER_DAYS": "5\r",
                        "INTAKE_TELEGRAM_API_URL": '"http://127.0.0.1:8081"'}.items():
        monkeypatch.setenv(name, value)
    settings = load_settings(_env_file=None)
    assert settings.telegram_token.get_secret_value() == "123:abc"
    assert (settings.access_code, settings.reminder_days) == ("SZ2026", 5)
    assert settings.coordinators[0].city == "苏州市"
    assert settings.telegram_api_url == "http://127.0.0.1:8081"


def test_a_database_path_ending_in_a_carriage_return_opens_the_file_it_names(tmp_path):
    result = run_cli(["coordinators", "add", "5"], "", tmp_path, INTAKE_DB="c.db\r")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["c.db"]


def test_a_file_named_data_in_the_way_of_the_default_database_is_told_not_raised(
        tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INTAKE_DB", raising=False)
    (tmp_path / "data").write_text("")
    result = CliRunner().invoke(main, ["coordinators", "add", "1"])
    assert (result.exit_code, result.output) == (1, (
        "无法新建数据库文件 data/intake.db：路径中有一段不是目录（data），请检查 --db 或 INTAKE_DB，"
        "或先创建该目录。\n"))


def test_the_bare_command_starts_on_the_database_given_with_db(tmp_path):
    result = run_cli(["--db", "county.db"], "/quit\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "第 1/11 步 · 报送单位" in result.stdout
    assert "（数据保存在 county.db）" in result.stdout
    assert " run --db county.db。" in result.stdout  # the command told to run keeps the file
    assert " chat --db county.db 可继续" in result.stdout
    assert (tmp_path / "county.db").exists() and not (tmp_path / "data").exists()


@pytest.mark.parametrize(("args", "told"), [
    (["--db", "c.db", "check"], "check 的 --db 请写在命令名之后（运行 "),
    (["--db", "c.db", "lint", "plan.xlsx"], "lint 不读写数据库，无需 --db。"),
])
def test_a_db_before_a_commands_name_is_refused_not_ignored(tmp_path, monkeypatch, args, told):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and told in result.output
    assert not (tmp_path / "c.db").exists() and not (tmp_path / "data").exists()


def test_the_bare_commands_help_lists_run_and_its_db_option():
    shown = CliRunner().invoke(main, ["--help"]).output
    assert "\n  run " in shown and "\n  --db 文件 " in shown


@pytest.mark.parametrize(("typed", "city"), [
    ("吉林", "吉林市"), ("吉林省吉林市", "吉林市"), ("吉林省长春市", "长春市"), ("吉林长春", "长春市"),
    ("吉林省延边朝鲜族自治州", "延边朝鲜族自治州")])
def test_a_coordinators_city_named_like_the_province_or_after_it_is_that_city(
        monkeypatch, typed, city):
    for name, value in {"INTAKE_SUBMITTING_UNIT": "吉林省工业和信息化厅",
                        "INTAKE_CITIES": "长春市,吉林市,延边朝鲜族自治州",
                        "INTAKE_COORDINATORS": f"111:{typed}"}.items():
        monkeypatch.setenv(name, value)
    assert load_settings(_env_file=None).coordinators[0].city == city


@pytest.mark.parametrize("typed", ["江苏省", "江苏"])
def test_the_province_by_name_grants_no_scope_only_star_does(coordinators, typed):
    result = coordinators("add", "111", "--city", typed)
    assert result.exit_code == 1
    assert result.output.startswith(f"--city 无效：“{typed}”不是本省的城市")


@pytest.mark.parametrize("typed", ["和平区和河西区", "河东区与和平区"])
def test_two_districts_joined_by_a_word_are_two_cities_even_named_with_和(monkeypatch, typed):
    monkeypatch.setenv("INTAKE_SUBMITTING_UNIT", "天津市工业和信息化局")
    monkeypatch.setenv("INTAKE_CITIES", "和平区,河西区,河东区")
    monkeypatch.setenv("INTAKE_COORDINATORS", f"111:{typed}")
    with pytest.raises(SettingsError, match="一次只能指定一个城市"):
        load_settings(_env_file=None)
