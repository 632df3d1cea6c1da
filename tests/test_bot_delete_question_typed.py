"""Words typed while the question whether to delete a draft is the last one asked: a yes or a
no answers that question, never the draft's own, and only its button deletes (a delete cannot
be undone); other words are the current question's answer, as before. Anything the bot sends
afterwards, a notice or a reminder included, ends the question."""

import pytest
from telegram.ext import CallbackContext

from bot.app import send_reminders
from flows.draft import Status
from flows.menus import PRESS_TO_DISCARD
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, AT_SCENARIO_TYPE, fill_to_summary, walk
from tests.test_bot_other_entries import return_count

YES = ["确认", "确定", "是", "好的", "删除", "确认删除", "确认！", "OK"]
NO = ["取消", "不删了", "不删", "算了"]


async def _asked_to_delete(engineer: FakeUser, draft_id: int = 1) -> None:
    await engineer.send("/drafts")
    await engineer.press(f"🗑 删除 #{draft_id}")


def _asked_again(calls, draft_id: int = 1) -> bool:
    return (texts(calls)[-2:][0] == PRESS_TO_DISCARD
            and texts(calls)[-1].startswith(f"确定删除场景草稿 #{draft_id}"))


@pytest.mark.parametrize("moves", [1, AT_ENTERPRISE, AT_SCENARIO_NAME, AT_SCENARIO_TYPE])
@pytest.mark.parametrize("typed", YES)
async def test_a_yes_typed_at_the_delete_question_asks_for_its_button_and_saves_nothing(
        services, engineer, typed, moves):
    await walk(engineer, moves)
    before = services.intake.store.load(1)
    await _asked_to_delete(engineer)
    calls = await engineer.send(typed)
    assert _asked_again(calls)
    assert engineer.last_buttons() == ["🗑 确认删除", "取消"]
    after = services.intake.store.load(1)
    assert (after.answers, after.cursor) == (before.answers, before.cursor)


@pytest.mark.parametrize("typed", ["确认", "确认删除"])
async def test_a_yes_typed_at_the_delete_question_at_the_summary_neither_submits_nor_deletes(
        services, engineer, typed):
    await fill_to_summary(engineer)
    await _asked_to_delete(engineer)
    calls = await engineer.send(typed)
    assert _asked_again(calls)
    assert services.intake.store.info(1).status == Status.DRAFT
    calls = await engineer.press("🗑 确认删除")
    assert "已删除场景草稿 #1 恒远工厂电池测试—柔性插接。" in texts(calls)
    assert services.intake.store.info(1) is None


