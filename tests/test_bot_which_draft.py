"""Two drafts in progress at the same question look alike: where an answer could be meant for
the other one, the bot names the draft it goes to and how to switch."""

import pytest

from flows.step_messages import GREETED, STALE
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, PAIN, fill_to_summary, walk

XINGHE_PAIN = "焊接车间上下料靠人工搬运，工件重30公斤，劳动强度大，存在砸伤风险。"


async def second_draft_at_pain(engineer) -> None:
    """#2 星河, begun with /new, waiting for its 现状与痛点 as #1 may be."""
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("无锡市")
    await engineer.send("无锡星河机械有限公司")
    await engineer.send("星河车间焊接—机器人上下料")
    await engineer.press("装备制造")
    await engineer.press("⏭ 跳过")


@pytest.mark.parametrize("greeting", ["你好", "继续", "接着填", "在吗"])
async def test_a_greeting_with_two_drafts_in_progress_names_the_one_continued(
    engineer, services, greeting
):
    await walk(engineer, 7)  # #1 恒远 at 现状与痛点
    await engineer.press("⏸ 暂停")
    await second_draft_at_pain(engineer)
    await engineer.press("⏸ 暂停")
    said = texts(await engineer.send(greeting))[0]
    assert "场景 #2（星河车间焊接—机器人上下料）" in said and "/drafts" in said
    await engineer.send(PAIN)
    assert services.intake.store.load(2).answers["pain_point"] == PAIN


async def test_a_draft_without_a_name_yet_is_named_by_its_unit(engineer):
    await walk(engineer, 7)
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("无锡市")
    await engineer.send("无锡星河机械有限公司")  # at 场景名称
    said = texts(await engineer.send("你好"))[0]
    assert "场景 #2（无锡星河机械有限公司）" in said


async def test_drafts_lists_a_draft_without_a_name_by_its_unit_as_its_question_does(engineer):
    await walk(engineer, 7)
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("无锡市")
    asked = texts(await engineer.send("无锡星河机械有限公司"))[-1]  # at 场景名称
    assert asked.startswith("📝 场景 #2（无锡星河机械有限公司）")
    listed = texts(await engineer.send("/drafts"))[-1]
    assert "#2 （无锡星河机械有限公司） · 草稿 · 已完成 2/11 步" in listed


async def test_a_greeting_with_one_draft_in_progress_is_answered_as_before(engineer):
    await walk(engineer, 7)
    await engineer.press("⏸ 暂停")
    assert texts(await engineer.send("你好"))[0] == GREETED


async def test_a_button_of_another_draft_in_progress_names_both_and_saves_nothing(
    engineer, services, telegram
):
    await walk(engineer, AT_SCENARIO_TYPE)  # #1 at 场景类型
    old = telegram.by_chat[engineer.id][-1].message_id
    await second_draft_at_pain(engineer)
    await engineer.send(XINGHE_PAIN)
    await engineer.send("定位精度≤±1mm，单件节拍≤60秒，连续运行故障率低于1%。")
    await engineer.send("替代4名搬运工，效率提升20%。")  # #2 at 场景类型 too
    calls = await engineer.press("特种", message_id=old)
    assert texts(calls) == [
        "这是场景 #1（恒远工厂电池测试—柔性插接）的按钮；当前正在填写场景 #2"
        "（星河车间焊接—机器人上下料）。如需改填场景 #1，请发送 /drafts 切换。"]
    store = services.intake.store
    assert "scenario_type" not in store.load(1).answers
    assert "scenario_type" not in store.load(2).answers
    assert "👉" not in telegram.messages[old].text  # the old button not marked as chosen


async def test_a_button_of_a_submitted_draft_is_only_stale(engineer, services):
    await walk(engineer, AT_SCENARIO_TYPE)
    old, data = engineer.find_button("特种")
    await walk(engineer, start=AT_SCENARIO_TYPE)
    await engineer.press("✅ 提交")
    await second_draft_at_pain(engineer)
    calls = await engineer.press_data(data, old.message_id)
    answered = [c.params.get("text") for c in calls if c.endpoint == "answerCallbackQuery"]
    assert answered == [STALE]
    assert "scenario_type" not in services.intake.store.load(2).answers


async def test_a_question_names_its_draft_above_it_only_while_another_is_in_progress(engineer):
    await walk(engineer, 7)
    assert engineer.last_text().startswith("第 5/11 步")
    await second_draft_at_pain(engineer)
    assert engineer.last_text().startswith("📝 场景 #2（星河车间焊接—机器人上下料）")
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    await engineer.press("🗑 确认删除")
    await engineer.send("/start")
    assert engineer.last_text().startswith("第 5/11 步")


async def test_a_submission_with_another_draft_half_filled_says_where_it_waits(engineer):
    await walk(engineer, 7)
    await engineer.send("/new")
    await fill_to_summary(engineer)
    submitted = texts(await engineer.press("✅ 提交"))
    assert submitted[-2:] == ["✅ 场景 #2 已提交，协调员审核后会通知您。发送 /new 可填写下一个场景。",
                              "您还有 1 个场景在填写或待修改，发送 /drafts 打开继续。"]
    said = texts(await engineer.send("你好"))  # before the refusal, which bears its button
    assert said[0] == "您还有 1 个场景在填写或待修改，发送 /drafts 打开继续。"


async def test_a_submission_with_no_other_draft_says_nothing_more(engineer):
    await fill_to_summary(engineer)
    submitted = texts(await engineer.press("✅ 提交"))
    assert submitted[-1] == "✅ 场景 #1 已提交，协调员审核后会通知您。发送 /new 可填写下一个场景。"
