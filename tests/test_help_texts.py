"""What the engineer reads besides the questions: each question's help quotes its 填写说明 item,
each 💡 example is an answer the bot takes, and /help gives the question back."""

import pytest

from bot.services import build_services
from bot.settings import Settings
from bot.terminal import TerminalChat
from flows import actions, engine
from flows.menus import HELP, prepare
from flows.questionnaire import FIELDS, USER_UNIT
from flows.screens import screen_for
from flows.units import LOCAL, NOT_FULL_NAME, OTHER_DEPARTMENT, submitting_unit_problem, told
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, walk
from tests.test_flows_fields import SURVEY, at

OWN = "江苏省工业和信息化厅"
AT_RESULTS = 9
AT_COUNT = 18
AT_MODELS = 19


@pytest.mark.parametrize("field", SURVEY.fields, ids=lambda field: field.key)
def test_every_question_asked_about_answers_with_its_own_fill_in_note(field):
    outcome = engine.apply(SURVEY, at(field.key), actions.Text("这个怎么填？"))
    assert field.help and "填写说明" in field.help
    assert outcome.message.startswith(field.help)


@pytest.mark.parametrize(("moves", "said"), [
    (AT_RESULTS, "写部署后的预期成效，用数字说明，确保可量化评估（填写说明 5）。"),
    (AT_COUNT, "计划部署的人形机器人、四足机器人等整机产品的数量，只算到2026年11月（填写说明 10）"),
    (AT_MODELS, "列出通过该场景验证的核心技术或产品（如算法、平台、关键部件），体现技术复用价值（填写说明 11）"),
])
async def test_how_to_fill_in_quotes_the_templates_note_and_asks_again(engineer, moves, said):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send("这个怎么填？")
    assert texts(calls)[0].startswith(said)
    assert texts(calls)[-1].split("\n")[0] == asked


def test_the_user_unit_is_defined_in_the_notes_words_at_both_its_questions_and_in_help():
    words = USER_UNIT.split("是", 1)[1].removesuffix("（填写说明 2）")
    helps = [field.help for field in FIELDS if field.column == "用户单位"]
    assert len(helps) == 2 and all(help.startswith(USER_UNIT) for help in helps)
    assert f"2. 用户单位：{words}" in prepare(SURVEY.words())


def test_the_scenario_name_help_carries_what_the_note_encourages():
    help = next(field.help for field in FIELDS if field.key == "scenario_name")
    assert "鼓励申报具有行业代表性、技术挑战性和应用价值的人形机器人、四足机器人真实应用场景" in help


def examples(field) -> list[str]:
    """What an engineer would copy from a question's 💡 line as their answer: each example
    (报送单位's two), or each type of 场景类型's hint with its areas (工业：生产制造、…)."""
    if field.key == "scenario_type":
        return field.hint.split("；")
    return field.hint.removeprefix("例：").split(" / ") if field.hint.startswith("例：") else []


@pytest.mark.parametrize("field", SURVEY.fields, ids=lambda field: field.key)
def test_every_example_sent_as_the_answer_is_taken_but_placeholders(field):
    for example in examples(field):
        outcome = engine.apply(SURVEY, at(field.key), actions.Text(example))
        assert ("XX" not in example) == (field.key in outcome.saved), (example, outcome.message)


def test_a_hint_that_is_no_example_is_shown_as_a_tip():
    tips = {field.key for field in SURVEY.fields if not examples(field)}
    assert tips == {"indicator_gap"}
    assert "💡 例" not in screen_for(SURVEY, at("indicator_gap")).text


@pytest.mark.parametrize(("typed", "saved"), [
    ("工业：生产制造", "工业"), ("服务：医疗康养", "服务"), ("特种：应急救援、防灾减灾", "特种"),
    ("工业:检测分析", "工业"),
])
def test_a_type_sent_as_the_hint_pairs_it_with_its_area_is_chosen(typed, saved):
    outcome = engine.apply(SURVEY, at("scenario_type"), actions.Text(typed))
    assert outcome.saved == {"scenario_type": saved}


async def test_a_type_with_an_area_of_another_type_is_asked_again(engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send("工业：医疗康养")
    assert texts(calls)[0] == "场景类型只能选一项，请点击下方按钮选择：工业 / 服务 / 特种。"
    calls = await engineer.send("服务：医疗康养")
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")


@pytest.mark.parametrize("typed", [
    "苏州市工业和信息化局", "无锡市工信局", "江苏省苏州市工业和信息化局", "沛县工业和信息化局",
    "苏州工业园区经济发展委员会",
])
async def test_a_city_department_as_submitting_unit_is_told_the_province_hands_rows_in(
        engineer, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == told(LOCAL, typed, OWN)
    assert "设区市" in texts(calls)[0] and f"请点击下方按钮确认“{OWN}”" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")


@pytest.mark.parametrize(("typed", "refusal"), [
    ("江苏省市场监督管理局", OTHER_DEPARTMENT), ("江苏省科学技术厅", OTHER_DEPARTMENT),
    ("北京市经济和信息化局", OTHER_DEPARTMENT), ("苏州工信局", NOT_FULL_NAME),
    ("国家发展和改革委员会", NOT_FULL_NAME),
])
def test_provincial_and_unplaced_departments_keep_their_refusals(typed, refusal):
    assert submitting_unit_problem(typed, OWN) == told(refusal, typed, OWN)


async def test_a_central_groups_city_outside_names_whose_coordinator_would_not_see_it(engineer):
    await engineer.send("/start")
    await engineer.send("中国电子科技集团有限公司")
    calls = await engineer.send("合肥市")
    assert "否则所属设区市的协调员看不到这个场景" in texts(calls)[0]


async def test_help_in_full_in_the_middle_of_the_intake_asks_the_question_again(engineer):
    await walk(engineer, AT_COUNT)
    asked = engineer.last_text()
    calls = await engineer.send("/help 全部")
    assert texts(calls)[-1] == asked
    assert texts(calls)[0] == HELP
    assert "11. 可规模推广的其他标志性技术产品：" in texts(calls)[1]


async def test_help_before_any_draft_only_helps(engineer):
    calls = await engineer.send("/help")
    assert texts(calls)[-1].endswith(
        f"\n您的 Telegram 用户 ID：{engineer.id}（担任协调员时，请把这个数字发给设置本机器人的负责人）")
    assert len(texts(calls)) == 2


def test_the_sub_direction_example_is_one_direction_saved_as_it_is():
    field = next(field for field in SURVEY.fields if field.key == "sub_direction")
    example = examples(field)[0]
    outcome = engine.apply(SURVEY, at("sub_direction"), actions.Text(example))
    assert outcome.saved == {"sub_direction": example} and "、" not in example


def test_help_in_the_terminal_asks_the_question_again(tmp_path):
    said = []
    answers = iter(["1", "/help"])
    chat = TerminalChat(build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake,
                        read=lambda prompt: next(answers), write=said.append, again="")
    with pytest.raises(StopIteration):
        chat.run()
    assert "用户单位所在的设区市" in "\n".join(said).split("📖 使用说明")[-1]
