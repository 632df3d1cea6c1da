"""At the four 可规模推广的其他标志性技术产品 questions: a product of another question's kind (关节模组
at 模型算法) is asked about with one press to file it there; a unit's name is refused as no
product; a numbered list is saved without its numbers; the column's rule (四项至少填写一项) is said
as the column's, and 清空此项 does not empty the column's last product opened from the summary."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk
from tests.test_bot_field_answers import saved

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
AT_KEY_COMPONENTS = AT_MODEL_ALGORITHM + 3
RULE = "模型算法、操作系统、仿真平台、关键零部件至少填写一项。"


@pytest.mark.parametrize("typed", ["关节模组", "恒远关节模组", "恒远灵巧手、恒远关节模组"])
async def test_a_component_at_model_algorithm_is_asked_about_and_filed_with_one_press(
        engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (
        f"“{typed}”读来是关键零部件，不是模型算法。是关键零部件请点“填作关键零部件”，"
        "随后再填写模型算法；确是模型算法请点“保持不变”。")
    assert "填作关键零部件" in engineer.last_buttons() and "✔️ 保持不变" in engineer.last_buttons()
    calls = await engineer.press("填作关键零部件")
    assert "可规模推广的其他标志性技术产品 · 模型算法" in texts(calls)[-1]
    answers = saved(app, engineer)
    assert answers["key_components"] == typed and "model_algorithm" not in answers


async def test_a_component_kept_at_model_algorithm_is_saved_there(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send("恒远关节模组")
    calls = await engineer.press("✔️ 保持不变")
    assert "可规模推广的其他标志性技术产品 · 操作系统" in texts(calls)[-1]
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远关节模组" and "key_components" not in answers


async def test_a_model_at_key_components_is_asked_about(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.press("⏭ 跳过")
    await engineer.press("⏭ 跳过")
    await engineer.press("⏭ 跳过")
    calls = await engineer.send("恒远视觉大模型")
    assert texts(calls)[0].startswith("“恒远视觉大模型”读来是模型算法，不是关键零部件。")
    assert "填作模型算法" in engineer.last_buttons()


@pytest.mark.parametrize("typed", ["恒远机器人有限公司", "恒远机器人有限公司、东南大学"])
async def test_a_units_name_is_refused_as_no_product(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”是单位名称，不是产品名称，没有保存：本题要填的是产品")
    assert "不是企业或单位" in texts(calls)[0]
    assert "可规模推广的其他标志性技术产品 · 模型算法" in texts(calls)[-1]
    assert "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize(("typed", "saved_as"), [
    ("1.灵巧手 2.关节模组", "灵巧手、关节模组"),
    ("1、灵巧手\n2、关节模组", "灵巧手、关节模组"),
    ("（1）恒远灵巧手；（2）恒远关节模组", "恒远灵巧手、恒远关节模组"),
    ("①恒远灵巧手②恒远关节模组", "恒远灵巧手、恒远关节模组"),
    ("1. 恒远灵巧手V3.1", "恒远灵巧手V3.1"),
    # names copied from cells side by side
    ("恒远灵巧手\t恒远关节模组\t恒远力传感器", "恒远灵巧手、恒远关节模组、恒远力传感器"),
])
async def test_a_numbered_or_tabbed_list_of_products_is_saved_as_a_list(
        engineer, app, typed, saved_as):
    await walk(engineer, AT_KEY_COMPONENTS)
    await engineer.send(typed)
    assert saved(app, engineer)["key_components"] == saved_as


async def test_all_four_said_none_in_one_paste_is_refused_as_the_columns_rule(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("模型算法：无\n操作系统：无\n仿真平台：无\n关键零部件：无")
    assert texts(calls)[0] == RULE + "已回到本步第一项“模型算法”：请填写适用的项，其余点“跳过”。"
    assert "第 11/11 步（1/4）" in texts(calls)[-1]


async def test_clearing_the_last_product_opened_from_the_summary_keeps_it(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send("关键零部件：无")
    await engineer.send("模型算法")
    calls = await engineer.press("🗑 清空此项")
    assert texts(calls)[1] == RULE + (
        "“模型算法”是本步唯一填写的一项，没有清空；要改填其他项，请先填好那一项，再清空此项。")
    assert "当前答案：恒远具身智能操作大模型" in texts(calls)[-1]
    assert saved(app, engineer)["model_algorithm"] == "恒远具身智能操作大模型"
