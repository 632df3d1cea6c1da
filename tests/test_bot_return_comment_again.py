"""A returned draft shown again to its engineer after a gap (继续 after 暂停, a greeting after a
restart, words at the summary that change nothing) repeats the coordinator's comment, as /start
and /drafts → 打开 do; an answer saved does not."""

import pytest

from flows.step_messages import (
    CARRY_ON,
    CARRY_ON_AT_SUMMARY,
    GREETED_AT_SUMMARY,
    NOT_SAVED_AT_SUMMARY,
)
from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary
from tests.test_bot_review import submitted_and_returned

COMMENT = "协调员意见：请核实台数"
FLAGGED = "↩️ 协调员标注需要修改、尚未改动的项目：10 部署总数。"


async def test_continuing_after_a_pause_at_a_flagged_question_repeats_the_comment(
        engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.press("⏸ 暂停")
    said = texts(await engineer.send("继续"))
    assert said[:3] == [CARRY_ON, COMMENT, FLAGGED + "请按当前问题修改。"]
    assert said[-1].startswith("第 10/11 步 · 部署总数")


async def test_continuing_at_the_summary_is_read_as_continue_with_the_comment(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    said = texts(await engineer.send("继续"))
    assert said[:3] == [CARRY_ON_AT_SUMMARY, COMMENT, FLAGGED + "请点击对应项目修改后再提交。"]
    assert said[-1].startswith("📋 请核对场景 #1")


async def test_a_greeting_after_a_restart_repeats_the_comment(
        engineer, suzhou, make_app, telegram):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    restarted = await make_app()
    said = texts(await FakeUser(restarted, telegram, engineer.id, engineer.name).send("你好"))
    await restarted.shutdown()
    assert said[:2] == [GREETED_AT_SUMMARY, COMMENT]


# 为什么退回？ is words for the coordinator, answered with the offer to send them
# (tests/test_bot_coordinator_replies.py); other words that change nothing get the comment too.
@pytest.mark.parametrize("typed", ["怎么回事", "这是什么意思"])
async def test_words_typed_at_the_summary_before_anything_is_pressed_show_the_comment(
        engineer, suzhou, typed):
    await submitted_and_returned(engineer, suzhou, "请核实台数")  # nothing flagged
    said = texts(await engineer.send(typed))
    assert said[:2] == [NOT_SAVED_AT_SUMMARY, COMMENT]


async def test_an_answer_saved_at_a_returned_draft_does_not_repeat_the_comment(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("✏️ 去修改")
    said = texts(await engineer.send("12台"))
    assert COMMENT not in said
    said = texts(await engineer.send("部署总数：15台"))
    assert COMMENT not in said


async def test_continuing_at_the_summary_of_a_draft_never_returned_carries_on(engineer):
    await fill_to_summary(engineer)
    said = texts(await engineer.send("继续"))
    assert said[0] == CARRY_ON_AT_SUMMARY
    assert not any(s.startswith("协调员意见") for s in said)
    assert said[-1].startswith("📋 请核对场景 #1")
