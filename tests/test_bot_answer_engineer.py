"""A coordinator answers an engineer's words about an entry (↩️ 回复填报人 on the words
received): delivered to the entry's engineer with the way to write back, kept in the history,
never saved into the coordinator's own draft."""

from flows.coordinator_replies import ANSWER_CANCELLED, ANSWER_UNDELIVERED, NOT_ANSWERABLE
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_SCENARIO_NAME, fill_to_summary, walk
from tests.test_bot_review import submitted_and_returned

REPLY = "部署总数是集团统一规划的，10台"
ANSWER = "@张工 已收到，部署总数按集团规划填写即可"
TITLE = "#1 恒远工厂电池测试—柔性插接"


async def replied(engineer, suzhou) -> None:
    """苏州 returns #1 and its engineer replies."""
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("💬 回复协调员")
    await engineer.send(REPLY)


async def test_the_coordinator_answers_the_engineers_reply(engineer, suzhou, services, telegram):
    await replied(engineer, suzhou)
    assert suzhou.last_buttons() == ["🔎 查看场景 #1", "↩️ 回复填报人"]
    await suzhou.press("↩️ 回复填报人")
    assert "张工" in suzhou.last_text() and suzhou.last_buttons() == ["取消"]
    calls = await suzhou.send(ANSWER)
    assert sent_to(telegram, engineer.id, calls) == [
        f"💬 协调员（苏州市李科）回复场景 {TITLE}：\n{ANSWER}"]
    assert engineer.last_buttons() == ["💬 回复协调员"]
    assert f"✅ 已发给场景 #1 的填报人（张工）：{ANSWER}" in texts(calls)
    history = texts(await suzhou.send("/history 1"))[-1]
    assert f"苏州市李科 协调员回复：{ANSWER}" in history
    calls = await suzhou.send("再说一句")  # one message only
    assert sent_to(telegram, engineer.id, calls) == []


async def test_the_engineer_writes_back_to_the_answer(engineer, suzhou, telegram):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send(ANSWER)
    await engineer.press("💬 回复协调员")
    calls = await engineer.send("好的，明白")
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        f"💬 场景 {TITLE} 的填报人 张工 回复：\n好的，明白"]


async def test_an_answer_is_not_saved_into_the_coordinators_own_draft(
        app, engineer, suzhou, services, telegram):
    await suzhou.send("/new")
    await walk(suzhou, AT_SCENARIO_NAME, start=1)  # 苏州's own draft, at its 场景名称
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send(ANSWER)
    own = services.intake.store.current(SUZHOU_ID)
    assert own.answers.get("scenario_name") is None


async def test_a_message_about_an_entry_handed_in_is_answered_with_the_contact_button(
        engineer, suzhou, telegram):
    await messaged(engineer)
    await suzhou.press("↩️ 回复填报人")
    calls = await suzhou.send("请稍等，我退回给您修改")
    assert len(sent_to(telegram, engineer.id, calls)) == 1
    assert engineer.last_buttons() == ["💬 联系协调员"]


async def messaged(engineer) -> None:
    """#1 submitted, and its engineer writes to its coordinators (苏州 and the province)."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("想改一下")
    await engineer.press("💬 联系协调员")
    await engineer.send("部署总数应为12台")


async def returned_by(coordinator) -> None:
    """The coordinator returns #1, flagging its 部署总数."""
    await coordinator.send("/review 1")
    await coordinator.press("↩️ 退回修改")
    await coordinator.send("请核实台数")
    await coordinator.press("☐ 10 部署总数")
    await coordinator.press("📨 发送退回")


async def messaged_then_approved(engineer, suzhou, province) -> None:
    """#1 submitted; its engineer writes to 苏州 and the province, and the province approves it."""
    await messaged(engineer)
    await province.press("✅ 通过")


async def test_writing_back_after_an_approval_goes_to_who_answered_last(
        engineer, suzhou, province, telegram):
    await messaged_then_approved(engineer, suzhou, province)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send("已通过，台数问题我来跟进")
    await engineer.press("💬 联系协调员")
    calls = await engineer.send("好的，谢谢")
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        f"💬 场景 {TITLE} 的填报人 张工 留言：\n好的，谢谢"]
    assert sent_to(telegram, PROVINCE_ID, calls) == []


async def test_an_answerer_no_longer_covering_the_city_leaves_it_to_the_approver(
        engineer, suzhou, province, services, telegram):
    await messaged_then_approved(engineer, suzhou, province)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send("已通过，台数问题我来跟进")
    services.reviews.people.add_coordinator(SUZHOU_ID, "无锡市")  # rescoped since
    await engineer.press("💬 联系协调员")
    calls = await engineer.send("好的，谢谢")
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert len(sent_to(telegram, PROVINCE_ID, calls)) == 1


