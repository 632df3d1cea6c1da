"""The engineer answers the coordinator who returned their draft; what they say to the
coordinator is delivered and kept in the history, never saved as an answer."""

import pytest

from bot.retrying import PAUSES
from flows.coordinator_replies import HELD_GONE, NOT_RETURNED, SENT, UNDELIVERED
from flows.draft import Status
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_review import submitted_and_returned

COMMENT = "请按意见修改。"


def answers(services):
    return services.intake.store.answers(1)


@pytest.mark.parametrize(("item", "typed", "key"), [
    ("3 场景名称", "收到，谢谢领导", "scenario_name"),
    ("4 行业/方向", "好的，马上改", "industry"),
    ("5 场景描述与关键技术要求", "这个指标我们暂时没有实测数据，能否先提交？", "pain_point"),
    ("8 创新应用联合体成员", "收到", "makers"),
    ("3 场景名称", "@张处 已按意见修改", "scenario_name"),
    ("3 场景名称", "为什么退回？", "scenario_name"),
    ("5 场景描述与关键技术要求", "为什么退回？我们的痛点写得很清楚了", "pain_point"),
    ("3 场景名称", "为什么退回？名称哪里不对", "scenario_name"),
    ("8 创新应用联合体成员", "为什么退回？成员没问题啊", "makers"),
    ("11 可规模推广的其他标志性技术产品", "为什么退回？这个可以不填吧", "model_algorithm"),
    ("3 场景名称", "李科长，名称哪里不对", "scenario_name"),
])
async def test_talk_back_at_a_flagged_question_is_not_saved_and_can_be_sent(
        engineer, suzhou, services, telegram, item, typed, key):
    await submitted_and_returned(engineer, suzhou, COMMENT, item)
    await engineer.press("✏️ 去修改")
    before = answers(services)[key]
    said = texts(await engineer.send(typed))
    assert answers(services)[key] == before
    assert any("像是写给协调员（苏州市李科）的话，没有保存" in t for t in said)
    assert f"协调员意见：{COMMENT}" in said
    assert f"需要修改：{item}" in said
    message, data = engineer.find_button("💬 发给协调员")
    calls = await engineer.press("💬 发给协调员")
    notice = sent_to(telegram, SUZHOU_ID, calls)
    assert notice == [f"💬 场景 #1 恒远工厂电池测试—柔性插接 的填报人 张工 回复：\n{typed}"]
    assert SENT.format(by="苏州市李科", text=typed) in texts(calls)
    assert answers(services)[key] == before
    again = texts(await engineer.press_data(data, message.message_id))  # sent once only
    assert HELD_GONE in again


