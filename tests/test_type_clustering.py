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
