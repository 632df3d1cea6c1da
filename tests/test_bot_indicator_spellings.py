"""Indicators written as engineers say them (Chinese numerals, units written out) are read as
their digits and symbols are."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk


@pytest.mark.parametrize("typed, echo", [
    ("兼容三种车型，节拍≤10秒", "兼容 3 种"),
    ("一人管理十台，节拍≤10秒", "一人管理 10 台"),
    ("电池容量20000毫安时，节拍≤10秒", "电池容量 20000 毫安时"),
    ("算力200TOPS，节拍≤10秒", "算力 200 TOPS"),
])
async def test_numerals_and_units_written_out_are_recognised_indicators(engineer, typed, echo):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"已识别指标：{echo}；节拍 ≤ 10 秒")


@pytest.mark.parametrize("typed, figure", [("需要三个人配合完成装配", "三个人"),
                                           ("需要3个人配合完成装配", "3个人")])
async def test_people_counted_with_个_are_a_headcount_not_an_indicator(engineer, typed, figure):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"没有识别到可量化的指标：“{figure}”是单位或人员的数量，")


async def test_a_rate_said_with_每_after_its_unit_is_echoed_as_typed(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("巡检速度2公里每小时，关节转速3000转每分钟，相机分辨率1200万像素")
    assert texts(calls)[0].startswith(
        "已识别指标：巡检速度 2 公里每小时；关节转速 3000 转每分钟；相机分辨率 1200 万像素\n")


@pytest.mark.parametrize("reliability", ["系统可用性99.9%", "任务完成率99%"])
async def test_availability_and_task_completion_are_reliability_and_no_gap_is_offered(
        engineer, reliability):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(f"识别准确率≥99%，节拍≤10秒，{reliability}")
    assert "尚无可靠性指标" not in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")


@pytest.mark.parametrize("typed", ["精度高", "速度快"])
async def test_a_short_answer_without_figures_is_told_no_indicator_was_found(engineer, typed):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("没有识别到可量化的指标")
    assert "• 精度：识别准确率不低于98%、定位精度≤±0.5mm" in texts(calls)[0]


async def test_a_short_supplement_without_figures_typed_at_the_summary_is_told_no_indicator_was_found(
        engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.press("补充")
    await engineer.send("连续无故障运行不少于8小时")
    await walk(engineer, start=AT_INDICATORS + 1)
    calls = await engineer.send("补充指标：精度高")
    assert texts(calls)[0].startswith("没有识别到可量化的指标")


async def test_a_short_answer_with_a_figure_is_still_told_it_is_short(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("3秒")
    assert texts(calls)[0] == "内容过短：至少 4 个字。"


@pytest.mark.parametrize("typed", [
    "工作温度-20℃~+60℃，定位精度±0.5mm，节拍≤15秒",
    "工作温度-20℃～+60℃，定位精度±0.5mm，节拍≤15秒",
    "工作温度-20℃至+60℃，定位精度±0.5mm，节拍≤15秒",
    "工作温度-20℃到 +60℃，定位精度±0.5mm，节拍≤15秒",
    "工作温度-20℃~60℃，定位精度±0.5mm，节拍≤15秒",
    "工作温度-20~+60℃，定位精度±0.5mm，节拍≤15秒",
])
async def test_a_range_whose_upper_bound_is_signed_plus_is_one_range(engineer, typed):
    """+60℃ is 60℃: the plus after ~ or 至 signs the bound, no metric named “~+”."""
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已识别指标：工作温度 -20～60℃；定位精度 ±0.5 毫米；节拍 ≤ 15 秒\n")
