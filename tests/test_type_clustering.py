"""The notice's 避免场景类型扎堆, said by /export and lint as /stats says it."""

from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_bot_lint_matches_export import export_all, lint

CLUSTERED = "⚠️ 工业类占 75%，注意避免场景类型扎堆。"


async def test_export_and_lint_warn_of_clustering_as_stats_does(
        services, province, tmp_path, monkeypatch):
    for index in (0, 1, 2, 15):
        seed(services, 1100 + index, **scenario_answers(index, expected_results="替代2名工人。"))
    assert CLUSTERED in texts(await province.send("/stats"))[-1].splitlines()
    calls = await export_all(province)
    assert CLUSTERED in texts(calls)[-1].splitlines()
    assert CLUSTERED in lint(tmp_path, monkeypatch, calls)


async def test_the_clustering_warning_is_said_before_the_central_groups_block(services, province):
    for index in (0, 1, 2, 15):
        seed(services, 1100 + index, **scenario_answers(index, expected_results="替代2名工人。"))
    seed(services, 1200, **scenario_answers(1, submitting_unit="中国电子科技集团有限公司",
                                            enterprise="中电科苏州光电有限公司"))
    lines = texts(await province.send("/stats"))[-1].splitlines()
    central = next(i for i, line in enumerate(lines) if line.startswith("中央企业报送的场景"))
    assert lines.index(CLUSTERED) < central
