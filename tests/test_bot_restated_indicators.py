"""Indicators typed as the supplement that only restate metrics already in 技术指标 are not
kept as it (one metric would have two targets on the row), whether typed at 是否补充指标 or
at 补充指标; a metric qualified in brackets (识别准确率（夜间弱光）) is another metric."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

WITHOUT_RELIABILITY = "识别准确率不低于98%，单次插拔节拍≤15秒"


def answers(app, user) -> dict:
    return app.bot_data["services"].intake.store.current(user.id).answers


@pytest.mark.parametrize("supplement", [
    "识别准确率（夜间弱光）不低于95%",
    "识别准确率(夜间弱光)不低于95%",
    "识别准确率（夜间弱光）不低于95%，单次插拔节拍（夜间）≤20秒",
])
async def test_a_metric_qualified_in_brackets_typed_at_the_offer_is_a_supplement(
        engineer, app, supplement):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITHOUT_RELIABILITY)
    calls = await engineer.send(supplement)
    assert not any("技术指标中已有" in text for text in texts(calls))
    assert answers(app, engineer)["indicators_more"] == supplement


@pytest.mark.parametrize(("indicators", "typed"), [
    (WITHOUT_RELIABILITY, "识别准确率不低于99%"),
    (WITHOUT_RELIABILITY, "识别准确率(%)不低于99%"),
    ("识别准确率（夜间）不低于95%，单次插拔节拍≤15秒", "识别准确率（夜间）不低于96%"),
    ("识别准确率（夜间）不低于95%，单次插拔节拍≤15秒", "识别准确率不低于96%"),
])
async def test_a_metric_restated_with_the_same_or_no_qualifier_at_the_offer_is_refused(
        engineer, app, indicators, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(indicators)
    calls = await engineer.send(typed)
    assert "技术指标中已有" in texts(calls)[0]
    assert "indicators_more" not in answers(app, engineer)