async def test_talk_back_at_the_summary_repeats_the_comment(engineer, suzhou, services):
    await submitted_and_returned(engineer, suzhou, "请核实台数。", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.press("⬅️ 返回汇总")
    said = texts(await engineer.send("为什么退回"))
    assert any("没有填入场景的任何一项。" in t and "请输入“项目名：新内容”" in t for t in said)
    assert "协调员意见：请核实台数。" in said


async def test_reply_button_delivers_one_message_to_the_coordinator(
        engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    notice = engineer.last_text()
    assert "被协调员（苏州市李科）退回修改" in notice
    assert "💬 回复协调员" in engineer.last_buttons()
    await engineer.press("💬 回复协调员")
    assert "苏州市李科" in engineer.last_text()
    before = answers(services)
    calls = await engineer.send("部署总数是集团统一规划的，10台")
    assert answers(services) == before
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        "💬 场景 #1 恒远工厂电池测试—柔性插接 的填报人 张工 回复：\n部署总数是集团统一规划的，10台"]
    assert SENT.format(by="苏州市李科", text="部署总数是集团统一规划的，10台") in texts(calls)
    await suzhou.press("🔎 查看场景 #1")
    assert "#1" in suzhou.last_text()
    history = texts(await suzhou.send("/history 1"))[-1]
    assert "张工 填报人回复：部署总数是集团统一规划的，10台" in history
    calls = await engineer.send("收到")  # one message only: the next is the draft's again
    assert sent_to(telegram, SUZHOU_ID, calls) == []


async def test_cancelled_reply_sends_nothing(engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    message, data = engineer.find_button("💬 回复协调员")
    await engineer.press("✏️ 去修改")
    await engineer.press_data(data, message.message_id)
    calls = await engineer.send("取消")
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    await engineer.press_data(data, message.message_id)
    await engineer.press("取消")
    calls = await engineer.send("8台")
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert answers(services)["deployment_count"] == 8


async def test_returned_summary_offers_the_reply(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, COMMENT)
    await engineer.press("✏️ 去修改")
    assert "💬 回复协调员" in engineer.last_buttons()


async def test_a_forged_or_stale_reply_press_is_refused(app, engineer, suzhou, telegram):
    from tests.fake_bot_api import FakeUser
    await submitted_and_returned(engineer, suzhou, COMMENT)
    message, data = engineer.find_button("💬 回复协调员")
    other = FakeUser(app, telegram, 1002, "李工")
    await other.send("/start")
    calls = await other.press_data(data, message.message_id)
    assert "无权操作该草稿。" in texts(calls) + [c.params.get("text") for c in calls]
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")  # handed in again: no longer returned
    calls = await engineer.press_data(data, message.message_id)
    assert NOT_RETURNED.format(title="#1 恒远工厂电池测试—柔性插接") in texts(calls)
    assert sent_to(telegram, SUZHOU_ID, calls) == []


async def test_a_pain_point_beginning_with_shou_dao_is_saved(engineer, suzhou, services):
    await submitted_and_returned(engineer, suzhou, COMMENT, "5 场景描述与关键技术要求")
    await engineer.press("✏️ 去修改")
    await engineer.send("收到订单后需人工分拣，每班4人，错分率2%")
    assert answers(services)["pain_point"] == "收到订单后需人工分拣，每班4人，错分率2%"


async def test_nothing_changes_for_a_draft_not_returned(engineer, services):
    await fill_to_summary(engineer)
    assert "💬 回复协调员" not in engineer.last_buttons()
    await engineer.press("✏️ 3 场景名称")
    said = texts(await engineer.send("收到，谢谢领导"))
    assert not any("写给协调员" in t for t in said)
    assert answers(services)["scenario_name"] == "收到，谢谢领导"
    assert services.intake.store.info(1).status == Status.DRAFT


@pytest.mark.parametrize(("code", "description"), [
    (403, "Forbidden: bot was blocked by the user"), (502, "Bad Gateway")])
async def test_a_reply_telegram_refuses_to_deliver_is_said_not_to_have_arrived(
        engineer, suzhou, telegram, code, description):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.press("💬 回复协调员")
    telegram.refuse("sendMessage", code, description, chat_id=SUZHOU_ID, times=None)
    calls = await engineer.send("部署总数是集团统一规划的，10台")
    assert texts(calls)[-1] == UNDELIVERED.format(to="协调员（苏州市李科）")


async def test_a_reply_telegram_fails_for_a_moment_is_delivered_once_on_a_new_try(
        engineer, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.press("💬 回复协调员")
    telegram.refuse("sendMessage", 502, "Bad Gateway", chat_id=SUZHOU_ID, times=1)
    calls = await engineer.send("部署总数是集团统一规划的，10台")
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        "💬 场景 #1 恒远工厂电池测试—柔性插接 的填报人 张工 回复：\n部署总数是集团统一规划的，10台"]
    assert not any(text.startswith("⚠️ 上面这条没有送达") for text in texts(calls))


@pytest.mark.parametrize(("code", "description", "tries"), [
    (502, "Bad Gateway", len(PAUSES) + 1),  # tried again, then given up on
    (403, "Forbidden: bot was blocked by the user", 1),  # refused for good: not tried again
    (400, "Bad Request: chat not found", 1),
])
async def test_only_a_passing_failure_is_tried_again(engineer, suzhou, telegram, code,
                                                     description, tries):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.press("💬 回复协调员")
    telegram.refuse("sendMessage", code, description, chat_id=SUZHOU_ID, times=None)
    await engineer.send("部署总数是集团统一规划的，10台")
    assert len(telegram.refused) == tries


async def test_with_the_returner_gone_and_nobody_for_the_city_no_reply_is_offered(
        engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, COMMENT, "3 场景名称")
    for coordinator in (PROVINCE_ID, SUZHOU_ID):
        services.reviews.people.remove_coordinator(coordinator)
    await engineer.press("✏️ 去修改")
    before = answers(services)["scenario_name"]
    said = texts(await engineer.send("为什么退回？"))
    assert answers(services)["scenario_name"] == before
    assert any(t.startswith("这条消息像是写给协调员的话，没有保存为“场景名称”。"
                            "目前还没有负责苏州市的协调员，无法发出") for t in said)
    assert not any("李科" in t for t in said)  # who returned it covers it no more
    assert "💬 发给协调员" not in engineer.last_buttons()
    await engineer.press("⬅️ 返回汇总")
    assert "💬 回复协调员" not in engineer.last_buttons()


async def test_a_delivered_reply_is_not_said_to_have_failed(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.press("💬 回复协调员")
    said = texts(await engineer.send("部署总数是集团统一规划的，10台"))
    assert not any(text.startswith("⚠️ 上面这条没有送达") for text in said)


async def test_the_old_reply_button_with_nobody_for_the_city_says_nothing_can_be_sent_now(
        engineer, suzhou, services):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    for coordinator in (PROVINCE_ID, SUZHOU_ID):
        services.reviews.people.remove_coordinator(coordinator)
    said = texts(await engineer.press("💬 回复协调员"))
    assert said[0] == "目前没有负责苏州市的协调员，暂时无法给协调员发消息。"
