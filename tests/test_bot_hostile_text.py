"""Messages made to be hard on a regular expression (a yes word, 嗯, 再填了 or a digit typed again
and again, then one thing unexpected) are answered at once, as any unfit answer is: the reason,
the question again, nothing saved. Each was read every way a pattern could read it, and held the
bot's one event loop, so every engineer, for seconds to hours; a pattern slow that way makes these
tests hang rather than fail. tests/hostile_messages.py and benchmarks/hostile_text.py time more."""

import pytest

from flows.rules import TOO_LONG
from flows.step_messages import NOT_SAVED_AT_SUMMARY, PRESS_AND_DONE
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, JOURNEY, walk
from tests.test_bot_talk_back_beside_return import returned_then_second_draft

AT_MAKERS, AT_SUMMARY = 14, len(JOURNEY)
AT_GOALS = JOURNEY.index(("press", "☐ 完成本单位内同类场景复制部署"))
YES_RUN, YES_GLUED = "好的，" * 99 + "x", "好的" * 149 + "x"  # 好的 read as _SURE, _YES, 好+的
HMM_RUN = "嗯" * 299 + "x"  # 嗯+ repeated: every split of the run
REFILL_RUN = "再填了" * 99 + "x"  # 再填 read as one word or as 再 and 填
FIXED_RUN = "已改好" * 99 + "x"  # 已改好 read as one fix or as 已改 and 好
DIGIT_RUN = "1" * 39 + "x"  # item numbers: every split of the digits, at most 40 characters


def too_long(typed: str) -> str:
    return TOO_LONG.format(max_length=60, length=len(typed))


@pytest.mark.parametrize(("moves", "typed", "reason"), [
    # the yes words said first are dropped; what is left is asked for as a unit's full name
    (AT_ENTERPRISE, YES_RUN, "“x”太短，不是单位的全称。请填写用户单位全称（与营业执照一致），"
                             "例如“XX电池有限公司”。"),
    (AT_SCENARIO_NAME, YES_RUN, "内容过短：至少 4 个字。"),
    (AT_SCENARIO_NAME, YES_GLUED, too_long(YES_GLUED)),
    (AT_SCENARIO_NAME, HMM_RUN, too_long(HMM_RUN)),
    (AT_SCENARIO_NAME, REFILL_RUN, too_long(REFILL_RUN)),
    (AT_MAKERS, YES_RUN, "内容过短：至少 2 个字。"),
    (AT_MAKERS, HMM_RUN, too_long(HMM_RUN)),
    (AT_GOALS, DIGIT_RUN, PRESS_AND_DONE),
    (AT_SUMMARY, DIGIT_RUN, NOT_SAVED_AT_SUMMARY),
    (AT_SUMMARY, REFILL_RUN, NOT_SAVED_AT_SUMMARY),
], ids=["yes-run-at-enterprise", "yes-run-at-name", "yes-glued-at-name", "hmm-at-name",
        "refill-at-name", "yes-run-at-makers", "hmm-at-makers", "digits-at-goals",
        "digits-at-summary", "refill-at-summary"])
async def test_a_hostile_message_is_refused_at_once_and_nothing_saved(
        engineer, services, moves, typed, reason):
    await walk(engineer, moves)
    asked, before = engineer.last_text(), dict(services.intake.store.current(engineer.id).answers)
    assert texts(await engineer.send(typed)) == [reason, asked]
    assert services.intake.store.current(engineer.id).answers == before


@pytest.mark.parametrize("typed", [HMM_RUN, FIXED_RUN], ids=["hmm", "fixed"])
async def test_a_run_while_a_draft_stands_returned_is_read_at_once(engineer, suzhou, typed):
    """嗯 or 已改好 typed on and on is checked for words to the coordinator of the returned #1
    and is not such words: #2's question goes on."""
    await returned_then_second_draft(engineer, suzhou)
    said = texts(await engineer.send(typed))
    assert said[-1].startswith("📝 场景 #2（星河车间焊接—机器人上下料）")
