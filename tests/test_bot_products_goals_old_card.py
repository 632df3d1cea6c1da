"""Step 11's products and the goals as whole sessions typed them (QA 405): names of another
kind in a list offered to be filed apart, names parted by wide spaces, a product's label before
tabbed names at the summary, goals counted rather than named, and the old summary card's
buttons pressed while a question opened from it is showing."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_typed_choices import ACROSS, AT_GOALS, OWN_UNIT, SAME_INDUSTRY

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
AT_KEY_COMPONENTS = AT_MODEL_ALGORITHM + 3


async def test_a_component_in_a_list_at_model_algorithm_is_offered_to_be_filed_apart(
        engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("分拣大模型、关节模组")
    assert texts(calls)[0] == (
        "“分拣大模型、关节模组”中的“关节模组”读来是关键零部件，不是模型算法。"
        "分开填写请点“拆出填作关键零部件”，模型算法保留“分拣大模型”；确是模型算法请点“保持不变”。")
    assert "拆出填作关键零部件" in engineer.last_buttons()
    calls = await engineer.press("拆出填作关键零部件")
    assert "已将“关节模组”填作关键零部件，模型算法为“分拣大模型”。" in texts(calls)
    assert "可规模推广的其他标志性技术产品 · 操作系统" in texts(calls)[-1]
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["key_components"]) == ("分拣大模型", "关节模组")


async def test_the_list_kept_whole_stays_at_model_algorithm(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send("分拣大模型、关节模组")
    await engineer.press("✔️ 保持不变")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "分拣大模型、关节模组"
    assert "key_components" not in answers


@pytest.mark.parametrize("typed", [
    "总装操作大模型　　装配仿真平台", "总装操作大模型　装配仿真平台", "总装操作大模型  装配仿真平台"])
async def test_names_parted_by_wide_spaces_are_two_names(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(
        "“总装操作大模型、装配仿真平台”中的“装配仿真平台”读来是仿真平台，不是模型算法。")
    await engineer.press("拆出填作仿真平台")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "总装操作大模型"
    assert answers["simulation_platform"] == "装配仿真平台"


@pytest.mark.parametrize("typed", ["Walker S2", "Isaac Sim"])
async def test_a_name_with_one_space_stays_whole(engineer, app, typed):
    await walk(engineer, AT_KEY_COMPONENTS)
    await engineer.send(typed)
    assert saved(app, engineer)["key_components"] == typed


async def test_a_labelled_product_with_tabbed_names_at_the_summary_is_its_list(engineer, app):
    await walk(engineer)
    calls = await engineer.send("关键零部件：恒远灵巧手\t恒远关节模组\t恒远力传感器")
    assert "计划表复制" not in texts(calls)[0]
    assert saved(app, engineer)["key_components"] == "恒远灵巧手、恒远关节模组、恒远力传感器"


@pytest.mark.parametrize("typed", ["两个", "2个", "两项"])
async def test_goals_counted_are_asked_which_none_ticked(engineer, app, typed):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”是指几项目标，还是第几项？没有勾选")
    assert "deployment_goals" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["3项都要", "三个都选", "都选"])
async def test_all_three_said_by_count_ticks_all(engineer, app, typed):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert saved(app, engineer)["deployment_goals"] == [OWN_UNIT, SAME_INDUSTRY, ACROSS]


@pytest.mark.parametrize(("typed", "ticked"), [
    ("前两个", [OWN_UNIT, SAME_INDUSTRY]), ("后两项", [SAME_INDUSTRY, ACROSS])])
async def test_goals_counted_from_an_end_are_ticked(engineer, app, typed, ticked):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert saved(app, engineer)["deployment_goals"] == ticked


async def test_goals_counted_at_the_summary_are_asked_which(engineer, app):
    await walk(engineer)
    calls = await engineer.send("整机应用目标：两个")
    assert "“两个”是指几项目标，还是第几项？没有勾选" in texts(calls)[0]
    assert saved(app, engineer)["deployment_goals"] == [OWN_UNIT]


async def _old_card_behind_item_10(engineer) -> int:
    await walk(engineer)
    card = [m for m in engineer.telegram.by_chat[engineer.id] if m.keyboard][-1].message_id
    await engineer.send("10")
    return card


async def test_the_old_cards_edit_button_opens_its_item(engineer, app):
    card = await _old_card_behind_item_10(engineer)
    calls = await engineer.press("✏️ 3 场景名称", card)
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    await engineer.send("恒远工厂电池包测试—柔性插接")
    assert saved(app, engineer)["scenario_name"] == "恒远工厂电池包测试—柔性插接"


async def test_the_old_cards_submit_submits(engineer, app):
    card = await _old_card_behind_item_10(engineer)
    calls = await engineer.press("✅ 提交", card)
    assert texts(calls)[-1].startswith("✅ 场景 #1 已提交")


async def test_the_old_cards_submit_after_a_change_shows_the_new_summary(engineer, app):
    card = await _old_card_behind_item_10(engineer)
    await engineer.send("12台")
    await engineer.send("10")  # item 10 opened again from the new summary
    calls = await engineer.press("✅ 提交", card)
    assert any("卡片上的内容不是最新的，没有提交" in text for text in texts(calls))
    assert app.bot_data["services"].intake.store.current(engineer.id).status != "submitted"
