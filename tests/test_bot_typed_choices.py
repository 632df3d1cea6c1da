"""Choices typed in the engineer's own words: 工业类 for 工业, 填写说明 9's wording for a goal,
a goal's number, a product type with its form, an item's number at the summary."""

import pytest

from flows.row import DEPLOYMENT_GOALS
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, JOURNEY, fill_to_summary, walk

AT_PRODUCTS = AT_SCENARIO_TYPE + 1
AT_GOALS = JOURNEY.index(("press", "☐ 完成本单位内同类场景复制部署"))
OWN_UNIT, SAME_INDUSTRY, ACROSS = DEPLOYMENT_GOALS


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed, picked", [
    ("工业类", "工业"), ("工业场景", "工业"), ("工业领域", "工业"), ("工业类场景", "工业"),
    ("服务类", "服务"), ("服务业", "服务"), ("特种类", "特种"), ("特种作业", "特种"),
    ("工业 类", "工业"), ("特种（应急救援）", "特种"), ("服务（医疗康养）", "服务"),
    ("场景类型：工业", "工业"), ("类型：服务", "服务"),
])
async def test_scenario_type_with_a_generic_word_after_it_picks_that_type(
        app, engineer, typed, picked):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    assert answers(app, engineer)["scenario_type"] == picked


@pytest.mark.parametrize("typed, picked", [
    ("生产制造", "工业"), ("检测分析类", "工业"), ("维修维护", "工业"), ("仓储物流场景", "工业"),
    ("餐饮零售", "服务"), ("医疗康养", "服务"), ("安全生产", "特种"), ("应急救援、防灾减灾", "特种"),
])
async def test_an_area_the_notice_names_picks_its_scenario_type(app, engineer, typed, picked):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    assert answers(app, engineer)["scenario_type"] == picked


async def test_an_area_typed_at_the_summary_changes_the_scenario_type(app, engineer):
    await fill_to_summary(engineer)
    await engineer.send("场景类型：医疗康养")
    assert answers(app, engineer)["scenario_type"] == "服务"
    assert "6. 场景类型：服务\n" in engineer.last_text()


@pytest.mark.parametrize("typed", ["工业、服务", "工业/服务", "工业类和服务类"])
async def test_two_scenario_types_typed_are_told_only_one_may_be_chosen(app, engineer, typed):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "场景类型只能选一项，请点击下方按钮选择：工业 / 服务 / 特种。"
    assert "scenario_type" not in answers(app, engineer)


@pytest.mark.parametrize("typed, picked", [
    ("消防救援", "特种"), ("抢险救援", "特种"), ("排爆", "特种"), ("危化品处置", "特种"),
    ("消防救援类", "特种"), ("公共服务", "服务"), ("商业服务", "服务"), ("医疗服务", "服务"),
    ("养老服务", "服务")])
async def test_a_field_whose_work_fixes_the_type_picks_it(app, engineer, typed, picked):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    assert answers(app, engineer)["scenario_type"] == picked


@pytest.mark.parametrize("typed", ["特殊", "电力巡检", "安防巡逻", "消防"])
async def test_an_unknown_scenario_type_is_asked_again_with_what_each_type_covers(
        app, engineer, typed):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (
        "请点击下方按钮选择：工业 / 服务 / 特种。场景类型只有这三类，按场景的作业内容选择："
        "工业如生产制造、检测分析、维修维护、仓储物流；服务如餐饮零售、医疗康养；"
        "特种如安全生产、应急救援、防灾减灾。")
    assert "scenario_type" not in answers(app, engineer)


@pytest.mark.parametrize("typed, ticked", [
    ("本单位内部署", [OWN_UNIT]),
    ("同行业同场景部署", [SAME_INDUSTRY]),
    ("跨行业/跨领域部署", [ACROSS]),
    ("完成行业内同场复制部署", [SAME_INDUSTRY]),  # the Jiangsu copy of the template
    ("本单位内和行业内", [OWN_UNIT, SAME_INDUSTRY]),
    ("跨行业", [ACROSS]),
    ("1", [OWN_UNIT]),
    ("1、3", [OWN_UNIT, ACROSS]),
    ("第一项和第三项", [OWN_UNIT, ACROSS]),
    ("全部", list(DEPLOYMENT_GOALS)),
    ("全部三项", list(DEPLOYMENT_GOALS)),
    ("第三个", [ACROSS]),
])
async def test_goals_typed_in_other_words_or_by_number_are_ticked_and_echoed(
        app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert answers(app, engineer)["deployment_goals"] == ticked


async def test_a_typed_goal_adds_to_the_goals_already_ticked(app, engineer):
    await walk(engineer, AT_GOALS)
    await engineer.press(f"☐ {ACROSS}")
    await engineer.send("本单位内部署")
    await engineer.send("本单位内部署")  # typed twice, still ticked
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT, ACROSS]


