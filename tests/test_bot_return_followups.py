"""A coordinator's words right after 📨 发送退回: a follow-up for the engineer is offered to be sent
as an addition to the return (📨 补充发送 / 不发送), never lost and never sent unasked; a
pleasantry is told the return has gone out; anything else done ends that window."""

import pytest

from flows.return_additions import ENGINEER_ADDED, SENT_ALREADY
from tests.coordinators import SUZHOU_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk
from tests.test_bot_review import submitted_and_returned

ADDED_1 = ENGINEER_ADDED.format(title="#1 恒远工厂电池测试—柔性插接", addition="{addition}")


@pytest.mark.parametrize(("typed", "addition"), [
    ("补充：场景名称也请写具体", "场景名称也请写具体"),
    ("/补充：场景名称也请写具体", "场景名称也请写具体"),
    ("辛苦了，请尽快修改", "辛苦了，请尽快修改"),
    ("另外，部署总数请与产线规模核对", "另外，部署总数请与产线规模核对"),
])
async def test_a_follow_up_after_the_return_is_sent_to_the_engineer_once_confirmed(
        engineer, suzhou, services, telegram, typed, addition):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    calls = await suzhou.send(typed)
    assert sent_to(telegram, engineer.id, calls) == []  # never sent unasked
    assert suzhou.last_text().endswith(f"\n{addition}")
    assert suzhou.last_buttons() == ["📨 补充发送", "不发送"]
    calls = await suzhou.press("📨 补充发送")
    assert sent_to(telegram, engineer.id, calls) == [ADDED_1.format(addition=addition)]
    assert "已把补充发给场景 #1 的填报人。" in texts(calls)
    history = texts(await suzhou.send("/history 1"))[-1]
    assert history.endswith(f"苏州市李科 补充退回意见：{addition}")


@pytest.mark.parametrize("typed", ["谢谢", "好的", "OK", "👌", "已退回，请查收", "辛苦了", "收到"])
async def test_a_pleasantry_after_the_return_is_told_the_return_has_gone_out(
        engineer, suzhou, telegram, typed):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    calls = await suzhou.send(typed)
    assert texts(calls) == [SENT_ALREADY.format(id=1)]
    assert sent_to(telegram, engineer.id, calls) == []


async def test_a_follow_up_not_sent_reaches_nobody_and_is_shown(engineer, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send("补充：场景名称也请写具体")
    calls = await suzhou.press("不发送")
    assert "以下文字没有发给填报人：场景名称也请写具体" in texts(calls)
    assert sent_to(telegram, engineer.id, calls) == []


async def test_a_follow_up_in_two_messages_is_asked_about_as_one(engineer, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send("补充：场景名称也请写具体")
    await suzhou.send("部署总数也请核实")
    calls = await suzhou.press("📨 补充发送")
    assert sent_to(telegram, engineer.id, calls) == [
        ADDED_1.format(addition="场景名称也请写具体\n部署总数也请核实")]


async def test_another_command_ends_the_window_with_the_follow_up_shown_unsent(
        engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send("补充：场景名称也请写具体")
    said = texts(await suzhou.send("/review"))
    assert said[0] == "以下文字没有发给填报人：场景名称也请写具体"
    assert services.reviews.store.after_return(SUZHOU_ID) is None
    calls = await suzhou.send("谢谢")
    assert SENT_ALREADY.format(id=1) not in texts(calls)


async def test_a_button_pressed_after_the_return_ends_the_window(engineer, suzhou, services):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.press("📥 待审核列表")
    assert services.reviews.store.after_return(SUZHOU_ID) is None


async def test_a_follow_up_after_the_engineer_resubmitted_is_not_sent(
        engineer, suzhou, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send("补充：场景名称也请写具体")
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")
    calls = await suzhou.press("📨 补充发送")
    assert texts(calls)[-1].startswith("场景 #1 已不在退回修改状态（已提交待审核），以下补充没有发出")
    assert sent_to(telegram, engineer.id, calls) == []


async def test_only_the_coordinator_who_returned_may_add_to_the_return(
        engineer, suzhou, province, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send("补充：场景名称也请写具体")
    calls = await province.press_data("A1", max(telegram.messages))  # 苏州's ask, forged
    assert texts(calls) == ["这段补充已经处理过或已过期，没有再发送。"]
    assert sent_to(telegram, engineer.id, calls) == []


@pytest.mark.parametrize("typed", ["苏州工业园区仓储分拣—视觉拣选", "另外一条产线的焊接", "补充包装线码垛"])
async def test_a_coordinator_filling_a_draft_of_their_own_answers_it_right_after_a_return(
        engineer, suzhou, services, telegram, typed):
    await suzhou.send("/new")
    await walk(suzhou, AT_SCENARIO_NAME, start=1)
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    calls = await suzhou.send(typed)
    assert sent_to(telegram, engineer.id, calls) == []
    assert "📨 补充发送" not in suzhou.last_buttons()
    assert services.intake.store.current(SUZHOU_ID).answers["scenario_name"] == typed


@pytest.mark.parametrize("typed", ["2", "#2", "你好", "待审核"])
async def test_a_number_or_a_word_to_the_bot_after_a_return_is_not_offered_as_an_addition(
        engineer, suzhou, typed):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send(typed)
    assert "📨 补充发送" not in suzhou.last_buttons()
    assert not suzhou.last_text().startswith("要把以下文字")
