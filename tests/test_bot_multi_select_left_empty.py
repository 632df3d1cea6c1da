"""A multi-select opened from the summary, every tick taken off and left with ⬅️ 返回汇总:
the answer it had is kept and the engineer told so, rather than left silently unanswered
for submit to refuse later. 完成 with nothing ticked is still refused, and the first pass,
not opened from the summary, still goes back leaving it empty."""

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, fill_to_summary, walk

PRODUCT_KEPT = "没有勾选任何一项，已保留原来的选择：人形机器人：轮式。如需修改，请重新勾选。"
GOAL = "完成本单位内同类场景复制部署"


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_products_unticked_and_left_keep_their_answer_and_say_so(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7 应用部署产品类型")
    await engineer.press("☑ 人形机器人：轮式")
    calls = await engineer.press("⬅️ 返回汇总")
    assert PRODUCT_KEPT in texts(calls)
    assert "☑人形机器人：轮式" in engineer.last_text()
    assert "尚未填写" not in engineer.last_text()
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式"}


async def test_goals_unticked_and_left_by_typing_keep_their_answer(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 9 整机应用目标")
    await engineer.press(f"☑ {GOAL}")
    calls = await engineer.send("返回汇总")
    assert PRODUCT_KEPT.replace("人形机器人：轮式", GOAL) in texts(calls)
    assert answers(app, engineer)["deployment_goals"] == [GOAL]
    assert engineer.last_text().startswith("📋")


async def test_a_new_choice_ticked_after_unticking_is_saved_without_a_word(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7 应用部署产品类型")
    await engineer.press("☑ 人形机器人：轮式")
    await engineer.press("☐ 四足机器人")
    await engineer.press("足式")
    calls = await engineer.press("⬅️ 返回汇总")
    assert "没有勾选任何一项" not in "".join(texts(calls))
    assert engineer.last_text().startswith("📋")
    assert answers(app, engineer)["product_types"] == {"四足机器人": "足式"}


async def test_done_with_nothing_ticked_is_still_refused(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7 应用部署产品类型")
    await engineer.press("☑ 人形机器人：轮式")
    calls = await engineer.press("完成")
    assert engineer.last_text().startswith("第 7/11 步")
    assert "没有勾选任何一项" not in "".join(texts(calls))


async def test_the_first_pass_goes_back_leaving_it_empty(engineer, app):
    await walk(engineer, AT_SCENARIO_TYPE + 3)  # 工业, 人形机器人, 轮式: still at the question
    await engineer.press("☑ 人形机器人：轮式")
    calls = await engineer.press("⬅️ 上一步")
    assert engineer.last_text().startswith("第 6/11 步")
    assert "没有勾选任何一项" not in "".join(texts(calls))
    assert not answers(app, engineer).get("product_types")
