"""Several scenarios in the return cycle at once: an up-to-date summary card submits its own
scenario whichever is current, and a returned scenario still to fix is not left behind."""

from datetime import timedelta

from flows.draft import Status
from flows.step_messages import OUTDATED_SUMMARY
from storage.drafts import utc_now
from tests.coordinators import SUZHOU_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, fill_to_summary, walk
from tests.test_bot_review import submitted_and_returned

FLAGGED_10 = "↩️ 协调员标注需要修改、尚未改动的项目：10 部署总数。"


async def two_submitted_and_returned(engineer, suzhou) -> None:
    """#1 and #2 submitted, both returned by 苏州 with 10 部署总数 flagged."""
    await two_submitted(engineer)
    await both_returned(suzhou)


async def two_submitted(engineer) -> None:
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, 4, start=1)
    await engineer.send("仓库夜间四足机器人巡检盘点")
    await walk(engineer, start=5)
    await engineer.press("✅ 提交")
    if "仍然提交" in engineer.last_buttons():
        await engineer.press("仍然提交")


async def both_returned(suzhou) -> None:
    for n in (1, 2):
        await suzhou.send(f"/review {n}")
        await suzhou.press("↩️ 退回修改")
        await suzhou.send(f"#{n} 请核实台数。")
        await suzhou.press("☐ 10 部署总数")
        await suzhou.press("📨 发送退回")


async def fix(engineer, telegram, n: int, answer: str) -> None:
    """去修改 on #n's return notice, then the flagged 部署总数 answered."""
    notice = [m for m in telegram.by_chat[engineer.id]
              if m.text.startswith(f"↩️ 您的场景 #{n}")][0]
    await engineer.press("✏️ 去修改", notice.message_id)
    await engineer.send(answer)


async def test_the_card_of_a_fixed_returned_scenario_submits_it_after_another_was_resubmitted(
        engineer, suzhou, services, telegram):
    await two_submitted_and_returned(engineer, suzhou)
    await fix(engineer, telegram, 1, "12台")
    card, submit = engineer.find_button("✅ 提交")
    await fix(engineer, telegram, 2, "8台")
    await engineer.press("✅ 提交")
    calls = await engineer.press_data(submit, card.message_id)
    assert services.intake.store.info(1).status == Status.SUBMITTED
    assert sent_to(telegram, engineer.id, calls)[0].startswith("✅ 场景 #1 已提交")
    assert any(t.startswith("📥 退回修改后重新提交的场景") for t in sent_to(telegram, SUZHOU_ID, calls))


async def test_a_half_fixed_returned_scenario_is_reopened_after_another_is_resubmitted(
        engineer, suzhou, telegram):
    await two_submitted_and_returned(engineer, suzhou)
    await fix(engineer, telegram, 1, "12台")
    await fix(engineer, telegram, 2, "8台")
    shown = sent_to(telegram, engineer.id, await engineer.press("✅ 提交"))
    assert shown[0].startswith("✅ 场景 #2 已提交")
    assert "继续填写场景 #1 恒远工厂电池测试—柔性插接。发送 /new 可新建场景。" in shown
    assert "协调员意见：#1 请核实台数。" in shown
    assert "10. 部署总数：12台" in shown[-1]
    assert "✅ 提交" in engineer.last_buttons()


async def test_a_resubmission_goes_back_to_the_draft_being_filled_before_another_returned(
        engineer, suzhou, services, telegram):
    await two_submitted(engineer)
    await engineer.send("/new")
    await walk(engineer, AT_ENTERPRISE, start=1)
    store = services.intake.store
    store.clock = lambda: utc_now() + timedelta(hours=1)  # returned an hour later
    await both_returned(suzhou)
    await fix(engineer, telegram, 1, "12台")
    shown = sent_to(telegram, engineer.id, await engineer.press("✅ 提交"))
    assert shown[0].startswith("✅ 场景 #1 已提交")
    assert services.intake.store.current_draft_id(engineer.id) == 3
    assert shown[-1].startswith("📝 场景 #3（未命名场景）")  # #2, returned, is in progress too
    assert shown[-1].split("\n")[1] == "第 2/11 步（2/2） · 用户单位"


async def test_a_returned_scenario_not_yet_fixed_is_reopened_with_its_flagged_items(
        engineer, suzhou, telegram):
    await two_submitted_and_returned(engineer, suzhou)
    await fix(engineer, telegram, 2, "8台")
    shown = sent_to(telegram, engineer.id, await engineer.press("✅ 提交"))
    assert "继续填写场景 #1 恒远工厂电池测试—柔性插接。发送 /new 可新建场景。" in shown
    assert "协调员意见：#1 请核实台数。" in shown
    assert FLAGGED_10 + "请点击对应项目修改后再提交。" in shown


