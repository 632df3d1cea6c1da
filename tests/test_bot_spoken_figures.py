"""What the engineer is told of figures the indicator check cannot take: a numeral with no
unit (准确率九九), a power with no numeral (万次), a figure without unit beside indicators, and
hours of a duty roster (24小时值守) typed as the supplement; figures listed before the one
with the unit (20/40尺) share it."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_supplement_labels import at_the_supplement

EXAMPLE_START = "请写出指标的数字和单位"


async def test_a_chinese_numeral_without_unit_is_named_not_called_no_number(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("识别准确率九九，可靠运行万次无故障")
    assert texts(calls)[0].startswith(
        "没有识别到可量化的指标：“九九”没有单位；“万次”没有写出具体数值，不能用来评估精度、效率或可靠性。"
        + EXAMPLE_START)
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求")


async def test_a_figure_without_unit_beside_an_indicator_is_said(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("抓取成功率九十九，节拍15秒")
    assert texts(calls)[0].startswith(
        "已识别指标：节拍 15 秒\n“九十九”没有单位，未计入已识别指标，请补上单位（如“%”“秒”）。\n")


@pytest.mark.parametrize("typed", [
    "适配20/40尺集装箱，识别率≥99%", "识别准确率≥98%，适用10/35/110kV开关柜",
    "精度±0.5mm，适用于2/3/4轴机型", "识别准确率≥98%，适配3、4、5号工位",
])
async def test_figures_listed_before_the_one_with_the_unit_are_not_said_unitless(engineer, typed):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已识别指标：")
    assert "没有单位" not in texts(calls)[0]


async def test_a_trade_unit_is_echoed_as_an_indicator(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("装配间隙不超过5丝，产线节拍60JPH，可用性三个9")
    assert texts(calls)[0] == "已识别指标：装配间隙 ≤ 5 丝；产线节拍 60 JPH；可用性 99.9%"


async def test_duty_hours_as_the_supplement_are_not_taken_for_reliability(engineer):
    await at_the_supplement(engineer)
    calls = await engineer.send("安排专人24小时值守")
    assert "“24小时”只描述了场景情况" in texts(calls)[0]
    assert not any(t.startswith("已识别指标") for t in texts(calls))
