"""A button's label typed instead of pressed does what the button does and is never saved."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import (
    AT_ENTERPRISE,
    AT_SCENARIO_NAME,
    AT_SCENARIO_TYPE,
    JOURNEY,
    fill_to_summary,
    walk,
)

AT_SUB_DIRECTION = JOURNEY.index(("send", "动力电池"))
AT_PARTNERS = JOURNEY.index(("send", "东南大学"))


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_typed_skip_skips_an_optional_question(app, engineer):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("跳过")
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert "partners" not in answers(app, engineer)


async def test_typed_skip_on_a_required_question_is_refused_and_not_saved(app, engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("跳过。")
    assert texts(calls)[0] == "此项必填，不能跳过。"
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    assert "enterprise" not in answers(app, engineer)


async def test_typed_keep_keeps_the_answer_instead_of_replacing_it(app, engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 2 用户单位")
    await engineer.send("保持不变")  # the city
    calls = await engineer.send("✔️ 保持不变")  # the enterprise, label copied with its emoji
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(app, engineer)["enterprise"] == "苏州恒远动力电池有限公司"


async def test_typed_keep_with_nothing_to_keep_asks_for_an_answer(app, engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("保持不变")
    assert texts(calls)[0] == "此项还没有答案，请直接输入。"
    assert "enterprise" not in answers(app, engineer)


async def test_typed_clear_empties_an_answered_optional_question(app, engineer):
    await walk(engineer, AT_SUB_DIRECTION + 1)
    await engineer.press("⬅️ 上一步")
    await engineer.send("清空此项")
    assert "sub_direction" not in answers(app, engineer)


async def test_typed_pause_and_back_do_what_their_buttons_do(app, engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("暂停")
    assert texts(calls)[0].startswith("⏸ 已暂停，草稿已保存")
    calls = await engineer.send("上一步")
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")
    assert "enterprise" not in answers(app, engineer)


async def test_typed_choice_with_a_full_stop_picks_it(app, engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send("工业。")
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    assert answers(app, engineer)["scenario_type"] == "工业"


@pytest.mark.parametrize(("at", "typed", "key", "kept"), [
    (AT_SCENARIO_TYPE + 1, "四足机器人：足式", "product_types", {"四足机器人": "足式"}),
    (AT_PARTNERS + 1, "完成跨行业/跨领域场景应用", "deployment_goals", ["完成跨行业/跨领域场景应用"]),
])
async def test_a_ticked_choice_typed_again_stays_ticked(app, engineer, at, typed, key, kept):
    """Typing is choosing: a label typed twice is not a second tap that unticks it."""
    await walk(engineer, at)
    await engineer.send(typed)
    await engineer.send(typed)
    assert answers(app, engineer)[key] == kept


async def test_typed_submit_at_the_summary_submits(engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("提交")
    assert "✅ 场景 #1 已提交" in texts(calls)[-1]


async def test_typed_skip_in_other_words_skips_too(app, engineer):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("先跳过")
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert "partners" not in answers(app, engineer)


async def test_at_the_summary_an_item_typed_by_number_or_title_opens_it(engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("4")
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    await engineer.press("⬅️ 返回汇总")
    calls = await engineer.send("部署总数")
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")


@pytest.mark.parametrize(("typed", "opened"), [
    ("产品类型", "第 7/11 步 · 应用部署产品类型"), ("联合体", "第 8/11 步（1/2） · 创新应用联合体成员"),
    ("类型", None),
])
async def test_at_the_summary_part_of_one_items_title_opens_it(engineer, typed, opened):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    if opened:
        assert texts(calls)[-1].startswith(opened)
    else:  # in two titles: the summary stays, and nothing is saved
        assert texts(calls)[0].startswith("这条消息没有保存。")
        assert texts(calls)[-1].startswith("📋 请核对场景")


@pytest.mark.parametrize("typed", ["⬅️ 上一步", "返回上一步", "上一题"])
async def test_back_typed_at_the_summary_opens_the_last_question(engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 11/11 步（4/4） · 可规模推广的其他标志性技术产品")


@pytest.mark.parametrize("typed", ["跳过", "保持不变", "完成"])
async def test_a_button_the_summary_lacks_typed_there_is_explained(app, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"汇总页没有“{typed}”按钮：请点击“提交”，或点击要修改的项目。"
    assert texts(calls)[-1].startswith("📋 请核对场景")


async def test_a_column_title_typed_at_a_question_is_not_saved_as_its_answer(app, engineer):
    await fill_to_summary(engineer)
    await engineer.send("4")
    calls = await engineer.send("部署总数")
    assert texts(calls)[0] == "“部署总数”是表格的列名，不是本题的回答。要修改该项，请回到汇总页后点选。"
    assert answers(app, engineer)["industry"] == "电子信息制造业"


async def test_full_width_digits_at_the_summary_open_the_item(engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("１０")
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")


async def test_typed_clear_on_a_required_question_says_it_cannot_be_emptied(app, engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 3 场景名称")
    calls = await engineer.send("清空此项")
    assert texts(calls)[0] == "此项必填，不能清空；要改请直接输入新的内容。"
    assert answers(app, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"


async def test_a_typed_no_at_an_optional_question_skips_it_and_is_not_saved(app, engineer):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("不用")
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert "partners" not in answers(app, engineer)


async def test_a_typed_no_at_a_required_question_is_refused(app, engineer):
    await walk(engineer, AT_PARTNERS - 1)
    calls = await engineer.send("不用")
    assert texts(calls)[0] == "此项必填，不能跳过。"
    assert "makers" not in answers(app, engineer)


AT_PRODUCTS = 11


@pytest.mark.parametrize(("typed", "shown"), [
    ("人形机器人：轮式", "☑人形机器人：轮式 ☐四足机器人"), ("轮式人形机器人", "☑人形机器人：轮式 ☐四足机器人"),
    ("人形 轮式", "☑人形机器人：轮式 ☐四足机器人"),
    ("四足机器人足式和人形机器人轮式", "☑人形机器人：轮式 ☑四足机器人：足式"),
    ("人形机器人：轮式 四足机器人：足式", "☑人形机器人：轮式 ☑四足机器人：足式"),
    ("轮式人形机器人 足式四足机器人", "☑人形机器人：轮式 ☑四足机器人：足式"),
    ("仿人形机器人", "☐四足机器人：足式/轮式/其他 ☑其他类型产品：仿人形机器人"),
    ("双足人形机器人", "☑人形机器人：足式 ☐四足机器人"),
])
async def test_product_types_typed_with_their_forms_are_ticked(engineer, typed, shown):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已选：")
    await engineer.send("完成")
    await walk(engineer, start=AT_PRODUCTS + 3)
    assert shown in engineer.last_text()


async def test_a_product_type_typed_alone_opens_its_forms_and_a_form_alone_offers_its_types(
        engineer):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send("人形机器人")
    assert engineer.last_buttons()[:4] == ["足式", "轮式", "其他", "取消"]
    calls = await engineer.send("取消")
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    calls = await engineer.send("轮式")
    assert texts(calls)[-1].endswith("“轮式”是哪种产品类型的形态？请点击选择：")
    assert engineer.last_buttons() == ["人形机器人：轮式", "四足机器人：轮式", "取消"]
    calls = await engineer.press("四足机器人：轮式")
    assert "☑ 四足机器人：轮式" in engineer.last_buttons()


async def test_a_form_typed_while_a_products_forms_are_shown_goes_to_that_product(app, engineer):
    await walk(engineer, AT_PRODUCTS)
    await engineer.send("四足机器狗")
    calls = await engineer.send("足式")
    assert texts(calls)[0] == "已选：四足机器人：足式。选好后点“完成”。"
    assert "☑ 四足机器人：足式" in engineer.last_buttons()
    assert answers(app, engineer)["product_types"] == {"四足机器人": "足式"}


async def test_a_product_type_announced_without_a_form_is_not_dropped_at_done(app, engineer):
    await walk(engineer, AT_PRODUCTS)
    await engineer.send("人形机器人：轮式")
    await engineer.send("四足机器人")
    calls = await engineer.send("完成")
    assert texts(calls)[0] == ("“四足机器人”还没有选择形态，不能勾选：请点击它选择形态"
                               "（足式 / 轮式 / 其他），不选该类型请在形态选择中点“取消”。")
    assert "⚠️ 四足机器人：请选择形态" in engineer.last_buttons()
    await engineer.press("⚠️ 四足机器人：请选择形态")
    await engineer.press("足式")
    calls = await engineer.press("完成")
    assert texts(calls)[-1].startswith("第 8/11 步")
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式", "四足机器人": "足式"}


async def test_cancelling_a_product_types_forms_leaves_it_unticked(app, engineer):
    await walk(engineer, AT_PRODUCTS)
    await engineer.send("人形机器人：轮式")
    await engineer.press("☐ 四足机器人")
    await engineer.press("取消")
    assert "☐ 四足机器人" in engineer.last_buttons()
    calls = await engineer.press("完成")
    assert texts(calls)[-1].startswith("第 8/11 步")
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式"}


async def test_a_ticked_product_type_typed_again_keeps_its_form_until_another_is_picked(
        app, engineer):
    await walk(engineer, AT_PRODUCTS)
    await engineer.send("人形机器人：轮式")
    await engineer.send("人形机器人")
    await engineer.press("取消")
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式"}


async def test_a_product_type_awaiting_its_form_shows_so_on_the_summary(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7")
    await engineer.press("☐ 四足机器人")
    await engineer.send("上一步")
    await engineer.send("保持不变")
    await engineer.send("保持不变")
    summary = engineer.last_text()
    assert summary.startswith("📋 请核对场景")
    assert "⚠️ 四足机器人：请选择形态" in summary
    assert "☐四足机器人" not in summary
    calls = await engineer.press("✅ 提交")
    assert any("“四足机器人”还没有选择形态" in text for text in texts(calls))


async def test_typed_next_at_an_answered_required_question_keeps_the_answer(app, engineer):
    await walk(engineer, AT_SCENARIO_NAME + 1)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send("下一步")
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    assert answers(app, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"


async def test_typed_next_while_editing_from_the_summary_keeps_the_answers(app, engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 2 用户单位")
    await engineer.send("下一步")  # the city
    calls = await engineer.send("下一题")  # the enterprise
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(app, engineer)["enterprise"] == "苏州恒远动力电池有限公司"
