"""Money said in Chinese numerals without 元 (节约成本三十万) is an amount at 预期成效, as 30万
is; at 技术指标 a bare 一万 stays a figure without a unit (填写说明 5)."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_indicators import AT_RESULTS, saved_as_results


@pytest.mark.parametrize("typed", [
    "节约成本三十万", "每年节省人工成本约五十万", "年节省人工成本五十万", "年新增产值一亿", "节省两千万"])
async def test_results_with_money_in_chinese_numerals_without_yuan_are_saved(engineer, app, typed):
    await saved_as_results(engineer, app, typed)


async def test_an_indicator_of_a_bare_ten_thousand_is_still_told_it_has_no_unit(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("平均无故障时间一万")
    assert texts(calls)[0].startswith("没有识别到可量化的指标：“一万”没有单位")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求")
    assert "indicators" not in app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_results_of_a_bare_ten_thousand_written_in_digits_are_still_coached(engineer, app):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send("节约成本30000")
    assert texts(calls)[0].startswith("预期成效没有写出成效的数字：“30000”没有单位")
    assert "expected_results" not in app.bot_data["services"].intake.store.current(engineer.id).answers
