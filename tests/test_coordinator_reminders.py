"""What coordinators are told of an imported row the chat would have refused: a 预期成效
without figures, a description without any 现状与痛点 (填写说明 5)."""

from flows.draft import Status
from flows.row_reminders import NO_PAIN_POINT, RESULTS_UNQUANTIFIED, chat_rules_unmet
from tests.fake_bot_api import texts
from tests.test_bot_lint_matches_export import export_all, lint
from tests.test_cli_data import seed as stored
from tests.test_flows_fields import COMPLETE

NO_FIGURES = "提升效率，降低成本，减少人工。"


def imported(services, **changes) -> int:
    """An entry holding what only an import lets through: stored as submitted, unchecked."""
    return stored(services, {**COMPLETE, **changes}, Status.SUBMITTED)


async def test_review_card_warns_of_results_without_figures_as_the_chat_refuses_them(
        services, province):
    entry = imported(services, expected_results=NO_FIGURES)
    card = texts(await province.send(f"/review {entry}"))[-1]
    assert f"\n⚠️ {RESULTS_UNQUANTIFIED}" in card
    assert NO_PAIN_POINT not in card


async def test_review_card_warns_of_a_description_without_any_pain_point(services, province):
    entry = imported(services, pain_point=None)
    card = texts(await province.send(f"/review {entry}"))[-1]
    assert f"\n⚠️ {NO_PAIN_POINT}" in card
    assert RESULTS_UNQUANTIFIED not in card


async def test_a_row_as_the_chat_takes_it_gets_no_such_warning(services, province):
    for results in ("替代2名工人。", "效率翻番", "年节省成本三十万"):
        card = texts(await province.send(f"/review {imported(services, expected_results=results)}"))
        assert RESULTS_UNQUANTIFIED not in card[-1] and NO_PAIN_POINT not in card[-1]


def test_a_row_without_a_description_is_told_missing_not_part_by_part():
    assert chat_rules_unmet({"pain_point": None, "indicators": "", "expected_results": None}) == ()


async def test_export_notes_name_the_rows_the_chat_would_have_refused(
        services, province, app, telegram):
    imported(services, scenario_name="钢卷打包穿带", expected_results=NO_FIGURES)
    imported(services, scenario_name="钢卷打包捆带", pain_point=None)
    note = texts(await export_all(province))[-1]
    assert f"⚠️ 第 4 行（序号 1） 钢卷打包穿带：{RESULTS_UNQUANTIFIED}" in note
    assert f"⚠️ 第 5 行（序号 2） 钢卷打包捆带：{NO_PAIN_POINT}" in note


async def test_lint_warns_of_a_row_without_a_pain_point(services, province, tmp_path, monkeypatch):
    imported(services, pain_point=None)
    assert f"  ⚠️ {NO_PAIN_POINT}" in lint(tmp_path, monkeypatch, await export_all(province))
