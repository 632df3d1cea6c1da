"""New indicators that restate a metric of the supplement: one metric never keeps two targets."""

from flows.step_messages import FOLLOWER_RESTATED
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk


def _answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def _supplement_then_summary(engineer, indicators: str, supplement: str) -> None:
    """Indicators, a supplement typed at the offer, and the rest of the journey."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(indicators)
    await engineer.send(supplement)
    await walk(engineer, start=AT_INDICATORS + 1)


async def test_indicators_typed_at_the_summary_restating_the_whole_supplement_drop_it(
        engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。", "成功率不低于99%")
    calls = await engineer.send("技术指标：插接位置精度≤±0.3mm，成功率不低于99.5%。")
    answers = _answers(app, engineer)
    assert "indicators_more" not in answers
    assert answers["indicators"] == "插接位置精度≤±0.3mm，成功率不低于99.5%。"
    said = "\n".join(texts(calls))
    assert FOLLOWER_RESTATED.format(metrics="成功率", text="成功率不低于99%") in said
    assert "成功率 ≥ 99%" not in said


async def test_indicators_restating_part_of_the_supplement_keep_it_and_ask_to_fix_it(
        engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。",
                                   "成功率不低于99%，连续无故障运行≥8小时")
    await engineer.press("✏️ 5 场景描述与关键技术要求")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send("插接位置精度≤±0.3mm，成功率不低于99.5%。")
    assert _answers(app, engineer)["indicators_more"] == "成功率不低于99%，连续无故障运行≥8小时"
    said = "\n".join(texts(calls))
    assert "成功率在技术指标和补充指标中各有一个数值，请在补充指标中改正或删去" in said
    assert "当前答案：成功率不低于99%，连续无故障运行≥8小时" in texts(calls)[-1]


async def test_indicators_restating_the_supplement_at_their_question_drop_it(engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。", "成功率不低于99%")
    await engineer.press("✏️ 5 场景描述与关键技术要求")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send("插接位置精度≤±0.3mm，成功率不低于99.5%。")
    assert "indicators_more" not in _answers(app, engineer)
    assert FOLLOWER_RESTATED.format(metrics="成功率", text="成功率不低于99%") in texts(calls)[0]


async def test_a_supplement_measured_under_a_condition_the_indicators_lack_is_kept_unwarned(
        engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。",
                                   "成功率（满载10kg）不低于99%")
    calls = await engineer.send("技术指标：插接位置精度≤±0.3mm，成功率不低于99.5%。")
    assert _answers(app, engineer)["indicators_more"] == "成功率（满载10kg）不低于99%"
    assert "各有一个数值" not in "\n".join(texts(calls))


async def test_a_supplement_of_other_metrics_is_kept_unwarned(engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。",
                                   "连续无故障运行≥8小时")
    calls = await engineer.send("技术指标：插接位置精度≤±0.3mm，识别准确率不低于99%。")
    assert _answers(app, engineer)["indicators_more"] == "连续无故障运行≥8小时"
    said = "\n".join(texts(calls))
    assert "各有一个数值" not in said and "不再单独保留" not in said


async def test_indicators_typed_at_the_summary_restating_part_of_the_supplement_warn(
        engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。",
                                   "成功率不低于99%，连续无故障运行≥8小时")
    calls = await engineer.send("技术指标：插接位置精度≤±0.3mm，成功率不低于99.5%。")
    assert _answers(app, engineer)["indicators_more"] == "成功率不低于99%，连续无故障运行≥8小时"
    assert "成功率在技术指标和补充指标中各有一个数值" in "\n".join(texts(calls))


async def test_a_labelled_paste_of_indicators_and_results_restating_the_supplement_drops_it(
        engineer, app):
    await _supplement_then_summary(engineer, "插接位置精度≤±0.5mm，单次插拔节拍≤15秒。", "成功率不低于99%")
    calls = await engineer.send(
        "技术指标：插接位置精度≤±0.3mm，成功率不低于99.5%。\n预期成效：替代3名测试工人。")
    answers = _answers(app, engineer)
    assert "indicators_more" not in answers and answers["expected_results"] == "替代3名测试工人。"
    assert "原来补充的指标不再单独保留：“成功率不低于99%”" in "\n".join(texts(calls))
