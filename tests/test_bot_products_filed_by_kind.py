"""A product typed at another product's question is filed where its word says (恒远灵巧手 at
模型算法 is a 关键零部件), and the echo says where; a numbered list of such products is split as
a labelled paste is. A name with no such word stays where it was typed."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_field_answers import saved
from tests.test_bot_tech_products import AT_MODEL_ALGORITHM, AT_PRODUCT


@pytest.mark.parametrize("typed", ["恒远灵巧手", "恒远灵巧手（型号RH56DFX）", "恒远关节模组"])
async def test_a_component_typed_at_model_algorithm_is_filed_as_a_component(
        engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已把这条消息填入：关键零部件（{typed}）。"
    answers = saved(app, engineer)
    assert answers["key_components"] == typed and "model_algorithm" not in answers


async def test_a_numbered_list_of_products_is_split_by_their_words(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("1.恒远大模型 2.恒远灵巧手")
    assert texts(calls)[0] == "已把这条消息分别填入：模型算法（恒远大模型）、关键零部件（恒远灵巧手）。"
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型" and answers["key_components"] == "恒远灵巧手"


@pytest.mark.parametrize("typed", ["宇树G1", "优必选Walker S", "恒远具身智能操作大模型（自研）",
                                   "1.恒远大模型 2.宇树G1"])
async def test_a_name_without_another_kinds_word_stays_where_typed(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send(typed)
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == typed and "key_components" not in answers


async def test_a_product_whose_question_is_answered_stays_where_typed(engineer, app):
    await walk(engineer, AT_PRODUCT["key_components"])
    await engineer.send("恒远大模型")
    answers = saved(app, engineer)
    assert answers["key_components"] == "恒远大模型"
    assert answers["model_algorithm"] == "恒远具身智能操作大模型"


async def test_items_said_to_be_none_are_echoed_as_none_not_as_filled(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("模型算法：恒远大模型；操作系统：无；仿真平台：暂无；关键零部件：恒远灵巧手")
    assert texts(calls)[0] == ("已把这条消息分别填入：模型算法（恒远大模型）、关键零部件（恒远灵巧手）；"
                               "操作系统、仿真平台：无。")


async def test_a_component_after_the_model_label_at_the_summary_stays_there(engineer, app):
    await walk(engineer)
    calls = await engineer.send("模型算法：恒远灵巧手")
    assert "模型算法" in texts(calls)[0]
    assert saved(app, engineer)["model_algorithm"] == "恒远灵巧手"


async def test_a_component_with_its_model_after_the_column_number_is_filed_as_one(
        engineer, app):
    await walk(engineer)
    await engineer.send("11. 恒远关节模组（型号J60）")
    assert saved(app, engineer)["key_components"] == "恒远关节模组（型号J60）"
