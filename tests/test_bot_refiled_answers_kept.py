"""A part the bot's own button filed elsewhere (flows/misfiled.py, flows/refiled.py) is never
erased by a later move: after the pain point is answered again the engineer goes on to the
first question still open, and a later part typed at a question already answered is filed
there with the answer kept, not offered to be filed in its place."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, INDICATORS, PAIN, walk

AT_PAIN_POINT = AT_INDICATORS - 1
TARGETS = "识别准确率不低于98%，插接精度≤1mm，节拍≤15秒"  # no reliability: 是否补充 follows
RESULTS = "替代2名测试工人，测试效率提升30%"
GAP_OFFER = "第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖"
RESULTS_ASKED = "第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效"


def answers(app, user) -> dict:
    return app.bot_data["services"].intake.store.current(user.id).answers


async def indicators_filed_from_the_pain_point(engineer, indicators: str, pressed: bool) -> None:
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(indicators)
    if pressed:
        await engineer.press("填作技术指标")
    await engineer.send(PAIN)


@pytest.mark.parametrize("pressed", [True, False])
@pytest.mark.parametrize(("indicators", "asked"), [(INDICATORS, RESULTS_ASKED),
                                                   (TARGETS, GAP_OFFER)])
async def test_the_pain_point_after_its_indicators_were_filed_goes_on_to_the_next_open_question(
        engineer, app, pressed, indicators, asked):
    await indicators_filed_from_the_pain_point(engineer, indicators, pressed)
    assert engineer.last_text().startswith(asked)
    assert answers(app, engineer)["indicators"] == indicators


@pytest.mark.parametrize("pressed", [True, False])
@pytest.mark.parametrize("results", [RESULTS, "替代2名测试工人"])
async def test_results_typed_after_the_filed_indicators_leave_them_in_place(
        engineer, app, pressed, results):
    await indicators_filed_from_the_pain_point(engineer, INDICATORS, pressed)
    await engineer.send(results)
    assert answers(app, engineer)["indicators"] == INDICATORS
    assert answers(app, engineer)["expected_results"] == results
    assert answers(app, engineer)["pain_point"] == PAIN


async def test_results_typed_at_the_indicators_walked_back_to_are_filed_and_the_indicators_kept(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(INDICATORS)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(RESULTS)
    assert texts(calls)[0].startswith(f"“{RESULTS}”读来是预期成效，已填作预期成效；技术指标保持原来的答案。")
    assert "填作预期成效" not in engineer.last_buttons()
    assert answers(app, engineer)["indicators"] == INDICATORS
    assert answers(app, engineer)["expected_results"] == RESULTS


async def test_indicators_typed_at_the_pain_point_walked_back_to_are_filed_and_it_kept(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(TARGETS)
    assert texts(calls)[0] == f"“{TARGETS}”读来是技术指标，已填作技术指标；现状与痛点保持原来的答案。"
    assert answers(app, engineer)["pain_point"] == PAIN
    assert answers(app, engineer)["indicators"] == TARGETS


@pytest.mark.parametrize("corrected", [
    "识别准确率不低于99%，测试效率提升30%", "替代2名测试工人", "识别准确率不低于99%，插接精度≤0.5mm",
])
async def test_indicators_walked_back_to_are_replaced_by_what_is_not_the_results_alone(
        engineer, app, corrected):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(INDICATORS)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(corrected)
    assert not any("读来是" in text for text in texts(calls))
    assert answers(app, engineer)["indicators"] == corrected
    assert "expected_results" not in answers(app, engineer)


async def test_a_pain_point_answered_again_after_walking_back_still_shows_the_indicators(
        engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    await engineer.send("电池包下线前需人工插拔高压插头，存在打火风险。")
    assert engineer.last_text().startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")
