"""Another column's label typed at a question: where that item is changed is said by the ways
there are, /drafts only when the engineer has another draft, 上一步 before the summary."""

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, AT_SCENARIO_TYPE, fill_to_summary, walk

TYPED = "场景名称：恒远电池包高压测试—柔性插接"


def answers(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_with_one_draft_an_earlier_item_is_changed_by_going_back(app, engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    said = texts(await engineer.send(TYPED))
    assert "/drafts" not in said[0] and "另一份草稿" not in said[0]
    assert "“⬅️ 上一步”退回到该题" in said[0] and "最后的汇总页" in said[0]
    assert answers(app, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"


async def test_with_one_draft_a_later_item_is_said_to_come_at_its_step(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send("部署总数：8台"))
    assert "/drafts" not in said[0] and "请在第 10 步填写" in said[0]


async def test_with_another_draft_in_progress_drafts_is_named_too(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send("/new")
    await walk(engineer, AT_SCENARIO_TYPE, start=1)
    said = texts(await engineer.send(TYPED))
    assert "/drafts" in said[0] and "“⬅️ 上一步”退回到该题" in said[0]


async def test_at_a_question_opened_from_the_summary_the_way_is_back_there(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 6 场景类型")
    said = texts(await engineer.send(TYPED))
    assert "“⬅️ 返回汇总”" in said[0] and "/drafts" not in said[0]
