"""/stats's 状态 line counts every row in scope, central enterprise groups' too (their
coordinators review them), while the count below it does not: the line says how many of its
rows are theirs, so the two figures add up."""

from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers

GROUP = "中国电信集团有限公司"


def group_row(index: int, city: str, enterprise: str) -> dict:
    return scenario_answers(index, submitting_unit=GROUP, city=city, enterprise=enterprise)


async def test_stats_status_line_says_how_many_of_its_rows_a_central_group_hands_in(
        services, province, suzhou):
    seed(services, 100, **scenario_answers(0, city="苏州市"))
    seed(services, 101, **group_row(3, "苏州市", "中国电信苏州分公司"))
    for report in [texts(await suzhou.send("/stats"))[-1], texts(await province.send("/stats"))[-1]]:
        assert ("状态：草稿 0 · 已提交待审核 2 · 已退回待修改 0 · 已通过 0"
                "（含中央企业报送的 1 个，另行统计）") in report.splitlines()
        assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个，其中已通过 0 个" in report


async def test_stats_status_line_without_central_rows_says_nothing_of_them(services, suzhou):
    seed(services, 100, **scenario_answers(0, city="苏州市"))
    report = texts(await suzhou.send("/stats"))[-1]
    assert "状态：草稿 0 · 已提交待审核 1 · 已退回待修改 0 · 已通过 0" in report.splitlines()


async def test_stats_status_line_counts_a_central_row_marked_as_a_duplicate_among_them(
        services, province):
    first = seed(services, 100, **group_row(3, "苏州市", "中国电信苏州分公司"))
    later = seed(services, 101, **group_row(3, "苏州市", "中国电信苏州分公司"))
    await province.send(f"/review {later}")
    await province.press(f"标记为 #{first} 的重复")
    report = texts(await province.send("/stats"))[-1]
    assert ("状态：草稿 0 · 已提交待审核 1 · 已退回待修改 0 · 已通过 0 · 已标记为重复 1"
            "（含中央企业报送的 2 个，另行统计）") in report.splitlines()
