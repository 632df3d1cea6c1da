"""How a clerk's workbook lays its rows out: headings between them, the header pasted twice, a
blank copy of the form before the filled sheet, formulas that failed. Through the real CLI."""

import json
import re
import zipfile

import pytest
from openpyxl import load_workbook

from exports.template import NOTES, NOTES_HEADING, build_default_template
from exports.writer import export_rows, shift_rows
from tests import test_cli_data
from tests.test_cli_data import QUANTIFIED, problems_by_row
from tests.test_export import answers, expected

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
ROWS = [answers(n, indicators=QUANTIFIED) for n in (1, 2, 3)]


def filled(path, rows=ROWS):
    export_rows(rows, path)
    return load_workbook(path)


def stored(services) -> list[dict]:
    return [entry.answers for entry in services.reviews.store.entries()]


def test_headings_between_rows_are_skipped_and_the_rows_after_them_read(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    sheet.insert_rows(4)
    sheet["A4"] = "苏州市"
    sheet.merge_cells("A4:L4")
    sheet.insert_rows(6)
    sheet["A6"] = "二、服务类场景"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "第 4 行：标题行“苏州市”，不是数据行，已略过",
        "第 5 行：已导入为场景 #1",
        "第 6 行：标题行“二、服务类场景”，不是数据行，已略过",
        "第 7 行：已导入为场景 #2",
        "第 8 行：已导入为场景 #3",
        "导入 3 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。",
    ]
    assert stored(services) == ROWS
    linted = cli("lint", tmp_path / "plan.xlsx")
    assert "共 3 行数据" in linted.output and "第 6 行：标题行“二、服务类场景”" in linted.output


def test_a_heading_under_a_unit_merged_down_the_rows_is_skipped(cli, services, db, tmp_path):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    sheet.insert_rows(5)
    sheet["A5"] = "二、服务类场景"
    sheet.merge_cells("B4:B7")
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == "第 5 行：标题行“二、服务类场景”，不是数据行，已略过"
    assert len(stored(services)) == 3


def test_a_second_copy_of_the_header_is_skipped_not_rejected(cli, services, db, tmp_path):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    sheet.insert_rows(4, 2)
    for col in range(1, 13):
        sheet.cell(4, col, sheet.cell(2, col).value)
        sheet.cell(5, col, sheet.cell(3, col).value)
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "第 4 行：重复的表头，不是数据行，已略过",
        "第 5 行：重复的表头，不是数据行，已略过",
        "第 6 行：已导入为场景 #1",
    ]
    assert stored(services) == ROWS
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json")) == {6: [], 7: [], 8: []}


def _with_sheets(path, sheets: dict[str, list[dict]]) -> None:
    """A workbook of the default form's sheets, each named, blank or filled with its rows."""
    workbook = build_default_template()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        source = filled(path, rows).active if rows else build_default_template().active
        sheet = workbook.create_sheet(title)
        for row in source.iter_rows():
            for cell in row:
                sheet.cell(cell.row, cell.column, cell.value)
    workbook.save(path)


def test_the_filled_sheet_is_read_after_a_blank_copy_of_the_form_and_named(
    cli, services, db, tmp_path
):
    _with_sheets(tmp_path / "plan.xlsx", {"模板": [], "苏州市报送": ROWS})
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "读取工作表“苏州市报送”（工作表“模板”有表头，但没有数据行）。",
        "第 4 行：已导入为场景 #1",
    ]
    assert stored(services) == ROWS
    linted = cli("lint", tmp_path / "plan.xlsx")
    assert linted.output.splitlines()[:2] == [
        "读取工作表“苏州市报送”（工作表“模板”有表头，但没有数据行）。", "检查 plan.xlsx：共 3 行数据。"]


def test_a_second_filled_sheet_is_named_as_not_read_and_fails_the_run(cli, services, db, tmp_path):
    _with_sheets(tmp_path / "plan.xlsx", {"苏州市": ROWS[:2], "无锡市": ROWS[2:]})
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "读取工作表“苏州市”。",
        "工作表“无锡市”也有数据行，本次未读取：请把每个工作表另存为单独的 xlsx 文件后分别运行。",
    ]
    assert result.output.splitlines()[-1] == "导入 2 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。"
    assert cli("lint", tmp_path / "plan.xlsx").exit_code == 1


