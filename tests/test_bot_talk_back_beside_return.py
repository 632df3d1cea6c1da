"""Words plainly for the coordinator who returned scenario #1, typed while the engineer fills
another draft (#2): not saved in #2, offered to be sent to #1's coordinator, with the way to #1;
a greeting at #2 says #1 waits for changes."""

import pytest

from flows.coordinator_replies import SENT
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_review import submitted_and_returned
from tests.test_bot_which_draft import XINGHE_PAIN, second_draft_at_pain

COMMENT = "部署总数偏少，请核实。"
HENGYUAN = "场景 #1（恒远工厂电池测试—柔性插接）"
TO_LI = f"这条消息像是写给{HENGYUAN}的协调员（苏州市李科）的话，没有保存为场景 #2（星河车间焊接—机器人上下料）"
WAITING = f"{HENGYUAN}被协调员退回，正待修改"


async def returned_then_second_draft(engineer, suzhou) -> None:
    """#1 恒远 returned by 苏州市李科 (部署总数 flagged); #2 星河 begun, at its 现状与痛点."""
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await second_draft_at_pain(engineer)


def pain_of_2(services):
    return services.intake.store.load(2).answers.get("pain_point")


@pytest.mark.parametrize("typed", [
    "李科长，部署总数我们再核实一下，稍后修改", "为什么退回？部署总数是按规划填的", "收到，马上改部署总数",
    "@李科 部署总数核实后是20台", "好的，马上改", "已按意见修改，请审核",
])
async def test_words_for_the_coordinator_of_the_returned_scenario_are_not_saved_in_another(
        engineer, suzhou, services, telegram, typed):
    await returned_then_second_draft(engineer, suzhou)
    said = texts(await engineer.send(typed))
    assert pain_of_2(services) is None
    assert said[0].startswith(TO_LI) and "“✏️ 去修改 #1”" in said[0]
    assert said[-1].startswith("📝 场景 #2（星河车间焊接—机器人上下料）")  # #2's question again
    assert {"💬 发给协调员", "✏️ 去修改 #1", "⬅️ 上一步"} <= set(engineer.last_buttons())
    calls = await engineer.press("💬 发给协调员")
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        f"💬 场景 #1 恒远工厂电池测试—柔性插接 的填报人 张工 回复：\n{typed}"]
    assert sent_to(telegram, PROVINCE_ID, calls) == []  # the one who returned it, as today
    assert SENT.format(by="苏州市李科", text=typed) in texts(calls)
    assert engineer.last_text().startswith("📝 场景 #2")  # back at #2's question
    await engineer.send(XINGHE_PAIN)
    assert pain_of_2(services) == XINGHE_PAIN


async def test_the_fix_button_opens_the_returned_scenario(engineer, suzhou, services):
    await returned_then_second_draft(engineer, suzhou)
    await engineer.send("为什么退回？")
    said = texts(await engineer.press("✏️ 去修改 #1"))
    assert f"协调员意见：{COMMENT}" in said
    assert "部署总数" in said[-1] and said[-1].startswith("📝 场景 #1")
    await engineer.send("20台")
    assert services.intake.store.load(1).answers["deployment_count"] == 20


@pytest.mark.parametrize("answer", [
    "收到订单后需人工分拣，每班4人，错分率2%", "此处，人工搬运工件重30公斤，劳动强度大，存在砸伤风险",
])
async def test_answers_at_the_other_draft_are_saved_as_before(engineer, suzhou, services, answer):
    await returned_then_second_draft(engineer, suzhou)
    said = texts(await engineer.send(answer))
    assert pain_of_2(services) == answer
    assert not any("写给" in t for t in said)


async def test_once_resubmitted_the_words_are_answered_as_any(engineer, suzhou, services):
    await returned_then_second_draft(engineer, suzhou)
    await engineer.press("✏️ 去修改")
    await engineer.send("20台")
    await engineer.press("✅ 提交")  # #1 handed in again; back to #2
    said = texts(await engineer.send("好的，马上改"))
    assert not any("写给" in t for t in said)
    assert "💬 发给协调员" not in engineer.last_buttons()


