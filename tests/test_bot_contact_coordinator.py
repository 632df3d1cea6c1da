"""An engineer whose scenario is submitted or approved, and who can no longer change it, writes
to the coordinators responsible for it: delivered with the way to the entry, kept in the
history, never saved as an answer."""

import logging

import pytest

from flows.coordinator_replies import (
    NO_COORDINATOR_NOW,
    NOT_RETURNED,
    NOW_RETURNED,
    REPLY_NOT_TEXT,
    SENT,
)
from flows.step_messages import LOCKED
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary
from tests.test_bot_review import submitted_and_returned

CONTACT = "💬 联系协调员"
WANTED = "部署总数应为12台，请退回我改一下"
RECEIVED = f"💬 场景 #1 恒远工厂电池测试—柔性插接 的填报人 张工 留言：\n{WANTED}"


async def submitted(engineer) -> None:
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")


def answers(services):
    return services.intake.store.answers(1)


async def test_a_refused_change_offers_to_write_to_the_citys_coordinators(
        engineer, province, suzhou, wuxi, services, telegram):
    await submitted(engineer)
    before = answers(services)
    said = texts(await engineer.send("我要改一下部署总数"))
    assert said == [LOCKED.format(id=1, status="提交")]
    assert engineer.last_buttons() == [CONTACT]
    await engineer.press(CONTACT)
    assert "（省级协调员、苏州市协调员）" in engineer.last_text()  # never wrote to the bot
    await suzhou.send("/start")
    await province.send("/start")
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == [RECEIVED]
    assert sent_to(telegram, PROVINCE_ID, calls) == [RECEIVED]  # as the submission's card
    assert sent_to(telegram, WUXI_ID, calls) == []
    assert sent_to(telegram, engineer.id, calls) == [
        SENT.format(by="省厅王处、苏州市李科", text=WANTED)]
    assert answers(services) == before
    assert "🔎 查看场景 #1" in suzhou.last_buttons()
    await suzhou.press("🔎 查看场景 #1")
    assert "#1" in suzhou.last_text()
    history = texts(await suzhou.send("/history 1"))[-1]
    assert f"张工 填报人留言：{WANTED}" in history
    calls = await engineer.send("12台")  # one message only
    assert sent_to(telegram, SUZHOU_ID, calls) == []


async def test_an_approved_entry_goes_to_the_coordinator_who_approved_it(
        engineer, province, suzhou, telegram):
    await submitted(engineer)
    await province.press("✅ 通过")
    await engineer.send("/drafts")
    said = texts(await engineer.press("打开 #1"))
    assert said[-1].startswith("如需修改，请点“💬 联系协调员”")
    await engineer.press(CONTACT)
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, PROVINCE_ID, calls) == [RECEIVED]
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert SENT.format(by="省厅王处", text=WANTED) in texts(calls)


async def test_a_decider_no_longer_covering_the_city_is_not_written_to(
        engineer, province, suzhou, services, telegram):
    await submitted(engineer)
    await suzhou.press("✅ 通过")
    services.reviews.people.add_coordinator(SUZHOU_ID, "无锡市")  # rescoped since
    await engineer.send("能否先审核通过？这次修改不大")
    await engineer.press(CONTACT)
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert sent_to(telegram, PROVINCE_ID, calls) == [RECEIVED]


async def test_words_plainly_for_the_coordinator_are_offered_to_be_sent(
        engineer, province, suzhou, telegram):
    await submitted(engineer)
    await suzhou.send("/start")
    await province.send("/start")
    typed = "@李科 部署总数填错了，麻烦退回一下"
    said = texts(await engineer.send(typed))
    assert said == ["场景 #1 恒远工厂电池测试—柔性插接 已提交，不能再修改，这条消息没有保存。"
                    "它像是写给协调员（省厅王处、苏州市李科）的话：如需发给对方，请点“💬 发给协调员”。"]
    calls = await engineer.press("💬 发给协调员")
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        f"💬 场景 #1 恒远工厂电池测试—柔性插接 的填报人 张工 留言：\n{typed}"]


@pytest.mark.parametrize("typed", ["收到", "好的，谢谢", "谢谢李科"])
async def test_thanks_alone_at_a_submitted_entry_are_only_refused(engineer, services, typed):
    await submitted(engineer)
    said = texts(await engineer.send(typed))
    assert said == [LOCKED.format(id=1, status="提交")]
    assert engineer.last_buttons() == [CONTACT]


async def test_cancelled_or_ended_contact_sends_nothing(engineer, suzhou, telegram):
    await submitted(engineer)
    await engineer.send("想改一下")
    message, data = engineer.find_button(CONTACT)
    await engineer.press(CONTACT)
    calls = await engineer.send("取消")
    assert texts(calls) == ["已取消，没有发给协调员。"]
    await engineer.press_data(data, message.message_id)
    await engineer.press("取消")
    await engineer.press_data(data, message.message_id)
    await engineer.send("/drafts")  # any command ends the wait
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert texts(calls) == [LOCKED.format(id=1, status="提交")]


