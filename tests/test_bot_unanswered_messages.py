"""An engineer's words to the coordinators that no coordinator has answered are shown where
coordinators look for work, not only in /history: on the entry's review card, below the /review
queue (returned entries too), and in the daily digest, each coordinator seeing the words that
went to them."""

from telegram.ext import CallbackContext

from bot.app import send_digests
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, sent_to
from tests.journey import fill_to_summary, walk
from tests.test_bot_review import submitted_and_returned

REPLY = "部署总数是集团统一规划的，10台"
TITLE = "#1 恒远工厂电池测试—柔性插接"
QUEUED = f"💬 填报人留言待回复：\n{TITLE}（苏州市，不到 1 小时前）"
ON_CARD = f"张工（2026-11-20 10:00）回复：{REPLY}"


async def replied(engineer, suzhou, text: str = REPLY) -> None:
    """苏州 returns #1 and its engineer replies (at 10:00 Beijing time, the clock's)."""
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("💬 回复协调员")
    await engineer.send(text)


async def messaged(engineer, text: str) -> None:
    """The engineer submits #1 and writes to its coordinators about it."""
    if engineer.id == SUZHOU_ID:  # a coordinator begins a draft of their own by /new
        await engineer.send("/new")
        await walk(engineer, start=1)
    else:
        await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("想改一下")
    await engineer.press("💬 联系协调员")
    await engineer.send(text)


async def test_a_returned_entrys_unanswered_reply_is_listed_below_the_queue(
        engineer, suzhou, clock):
    await replied(engineer, suzhou)
    clock.advance(hours=3)
    await suzhou.send("/review")
    assert suzhou.last_text() == ("目前没有待审核的场景。\n\n"
                                  f"💬 填报人留言待回复：\n{TITLE}（苏州市，3 小时前）")
    assert suzhou.last_buttons() == ["🔎 查看场景 #1"]


async def test_the_card_shows_the_unanswered_words_with_the_answer_button(
        engineer, suzhou, clock):
    await replied(engineer, suzhou)
    await suzhou.send("/review")
    await suzhou.press("🔎 查看场景 #1")
    assert suzhou.last_text().endswith(
        f"💬 填报人消息待回复（可点“↩️ 回复填报人”）：\n• {ON_CARD}")
    assert suzhou.last_buttons() == ["↩️ 回复填报人", "📜 历史记录"]
    await suzhou.press("↩️ 回复填报人")
    assert "张工" in suzhou.last_text() and suzhou.last_buttons() == ["取消"]


async def test_long_words_are_cut_on_the_card(engineer, suzhou, clock):
    await replied(engineer, suzhou, "台数" * 80)
    await suzhou.send("/review 1")
    assert f"回复：{'台数' * 50}…" in suzhou.last_text()


async def test_answered_words_leave_the_queue_and_the_card(engineer, suzhou, clock):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send("已收到，按集团规划填写即可")
    await suzhou.send("/review")
    assert suzhou.last_text() == "目前没有待审核的场景。"
    await suzhou.send("/review 1")
    assert "填报人消息待回复" not in suzhou.last_text()
    assert "↩️ 回复填报人" not in suzhou.last_buttons()


async def test_words_after_the_answer_wait_again(engineer, suzhou, clock):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send("已收到")
    await engineer.press("💬 回复协调员")
    await engineer.send("好的，还有一个问题")
    await suzhou.send("/review 1")
    assert "张工（2026-11-20 10:00）回复：好的，还有一个问题" in suzhou.last_text()
    assert REPLY not in suzhou.last_text().split("填报人消息待回复")[1]


async def test_a_decision_on_the_entry_answers_a_message(engineer, suzhou, clock):
    await messaged(engineer, "部署总数应为12台")
    await suzhou.send("/review")
    assert suzhou.last_text().endswith(f"{TITLE}（苏州市，不到 1 小时前）")
    assert suzhou.last_buttons() == ["审核 #1", "🔎 查看场景 #1"]
    await suzhou.press("审核 #1")
    assert "张工（2026-11-20 10:00）留言：部署总数应为12台" in suzhou.last_text()
    await suzhou.press("✅ 通过")
    await suzhou.send("/review")
    assert suzhou.last_text() == "目前没有待审核的场景。"