@pytest.mark.parametrize("typed", ["完成省级示范", "4", "部署"])
async def test_text_naming_no_single_goal_is_asked_to_press_the_buttons(app, engineer, typed):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "请点击下方按钮选择，选好后点“完成”。"
    assert "deployment_goals" not in answers(app, engineer)


@pytest.mark.parametrize("typed, forms", [
    ("人形机器人：足式/轮式", "足式 / 轮式"),
    ("人形机器人：轮式和足式", "轮式 / 足式"),
])
async def test_two_forms_typed_for_one_product_type_ask_which_one(app, engineer, typed, forms):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"每种产品类型只能选一种形态，“人形机器人”写了 {forms}，"
                               "请点击下方按钮选一种。")
    assert engineer.last_buttons() == ["足式", "轮式", "其他", "取消"]
    assert "product_types" not in answers(app, engineer)


@pytest.mark.parametrize("typed, product", [
    ("轮足式四足机器人", "四足机器人"), ("四足 轮足", "四足机器人"), ("机器狗（轮足）", "四足机器人"),
    ("轮足式人形机器人", "人形机器人"), ("人形机器人：轮足", "人形机器人"),
])
async def test_a_wheel_legged_form_is_said_to_be_one_form_and_pointed_to_other(
        app, engineer, typed, product):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"“轮足”是轮腿结合的一种形态，不是足式和轮式两种：模板中“{product}”的形态只有 "
                               "足式 / 轮式 / 其他，轮足式请点“其他”。")
    assert engineer.last_buttons() == ["足式", "轮式", "其他", "取消"]
    assert "product_types" not in answers(app, engineer)


async def test_wheel_legged_beside_a_wheeled_form_is_asked_which_form_as_before(app, engineer):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send("人形机器人：足式/轮式，四足机器人：轮足")
    assert texts(calls)[0].startswith("每种产品类型只能选一种形态，“人形机器人”写了 足式 / 轮式")


@pytest.mark.parametrize("typed", ["第8项", "第 8 项", "8项", "第八项"])
async def test_an_item_typed_by_its_number_in_words_opens_it_at_the_summary(engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 8/11 步（1/2） · 创新应用联合体成员")


async def test_typed_skip_at_a_required_multi_select_says_it_cannot_be_skipped(app, engineer):
    await fill_to_summary(engineer)
    await engineer.send("产品类型")
    calls = await engineer.send("跳过")
    assert texts(calls)[0] == "此项必填，不能跳过。"
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式"}


async def test_typed_keep_at_a_multi_select_keeps_its_ticks_as_done_does(app, engineer):
    await fill_to_summary(engineer)
    await engineer.send("产品类型")
    calls = await engineer.send("保持不变")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式"}


async def test_a_column_title_typed_at_a_multi_select_is_not_taken_for_a_choice(engineer):
    await fill_to_summary(engineer)
    await engineer.send("产品类型")
    calls = await engineer.send("整机应用目标")
    assert texts(calls)[0].startswith("“整机应用目标”是表格的列名")


@pytest.mark.parametrize(("moves", "key", "next_screen"), [
    (AT_PRODUCTS + 3, "product_types", "第 8/11 步（1/2） · 创新应用联合体成员"),
    (AT_GOALS + 2, "deployment_goals", "第 10/11 步 · 部署总数"),
])
async def test_next_step_typed_at_an_answered_multi_select_keeps_its_ticks_as_done_does(
        app, engineer, moves, key, next_screen):
    await walk(engineer, moves)
    await engineer.press("⬅️ 上一步")
    before = answers(app, engineer)[key]
    calls = await engineer.send("下一步")
    assert texts(calls)[-1].startswith(next_screen)
    assert answers(app, engineer)[key] == before


async def test_a_wheel_legged_form_typed_at_the_summary_is_pointed_to_other(app, engineer):
    await fill_to_summary(engineer)
    before = answers(app, engineer)["product_types"]
    calls = await engineer.send("产品类型：四足机器人：轮足")
    assert "“轮足”是轮腿结合的一种形态" in "\n".join(texts(calls))
    assert answers(app, engineer)["product_types"] == before
