"""Several product types typed in one message, and a form said for all of them."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk

AT_PRODUCTS = 11


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", ["四足+人形", "四足、人形", "四足机器人和人形机器人"])
async def test_product_types_typed_together_without_forms_are_asked_one_after_another(
        app, engineer, typed):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].endswith("请选择“人形机器人”的形态：")
    assert answers(app, engineer)["product_types"] == {"四足机器人": None, "人形机器人": None}
    await engineer.press("足式")
    assert engineer.last_text().endswith("请选择“四足机器人”的形态：")
    await engineer.press("轮式")
    assert "⚠️ 人形机器人：请选择形态" not in engineer.last_buttons()
    calls = await engineer.press("完成")
    assert texts(calls)[-1].startswith("第 8/11 步")
    assert answers(app, engineer)["product_types"] == {"四足机器人": "轮式", "人形机器人": "足式"}


@pytest.mark.parametrize("said", ["都是足式的", "均为足式", "足式"])
async def test_a_form_said_after_types_typed_together_applies_to_all_of_them(
        app, engineer, said):
    await walk(engineer, AT_PRODUCTS)
    await engineer.send("四足+人形")
    calls = await engineer.send(said)
    assert texts(calls)[0] == "已选：人形机器人：足式、四足机器人：足式。选好后点“完成”。"
    calls = await engineer.press("完成")
    assert texts(calls)[-1].startswith("第 8/11 步")
    assert answers(app, engineer)["product_types"] == {"四足机器人": "足式", "人形机器人": "足式"}


@pytest.mark.parametrize("typed", ["四足+人形，都是足式", "四足和人形都是足式", "人形、四足均为足式"])
async def test_types_typed_with_one_form_for_all_are_ticked_with_it(app, engineer, typed):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已选：")
    assert answers(app, engineer)["product_types"] == {"四足机器人": "足式", "人形机器人": "足式"}


async def test_a_type_with_its_own_form_keeps_it_beside_a_form_said_for_all(app, engineer):
    await walk(engineer, AT_PRODUCTS)
    await engineer.send("人形轮式，四足，都是足式")
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式", "四足机器人": "足式"}


async def test_types_with_one_form_for_all_typed_at_the_summary_replace_the_selection(
        app, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("产品类型：四足+人形，都是足式")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(app, engineer)["product_types"] == {"四足机器人": "足式", "人形机器人": "足式"}


@pytest.mark.parametrize("typed", ["两种都有", "都有", "两种都要"])
async def test_both_types_said_without_naming_them_is_told_to_tick_each(app, engineer, typed):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("请分别点击要选的产品类型")
    assert "product_types" not in answers(app, engineer)
