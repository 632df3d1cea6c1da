"""An engineer's older messages and side trips: a summary card acts only on what it showed,
and looking at a handed-in entry leaves the draft in progress where it was."""

from bot.which_draft import STILL_IN_PROGRESS
from flows.draft import Status
from flows.step_messages import LOCKED_HINT, OUTDATED_SUMMARY, STALE, STALE_AT_SUMMARY
from tests.coordinators import SUZHOU_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, AT_SCENARIO_TYPE, JOURNEY, fill_to_summary, walk
from tests.test_bot_review import submitted_and_returned


async def test_submitting_from_a_summary_card_older_than_a_return_shows_the_current_summary(
    services, engineer, suzhou, telegram
):
    await fill_to_summary(engineer)
    old_card, old_submit = engineer.find_button("✅ 提交")
    await engineer.send("部署总数：12台")
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")
    calls = await engineer.press_data(old_submit, old_card.message_id)
    shown = texts(calls)
    assert services.intake.store.info(1).status == Status.RETURNED
    assert sent_to(telegram, SUZHOU_ID, calls) == []
    assert OUTDATED_SUMMARY in shown
    assert "协调员意见：请核实台数" in shown
    assert "10. 部署总数：12台" in engineer.last_text()
    assert "✅ 提交" in engineer.last_buttons()


async def test_submitting_from_the_card_shown_before_the_return_is_refused_even_unchanged(
    services, engineer, suzhou
):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数")
    await suzhou.press("📨 发送退回")
    calls = await engineer.press_data(submit, card.message_id)
    assert OUTDATED_SUMMARY in texts(calls)
    assert services.intake.store.info(1).status == Status.RETURNED


async def test_submitting_from_a_summary_card_shown_before_a_typed_change_submits_nothing(
    services, engineer
):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.send("部署总数：12台")
    calls = await engineer.press_data(submit, card.message_id)
    assert OUTDATED_SUMMARY in texts(calls)
    assert services.intake.store.info(1).status == Status.DRAFT
    await engineer.press("✅ 提交")
    assert services.intake.store.info(1).status == Status.SUBMITTED


def popup(calls) -> list[str]:
    return [c.params.get("text") for c in calls if c.endpoint == "answerCallbackQuery"]


async def test_an_outdated_submit_pops_up_a_word_for_the_summary_it_shows(engineer):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.send("部署总数：12台")
    calls = await engineer.press_data(submit, card.message_id)
    assert popup(calls) == [STALE_AT_SUMMARY] == ["该按钮已过期，请按最新的汇总内容操作。"]
    assert "10. 部署总数：12台" in engineer.last_text()


