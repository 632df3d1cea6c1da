"""A city's /stats says how many of its scenarios the province counts: a group of alike rows
across two cities counts once, by its first row, so only the other city's share shrinks."""

import re

from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_bot_marks_keep_the_count import seed_stations


def counted(report: str, scope_line: str) -> int:
    return int(re.search(scope_line + r"(\d+) 个", report).group(1))


async def test_city_shares_add_up_to_the_province_count_with_a_pair_across_two_cities(
        services, province, suzhou, wuxi):
    seed(services, 100, **scenario_answers(2, city="苏州市"))
    first = seed(services, 101, **scenario_answers(1, city="苏州市"))
    later = seed(services, 102, **scenario_answers(1, city="无锡市", enterprise="无锡新能源有限公司"))
    seed(services, 103, **scenario_answers(3, city="无锡市"))
    whole = counted(texts(await province.send("/stats"))[-1], "重点场景.*?：")
    suzhou_report = texts(await suzhou.send("/stats"))[-1]
    wuxi_report = texts(await wuxi.send("/stats"))[-1]
    assert f"其中 #{first} 与外市编号在后的场景高度相似，全省统计时与之按 1 项计，计在本市。" in suzhou_report
    assert "全省统计时本市计 2 个（相似与否由省级协调员判断），与上面的数字相同。" in suzhou_report
    assert f"其中 #{later} 与外市编号在前的场景高度相似，全省统计时与之按 1 项计，计在外市。" in wuxi_report
    assert "全省统计时本市计 1 个（相似与否由省级协调员判断），少于上面的数字。" in wuxi_report
    assert counted(wuxi_report, "重点场景.*?：") == 2
    assert whole == 3 == 2 + 1


async def test_a_city_with_no_row_alike_to_another_citys_is_told_nothing_of_it(
        services, suzhou):
    seed(services, 100, **scenario_answers(1, city="苏州市"))
    seed(services, 101, **scenario_answers(2, city="无锡市"))
    report = texts(await suzhou.send("/stats"))[-1]
    assert "外市" not in report and "全省统计时本市计" not in report


async def test_a_central_enterprises_rows_alike_across_two_cities_are_in_neither_citys_share(
        services, suzhou, wuxi):
    group = "中国电信集团有限公司"
    seed(services, 100, **scenario_answers(0, city="苏州市"))
    seed(services, 101, **scenario_answers(3, submitting_unit=group, enterprise="中国电信苏州分公司"))
    seed(services, 102, **scenario_answers(3, submitting_unit=group, city="无锡市",
                                           enterprise="中国电信无锡分公司"))
    for report in [texts(await suzhou.send("/stats"))[-1], texts(await wuxi.send("/stats"))[-1]]:
        assert "外市" not in report and "全省统计时本市计" not in report
        assert "中央企业报送的场景" in report


async def test_province_stats_mark_a_city_outside_the_province_by_city(services, province):
    seed(services, 100, **scenario_answers(1, city="苏州市"))
    seed(services, 101, **scenario_answers(2, city="深圳市", enterprise="南京矿业深圳分公司"))
    report = texts(await province.send("/stats"))[-1]
    assert "按城市：苏州市 1 · 深圳市 1（省外布局）" in report


async def test_a_city_whose_alike_rows_the_province_counts_apart_is_told_why_it_counts_more(
        services, suzhou):
    """苏州's #1≈#3 count once in 苏州; the province groups #1 with 无锡's #2 first and #3 with
    南京's #4, so it counts both."""
    seed_stations(services)
    report = texts(await suzhou.send("/stats"))[-1]
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个" in report
    assert ("全省统计时本市计 2 个（相似与否由省级协调员判断），多于上面的数字：本市相似的 #1、#3 "
            "在全省统计时各与外市不同的场景归为一组，分别计数。") in report
