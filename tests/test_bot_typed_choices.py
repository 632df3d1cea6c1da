"""Choices typed in the engineer's own words: 工业类 for 工业, 填写说明 9's wording for a goal,
a goal's number, a product type with its form, an item's number at the summary."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, walk

AT_PRODUCTS = AT_SCENARIO_TYPE + 1


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed, forms", [
    ("人形机器人：足式/轮式", "足式 / 轮式"),
    ("人形机器人：轮式和足式", "轮式 / 足式"),
    ("轮足式人形机器人", "轮式 / 足式"),
])
async def test_two_forms_typed_for_one_product_type_ask_which_one(app, engineer, typed, forms):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"每种产品类型只能选一种形态，“人形机器人”写了 {forms}，"
                               "请点击下方按钮选一种。")
    assert engineer.last_buttons() == ["足式", "轮式", "其他", "取消"]
    assert "product_types" not in answers(app, engineer)