async def test_an_old_question_button_pressed_at_the_summary_pops_up_a_word_for_the_summary(
        engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    old, data = engineer.find_button("特种")
    await walk(engineer, start=AT_SCENARIO_TYPE)
    assert popup(await engineer.press_data(data, old.message_id)) == [STALE_AT_SUMMARY]


async def test_an_old_button_pressed_at_a_question_still_asks_to_answer_it(engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    old, data = engineer.find_button("特种")
    await engineer.press("工业")
    assert popup(await engineer.press_data(data, old.message_id)) == [STALE]


async def test_the_cards_submit_pressed_at_a_question_opened_from_it_submits(services, engineer):
    await fill_to_summary(engineer)
    card, submit = engineer.find_button("✅ 提交")
    await engineer.press("✏️ 10 部署总数")
    await engineer.press_data(submit, card.message_id)
    assert services.intake.store.info(1).status == Status.SUBMITTED


async def test_the_summary_card_shown_after_a_return_submits_it(services, engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")
    assert services.intake.store.info(1).status == Status.SUBMITTED


async def at_industry_of_a_second_draft(engineer) -> None:
    """#1 submitted; #2 begun, waiting for its industry."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, 5, start=1)


async def test_looking_at_a_submitted_entry_leaves_the_draft_in_progress_to_type_into(
    services, engineer
):
    await at_industry_of_a_second_draft(engineer)
    await engineer.send("/drafts")
    calls = await engineer.press("打开 #1")
    assert texts(calls)[-2:] == [STILL_IN_PROGRESS.format(title="#2 恒远工厂电池测试—柔性插接"), LOCKED_HINT]
    calls = await engineer.send("汽车制造")
    assert texts(calls)[-1].startswith("第 4/11 步（2/2） · 行业/方向")
    assert services.intake.store.answers(2)["industry"] == "汽车制造"
    assert services.intake.store.current_draft_id(engineer.id) == 2


async def test_a_button_of_the_draft_in_progress_works_after_looking_at_a_submitted_entry(
    services, engineer
):
    await at_industry_of_a_second_draft(engineer)
    question, car = engineer.find_button("汽车制造")
    await engineer.send("/drafts")
    await engineer.press("打开 #1")
    await engineer.press_data(car, question.message_id)
    assert services.intake.store.answers(2)["industry"] == "汽车制造"
    calls = await engineer.send("/start")
    assert texts(calls)[-1].startswith("第 4/11 步（2/2） · 行业/方向")


async def test_an_old_fix_button_of_an_approved_entry_leaves_the_draft_in_progress(
    services, engineer, suzhou
):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    fix_notice, fix = engineer.find_button("✏️ 去修改")
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")
    await suzhou.press("✅ 通过")
    await engineer.send("/new")
    await walk(engineer, 5, start=1)
    await engineer.press_data(fix, fix_notice.message_id)
    await engineer.send("汽车制造")
    assert services.intake.store.answers(2)["industry"] == "汽车制造"


async def test_deleting_the_current_draft_goes_back_to_the_returned_one_being_fixed(
    services, engineer, suzhou
):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.send("/new")
    await walk(engineer, 5, start=1)
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #2")
    calls = await engineer.press("🗑 确认删除")
    shown = texts(calls)
    assert "继续填写场景 #1 恒远工厂电池测试—柔性插接。发送 /new 可新建场景。" in shown
    assert "协调员意见：请核实台数" in shown
    assert shown[-1].startswith("第 10/11 步 · 部署总数")
    await engineer.send("8台")
    assert services.intake.store.answers(1)["deployment_count"] == 8


async def test_an_old_delete_confirmation_does_not_delete_a_draft_filled_in_since(
        services, engineer, telegram):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    confirmation = telegram.by_chat[engineer.id][-1].message_id
    await engineer.send("/start")
    await walk(engineer, len(JOURNEY), AT_SCENARIO_NAME)
    calls = await engineer.press("🗑 确认删除", confirmation)
    assert texts(calls) == ["这份草稿在上次询问是否删除之后又有修改，没有删除。\n"
                            "确定删除场景草稿 #1 恒远工厂电池测试—柔性插接？删除后无法恢复。"]
    assert services.intake.store.answers(1)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    await engineer.press("🗑 确认删除")  # confirmed as it stands now
    assert services.intake.store.answers(1) == {}


async def test_a_delete_confirmation_drawn_by_an_earlier_release_asks_again(
        services, engineer, telegram):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.press_data("Y1", max(telegram.messages))
    assert texts(calls)[0].startswith("这份草稿在上次询问是否删除之后又有修改，没有删除。")
    assert services.intake.store.answers(1)["enterprise"] == "苏州恒远动力电池有限公司"


async def test_a_submit_anyway_drawn_by_an_earlier_release_still_submits(
        services, engineer, telegram):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await fill_to_summary(engineer)  # #2, alike #1
    await engineer.press("✅ 提交")
    warning, data = engineer.find_button("仍然提交")
    assert data.endswith(":U0")
    calls = await engineer.press_data(data.removesuffix("0"), warning.message_id)
    assert services.intake.store.info(2).status == Status.SUBMITTED
    assert texts(calls)[0].startswith("✅ 场景 #2 已提交")


async def test_a_submit_anyway_of_a_deleted_draft_shows_the_question_of_the_one_in_progress(
        services, engineer):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await fill_to_summary(engineer)  # #2, alike #1
    await engineer.press("✅ 提交")
    warning, data = engineer.find_button("仍然提交")
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #2")
    await engineer.press("🗑 确认删除")
    await engineer.send("/new")
    await walk(engineer, AT_SCENARIO_NAME)  # #3
    calls = await engineer.press_data(data, warning.message_id)
    assert texts(calls)[0] == "该草稿已删除或不存在。"
    assert engineer.last_text().startswith("第 3/11 步")
    assert services.intake.store.info(2) is None
    assert services.intake.store.info(3).status == Status.DRAFT


async def test_a_blank_draft_given_its_default_unit_after_the_delete_question_is_still_deleted(
        services, engineer):
    await engineer.send("/start")
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    question, data = engineer.find_button("🗑 确认删除")
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    assert services.intake.store.answers(1) == {"submitting_unit": "江苏省工业和信息化厅"}
    calls = await engineer.press_data(data, question.message_id)
    assert any(text.startswith("已删除场景草稿 #1") for text in texts(calls))
    assert services.intake.store.info(1) is None


async def test_a_delete_question_of_a_blank_draft_asks_again_once_it_has_an_own_answer(
        services, engineer):
    await engineer.send("/start")
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    question, data = engineer.find_button("🗑 确认删除")
    await walk(engineer, 3)  # /start, the default unit, 苏州市
    calls = await engineer.press_data(data, question.message_id)
    assert texts(calls)[0].startswith("这份草稿在上次询问是否删除之后又有修改，没有删除。")
    assert services.intake.store.info(1) is not None


async def test_an_old_back_button_of_an_approved_entry_is_refused_without_marking_it_pressed(
    engineer, suzhou, telegram
):
    await fill_to_summary(engineer)
    question, back = engineer.find_button("⬅️ 上一步")
    await engineer.press("✅ 提交")
    await suzhou.press("✅ 通过")
    calls = await engineer.press_data(back, question.message_id)
    assert texts(calls)[0].startswith("场景 #1 已审核通过，不能再修改。")
    assert "👉" not in telegram.messages[question.message_id].text


async def test_an_old_pause_button_of_a_submitted_entry_says_it_is_handed_in_not_saved_as_draft(
    services, engineer
):
    await walk(engineer, AT_SCENARIO_NAME)
    question, pause = engineer.find_button("⏸ 暂停")
    await walk(engineer, start=AT_SCENARIO_NAME)
    await engineer.press("✅ 提交")
    shown = texts(await engineer.press_data(pause, question.message_id))
    assert services.intake.store.info(1).status == Status.SUBMITTED
    assert not any("草稿已保存" in text for text in shown)
    assert "场景 #1 已提交，不能再修改。" in shown[0]