async def test_an_approval_after_an_answer_is_written_back_to_the_approver(
        engineer, suzhou, province, telegram):
    await messaged(engineer)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send("请稍等")
    await province.press("✅ 通过")
    await engineer.press("💬 联系协调员")
    calls = await engineer.send("好的，谢谢")
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert len(sent_to(telegram, PROVINCE_ID, calls)) == 1


async def test_a_cancelled_answer_sends_nothing(engineer, suzhou, telegram):
    await replied(engineer, suzhou)
    message, data = suzhou.find_button("↩️ 回复填报人")
    await suzhou.press("↩️ 回复填报人")
    calls = await suzhou.press("取消")
    assert ANSWER_CANCELLED in texts(calls)
    calls = await suzhou.send(ANSWER)
    assert sent_to(telegram, engineer.id, calls) == []
    await suzhou.press_data(data, message.message_id)
    calls = await suzhou.send("取消")
    assert texts(calls) == [ANSWER_CANCELLED]


async def test_another_command_ends_the_wait_for_the_answer(engineer, suzhou, telegram):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    await suzhou.send("/review")
    calls = await suzhou.send(ANSWER)
    assert sent_to(telegram, engineer.id, calls) == []


async def test_a_coordinator_not_covering_the_entry_cannot_answer(
        app, engineer, suzhou, services, telegram):
    await replied(engineer, suzhou)
    message, data = suzhou.find_button("↩️ 回复填报人")
    wuxi = FakeUser(app, telegram, 503, "无锡市赵科")
    calls = await wuxi.press_data(data, message.message_id)
    assert NOT_ANSWERABLE.format(id=1) in texts(calls)
    await suzhou.press("↩️ 回复填报人")
    services.reviews.people.remove_coordinator(SUZHOU_ID)  # removed after the press
    calls = await suzhou.send(ANSWER)
    assert sent_to(telegram, engineer.id, calls) == []


async def test_an_answer_telegram_refuses_to_deliver_is_said_not_to_have_arrived(
        engineer, suzhou, telegram):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    telegram.refuse("sendMessage", 403, "Forbidden: bot was blocked by the user",
                    chat_id=engineer.id, times=None)
    calls = await suzhou.send(ANSWER)
    assert texts(calls)[-1] == ANSWER_UNDELIVERED.format(to="填报人（张工）")


async def test_an_answer_telegram_did_not_deliver_leaves_the_words_waiting(
        engineer, suzhou, telegram):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    telegram.refuse("sendMessage", 502, "Bad Gateway", chat_id=engineer.id, times=None)
    await suzhou.send(ANSWER)
    await suzhou.send("/review")
    assert "💬 填报人留言待回复：" in suzhou.last_text()
    await suzhou.send("/history 1")
    assert ANSWER not in suzhou.last_text()


async def test_an_answer_delivered_after_a_retry_counts(engineer, suzhou, telegram):
    await replied(engineer, suzhou)
    await suzhou.press("↩️ 回复填报人")
    telegram.refuse("sendMessage", 502, "Bad Gateway", chat_id=engineer.id, times=1)
    await suzhou.send(ANSWER)
    await suzhou.send("/review")
    assert suzhou.last_text() == "目前没有待审核的场景。"


async def messaged_then_returned(engineer, suzhou) -> None:
    """#1 submitted; its engineer writes to 苏州 and the province, and 苏州 returns it."""
    await messaged(engineer)
    await returned_by(suzhou)


async def test_a_returned_drafts_reply_goes_to_who_answered_since_the_return(
        engineer, suzhou, province, telegram):
    await messaged_then_returned(engineer, suzhou)
    await province.press("↩️ 回复填报人")  # on the message it received before the return
    await province.send("请按实际部署填写")
    await engineer.press("💬 回复协调员")
    calls = await engineer.send("实际部署10台")
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert len(sent_to(telegram, PROVINCE_ID, calls)) == 1


async def test_a_returned_drafts_reply_goes_to_the_returner_without_answers_since(
        engineer, suzhou, province, telegram):
    await messaged(engineer)
    await province.press("↩️ 回复填报人")
    await province.send("请稍等")  # before the return: not since it
    await returned_by(suzhou)
    await engineer.press("💬 回复协调员")
    calls = await engineer.send("实际部署10台")
    assert len(sent_to(telegram, SUZHOU_ID, calls)) == 1
    assert sent_to(telegram, PROVINCE_ID, calls) == []
