"""Indicators typed as the supplement that only restate metrics already in 技术指标 are not
kept as it (one metric would have two targets on the row), whether typed at 是否补充指标 or
at 补充指标; a metric whose bracket names a measuring condition (识别准确率（夜间弱光）,
（负载5kg）, （-20℃）) is another metric, but any other bracket (（更正）, （最终）, （≥99%）)
restates the metric held. A held metric restated among new ones is kept, and said."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

WITHOUT_RELIABILITY = "识别准确率不低于98%，单次插拔节拍≤15秒"


def answers(app, user) -> dict:
    return app.bot_data["services"].intake.store.current(user.id).answers


@pytest.mark.parametrize("press", [False, True])
@pytest.mark.parametrize(("supplement", "echo"), [
    ("识别准确率（负载5kg）不低于95%", "识别准确率 ≥ 95%"),
    ("单次插拔节拍（满载10kg）≤20秒", "单次插拔节拍 ≤ 20 秒"),
    ("识别准确率（-20℃）不低于95%", "识别准确率 ≥ 95%"),
    ("识别准确率（低温-20℃）不低于95%", "识别准确率 ≥ 95%"),
    ("识别准确率（夜间，照度10lux）不低于95%", "识别准确率 ≥ 95%"),
])
async def test_a_metric_with_a_figured_condition_in_brackets_is_a_supplement(
        engineer, app, supplement, echo, press):
    """The figure in the bracket is the condition the metric is measured under, not an
    indicator of its own: the metric keeps its figure and is another metric, kept."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITHOUT_RELIABILITY)
    if press:
        await engineer.press("补充")
    calls = await engineer.send(supplement)
    assert texts(calls)[0].startswith(
        f"已识别指标：识别准确率 ≥ 98%；单次插拔节拍 ≤ 15 秒；{echo}\n仍未涉及可靠性指标")
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


async def test_indicators_restated_at_the_supplement_question_are_refused_as_at_the_offer(
        engineer, app):
    """补充 pressed first: the corrected indicators typed at 补充指标 would put two targets
    for one metric on the row, as typed straight at 是否补充指标."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send("语音交互识别率95%以上，响应延迟小于1秒。")
    await engineer.press("补充")
    calls = await engineer.send("语音交互识别率98%以上，响应延迟小于0.5秒。")
    assert texts(calls)[0].startswith("“语音交互识别率98%以上，响应延迟小于0.5秒。”写的是技术指标中已有的"
                                      "语音交互识别率、响应延迟，没有存为补充指标。要修改技术指标，请点“上一步”")
    assert engineer.last_text().startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n请补充缺少的指标")
    assert "indicators_more" not in answers(app, engineer)
    await engineer.press("⬅️ 上一步")
    assert "关键技术指标" in engineer.last_text()


@pytest.mark.parametrize("supplement", [
    "作业成功率不低于99%，连续无故障运行≥8小时",
    "语音交互识别率（嘈杂环境）不低于90%",
    "7×24小时",
])
async def test_new_indicators_at_the_supplement_question_are_kept(engineer, app, supplement):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("语音交互识别率95%以上，响应延迟小于1秒。")
    await engineer.press("补充")
    calls = await engineer.send(supplement)
    assert not any("技术指标中已有" in text for text in texts(calls))
    assert answers(app, engineer)["indicators_more"] == supplement


@pytest.mark.parametrize("press", [False, True])
@pytest.mark.parametrize(("restated", "metric"), [
    ("识别准确率（更正）不低于99%", "识别准确率"),
    ("识别准确率（目标值）不低于99%", "识别准确率"),
    ("识别准确率（修改为）99%", "识别准确率"),
    ("识别准确率（提高到）99%", "识别准确率"),
    ("识别准确率(原98%)不低于99%", "识别准确率"),
    ("识别准确率（最终）≥99%", "识别准确率"),
    ("识别准确率（考核值）≥99%", "识别准确率"),
    ("识别准确率（验收指标）≥99%", "识别准确率"),
    ("识别准确率（实测）≥99%", "识别准确率"),
    ("识别准确率（2026年）≥99%", "识别准确率"),
    ("单次插拔节拍（改）≤12秒", "单次插拔节拍"),
    ("识别准确率（修改为99%）", "识别准确率"),
    ("识别准确率（原98%，现99%）", "识别准确率"),
    ("识别准确率（≥99%）", "识别准确率"),
    ("识别准确率（一期）≥95%，（二期）≥99%", "识别准确率"),
    ("单次插拔节拍（更正为12秒）", "单次插拔节拍"),
    ("识别准确率（平均值）≥99%", "识别准确率"),
    ("识别准确率（典型值）≥99%", "识别准确率"),
    ("识别准确率（标称）≥99%", "识别准确率"),
    ("单次插拔节拍（初期）≤20秒", "单次插拔节拍"),
])
async def test_a_metric_whose_bracket_names_no_condition_is_refused_as_restated(
        engineer, app, restated, metric, press):
    """Only a measuring condition makes another metric; a correction (（更正）, （目标值）: the
    figure replaces the one in 技术指标), a stage, a kind of value or the metric's own figure in
    the bracket leaves the one held, which would get a second target."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITHOUT_RELIABILITY)
    if press:
        await engineer.press("补充")
    calls = await engineer.send(restated)
    assert texts(calls)[0].startswith(f"“{restated}”写的是技术指标中已有的{metric}，没有存为补充指标。")
    assert "indicators_more" not in answers(app, engineer)