async def test_the_current_card_of_a_returned_scenario_submits_it_after_new(
        engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.send("12台")
    card, submit = engineer.find_button("✅ 提交")
    await engineer.send("/new")
    shown = sent_to(telegram, engineer.id, await engineer.press_data(submit, card.message_id))
    assert services.intake.store.info(1).status == Status.SUBMITTED
    assert shown[0].startswith("✅ 场景 #1 已提交")
    assert "继续填写场景 #2（未命名场景）。发送 /new 可新建场景。" in shown
    assert services.intake.store.current_draft_id(engineer.id) == 2


async def test_the_card_of_a_draft_submits_it_while_another_is_being_filled_in(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, AT_ENTERPRISE, start=1)
    shown = sent_to(telegram, engineer.id, await engineer.press_data(submit, card.message_id))
    assert services.intake.store.info(1).status == Status.SUBMITTED
    assert shown[-1].startswith("第 2/11 步（2/2） · 用户单位")
    await engineer.send("无锡恒通精密制造有限公司")
    assert services.intake.store.answers(2)["enterprise"] == "无锡恒通精密制造有限公司"


async def test_an_outdated_card_of_another_draft_submits_nothing(engineer, services, telegram):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.send("部署总数：12台")
    await engineer.send("/new")
    shown = sent_to(telegram, engineer.id, await engineer.press_data(submit, card.message_id))
    assert services.intake.store.info(1).status == Status.DRAFT
    assert OUTDATED_SUMMARY not in shown
    assert services.intake.store.current_draft_id(engineer.id) == 2


async def test_the_card_of_another_draft_opened_at_a_question_since_submits_nothing(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("/new")
    await engineer.press_data(submit, card.message_id)
    assert services.intake.store.info(1).status == Status.DRAFT


async def test_paused_at_a_flagged_item_the_way_back_says_to_answer_the_question(
        engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实", "3 场景名称", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.press("⏸ 暂停")
    for way_back in ("/start", "/drafts"):
        calls = await engineer.send(way_back)
        if way_back == "/drafts":
            calls = await engineer.press("打开 #1")
        shown = texts(calls)
        assert "↩️ 协调员标注需要修改、尚未改动的项目：3 场景名称、10 部署总数。请按当前问题修改。" in shown
        assert shown[-1].startswith("第 3/11 步 · 场景名称")


async def test_paused_at_an_item_not_flagged_the_way_back_says_to_finish_it_first(
        engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.press("⬅️ 返回汇总")
    await engineer.press("✏️ 3 场景名称")
    await engineer.press("⏸ 暂停")
    shown = texts(await engineer.send("/start"))
    assert FLAGGED_10 + "请先答完当前问题，回到汇总后点击对应项目修改。" in shown
    assert shown[-1].startswith("第 3/11 步 · 场景名称")


async def test_submitting_anyway_from_the_card_of_another_draft_goes_back_to_the_one_being_filled(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await fill_to_summary(engineer)  # #2, alike #1
    card, submit = engineer.find_button("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, AT_ENTERPRISE, start=1)
    await engineer.press_data(submit, card.message_id)
    assert "仍然提交" in engineer.last_buttons()
    shown = sent_to(telegram, engineer.id, await engineer.press("仍然提交"))
    assert services.intake.store.info(2).status == Status.SUBMITTED
    assert shown[0].startswith("✅ 场景 #2 已提交")
    assert services.intake.store.current_draft_id(engineer.id) == 3
    assert shown[-1].startswith("第 2/11 步（2/2） · 用户单位")


async def test_submitting_anyway_the_draft_being_filled_goes_nowhere_else(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, AT_ENTERPRISE, start=1)  # #2, left half-filled
    await engineer.send("/new")
    await fill_to_summary(engineer)  # #3, alike #1
    await engineer.press("✅ 提交")
    shown = sent_to(telegram, engineer.id, await engineer.press("仍然提交"))
    assert shown[0].startswith("✅ 场景 #3 已提交")
    assert not any(t.startswith("第 2/11 步") for t in shown)


async def test_a_resubmission_names_another_returned_scenario_fixed_but_not_resubmitted(
        engineer, suzhou, services, telegram):
    await two_submitted(engineer)
    await engineer.send("/new")
    await walk(engineer, AT_ENTERPRISE, start=1)
    await both_returned(suzhou)
    await fix(engineer, telegram, 1, "12台")
    await fix(engineer, telegram, 2, "8台")
    shown = sent_to(telegram, engineer.id, await engineer.press("✅ 提交"))
    assert shown[0].startswith("✅ 场景 #2 已提交")
    assert ("被退回的场景 #1 恒远工厂电池测试—柔性插接 已修改、尚未重新提交，发送 /drafts 打开后提交。"
            in shown)
    assert shown[-1].startswith("📝 场景 #3（未命名场景）（有多份草稿在填写")  # #1 is in progress too
    assert "第 2/11 步（2/2） · 用户单位" in shown[-1]


async def test_a_resubmission_names_no_returned_scenario_left_as_it_was(
        engineer, suzhou, telegram):
    await two_submitted(engineer)
    await engineer.send("/new")
    await walk(engineer, AT_ENTERPRISE, start=1)
    await both_returned(suzhou)
    await fix(engineer, telegram, 2, "8台")
    shown = sent_to(telegram, engineer.id, await engineer.press("✅ 提交"))
    assert not any("尚未重新提交" in t for t in shown)