async def test_a_forged_press_on_anothers_entry_is_refused(
        app, engineer, suzhou, telegram, caplog):
    await submitted(engineer)
    await engineer.send("想改一下")
    message, data = engineer.find_button(CONTACT)
    other = FakeUser(app, telegram, 1002, "李工")
    await other.send("/start")
    with caplog.at_level(logging.WARNING):
        calls = await other.press_data(data, message.message_id)
    assert "无权操作该草稿。" in texts(calls) + [c.params.get("text") for c in calls]
    assert "refused: user 1002 wrote to the coordinators of draft 1" in caplog.text
    calls = await other.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == []


async def test_old_buttons_lead_to_the_way_that_fits_the_entry_now(engineer, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数。")
    reply_message, reply_data = engineer.find_button("💬 回复协调员")
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")
    calls = await engineer.press_data(reply_data, reply_message.message_id)
    assert NOT_RETURNED.format(title="#1 恒远工厂电池测试—柔性插接") in texts(calls)
    assert engineer.last_buttons() == [CONTACT]
    message, data = engineer.find_button(CONTACT)
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请再核实。")
    await suzhou.press("📨 发送退回")
    calls = await engineer.press_data(data, message.message_id)
    assert NOW_RETURNED.format(title="#1 恒远工厂电池测试—柔性插接") in texts(calls)
    assert engineer.last_buttons() == ["💬 回复协调员"]
    assert sent_to(telegram, SUZHOU_ID, calls) == []


async def test_the_decider_after_a_return_is_the_one_who_returned_it(
        engineer, province, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数。")
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")
    await engineer.send("想再改一下")
    await engineer.press(CONTACT)
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == [RECEIVED]
    assert sent_to(telegram, PROVINCE_ID, calls) == []


async def test_with_no_coordinator_for_the_city_none_is_offered_until_one_is_added(
        engineer, services, telegram):
    await submitted(engineer)
    await engineer.send("想改一下")
    message, data = engineer.find_button(CONTACT)
    people = services.reviews.people
    for coordinator in (PROVINCE_ID, SUZHOU_ID):
        people.remove_coordinator(coordinator)
    said = texts(await engineer.send("想改一下"))
    assert said[-1] == ("场景 #1 已提交，不能再修改。如需修改须由协调员退回，"
                        "但目前还没有负责苏州市的协调员；发送 /new 可填写下一个场景。")
    assert not telegram.by_chat[engineer.id][-1].keyboard  # no button to write to nobody
    calls = await engineer.press_data(data, message.message_id)  # the old button
    assert NO_COORDINATOR_NOW.format(city="苏州市") in texts(calls)
    people.add_coordinator(SUZHOU_ID, "苏州市")
    said = texts(await engineer.send("想改一下"))
    assert said[-1] == LOCKED.format(id=1, status="提交")
    assert engineer.last_buttons() == [CONTACT]


async def test_with_no_coordinator_set_up_at_all_none_is_offered(engineer, telegram):
    await submitted(engineer)
    said = texts(await engineer.send("能否先审核通过？"))
    assert "目前还没有负责苏州市的协调员" in said[-1]
    await engineer.send("/drafts")
    said = texts(await engineer.press("打开 #1"))
    assert "目前还没有负责苏州市的协调员" in said[-1]
    assert not telegram.by_chat[engineer.id][-1].keyboard  # no button to write to nobody
    said = texts(await engineer.press_data("Y1", max(telegram.messages)))  # delete it
    assert said[-1] == "只能删除从未提交过的草稿；已提交的场景如需撤回，须由协调员处理，但目前还没有负责苏州市的协调员。"
    assert not telegram.by_chat[engineer.id][-1].keyboard


async def test_a_coordinator_of_another_city_alone_is_no_one_to_write_to(
        engineer, services, telegram):
    people = services.reviews.people
    for coordinator in (PROVINCE_ID, SUZHOU_ID):
        people.remove_coordinator(coordinator)
    await submitted(engineer)  # 无锡's coordinator stays: not this entry's
    await engineer.send("想改一下")
    assert not telegram.by_chat[engineer.id][-1].keyboard  # no button to write to nobody


async def test_a_reply_to_a_return_whose_coordinator_was_removed_goes_to_the_citys_reviewers(
        engineer, province, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    services.reviews.people.remove_coordinator(SUZHOU_ID)  # left the campaign since
    await engineer.press("💬 回复协调员")
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert len(sent_to(telegram, PROVINCE_ID, calls)) == 1


async def test_a_photo_while_the_message_is_awaited_is_asked_for_in_words_and_the_wait_kept(
        engineer, province, suzhou, telegram):
    await submitted(engineer)
    await engineer.send("改一下")
    await engineer.press(CONTACT)
    calls = await engineer.send_photo("这是现场照片，部署总数12台")
    assert texts(calls) == [REPLY_NOT_TEXT]
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    calls = await engineer.send(WANTED)
    assert sent_to(telegram, SUZHOU_ID, calls) == [RECEIVED]