async def test_a_yes_typed_at_the_delete_question_of_another_draft_leaves_both_as_they_are(
        services, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send("/new")
    await walk(engineer, AT_SCENARIO_NAME, start=1)  # #2, at 场景名称
    await _asked_to_delete(engineer, 1)
    calls = await engineer.send("确认删除")
    assert _asked_again(calls, 1)
    assert "scenario_name" not in services.intake.store.answers(2)
    await engineer.press("🗑 确认删除")
    assert services.intake.store.info(1) is None
    await engineer.send("恒远工厂电池测试—柔性插接")
    assert services.intake.store.answers(2)["scenario_name"] == "恒远工厂电池测试—柔性插接"


@pytest.mark.parametrize("typed", NO)
async def test_a_no_typed_at_the_delete_question_is_its_cancel(services, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    await _asked_to_delete(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("🗂 我的场景：")
    assert services.intake.store.info(1) is not None
    assert "scenario_name" not in services.intake.store.answers(1)
    calls = await engineer.press("打开 #1")
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")


@pytest.mark.parametrize("typed", ["否", "不删了"])
async def test_the_confirm_button_of_a_question_answered_no_by_typing_deletes_nothing(
        services, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    await _asked_to_delete(engineer)
    question, confirm = engineer.find_button("🗑 确认删除")
    await engineer.send(typed)
    calls = await engineer.press_data(confirm, question.message_id)
    assert services.intake.store.info(1) is not None
    assert texts(calls) == ["您已回复不删除场景草稿 #1 （苏州恒远动力电池有限公司），"
                            "这个“🗑 确认删除”按钮已失效。"
                            "如需删除，请发送 /drafts，在草稿列表中重新点击删除。"]


async def test_a_draft_kept_by_a_typed_no_is_deleted_when_asked_again_and_confirmed(
        services, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await _asked_to_delete(engineer)
    await engineer.send("否")
    await _asked_to_delete(engineer)
    calls = await engineer.press("🗑 确认删除")
    assert "已删除场景草稿 #1 （苏州恒远动力电池有限公司）。" in texts(calls)
    assert services.intake.store.info(1) is None


async def test_the_delete_question_still_takes_a_typed_yes_after_a_restart(
        services, engineer, make_app, telegram):
    await walk(engineer, AT_SCENARIO_NAME)
    await _asked_to_delete(engineer)
    restarted = await make_app()
    calls = await FakeUser(restarted, telegram, engineer.id, engineer.name).send("确认删除")
    assert _asked_again(calls)
    assert "scenario_name" not in services.intake.store.answers(1)
    await restarted.shutdown()


async def test_a_real_answer_typed_at_the_delete_question_is_saved_and_ends_it(
        services, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await _asked_to_delete(engineer)
    calls = await engineer.send("恒远工厂电池测试—柔性插接")
    assert services.intake.store.answers(1)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert texts(calls)[-1].startswith("第 4/11 步")
    assert services.intake.store.discard_asked(engineer.id) is None


@pytest.mark.parametrize("then", ["/start", "📷", "⬅️ 上一步"])
async def test_anything_else_done_after_the_delete_question_ends_it(services, engineer, then):
    await walk(engineer, 1)  # /start: at 报送单位
    await _asked_to_delete(engineer)
    if then == "📷":
        await engineer.send_photo()
    elif then.startswith("/"):
        await engineer.send(then)
    else:
        await engineer.send("/start")
    calls = await engineer.send("确认")  # confirms the default 报送单位, as at any time
    assert services.intake.store.answers(1) == {"submitting_unit": "江苏省工业和信息化厅"}
    assert PRESS_TO_DISCARD not in texts(calls)


async def test_a_return_notice_after_the_delete_question_ends_it(services, engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, 1, start=1)  # #2 at 报送单位
    await _asked_to_delete(engineer, 2)
    await return_count(suzhou)  # the notice says typed words go to #2
    calls = await engineer.send("好的")
    assert PRESS_TO_DISCARD not in texts(calls)
    assert services.intake.store.answers(2) == {"submitting_unit": "江苏省工业和信息化厅"}
    assert services.intake.store.discard_asked(engineer.id) is None


async def test_a_notice_to_a_coordinator_leaves_the_engineers_delete_question(
        services, engineer, suzhou):
    await walk(engineer, 1)
    await _asked_to_delete(engineer)
    await suzhou.send("/new")
    await walk(suzhou, start=1)
    await suzhou.press("✅ 提交")  # a card to the province's coordinators, none to the engineer
    assert _asked_again(await engineer.send("确认"))


async def test_a_reminder_after_the_delete_question_ends_it(app, services, clock, engineer):
    await walk(engineer, AT_SCENARIO_NAME)  # #1, reminded of
    await engineer.send("/new")
    await walk(engineer, 1, start=1)  # #2 at 报送单位
    await _asked_to_delete(engineer, 2)
    services.intake.store.db.execute("update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    await send_reminders(CallbackContext(app))
    assert engineer.last_text().startswith("您好！以下场景草稿已超过 3 天没有更新")
    calls = await engineer.send("确认")  # confirms #2's default 报送单位, as at any time
    assert PRESS_TO_DISCARD not in texts(calls)
    assert services.intake.store.answers(2) == {"submitting_unit": "江苏省工业和信息化厅"}
