"""A file naming one scenario (用户单位 and 场景名称) in two rows: the later row is told as a
repeat of the earlier one, never as a scenario already stored, and never overwrites it."""

import pytest

from exports.writer import export_rows
from flows.draft import Status
from tests import test_cli_data
from tests.test_cli_data import seed
from tests.test_export import answers

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services


@pytest.mark.parametrize("update", [[], ["--update"]])
def test_a_later_row_of_the_same_scenario_with_other_cells_is_refused_naming_both_rows(
        cli, services, db, tmp_path, update):
    export_rows([answers(1), answers(2), answers(1, deployment_count=12)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", *update, "--db", db)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "第 4 行：已导入为场景 #1",
        "第 5 行：已导入为场景 #2",
        "第 6 行：拒绝，与第 4 行是同一场景（用户单位和场景名称相同），部署总数不同；"
        "请合并为一行，或改正其中一行的用户单位或场景名称",
        "导入 2 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 1 行。",
    ]
    assert services.reviews.store.entry(1).answers["deployment_count"] == 10


def test_a_later_row_repeating_an_earlier_one_is_told_as_that_rows_repeat(
        cli, services, db, tmp_path):
    export_rows([answers(1), answers(1)], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert (result.exit_code, result.output.splitlines()) == (0, [
        "第 4 行：已导入为场景 #1",
        "第 5 行：与第 4 行是同一场景（用户单位和场景名称相同），内容相同，未重复导入",
        "导入 1 行，更新 0 行，未变化 1 行，跳过 0 行，拒绝 0 行。",
    ])


def test_a_repeat_in_the_file_of_a_stored_scenario_is_told_against_the_earlier_row(
        cli, services, db, tmp_path):
    seed(services, answers(1), Status.SUBMITTED)
    export_rows([answers(1, deployment_count=20), answers(1, deployment_count=30)],
                tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[:2] == [
        "第 4 行：已更新场景 #1",
        "第 5 行：拒绝，与第 4 行是同一场景（用户单位和场景名称相同），部署总数不同；"
        "请合并为一行，或改正其中一行的用户单位或场景名称",
    ]
    assert services.reviews.store.entry(1).answers["deployment_count"] == 20


def test_lint_refuses_a_later_row_of_the_same_scenario_with_other_cells_as_import_does(
        cli, tmp_path):
    export_rows([answers(1), answers(2), answers(1, deployment_count=12)], tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx")
    assert result.exit_code == 1
    assert ("第 6 行（序号 3） 汽车总装线轮胎搬运1\n"
            "  ❌ 场景名称：与第 4 行是同一场景（用户单位和场景名称相同），部署总数不同；"
            "请合并为一行，或改正其中一行的用户单位或场景名称\n") in result.output
    assert "有问题 1 行" in result.output


def test_lint_accepts_a_later_row_repeating_an_earlier_one_as_import_does(cli, tmp_path):
    export_rows([answers(1), answers(1)], tmp_path / "plan.xlsx")
    result = cli("lint", tmp_path / "plan.xlsx")
    assert "有问题 0 行" in result.output
    assert "❌ 场景名称" not in result.output


def test_rows_written_alike_but_for_full_and_half_width_marks_are_one_row_repeated(
        cli, services, db, tmp_path):
    export_rows([answers(1, enterprise="库卡机器人（上海）有限公司"),
                 answers(1, enterprise="库卡机器人(上海)有限公司")], tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert (result.exit_code, result.output.splitlines()[1]) == (
        0, "第 5 行：与第 4 行是同一场景（用户单位和场景名称相同），内容相同，未重复导入")
