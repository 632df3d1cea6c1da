"""Rows hidden in Excel or WPS, by hand or filtered out by an autofilter, are read as the rest
and named once: a coordinator who filtered the sheet to one city expects to hear of the others.
Through the real CLI."""

import json

from openpyxl import load_workbook

from exports.locate import locate_table, open_template
from exports.writer import export_rows
from tests import test_cli_data
from tests.test_cli_data import QUANTIFIED
from tests.test_export import answers

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
ROWS = [answers(n, indicators=QUANTIFIED) for n in (1, 2, 3, 4, 5)]  # sheet rows 4 to 8
HIDDEN_READ = "第 4、6–8 行在表格中是隐藏的（或被筛选隐藏），已照常读取；不应报送的请删除这些行。"


def filled_with_hidden(path, hidden=(4, 6, 7, 8), filtered=False):
    export_rows(ROWS, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    if filtered:
        sheet.auto_filter.ref = "A3:L8"
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    workbook.save(path)
    return path


def test_hidden_rows_are_imported_and_named_once_in_runs(cli, services, db, tmp_path):
    result = cli("import", filled_with_hidden(tmp_path / "plan.xlsx"), "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == HIDDEN_READ
    assert sum("隐藏" in line for line in result.output.splitlines()) == 1
    assert result.output.splitlines()[-1].startswith("导入 5 行")


def test_rows_filtered_out_by_an_autofilter_are_named_as_hidden(cli, services, db, tmp_path):
    path = filled_with_hidden(tmp_path / "plan.xlsx", hidden=(5,), filtered=True)
    result = cli("import", path, "--db", db)
    assert result.output.splitlines()[0] == (
        "第 5 行在表格中是隐藏的（或被筛选隐藏），已照常读取；不应报送的请删除这些行。")


def test_lint_checks_hidden_rows_and_says_so(cli, tmp_path):
    path = filled_with_hidden(tmp_path / "plan.xlsx")
    lines = cli("lint", path).output.splitlines()
    assert lines[1] == HIDDEN_READ.replace("已照常读取", "已照常检查")
    totals = json.loads(cli("lint", path, "--json").output.splitlines()[-1])["totals"]
    assert (totals["rows"], totals["rows_hidden"]) == (5, [4, 6, 7, 8])


def test_a_hidden_heading_or_blank_row_is_not_named_as_a_hidden_data_row(cli, services, db, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_rows(ROWS, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    sheet.insert_rows(5, 2)
    sheet["A5"] = "二、服务类场景"
    for number in (5, 6):  # the heading, and the blank line under it
        sheet.row_dimensions[number].hidden = True
    workbook.save(path)
    result = cli("import", path, "--db", db)
    assert "隐藏" not in result.output
    assert result.output.splitlines()[-1].startswith("导入 5 行")


def test_a_hidden_column_hides_no_row(cli, services, db, tmp_path):
    path = filled_with_hidden(tmp_path / "plan.xlsx", hidden=())
    workbook = load_workbook(path)
    workbook.active.column_dimensions["M"].hidden = True
    workbook.active.column_dimensions["A"].hidden = True
    workbook.save(path)
    assert "隐藏" not in cli("import", path, "--db", db).output


def test_a_sheet_opened_to_be_written_knows_the_same_hidden_rows_as_one_read(tmp_path):
    path = filled_with_hidden(tmp_path / "plan.xlsx")
    written = locate_table(load_workbook(path)).hidden_rows
    read = locate_table(open_template(path, read_only=True), path).hidden_rows
    assert written == read == {4, 6, 7, 8}
