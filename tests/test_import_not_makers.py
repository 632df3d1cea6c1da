"""A hospital or a school in a file's member cell as a 整机企业, which the chat refuses
(`not_makers`): the import and lint keep the row and say so in a line under it, naming all of
them; a row whose 整机企业 are only such units names no maker, and is refused as one missing."""

import pytest
from openpyxl import load_workbook

from exports.writer import export_rows
from tests.test_cli_data import QUANTIFIED, cli, db, services  # noqa: F401  (fixtures)
from tests.test_export import answers


@pytest.mark.parametrize(("cell", "units"), [
    ("苏州穿山甲机器人股份有限公司、苏州大学附属儿童医院", "“苏州大学附属儿童医院”是医院"),
    ("整机企业：苏州市第一人民医院、苏州市养老院、优必选科技股份有限公司",
     "“苏州市第一人民医院”是医院、“苏州市养老院”是养老机构"),
])
def test_import_and_lint_note_a_hospital_or_a_school_as_a_maker(
        cli, services, db, tmp_path, cell, units):  # noqa: F811
    plan_with_members(tmp_path, cell)
    note = (f"整机企业{units}，不是机器人整机企业（或应用服务商）："
            "如是场景的用户单位请从联合体成员中删去，如是联合体成员请写在“其他：”之后")
    assert f"  ⚠️ {note}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #1", f"  · {note}"]


@pytest.mark.parametrize(("cell", "units"), [
    ("整机企业：苏州市实验小学 其他：东南大学", "“苏州市实验小学”是学校"),
    ("整机企业：苏州市第一人民医院、苏州市养老院", "“苏州市第一人民医院”是医院、“苏州市养老院”是养老机构"),
])
def test_a_row_whose_makers_are_only_hospitals_or_schools_is_refused(
        cli, services, db, tmp_path, cell, units):  # noqa: F811
    plan_with_members(tmp_path, cell)
    reason = (f"创新应用联合体成员：缺少整机企业：整机企业{units}，不是机器人整机企业（或应用服务商）："
              "如是场景的用户单位请从联合体成员中删去，如是联合体成员请写在“其他：”之后，"
              "并在“整机企业（或应用服务商）：”之后填写提供机器人的单位。")
    assert f"  ❌ {reason}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()[:2] == [
        "第 4 行：拒绝", f"  · {reason}"]
    assert services.reviews.store.entries() == []


def plan_with_members(tmp_path, cell: str) -> None:
    export_rows([answers(1, indicators=QUANTIFIED)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["I4"] = cell
    workbook.save(tmp_path / "plan.xlsx")


def test_makers_and_a_hospital_among_the_others_are_not_noted(
        cli, services, db, tmp_path):  # noqa: F811
    export_rows([answers(1, indicators=QUANTIFIED)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active["I4"] = "整机企业：恒远机器人有限公司 其他：苏州大学附属第一医院"
    workbook.save(tmp_path / "plan.xlsx")
    output = cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()
    assert output[0] == "第 4 行：已导入为场景 #1" and not output[1].startswith("  · ")