@pytest.mark.parametrize("press", [False, True])
@pytest.mark.parametrize("supplement", [
    "识别准确率（夜间弱光）不低于95%",
    "识别准确率(夜间弱光)不低于95%",
    "识别准确率（夜间弱光）不低于95%，单次插拔节拍（夜间）≤20秒",
    "识别准确率（负载5kg）不低于95%",
    "单次插拔节拍（满载10kg）≤20秒",
    "识别准确率（-20℃）不低于95%",
    "识别准确率 (night) ≥95%",
    "识别准确率（室外）≥95%",
    # what is measured on, how or with what: a condition as well
    "识别准确率（抽检）≥99%",
    "识别准确率（动态）≥95%",
    "识别准确率（透明件）不低于90%",
    "识别准确率（复杂背景）≥95%",
    "识别准确率（新品）≥95%",
    "识别准确率（5G网络下）≥95%",
    "单次插拔节拍（双臂协同）≤12秒",
    "单次插拔节拍（换型后）≤18秒",
    "单次插拔节拍（含视觉定位）≤18秒",
    "单次插拔节拍（移动速度1m/s）≤20秒",
    "识别准确率（遮挡30%）≥90%",
    "识别准确率（相对湿度≥85%）≥95%",
    # a condition holding a word of a kind of figure is a condition still
    "识别准确率（最终装配工位）≥99%",
    "识别准确率（一期产线）≥95%",
    "识别准确率（考核工位）≥98%",
    "单次插拔节拍（实测工况：满载）≤18秒",
    "识别准确率（多目标）≥95%",
    "识别准确率（动态目标跟踪）≥95%",
    "识别准确率（合同约定的三种电芯）≥97%",
    "识别准确率（原型机）≥95%",
])
async def test_a_condition_in_brackets_or_a_new_metric_is_kept_as_the_supplement(
        engineer, app, supplement, press):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITHOUT_RELIABILITY)
    if press:
        await engineer.press("补充")
    calls = await engineer.send(supplement)
    assert not any("技术指标中已有" in text for text in texts(calls))
    assert answers(app, engineer)["indicators_more"] == supplement


MIXED = ("⚠️ 补充指标中的{metric}在技术指标中已有数值：如是修改，请在汇总页修改技术指标，"
         "并删去补充指标中的这一项；如是另一条件下的指标，请在指标名称后用括号写明条件，"
         "如“识别准确率（夜间弱光）≥95%”。")


