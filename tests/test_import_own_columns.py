"""What a province's sheet holds besides the template's text: its own columns beside the table
(备注, 盖章日期), named as not read on import and lint and kept by an export into the same
file for the scenarios whose rows they sit on; a count Excel turned into a date."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from tests import test_cli_data
from tests.test_cli_data import problems_by_row, seed
from tests.test_export import answers, expected
from tests.test_import_layout import ROWS, filled

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
NOT_READ = "表格中的“备注”列不是计划表的列，未读取，其中的内容不会导入。"


def with_remarks(path) -> None:
    workbook = filled(path)
    sheet = workbook.active
    sheet["M2"] = "备注"
    sheet.merge_cells("M2:M3")
    sheet["M4"], sheet["M5"] = "企业已盖章", datetime(2026, 6, 20)
    sheet["M5"].number_format = "yyyy/m/d"
    workbook.save(path)


def test_import_and_lint_say_which_columns_of_the_sheet_are_not_read(cli, db, tmp_path):
    with_remarks(tmp_path / "plan.xlsx")
    imported = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert imported.exit_code == 0, imported.output
    assert imported.output.splitlines()[:2] == [NOT_READ, "第 4 行：已导入为场景 #1"]
    assert cli("lint", tmp_path / "plan.xlsx").output.splitlines()[0] == NOT_READ


def test_no_column_is_named_when_the_own_column_is_empty(cli, db, tmp_path):
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["M2"] = "备注"
    workbook.save(tmp_path / "plan.xlsx")
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()[0] == (
        "第 4 行：已导入为场景 #1")


def test_an_export_into_the_file_keeps_its_own_column_beside_the_same_scenario(
    cli, services, db, tmp_path
):
    seed(services, answers(9), test_cli_data.Status.SUBMITTED)
    with_remarks(tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    out = tmp_path / "out.xlsx"
    cli("export", "--out", out, "--status", "all", "--template", tmp_path / "plan.xlsx",
        "--db", db)
    sheet = load_workbook(out).active
    assert test_cli_data.rows_of(out) == [
        expected(row, n) for n, row in enumerate([answers(9), *ROWS], 1)]
    assert [sheet.cell(row, 13).value for row in range(4, 8)] == [
        None, "企业已盖章", datetime(2026, 6, 20), None]
    assert sheet["M6"].number_format == "yyyy/m/d"


@pytest.mark.parametrize(("number_format", "shown"), [
    ('m"月"d"日"', "5月10日"),
    ("m-d", "5月10日"),
    ("yyyy/m/d", "2026/5/10"),
    ("mm-dd-yy", "2026/5/10"),  # Excel's own short date, shown as the Chinese locale's
    ("yyyy-mm-dd", "2026-05-10"),
    ('yyyy"年"m"月"d"日"', "2026年5月10日"),
])
def test_a_count_excel_turned_into_a_date_is_shown_as_the_sheet_shows_it(
        cli, tmp_path, number_format, shown):
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["K5"] = datetime(2026, 5, 10)  # what Excel keeps of "5-10" typed in
    workbook.active["K5"].number_format = number_format
    workbook.save(tmp_path / "plan.xlsx")
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json"))[5] == [(
        "部署总数", f"部署总数显示为日期“{shown}”，可能是 Excel 把输入的“5-10”自动变成了日期："
        "请填写一个确定的台数，如“10台”")]


def test_a_count_that_is_a_dates_number_in_a_general_cell_is_noted_for_a_look(cli, db, tmp_path):
    """A date cell formatted 常规 shows its number (46152): no count a scenario deploys."""
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["K5"] = datetime(2026, 5, 10)
    workbook.active["K5"].number_format = "General"
    workbook.save(tmp_path / "plan.xlsx")
    note = ("部署总数 46152 台恰是日期 2026/5/10 在 Excel 中的编号：如果单元格原是日期"
            "（如输入的“5-10”被 Excel 变成了日期），请改填确定的台数")
    assert f"  ⚠️ {note}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert f"  · {note}" in cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()


@pytest.mark.parametrize(("cell", "remarks"), [
    ("10台（轮式8台、四足2台）", "“（轮式8台、四足2台）”"),
    ("10台\n（其中轮式8台）", "“（其中轮式8台）”"),
    ("10台，其中人形5台", "“其中人形5台”"),
    ("人形8台，四足2台，共10台", "“人形8台，四足2台”"),
])
def test_a_counts_breakdown_not_kept_is_quoted_in_a_row_note(cli, db, tmp_path, cell, remarks):
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["K5"] = cell
    workbook.save(tmp_path / "plan.xlsx")
    note = f"部署总数按 10 台记录，{remarks}没有保存（本列只记一个合计台数）"
    assert f"  ⚠️ {note}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    imported = cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()
    assert imported[imported.index("第 5 行：已导入为场景 #2") + 1] == f"  · {note}"


@pytest.mark.parametrize("cell", ["10台", "约10台", "10台左右", "10台人形机器人", "10（台）",
                                  "10台（2026年11月）", "10台，共计", "10台（人形机器人）"])
def test_a_count_with_no_count_beside_it_has_no_note(cli, db, tmp_path, cell):
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["K5"] = cell
    workbook.save(tmp_path / "plan.xlsx")
    assert "没有保存" not in cli("import", tmp_path / "plan.xlsx", "--db", db).output
