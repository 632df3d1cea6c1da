"""A coordinator types a decision (通过, 退回，部署总数写错了) instead of pressing the card's
button: told how to decide, never saved as an answer to their own draft, and no entry decided
or returned by the words."""

import pytest

from bot.typed_decisions import DECIDE_ON_THE_CARD, NOT_SAVED
from flows.draft import Status
from tests.coordinators import SUZHOU_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

DECISIONS = ["通过", "审核通过。", "通过吧", "同意", "退回", "驳回", "退回，部署总数写错了",
             "驳回：场景名称太笼统", "退回修改 部署总数写错了", "✅ 通过", "下一个", "同意通过",
             "可以通过", "打回重填", "不同意", "拒绝"]


async def own_draft_at_scenario_name(suzhou) -> None:
    await suzhou.send("/new")
    await walk(suzhou, AT_SCENARIO_NAME, start=1)


@pytest.mark.parametrize("typed", DECISIONS)
async def test_a_typed_decision_beside_the_coordinators_own_draft_is_not_saved_and_decides_nothing(
        services, suzhou, typed):
    entry = seed(services, 11)
    await own_draft_at_scenario_name(suzhou)
    await suzhou.send(f"/review {entry}")
    calls = await suzhou.send(typed)
    said = texts(calls)
    assert said[0] == DECIDE_ON_THE_CARD.format(typed=typed, kept=NOT_SAVED)
    assert "场景名称" in said[-1]  # the draft's question asked again
    assert "scenario_name" not in services.intake.store.current(SUZHOU_ID).answers
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED
    assert sent_to(suzhou.telegram, 11, calls) == []


@pytest.mark.parametrize("typed", DECISIONS)
async def test_a_typed_decision_with_no_draft_open_says_how_to_decide(services, suzhou, typed):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    assert texts(await suzhou.send(typed)) == [DECIDE_ON_THE_CARD.format(typed=typed, kept="")]
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


@pytest.mark.parametrize("answer", ["退回品分拣—视觉识别与上架", "通过式安检机器人巡检",
                                    "同意书签署辅助机器人"])
async def test_an_answer_beginning_with_a_decisions_word_is_still_the_coordinators_answer(
        services, suzhou, answer):
    await own_draft_at_scenario_name(suzhou)
    await suzhou.send(answer)
    assert services.intake.store.current(SUZHOU_ID).answers["scenario_name"] == answer


@pytest.mark.parametrize("answer", ["退回，品分拣—视觉识别与上架", "通过"])
async def test_an_engineers_words_are_never_read_as_a_decision(services, engineer, answer):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send(answer))
    assert not any(DECIDE_ON_THE_CARD[:8] in s for s in said)
    if len(answer) > 4:
        assert services.intake.store.load(1).answers["scenario_name"] == answer


async def test_a_yes_to_the_coordinators_own_draft_is_still_taken_by_the_draft(services, suzhou):
    await suzhou.send("/new")
    shown = await suzhou.send("同意")  # the one 报送单位 offered, confirmed
    assert not any(s.startswith("“同意”") for s in texts(shown))
    assert services.intake.store.current(SUZHOU_ID).answers.get("submitting_unit")
