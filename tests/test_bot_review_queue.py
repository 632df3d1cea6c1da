"""The review queue as coordinators page through it while others decide, and the way on from
one decision to the next entry."""

from flows.review_queue import NEXT, NOTHING_TO_REVIEW, QUEUE, WAY_ON
from tests.coordinators import SUZHOU_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers


def seed_many(services, count: int) -> list[int]:
    return [seed(services, 100 + i, **scenario_answers(i)) for i in range(count)]


async def test_next_page_follows_the_last_entry_shown_when_others_decide_meanwhile(
    services, province, suzhou, telegram
):
    ids = seed_many(services, 12)
    await province.send("/review")
    queue = telegram.by_chat[province.id][-1].message_id
    for entry in ids[:5]:
        await suzhou.send(f"/review {entry}")
        await suzhou.press("✅ 通过")
    calls = await province.press("下一页 ➡️", queue)
    assert texts(calls)[-1].startswith("📥 待审核场景 7 个（第 1–5 个，最早提交的在前）：")
    assert province.last_buttons() == [f"审核 #{i}" for i in ids[5:10]] + ["下一页 ➡️"]
    calls = await province.press("下一页 ➡️")
    assert province.last_buttons() == [f"审核 #{i}" for i in ids[10:]] + ["⬅️ 上一页"]
    assert texts(calls)[-1].startswith("📥 待审核场景 7 个（第 6–7 个")


async def test_previous_page_ends_before_the_first_entry_shown_when_others_decide_meanwhile(
    services, province, suzhou
):
    ids = seed_many(services, 12)
    await province.send("/review")
    await province.press("下一页 ➡️")
    await province.press("下一页 ➡️")
    for entry in ids[:3]:
        await suzhou.send(f"/review {entry}")
        await suzhou.press("✅ 通过")
    await province.press("⬅️ 上一页")
    assert province.last_buttons() == [f"审核 #{i}" for i in ids[5:10]] + ["⬅️ 上一页", "下一页 ➡️"]


async def test_the_queue_keeps_its_buttons_and_a_decision_leads_on_to_the_next_entry(
    services, province, telegram
):
    ids = seed_many(services, 6)
    await province.send("/review")
    queue = telegram.by_chat[province.id][-1]
    await province.press(f"审核 #{ids[0]}")
    calls = await province.press("✅ 通过")
    assert sent_to(telegram, province.id, calls)[0].startswith(f"✅ 已审核通过场景 #{ids[0]} ")
    assert sent_to(telegram, province.id, calls)[-1] == WAY_ON
    assert province.last_buttons() == [NEXT, QUEUE]
    assert any(b["text"] == f"审核 #{ids[1]}" for row in queue.keyboard for b in row)
    calls = await province.press(NEXT)
    assert texts(calls)[-1].startswith(f"🔎 场景 #{ids[1]} ")
    await province.press("↩️ 退回修改")
    await province.send("请补充可靠性指标。")
    calls = await province.press("📨 发送退回")
    assert sent_to(telegram, province.id, calls)[-1] == WAY_ON
    calls = await province.press(QUEUE)
    assert texts(calls)[-1].startswith("📥 待审核场景 4 个（第 1–4 个")
    await province.press(f"审核 #{ids[2]}", queue.message_id)  # the first list still works
    assert province.last_text().startswith(f"🔎 场景 #{ids[2]} ")


async def test_the_next_entry_is_never_the_coordinators_own_and_the_end_is_said(
    services, suzhou, telegram
):
    theirs = seed(services, 11, **scenario_answers(0))
    seed(services, SUZHOU_ID, **scenario_answers(1, enterprise="苏州启航智能装备有限公司"))
    await suzhou.send(f"/review {theirs}")
    await suzhou.press("✅ 通过")
    calls = await suzhou.press(NEXT)
    assert sent_to(telegram, SUZHOU_ID, calls) == [NOTHING_TO_REVIEW]


async def test_a_card_keeps_its_decisions_after_its_history_is_shown(services, province, telegram):
    entry = seed(services, 11)
    await province.send(f"/review {entry}")
    card, _ = province.find_button("✅ 通过")
    await province.press("📜 历史记录")
    calls = await province.press("✅ 通过", card.message_id)
    assert sent_to(telegram, province.id, calls)[0].startswith(f"✅ 已审核通过场景 #{entry} ")


async def test_a_queue_page_button_of_an_earlier_release_shows_the_current_queue(
    services, suzhou, telegram
):
    ids = seed_many(services, 7)
    await suzhou.send("/review")
    queue = telegram.by_chat[SUZHOU_ID][-1].message_id
    calls = await suzhou.press_data("g1", queue)  # 下一页 when pages were numbered
    assert texts(calls)[-1].startswith("📥 待审核场景 7 个（第 1–5 个，最早提交的在前）：")
    assert suzhou.last_buttons() == [f"审核 #{i}" for i in ids[:5]] + ["下一页 ➡️"]


async def test_the_queue_leaves_out_the_coordinators_own_entries_and_says_how_many(
    services, province, suzhou
):
    own = seed(services, SUZHOU_ID, **scenario_answers(0))
    theirs = seed(services, 11, **scenario_answers(2))
    calls = await suzhou.send("/review")
    assert texts(calls)[-1].splitlines()[:2] == [
        "📥 待审核场景 1 个（第 1 个，最早提交的在前）：",
        "另有 1 个为您本人填报，需由其他协调员审核，不在此列。"]
    assert suzhou.last_buttons() == [f"审核 #{theirs}"]
    await suzhou.press(f"审核 #{theirs}")
    await suzhou.press("✅ 通过")
    calls = await suzhou.send("/review")
    assert texts(calls)[-1] == (
        f"{NOTHING_TO_REVIEW}\n另有 1 个为您本人填报，需由其他协调员审核，不在此列。")
    calls = await province.send("/review")  # another coordinator reviews it
    assert province.last_buttons() == [f"审核 #{own}"]