@pytest.mark.parametrize("press", [False, True])
@pytest.mark.parametrize(("indicators", "typed", "metric"), [
    ("定位精度±5mm，清洗速度2000平方米/小时", "清洗速度不低于2500平方米/小时，平均无故障时间≥500小时",
     "清洗速度"),
    ("语音交互识别率95%以上，响应延迟小于1秒。", "语音交互识别率98%以上，连续无故障运行≥8小时",
     "语音交互识别率"),
    (WITHOUT_RELIABILITY, "识别准确率（最终）≥99%，连续无故障运行≥8小时", "识别准确率"),
    (WITHOUT_RELIABILITY, "识别准确率（一期）≥95%，作业成功率不低于99%", "识别准确率"),
    (WITHOUT_RELIABILITY, "作业成功率不低于99%，单次插拔节拍≤12秒", "单次插拔节拍"),
])
async def test_a_held_metric_restated_among_new_ones_is_kept_and_said(
        engineer, app, indicators, typed, metric, press):
    """The held metric would show two targets on the row (清洗速度2000 and ≥2500), yet the
    figure may be under a condition written where it is not read (≥95%（夜间）): kept, and
    the engineer told how to settle it."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(indicators)
    if press:
        await engineer.press("补充")
    calls = await engineer.send(typed)
    assert answers(app, engineer)["indicators_more"] == typed
    assert MIXED.format(metric=metric) in texts(calls)[0]
    assert engineer.last_text().startswith("第 5/11 步（3/3）")


@pytest.mark.parametrize("typed", ["识别准确率≥95%（夜间弱光），连续无故障运行≥8小时",
                                   "连续无故障运行≥8小时，夜间：识别准确率≥95%"])
async def test_a_held_metric_with_its_condition_after_the_figure_is_kept_among_new_ones(
        engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITHOUT_RELIABILITY)
    await engineer.send(typed)
    assert answers(app, engineer)["indicators_more"] == typed


async def test_a_held_metric_restated_among_new_ones_at_the_summary_is_kept_and_said(
        engineer, app):
    await walk(engineer)
    await engineer.send(f"技术指标：{WITHOUT_RELIABILITY}")
    calls = await engineer.send("补充指标：识别准确率不低于99%，连续无故障运行≥8小时")
    assert answers(app, engineer)["indicators_more"] == "识别准确率不低于99%，连续无故障运行≥8小时"
    assert any(MIXED.format(metric="识别准确率") in text for text in texts(calls))


@pytest.mark.parametrize("supplement", [
    "重复定位精度±0.1mm，连续无故障运行≥8小时",
    "识别准确率（夜间弱光）不低于95%，作业成功率不低于99%",
    "7×24小时连续运行，作业成功率不低于99%",
])
async def test_new_metrics_named_like_a_held_one_are_kept_with_the_others(
        engineer, app, supplement):
    """Another metric (重复定位精度 beside 定位精度) or one under a condition is no restatement."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，定位精度±0.5mm，单次插拔节拍≤15秒")
    calls = await engineer.send(supplement)
    assert not any("技术指标中已有" in text for text in texts(calls))
    assert answers(app, engineer)["indicators_more"] == supplement


WITH_POSITIONING = "识别准确率不低于98%，定位精度±0.5mm，单次插拔节拍≤15秒"


@pytest.mark.parametrize("press", [False, True])
@pytest.mark.parametrize("typed", [
    "定位精度改为±0.3mm，续航4h",
    "定位精度改成±0.3mm，续航4h",
    "定位精度应为±0.3mm，续航4h",
    "定位精度应该是±0.3mm，续航4h",
    "更正：定位精度±0.3mm，续航4h",
    "另外定位精度±0.3mm，续航4h",
    "定位误差±0.3mm，续航4h",
])
async def test_a_held_metric_corrected_or_renamed_among_new_ones_is_kept_and_said(
        engineer, app, typed, press):
    """Worded as a correction or an addition (改为, 应为, 更正, 另外) or by another name of the
    metric (定位误差), the figure still gives 定位精度 a second one on the row."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITH_POSITIONING)
    if press:
        await engineer.press("补充")
    calls = await engineer.send(typed)
    assert answers(app, engineer)["indicators_more"] == typed
    assert MIXED.format(metric="定位精度") in texts(calls)[0]


@pytest.mark.parametrize("typed", ["定位精度改为±0.3mm", "定位精度修改为±0.3mm", "定位误差±0.3mm"])
async def test_a_held_metric_corrected_or_renamed_alone_is_refused_as_restated(
        engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITH_POSITIONING)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”写的是技术指标中已有的定位精度，没有存为补充指标。")
    assert "indicators_more" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["续航4h，作业成功率不低于99%", "此外，连续无故障运行≥8小时",
                                   "重复定位误差±0.05mm，续航4h"])
async def test_new_metrics_worded_as_an_addition_are_kept_without_a_note(engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(WITH_POSITIONING)
    calls = await engineer.send(typed)
    assert answers(app, engineer)["indicators_more"] == typed
    assert not any("已有" in text for text in texts(calls))
