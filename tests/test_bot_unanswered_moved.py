"""A returned entry whose engineer changed its city: their words go to the coordinator who
returned it, and wait for an answer there, not with the new city's coordinator, who never
received them. The entry's card stays out of the returner's scope."""

from telegram.ext import CallbackContext

from bot.app import send_digests
from tests.coordinators import SUZHOU_ID, WUXI_ID, sent_to
from tests.test_bot_review import submitted_and_returned

WORDS = "已改为无锡，请问还要改什么"
MOVED = ("#1 恒远工厂电池测试—柔性插接（已改为无锡市，不在您的审核范围，不到 1 小时前；"
         "可在收到的那条消息上点“↩️ 回复填报人”）")


async def moved_and_replied(engineer, suzhou, telegram) -> list:
    """苏州 returns #1 flagging its unit; the engineer moves it to 无锡 and replies."""
    await submitted_and_returned(engineer, suzhou, "请核实城市和单位", "2 用户单位")
    await engineer.press("✏️ 去修改")
    await engineer.send("无锡市/无锡恒远动力电池有限公司")
    await engineer.press("💬 回复协调员")
    return await engineer.send(WORDS)


async def test_words_about_an_entry_moved_away_wait_with_the_returner(
        engineer, suzhou, wuxi, province, telegram):
    calls = await moved_and_replied(engineer, suzhou, telegram)
    assert sent_to(telegram, SUZHOU_ID, calls) and not sent_to(telegram, WUXI_ID, calls)
    calls = await suzhou.send("/review")
    assert suzhou.last_text() == f"目前没有待审核的场景。\n\n💬 填报人留言待回复：\n{MOVED}"
    assert "reply_markup" not in calls[-1].params
    await suzhou.send("/review 1")
    assert "不在您的审核范围" in suzhou.last_text()


async def test_the_new_citys_coordinator_is_not_shown_words_never_sent_to_them(
        engineer, suzhou, wuxi, province, telegram):
    await moved_and_replied(engineer, suzhou, telegram)
    await wuxi.send("/review")
    assert wuxi.last_text() == "目前没有待审核的场景。"
    await wuxi.send("/review 1")
    assert WORDS not in wuxi.last_text()


async def test_the_returner_answers_words_about_an_entry_moved_away(
        engineer, suzhou, wuxi, province, telegram):
    await moved_and_replied(engineer, suzhou, telegram)
    await suzhou.press("↩️ 回复填报人")
    calls = await suzhou.send("单位已改好，请重新提交")
    assert sent_to(telegram, engineer.id, calls)
    await suzhou.send("/review")
    assert suzhou.last_text() == "目前没有待审核的场景。"


async def test_the_digest_of_words_about_an_entry_moved_away_goes_to_the_returner(
        app, engineer, suzhou, wuxi, province, telegram, clock):
    await moved_and_replied(engineer, suzhou, telegram)
    clock.advance(hours=25)
    await send_digests(CallbackContext(app))
    told = {chat: [c for c in telegram.calls if c.endpoint == "sendMessage"
                   and c.params["chat_id"] == chat and c.params["text"].startswith("您好！")]
            for chat in (SUZHOU_ID, WUXI_ID)}
    assert len(told[SUZHOU_ID]) == 1 and told[WUXI_ID] == []
