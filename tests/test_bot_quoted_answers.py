"""Quote marks wrapping a typed name are no part of the answer stored: the official table
holds 苏州XX有限公司, as the engineer meant it."""

import pytest

from flows.typed_forms import unquoted
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk
from tests.one_cell_import import imported

AT_MAKERS, AT_KEY_COMPONENTS = 14, 22
UNIT = "苏州星驰新能源科技有限公司"


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", [f"「{UNIT}」", f"《{UNIT}》", f'"{UNIT}"', f"“{UNIT}”",
                                   f"『{UNIT}』", f"「 {UNIT} 」", f"“{UNIT}”。"])
async def test_a_unit_typed_in_quote_marks_is_stored_without_them(app, engineer, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 3/11 步")
    assert answers(app, engineer)["enterprise"] == UNIT


async def test_a_scenario_name_typed_in_quote_marks_is_stored_without_them(app, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send("「动力电池包下线测试——高压插头柔性插接」")
    assert answers(app, engineer)["scenario_name"] == "动力电池包下线测试——高压插头柔性插接"


@pytest.mark.parametrize("typed", ["《中国制造2025》示范线电池包柔性插接", "“灵巧手”电池包柔性插接测试",
                                   "「灵巧手」与「关节模组」电池包插接"])
async def test_quote_marks_inside_a_scenario_name_stay(app, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send(typed)
    assert answers(app, engineer)["scenario_name"] == typed


@pytest.mark.parametrize("typed", [
    "「苏州灵犀机器人有限公司」，「上海傅利叶智能科技有限公司」",
    "「苏州灵犀机器人有限公司」，上海傅利叶智能科技有限公司",
    '《苏州灵犀机器人有限公司》、"上海傅利叶智能科技有限公司"',
    "“苏州灵犀机器人有限公司” “上海傅利叶智能科技有限公司”",
    "1. 「苏州灵犀机器人有限公司」\n2. 「上海傅利叶智能科技有限公司」",
])
async def test_members_typed_in_quote_marks_are_stored_without_them(app, engineer, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已记录 2 家单位：苏州灵犀机器人有限公司；上海傅利叶智能科技有限公司。"
    assert answers(app, engineer)["makers"] == ["苏州灵犀机器人有限公司", "上海傅利叶智能科技有限公司"]


async def test_a_quoted_unit_at_step_1_is_told_what_the_unquoted_one_is_told(engineer):
    await engineer.send("/start")
    quoted = texts(await engineer.send("「无锡华光智能装备有限公司」"))
    plain = texts(await engineer.send("无锡华光智能装备有限公司"))
    assert quoted == plain
    assert quoted[0].startswith("“无锡华光智能装备有限公司”不是中央企业集团。")


@pytest.mark.parametrize(("typed", "stored"), [
    ("「恒远灵巧手」", "恒远灵巧手"),
    ("「恒远灵巧手」、「恒远关节模组」", "恒远灵巧手、恒远关节模组"),
    ("恒远「灵巧手」二代", "恒远「灵巧手」二代"),
    ("“灵巧手” 二代", "“灵巧手” 二代"),
    ("谐波减速器、“灵巧手” 二代", "谐波减速器、“灵巧手” 二代"),
])
async def test_products_lose_the_quote_marks_around_a_whole_item_only(app, engineer, typed,
                                                                      stored):
    await walk(engineer, AT_KEY_COMPONENTS)
    await engineer.send(typed)
    assert answers(app, engineer)["key_components"] == stored


@pytest.mark.parametrize("typed", ["「甲」「乙」", "“甲”和“乙”", '"甲" 和 "乙"', "《甲》示范线"])
def test_two_quoted_parts_are_no_answer_wrapped_in_quote_marks(typed):
    assert unquoted(typed) == typed


@pytest.mark.parametrize(("cell", "at", "key", "stored"), [
    ("「动力电池包下线测试——高压插头柔性插接」", "D4", "scenario_name", "动力电池包下线测试——高压插头柔性插接"),
    ("整机企业：「优必选科技股份有限公司」\n其他：《东南大学》", "I4", "makers", ["优必选科技股份有限公司"]),
    ("整机企业：「优必选科技股份有限公司」\n其他：《东南大学》", "I4", "partners", ["东南大学"]),
])
def test_an_imported_cell_is_cleaned_of_quote_marks_as_a_chat_answer_is(tmp_path, cell, at, key,
                                                                        stored):
    output, answers_stored = imported(tmp_path, cell, at)
    assert output.splitlines()[0] == "第 4 行：已导入为场景 #1"
    assert answers_stored[key] == stored
