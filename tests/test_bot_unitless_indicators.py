"""A figure without a unit is no indicator at 技术指标 (填写说明 5: 可量化评估), whatever
comparator or 约 stands before it; only figures whose unit goes without saying count: a
metric abbreviation's (UPH 600), a quantity's that has none (自由度≥12), a rate's fraction
(识别准确率≥0.99), a count per period (每小时分拣2000)."""

import pytest

from flows.configuration import configure
from flows.navigation import Questionnaire
from flows.validation import UNQUANTIFIED, row_problems
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_indicators import AT_RESULTS
from tests.test_export import answers

AT_INDICATORS_AGAIN = "第 5/11 步（2/3） · 场景描述与关键技术要求"


def saved_answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("typed", "figure"), [
    ("定位精度≤0.5", "0.5"), ("节拍不超过15", "15"), ("续航时间不低于8", "8"),
    ("负载不低于15", "15"), ("巡检速度约1.2", "1.2"), ("平均无故障时间约一万", "一万"),
    ("平均无故障时间一万以上", "一万"), ("平均无故障时间不低于10000", "10000"),
    ("每天巡检时间不超过3", "3"), ("单次节拍15", "15"),
])
async def test_a_compared_figure_without_a_unit_is_told_it_has_no_unit_and_not_saved(
        engineer, app, typed, figure):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"没有识别到可量化的指标：“{figure}”没有单位，")
    assert texts(calls)[-1].startswith(AT_INDICATORS_AGAIN)
    assert "indicators" not in saved_answers(app, engineer)


async def test_a_compared_bare_figure_that_could_be_a_year_is_told_it_has_no_unit(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("节拍不超过2000，处理能力约1950")
    assert texts(calls)[0].startswith("没有识别到可量化的指标：“2000”“1950”没有单位，")


@pytest.mark.parametrize(("typed", "echo"), [
    ("UPH 600", "UPH 600"), ("OEE 85", "OEE 85"), ("MTBF 2000", "MTBF 2000"),
    ("MTBF≥2000", "MTBF ≥ 2000"), ("CPK1.33", "CPK 1.33"), ("识别准确率≥0.99", "识别准确率 ≥ 0.99"),
    ("防护等级IP67", "防护等级 IP67"), ("单台每小时分拣2100", "单台每小时分拣 2100"),
    ("日均处理1500", "日均处理 1500"), ("灵巧手自由度≥12", "灵巧手自由度 ≥ 12"),
    ("摩擦系数≤0.3", "摩擦系数 ≤ 0.3"), ("节拍不超过15秒", "节拍 ≤ 15 秒"),
])
async def test_figures_whose_unit_goes_without_saying_are_still_saved(engineer, app, typed, echo):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"已识别指标：{echo}")
    assert saved_answers(app, engineer)["indicators"] == typed


async def test_results_with_an_approximate_figure_without_a_unit_are_coached(engineer, app):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send("效率提升约20")
    assert texts(calls)[0].startswith("预期成效没有写出成效的数字：“20”没有单位")
    assert "expected_results" not in saved_answers(app, engineer)


def test_a_row_whose_compared_figures_lack_units_is_found_unquantified():
    survey = Questionnaire(configure("江苏省工业和信息化厅", ("苏州市",)))
    row = answers(1, indicators="定位精度≤0.5，节拍不超过15", expected_results="降本增效")
    assert ("场景描述与关键技术要求", UNQUANTIFIED) in row_problems(survey, row)


@pytest.mark.parametrize(("typed", "echo"), [
    ("平均无故障时间(MTBF)≥500", "平均无故障时间MTBF ≥ 500"),
    ("平均无故障时间（MTBF）不低于500", "平均无故障时间MTBF ≥ 500"),
    ("设备综合效率(OEE)≥85", "设备综合效率OEE ≥ 85"), ("直通率（FPY）≥98", "直通率FPY ≥ 98"),
    ("平均修复时间(MTTR)≤30", "平均修复时间MTTR ≤ 30"), ("JPH 60", "JPH 60"), ("JPH≥60", "JPH ≥ 60"),
])
async def test_a_metric_with_its_abbreviation_in_brackets_needs_no_unit(engineer, app, typed, echo):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"已识别指标：{echo}")
    assert saved_answers(app, engineer)["indicators"] == typed
