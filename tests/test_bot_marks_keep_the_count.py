"""A row marked as a duplicate never raises the count (填写说明 5): the rows alike to it stay
grouped as the exported file groups them, so /stats, the export's notes and `lint` agree."""

from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_bot_lint_matches_export import export_all, lint

SUBSTATION = dict(
    industry="电力", scenario_type="特种",
    pain_point="变电站设备多、分布广，人工巡检每周一次，夜间及恶劣天气难以开展，设备过热、漏油等缺陷难以及时发现。",
    indicators="红外测温精度±2℃，表计读数识别准确率≥98%，单站巡检时间由4小时缩短到1小时，连续无故障运行≥720小时",
    expected_results="减少巡检人员6人，缺陷发现时间缩短80%。",
)
# 变电站巡检与红外测温 is apart from 变电站表计巡检 and 变电站 表计识别巡检 (names under 60 alike):
# #1≈#2, #3≈#4, #1≈#3.
STATIONS = [("苏州市", "国网苏州供电公司", "变电站巡检"), ("无锡市", "国网无锡供电公司", "变电站巡检与红外测温"),
            ("苏州市", "苏州华能电厂", "变电站表计巡检"), ("南京市", "南京供电", "变电站 表计识别巡检")]


def seed_stations(services) -> None:
    for index, (city, unit, name) in enumerate(STATIONS):
        seed(services, 100 + index, **scenario_answers(
            0, city=city, enterprise=unit, scenario_name=name, **SUBSTATION))


def counted(stats: str) -> list[str]:
    return [line for line in stats.splitlines() if line.startswith(("重点场景", "相似场景组"))]


async def test_marking_a_row_onto_another_keeps_the_count_and_its_alike_rows_grouped(
        services, province, suzhou, tmp_path, monkeypatch):
    seed_stations(services)
    assert counted(texts(await province.send("/stats"))[-1]) == [
        "重点场景（已提交与已通过，重复与相似场景按 1 项计）：2 个，其中已通过 0 个",
        "相似场景组：#1 ≈ #2；#3 ≈ #4"]
    await suzhou.send("/review 3")
    await suzhou.press("标记为 #1 的重复")
    assert counted(texts(await province.send("/stats"))[-1]) == [
        "重点场景（已提交与已通过，重复与相似场景按 1 项计）：2 个，其中已通过 0 个",
        "相似场景组：#1 ≈ #2"]
    calls = await export_all(province)
    assert ("⚠️ 相似场景未标记为重复：第 4 行（序号 1） 变电站巡检 ≈ 第 5 行（序号 2） 变电站巡检与红外测温"
            "（报送后按 1 项计，填写说明 5）") in texts(calls)[-1]
    lines = lint(tmp_path, monkeypatch, calls)
    assert any(line.startswith("重点场景（相似场景按 1 项计）：2 个") for line in lines)