async def test_only_the_coordinator_the_words_went_to_is_shown_them(
        engineer, suzhou, wuxi, province, clock):
    await replied(engineer, suzhou)  # to 苏州, who returned it
    await suzhou.send("/review")
    assert suzhou.last_text().endswith(QUEUED)
    for other in (wuxi, province):
        await other.send("/review")
        assert other.last_text() == "目前没有待审核的场景。"
    await province.send("/review 1")
    assert "填报人消息待回复" not in province.last_text()


async def test_a_message_to_all_reviewers_is_shown_to_each(engineer, suzhou, province, clock):
    await messaged(engineer, "部署总数应为12台")
    for coordinator in (suzhou, province):
        await coordinator.send("/review")
        assert coordinator.last_text().endswith(f"{TITLE}（苏州市，不到 1 小时前）")


async def test_a_coordinator_is_not_asked_to_answer_their_own_words(suzhou, province, clock):
    await messaged(suzhou, "部署总数应为12台")
    await suzhou.send("/review")
    assert "留言待回复" not in suzhou.last_text()
    await province.send("/review")
    assert "💬 填报人留言待回复：" in province.last_text()


async def check(app) -> None:
    await send_digests(CallbackContext(app))


def digests(telegram, chat_id: int) -> list[str]:
    return [c.params["text"] for c in telegram.calls if c.endpoint == "sendMessage"
            and c.params["chat_id"] == chat_id and c.params["text"].startswith("您好！")]


async def test_the_digest_tells_of_words_unanswered_over_a_day_with_nothing_to_review(
        app, telegram, engineer, suzhou, clock):
    await replied(engineer, suzhou)
    clock.advance(hours=23)
    await check(app)
    assert digests(telegram, SUZHOU_ID) == []
    clock.advance(hours=1, minutes=1)
    await check(app)
    assert digests(telegram, SUZHOU_ID) == ["\n".join((
        f"您好！有 1 个场景的填报人留言超过 24 小时仍未回复，最早的：{TITLE}（苏州市，已等待 1 天）。",
        "发送 /review 查看，在场景卡片上点“↩️ 回复填报人”回复。",
    ))]
    assert digests(telegram, WUXI_ID) == digests(telegram, PROVINCE_ID) == []


async def test_the_digest_names_unanswered_words_beside_entries_waiting(
        app, telegram, engineer, suzhou, clock):
    await messaged(engineer, "部署总数应为12台")
    clock.advance(days=1, minutes=1)
    await check(app)
    [digest] = digests(telegram, SUZHOU_ID)
    assert digest.splitlines()[0].startswith("您好！有 1 个场景提交后已超过 24 小时仍待您审核")
    assert (f"💬 有 1 个场景的填报人留言超过 24 小时仍未回复，最早的：{TITLE}（苏州市，已等待 1 天）。"
            in digest.splitlines())


async def test_digests_of_unanswered_words_stop_after_three_and_once_answered(
        app, telegram, engineer, suzhou, clock):
    await replied(engineer, suzhou)
    for _ in range(10 * 24):
        clock.advance(hours=1)
        await check(app)
    sent = digests(telegram, SUZHOU_ID)
    assert len(sent) == 3 and "最后一次" in sent[2]
    await engineer.press("💬 回复协调员")
    await engineer.send("请问还需要改什么")
    await suzhou.press("↩️ 回复填报人")
    calls = await suzhou.send("不用了，请重新提交")
    assert sent_to(telegram, engineer.id, calls)
    clock.advance(days=2)
    await check(app)
    assert len(digests(telegram, SUZHOU_ID)) == 3
