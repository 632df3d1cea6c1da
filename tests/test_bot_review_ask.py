"""The ask for the number of the entry a duplicate repeats (🔗): only the next message is the
number, and a number typed after the entry moved on marks nothing the coordinator did not see."""

from flows import actions
from flows.review import CHANGED_SINCE_CARD, MARK_CHAINED
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, revision_of, seed, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_ENTERPRISE, walk
from tests.scenarios import scenario_answers

ASK = "🔗 标记为其他场景的重复"


async def asked(services, coordinator) -> tuple[int, int]:
    """Two entries, and the coordinator asked for the number of the one the first repeats."""
    entry = seed(services, 11, **scenario_answers(0))
    original = seed(services, 12, **scenario_answers(1))
    await coordinator.send(f"/review {entry}")
    await coordinator.press(ASK)
    return entry, original


async def test_a_number_typed_after_the_entry_was_returned_and_resubmitted_is_refused(
    services, province, suzhou, app, telegram
):
    entry, original = await asked(services, province)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充差异化创新点。")
    await suzhou.press("📨 发送退回")
    engineer = FakeUser(app, telegram, 11, "工程师11")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 3 场景名称")
    await engineer.send("缸盖螺栓视觉引导柔性拧紧")
    await engineer.press("✅ 提交")
    calls = await province.send(f"{original}")
    assert texts(calls)[0] == CHANGED_SINCE_CARD.format(items="场景名称")
    assert "缸盖螺栓视觉引导柔性拧紧" in texts(calls)[1]  # the fresh card
    assert services.reviews.store.entry(entry).duplicate_of is None
    assert sent_to(telegram, 11, calls) == []
    assert services.reviews.store.awaited_duplicate(PROVINCE_ID) is None


async def test_the_ask_ends_with_the_fresh_card_once_the_entry_is_approved_meanwhile(
    services, province, suzhou
):
    entry, original = await asked(services, province)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("✅ 通过")
    calls = await province.send(f"{original}")
    assert texts(calls)[0] == "该场景已被其他协调员处理，当前状态：已通过。"
    assert texts(calls)[1].startswith(f"🔎 场景 #{entry} ")
    assert province.last_buttons()[0] == "🔓 重新打开"
    assert services.reviews.store.awaited_duplicate(PROVINCE_ID) is None
    calls = await province.send(f"{original}")  # words again, the ask is over
    assert not any("标记" in text for text in texts(calls))


async def test_the_ask_ends_with_the_fresh_card_once_another_entry_is_marked_onto_it(
    services, province
):
    entry, original = await asked(services, province)
    third = seed(services, 13, **scenario_answers(2))
    services.reviews.act(SUZHOU_ID, actions.MarkNamedDuplicate(
        third, entry, revision_of(services, third)))
    calls = await province.send(f"{original}")
    assert texts(calls)[0] == MARK_CHAINED.format(ids=f"#{third}", id=entry)
    assert texts(calls)[1].startswith(f"🔎 场景 #{entry} ")
    assert services.reviews.store.entry(entry).duplicate_of is None
    assert services.reviews.store.awaited_duplicate(PROVINCE_ID) is None


async def test_typing_cancel_marks_nothing_and_shows_the_card_again(services, province, telegram):
    entry, _ = await asked(services, province)
    calls = await province.send("取消")
    assert texts(calls)[0] == "好的，不标记了。"
    assert texts(calls)[1].startswith(f"🔎 场景 #{entry} ")
    assert province.last_buttons()[:2] == ["✅ 通过", "↩️ 退回修改"]
    assert services.reviews.store.awaited_duplicate(PROVINCE_ID) is None


async def test_an_answer_to_the_coordinators_own_draft_ends_the_ask_and_is_saved(
    services, suzhou, telegram
):
    await suzhou.send("/start")
    await suzhou.press("➕ 新建场景")
    await walk(suzhou, AT_ENTERPRISE, start=1)
    entry, original = await asked(services, suzhou)
    calls = await suzhou.send("苏州启航智能装备有限公司")
    assert texts(calls)[0] == f"没有收到场景编号，场景 #{entry} 未标记为重复。"
    assert "场景名称" in texts(calls)[-1]  # the draft went on to its next question
    draft = services.intake.store.current(SUZHOU_ID)
    assert draft.answers["enterprise"] == "苏州启航智能装备有限公司"
    await suzhou.send(f"{original}")  # now an answer of the draft, not the number
    assert services.reviews.store.entry(entry).duplicate_of is None
    assert sent_to(telegram, 11, telegram.calls) == []


async def test_an_edited_message_is_never_taken_as_the_number(services, province, telegram):
    entry, original = await asked(services, province)
    calls = await province.edit_last(f"{original}")
    assert texts(calls)[0] == "修改过的消息不会当作场景编号，请重新发送编号（如 12），或点“取消”。"
    assert services.reviews.store.entry(entry).duplicate_of is None
    assert sent_to(telegram, 11, calls) == []
    calls = await province.send(f"{original}")  # the ask is still open for a fresh message
    assert texts(calls)[0] == f"已将场景 #{entry} 标记为 #{original} 的重复场景，统计时按 1 项计算。"
