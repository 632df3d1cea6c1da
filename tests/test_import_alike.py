"""A row imported as a new scenario alike to one stored before (填写说明 5, the rule of the review
cards and /export): with 用户单位 or 场景名称 corrected in the file, `--update` cannot know the
stored entry is the same scenario, so the reply names it and what the coordinators can do."""

import pytest

from exports.writer import export_rows
from flows.draft import Status
from tests import test_cli_data
from tests.test_cli_data import seed
from tests.test_export import answers

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services

BOLTS = answers(
    1, enterprise="苏州星辰新能源科技有限公司", scenario_name="发动机缸盖螺栓拧紧工位",
    sub_direction="发动机装配",
    pain_point="缸盖螺栓须按顺序分三次拧紧，人工拧紧漏拧、扭矩不稳，返工率约3%。",
    indicators="拧紧扭矩精度±3%，单件节拍≤45秒",
    expected_results="减少拧紧工2人，返工率降至0.5%以下",
)
ALIKE = ("  · 与已有的场景 #1 发动机缸盖螺栓拧紧工位（苏州星辰新能源科技有限公司）相似："
         "如是改了用户单位或场景名称的同一场景，请协调员（两者不在同一审核范围的，由能审核两者的"
         "协调员）在机器人中把旧的场景标记为 #3 的重复（已通过的须先重新打开；已有场景标记为旧场景的"
         "重复的，须先取消那些标记），标记为重复的场景不导出")


def imported(cli, services, db, tmp_path, row: dict, *options: str):
    """The import's reply for a file of `row` and a change to another stored scenario."""
    seed(services, BOLTS, Status.APPROVED)
    seed(services, answers(2), Status.APPROVED)
    export_rows([row, answers(2, deployment_count=12)], tmp_path / "plan.xlsx")
    return cli("import", tmp_path / "plan.xlsx", *options, "--db", db)


@pytest.mark.parametrize("changes", [
    {"enterprise": "苏州星辰新能源科技股份有限公司"},
    {"scenario_name": "发动机缸盖螺栓自动拧紧工位"},
])
def test_a_new_row_alike_to_a_stored_scenario_names_it_and_the_duplicate_mark(
        cli, services, db, tmp_path, changes):
    result = imported(cli, services, db, tmp_path, {**BOLTS, **changes}, "--update")
    assert result.exit_code == 0
    assert result.output.splitlines()[:3] == [
        "第 4 行：已导入为场景 #3", ALIKE, "第 5 行：已更新场景 #2（状态：已通过 → 已提交待审核）"]
    assert "导入 1 行，更新 1 行" in result.output


def test_without_update_a_new_row_alike_to_a_stored_one_is_named_as_well(
        cli, services, db, tmp_path):
    result = imported(cli, services, db, tmp_path,
                      {**BOLTS, "enterprise": "苏州星辰新能源科技股份有限公司"})
    assert result.output.splitlines()[:2] == ["第 4 行：已导入为场景 #3", ALIKE]


def test_a_really_new_scenario_of_the_same_unit_is_imported_without_a_word(
        cli, services, db, tmp_path):
    new = {**BOLTS, "scenario_name": "变速箱壳体视觉检测工位", "sub_direction": "质量检测",
           "pain_point": "壳体砂眼、毛刺靠人工目检，漏检率约2%，夜班尤其明显。",
           "indicators": "缺陷检出率≥99.5%，单件检测≤8秒",
           "expected_results": "减少目检员3人，漏检率降至0.2%以下"}
    result = imported(cli, services, db, tmp_path, new, "--update")
    assert result.output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #3", "第 5 行：已更新场景 #2（状态：已通过 → 已提交待审核）"]


def test_rows_new_and_alike_within_one_file_are_left_to_lint_and_export(
        cli, services, db, tmp_path):
    export_rows([BOLTS, {**BOLTS, "enterprise": "苏州星辰新能源科技股份有限公司"}],
                tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[:2] == ["第 4 行：已导入为场景 #1", "第 5 行：已导入为场景 #2"]


def test_a_stored_scenario_the_file_still_holds_is_not_named_as_the_new_rows_original(
        cli, services, db, tmp_path):
    seed(services, BOLTS, Status.APPROVED)
    export_rows([{**BOLTS, "scenario_name": "发动机缸盖螺栓自动拧紧工位"}, BOLTS],
                tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--update", "--db", db)
    assert result.output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #2", "第 5 行：未变化，与场景 #1 内容相同"]