@pytest.mark.parametrize("typed", ["已按意见修改，请审核", "收到，马上改部署总数"])
async def test_the_returned_scenario_reads_the_same_words_so(engineer, suzhou, services, typed):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.press("✏️ 去修改")
    said = texts(await engineer.send(typed))
    assert any("像是写给协调员（苏州市李科）的话，没有保存为“部署总数”" in t for t in said)
    assert services.intake.store.load(1).answers["deployment_count"] == 10


async def test_with_nobody_for_the_city_only_the_way_to_the_returned_one_is_offered(
        engineer, suzhou, services):
    await returned_then_second_draft(engineer, suzhou)
    for coordinator in (PROVINCE_ID, SUZHOU_ID):
        services.reviews.people.remove_coordinator(coordinator)
    said = texts(await engineer.send("为什么退回？"))
    assert pain_of_2(services) is None
    assert "目前还没有负责苏州市的协调员，无法发出" in said[0] and "李科" not in said[0]
    assert "💬 发给协调员" not in engineer.last_buttons()
    assert "✏️ 去修改 #1" in engineer.last_buttons()


@pytest.mark.parametrize("greeting", ["你好", "继续"])
async def test_a_greeting_at_the_other_draft_says_the_returned_one_waits(
        engineer, suzhou, greeting):
    await returned_then_second_draft(engineer, suzhou)
    said = texts(await engineer.send(greeting))
    assert sum(WAITING in t for t in said) == 1
    assert said[-1].startswith("📝 场景 #2")
    assert "✏️ 去修改 #1" in engineer.last_buttons()
    said = texts(await engineer.press("✏️ 去修改 #1"))
    assert said[-1].startswith("📝 场景 #1")


async def test_a_greeting_at_the_other_summary_says_the_returned_one_waits(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.send("/new")
    await walk(engineer, start=1)  # #2, a copy, at its summary
    said = texts(await engineer.send("你好"))
    assert any(t.startswith("您好！草稿已保存") for t in said)
    assert sum(WAITING in t for t in said) == 1
    assert "✏️ 去修改 #1" in engineer.last_buttons() and "✅ 提交" in engineer.last_buttons()


async def test_a_greeting_says_nothing_of_a_scenario_handed_in_again(engineer, suzhou):
    await returned_then_second_draft(engineer, suzhou)
    await engineer.press("✏️ 去修改")
    await engineer.send("20台")
    await engineer.press("✅ 提交")
    said = texts(await engineer.send("你好"))
    assert not any("正待修改" in t for t in said)
    assert "✏️ 去修改 #1" not in engineer.last_buttons()


async def test_with_two_scenarios_returned_each_has_its_own_buttons(
        engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, COMMENT, "10 部署总数")
    await engineer.send("/new")
    await walk(engineer, start=1)  # #2, a copy, handed in and returned too
    await engineer.press("✅ 提交")
    await suzhou.send("/review 2")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("名称请改。")
    await suzhou.press("📨 发送退回")
    await second_draft_at_pain(engineer)  # #3
    said = texts(await engineer.send("为什么退回？"))
    assert services.intake.store.load(3).answers.get("pain_point") is None
    assert f"被退回待修改的有{HENGYUAN}、#2（恒远工厂电池测试—柔性插接）" in said[0]
    assert engineer.last_buttons()[:4] == [
        "💬 发给 #1 的协调员", "✏️ 去修改 #1", "💬 发给 #2 的协调员", "✏️ 去修改 #2"]
    calls = await engineer.press("💬 发给 #2 的协调员")
    assert sent_to(telegram, SUZHOU_ID, calls) == [
        "💬 场景 #2 恒远工厂电池测试—柔性插接 的填报人 张工 回复：\n为什么退回？"]
