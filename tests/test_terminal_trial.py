"""The terminal trial as a newcomer types into it: words for leaving, commands typed with a
Chinese input method on, numbers with a mark after them, no English log lines, and no review
promised where no coordinator is set up."""

import pytest

from bot.services import build_services
from bot.settings import Settings
from storage.people import PROVINCE, TERMINAL_USER
from tests.test_cli import ANSWERS, run_cli
from tests.test_terminal import chat_in_terminal

TO_NAME = ["1", "5", "苏州汇川精密电子有限公司"]  # to 第 3 步 场景名称
BYE = "再见！草稿已保存，下次运行  可继续。"
NAME_ASKED = "场景名称：写清对象和具体任务"
NUMBERS_ONLY = "这里需要文字说明，不能只填数字或符号。"


@pytest.fixture
def services(tmp_path):
    return build_services(Settings(db=tmp_path / "t.db", _env_file=None))


def answers(services) -> dict:
    return services.intake.store.current(TERMINAL_USER).answers


@pytest.mark.parametrize("typed", ["quit", "exit", "q", "Quit。", "、quit", "／quit", "/quit。",
                                   "/exit", "/q", "/Exit。", "、q", "／exit"])
def test_words_for_leaving_leave_the_trial_and_are_not_saved(services, typed):
    shown = chat_in_terminal(services, [*TO_NAME, typed, "动力电池模组插接实训场景"])
    assert shown.endswith(BYE)
    assert "scenario_name" not in answers(services)


def test_exit_at_the_sub_direction_leaves_rather_than_being_saved(services):
    chat_in_terminal(services, [*TO_NAME, "动力电池模组插接与检测具身智能实训场景", "1", "exit"])
    assert "sub_direction" not in answers(services)


@pytest.mark.parametrize("typed", ["、back", "／back", "/back。", "/back.", "、 back", "／ｂａｃｋ"])
def test_back_typed_with_a_chinese_input_method_goes_back(services, typed):
    shown = chat_in_terminal(services, [*TO_NAME, typed])
    assert shown.rsplit(NAME_ASKED, 1)[1].count("用户单位全称（与营业执照一致）") == 1
    assert "scenario_name" not in answers(services)


def test_a_command_typed_with_a_mark_at_the_industry_runs_and_is_not_saved(services):
    chat_in_terminal(services, [*TO_NAME, "动力电池模组插接与检测具身智能实训场景", "/back。"])
    assert "industry" not in answers(services)
    assert answers(services)["scenario_name"] == "动力电池模组插接与检测具身智能实训场景"


def test_only_a_command_name_after_a_chinese_slash_runs_it(services):
    chat_in_terminal(services, [*TO_NAME, "、back", "苏州汇川精密电子有限公司", "、动力电池模组插接实训场景"])
    assert answers(services)["scenario_name"] == "、动力电池模组插接实训场景"


@pytest.mark.parametrize("typed", ["5.", "5。", "5、", "５.", "5 。"])
def test_a_number_with_a_mark_picks_the_city(services, typed):
    shown = chat_in_terminal(services, ["1", typed])
    assert "不能只填数字" not in shown
    assert answers(services)["city"] == "苏州市"


@pytest.mark.parametrize("typed", ["5.", "５、"])
def test_a_number_with_a_mark_at_a_text_question_is_told_as_the_number_is(services, typed):
    shown = chat_in_terminal(services, ["1", "5", typed])
    assert NUMBERS_ONLY in shown and "回答不能为空" not in shown


def test_a_refused_fix_writes_its_log_line_beside_the_database_not_on_screen(tmp_path):
    result = run_cli(["chat", "--db", "t.db"], "/fix 9\n", tmp_path)
    assert "该草稿已删除或不存在。" in result.stdout
    assert result.stderr == ""
    assert "refused: user 0 acted on draft 9" in (tmp_path / "t.log").read_text(encoding="utf-8")


def test_submitting_in_the_trial_says_no_coordinator_reviews_it_and_how_to_see_it(tmp_path):
    result = run_cli(["chat", "--db", "t.db"], "\n".join([*ANSWERS[:-1], "1"]) + "\n", tmp_path)
    out = result.stdout
    assert "协调员审核后会通知您" not in out and "请联系协调员退回后再改" not in out
    assert ("✅ 场景 #1 已提交。终端试用中没有协调员审核；运行 " in out
            and " export --db t.db --status submitted --out 场景.xlsx 可导出这一行查看。"
                "正式使用 Telegram 机器人时，提交的场景由协调员审核，审核结果会通知您。" in out)
    assert "终端试用中没有协调员，无法退回修改（正式使用时由协调员退回后再改）" in out


def test_the_trial_words_are_said_only_while_no_coordinator_is_set_up(services):
    shown = chat_in_terminal(services, ANSWERS[:-2])
    assert "✅ 场景 #1 已提交。终端试用中没有协调员审核；" in shown
    services.reviews.people.add_coordinator(111, PROVINCE)
    shown = chat_in_terminal(services, ["1"])  # 打开 #1
    assert "如需修改，请联系协调员退回后再改" in shown and "终端试用" not in shown