def _with_error_results(path, errors: dict[str, str]) -> None:
    """Save the error Excel would have saved for each formula (openpyxl writes no result)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for coordinate, error in errors.items():
        sheet = re.sub(rf'<c r="{coordinate}"([^>]*)>(<f>.*?</f>)<v\s*/>',
                       rf'<c r="{coordinate}"\1 t="e">\2<v>{error}</v>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_a_formula_whose_result_is_an_error_is_explained_as_one(cli, tmp_path):
    workbook = filled(tmp_path / "plan.xlsx", ROWS[:2])
    workbook.active["E5"] = "=VLOOKUP(C5,Sheet2!A:B,2,0)"
    workbook.active["D5"] = "=Sheet2!A1"
    workbook.save(tmp_path / "plan.xlsx")
    _with_error_results(tmp_path / "plan.xlsx", {"E5": "#N/A", "D5": "#REF!"})
    fix = "请在 Excel 或 WPS 中修正后保存，或直接填写内容"
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json")) == {4: [], 5: [
        ("场景名称", f"单元格是公式“=Sheet2!A1”，结果为错误 #REF!：{fix}"),
        ("行业/方向", f"单元格是公式“=VLOOKUP(C5,Sheet2!A:B,2,0)”，结果为错误 #N/A：{fix}"),
    ]}


def test_a_note_line_between_rows_is_a_heading_and_the_rows_after_it_are_read(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    shift_rows(sheet, 6, 1)  # as Excel inserts a row: the notes' merges move with them
    sheet["A6"] = "注：以下场景为省外布局场景"
    sheet.merge_cells("A6:L6")
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:4] == [
        "第 5 行：已导入为场景 #2",
        "第 6 行：标题行“注：以下场景为省外布局场景”，不是数据行，已略过",
        "第 7 行：已导入为场景 #3",
    ]
    assert stored(services) == ROWS
    assert "共 3 行数据" in cli("lint", tmp_path / "plan.xlsx").output
    exported = tmp_path / "out.xlsx"
    cli("export", "--out", exported, "--status", "all", "--template", tmp_path / "plan.xlsx",
        "--db", db)
    assert test_cli_data.rows_of(exported) == [expected(row, n) for n, row in enumerate(ROWS, 1)]


def _rows_below_the_notes(path, rows=ROWS[1:]) -> int:
    """The unedited template with `rows` typed under its 填写说明; the row of the first."""
    source = filled(path, rows).active
    workbook = build_default_template()
    sheet = workbook.active
    first = sheet.max_row + 1
    for offset in range(len(rows)):
        for col in range(1, 13):
            sheet.cell(first + offset, col, source.cell(4 + offset, col).value)
    workbook.save(path)
    return first


def test_rows_typed_below_the_notes_of_the_template_are_read(cli, services, db, tmp_path):
    first = _rows_below_the_notes(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"第 5 行：说明文字“填写说明：”（至第 {first - 1} 行），不是数据行，已略过",
        f"第 {first} 行：已导入为场景 #1",
        f"第 {first + 1} 行：已导入为场景 #2",
        "导入 2 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。",
    ]
    assert stored(services) == ROWS[1:]
    assert "共 2 行数据" in cli("lint", tmp_path / "plan.xlsx").output


def test_an_export_into_a_template_with_rows_below_its_notes_puts_the_notes_last(
    cli, services, db, tmp_path
):
    _rows_below_the_notes(tmp_path / "plan.xlsx")
    cli("import", tmp_path / "plan.xlsx", "--db", db)
    exported = tmp_path / "out.xlsx"
    cli("export", "--out", exported, "--status", "all", "--template", tmp_path / "plan.xlsx",
        "--db", db)
    assert test_cli_data.rows_of(exported) == [expected(row, n) for n, row in enumerate(ROWS[1:], 1)]
    sheet = load_workbook(exported).active
    notes = [sheet.cell(row, 1).value for row in range(6, sheet.max_row + 1)]
    assert notes == [NOTES_HEADING, *NOTES]


def test_headers_with_a_bracketed_hint_are_found_and_problems_name_them_as_the_sheet_does(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    hinted = {"F2": "场景描述与关键技术要求（含技术指标）", "G2": "场景类型（工业/服务/特种）",
              "H2": "应用产品类型(可多选)", "J3": "整机应用目标（可多选）", "K3": "部署总数（台）"}
    for cell, text in hinted.items():
        sheet[cell] = text
    sheet["K5"], sheet["H6"] = "许多", "☑飞行器"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines() == [
        "第 4 行：已导入为场景 #1",
        "第 5 行：拒绝",
        "  · 部署总数（台）：无法识别部署总数“许多”：请填写台数，例如：10 或 10台 或 十台。",
        "第 6 行：拒绝",
        "  · 应用产品类型(可多选)：无法识别产品类型“飞行器”，请写成“☑人形机器人：轮式”",
        "导入 1 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 2 行。",
    ]
    assert stored(services) == ROWS[:1]
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json"))[5] == [
        ("部署总数（台）", "无法识别部署总数“许多”：请填写台数，例如：10 或 10台 或 十台。")]


SIGNATURES = [
    {1: "填表人：张三", 6: "审核人：李四", 10: "日期：2026年6月20日"},
    {1: "单位（盖章）：苏州市工业和信息化局", 7: "联系人：张三", 10: "电话：0512-6888"},
    {2: "填表单位：苏州市工信局", 8: "填表人：张三"},
    {1: "苏州市工业和信息化局（盖章）", 9: "2026年6月20日"},
    {1: "负责人：王五", 4: "江苏省工业和信息化厅", 6: "2026年6月"},
    {1: "填表人：", 3: "张三", 4: "联系电话：", 6: "13800000000"},  # labels and values apart
]


@pytest.mark.parametrize("signature", SIGNATURES)
@pytest.mark.parametrize("above_the_notes", [True, False])
def test_a_signature_line_below_the_rows_is_no_row_and_an_export_into_the_file_keeps_it(
    cli, services, db, tmp_path, signature, above_the_notes
):
    workbook = filled(tmp_path / "plan.xlsx", ROWS[:2])
    sheet = workbook.active
    if above_the_notes:
        shift_rows(sheet, 6, 2)
        line = 7
    else:
        line = sheet.max_row + 2
    for col, text in signature.items():
        sheet.cell(line, col, text)
    workbook.save(tmp_path / "plan.xlsx")
    assert problems_by_row(cli("lint", tmp_path / "plan.xlsx", "--json")) == {4: [], 5: []}
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0 and "部分内容" not in result.output, result.output
    assert stored(services) == ROWS[:2]
    exported = tmp_path / "out.xlsx"
    cli("export", "--out", exported, "--status", "all", "--template", tmp_path / "plan.xlsx",
        "--db", db)
    assert test_cli_data.rows_of(exported) == [expected(row, n) for n, row in enumerate(ROWS[:2], 1)]
    out = load_workbook(exported).active
    assert [out.cell(line, col).value for col in signature] == list(signature.values())


def test_a_half_filled_row_below_the_last_scenario_is_named_not_dropped_unseen(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx", ROWS[:2])
    sheet = workbook.active
    shift_rows(sheet, 6, 1)
    sheet["D6"], sheet["K6"] = "半填场景丙", "8台"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[2] == (
        "第 6 行：只填了部分内容（用户单位、场景名称、场景描述中不到两项），不是数据行，已略过")
    assert stored(services) == ROWS[:2]
    assert "第 6 行：只填了部分内容" in cli("lint", tmp_path / "plan.xlsx").output


def test_a_row_holding_only_the_submitting_unit_merged_or_dragged_down_is_a_blank_line(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    sheet.insert_rows(5)  # between rows 4 and 6, under B4:B6 merged
    sheet.insert_rows(7)  # between rows 6 and 8, the unit and a 序号 dragged down into it
    sheet["B5"] = sheet["B7"] = None
    sheet.merge_cells("B4:B6")
    sheet["A7"], sheet["B7"] = 2, sheet["B8"].value
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "第 4 行：已导入为场景 #1",
        "第 6 行：已导入为场景 #2",
        "第 7 行：只填了部分内容（用户单位、场景名称、场景描述中不到两项），不是数据行，已略过",
        "第 8 行：已导入为场景 #3",
        "导入 3 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。",
    ]
    assert stored(services) == ROWS
    totals = json.loads(cli("lint", tmp_path / "plan.xlsx", "--json").output.splitlines()[-1])
    assert totals["totals"]["rows"] == 3 and totals["totals"]["rows_with_problems"] == 0
