"""Words for the coordinator typed at a returned draft's summary, and a coordinator's 取消 of
the ask for a duplicate's number: each thing said once, in words that name what happened."""

from flows.review import ASK_CANCELLED
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_bot_review import submitted_and_returned

TALK_BACK = ("这条消息像是写给协调员（苏州市李科）的话，没有填入场景的任何一项。"
             "如需发给协调员，请点“💬 发给协调员”；如确是某一项的新内容，请输入“项目名：新内容”。")


async def test_acknowledging_a_return_at_its_summary_says_each_thing_once(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "部署总数与产线规模不符，请核实。",
                                 "9 整机应用目标", "10 部署总数")
    said = texts(await engineer.send("收到"))
    assert said[:3] == [TALK_BACK, "协调员意见：部署总数与产线规模不符，请核实。",
                        "↩️ 协调员标注需要修改、尚未改动的项目：9 整机应用目标、10 部署总数。"
                        "请点击对应项目修改后再提交。"]
    assert said[3].startswith("📋 请核对场景 #1") and len(said) == 4
    buttons = engineer.last_buttons()
    assert "💬 发给协调员" in buttons and "💬 回复协调员" not in buttons


async def test_the_reply_button_is_back_once_the_words_are_sent(engineer, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实。", "10 部署总数")
    await engineer.send("收到")
    calls = await engineer.press("💬 发给协调员")
    assert sent_to(telegram, SUZHOU_ID, calls)
    assert "💬 回复协调员" in engineer.last_buttons()


async def test_cancel_at_the_ask_for_a_duplicates_number_says_it_was_cancelled(
        services, province):
    seed(services, 11, **scenario_answers(0))
    entry = seed(services, 12, **scenario_answers(1))
    await province.send(f"/review {entry}")
    await province.press("🔗 标记为其他场景的重复")
    said = texts(await province.press("取消"))
    assert said[1] == ASK_CANCELLED and not any("没有收到场景编号" in text for text in said)
    assert said[-1].startswith(f"🔎 场景 #{entry}")
    assert services.reviews.store.awaited_duplicate(PROVINCE_ID) is None
    assert services.reviews.store.entry(entry).duplicate_of is None
