"""Rows that look like the form's own furniture but hold a scenario: a scenario typed over the
样例 row, rows copied from the sample with its XX units, a one-row header pasted below rows, and
a hidden old copy of the sheet. None may be dropped without a word. Through the real CLI."""

from openpyxl import load_workbook

from exports.writer import export_rows
from flows.row import COLUMNS
from tests import test_cli_data
from tests.test_cli_data import QUANTIFIED
from tests.test_export import answers

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
ROWS = [answers(n, indicators=QUANTIFIED) for n in (1, 2, 3)]
SUMMARY = "导入 {} 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 {} 行。"


def filled(path, rows=ROWS):
    export_rows(rows, path)
    return load_workbook(path)


def stored(services) -> list[dict]:
    return [entry.answers for entry in services.reviews.store.entries()]


def test_a_scenario_typed_over_the_sample_row_is_read_as_data(cli, services, db, tmp_path):
    workbook = filled(tmp_path / "plan.xlsx", ROWS[:2])
    workbook.active["A4"] = "样例"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "第 4 行：已导入为场景 #1", "第 5 行：已导入为场景 #2", SUMMARY.format(2, 0)]
    assert stored(services) == ROWS[:2]
    assert "共 2 行数据" in cli("lint", tmp_path / "plan.xlsx").output


def test_the_untouched_sample_row_is_still_skipped_without_a_word(cli, services, db, tmp_path):
    export_rows(ROWS[:1], tmp_path / "plan.xlsx", keep_sample=True)
    workbook = load_workbook(tmp_path / "plan.xlsx")
    assert workbook.active["A4"].value == "样例"
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[:2] == ["第 5 行：已导入为场景 #1", SUMMARY.format(1, 0)]


def test_rows_copied_from_the_sample_with_its_xx_units_are_refused_not_skipped(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    sheet["B5"], sheet["C5"] = "XX工业和信息化厅/XX中央企业", "XX市/XX企业"
    sheet["B6"], sheet["C6"] = None, "XX市/XX企业"
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "第 4 行：已导入为场景 #1"
    xx_unit = "  · 用户单位：所在城市、企业全称：“XX”是填写示例里的占位符，请换成真实的单位、场景或产品名称。"
    assert lines[1:3] == ["第 5 行：拒绝", "  · 报送单位：“XX”是填写示例里的占位符，请换成真实的单位、场景或产品名称。"]
    assert lines[3:7] == [xx_unit, "第 6 行：拒绝", "  · 报送单位：未填写。", xx_unit]  # column order
    assert lines[-1] == SUMMARY.format(1, 2)
    assert stored(services) == ROWS[:1]


def test_a_one_row_header_pasted_below_rows_is_skipped_and_the_rows_above_read(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    sheet = workbook.active
    sheet.insert_rows(6)
    for col, (_, header) in enumerate(COLUMNS, 1):
        sheet.cell(6, col, header)
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:5] == [
        "第 4 行：已导入为场景 #1",
        "第 5 行：已导入为场景 #2",
        "第 6 行：重复的表头，不是数据行，已略过",
        "第 7 行：已导入为场景 #3",
        SUMMARY.format(3, 0),
    ]
    assert stored(services) == ROWS


def test_a_hidden_old_copy_is_not_read_before_the_visible_sheet_and_is_named_hidden(
    cli, services, db, tmp_path
):
    workbook = filled(tmp_path / "plan.xlsx")
    old = workbook.copy_worksheet(workbook.active)
    old.title, old["K4"], old.sheet_state = "旧版", "3台", "hidden"
    workbook.move_sheet(old, offset=-1)
    workbook.active = 1
    workbook.save(tmp_path / "plan.xlsx")
    result = cli("import", tmp_path / "plan.xlsx", "--db", db)
    assert result.output.splitlines()[:2] == [
        "读取工作表“工作计划表”。",
        "工作表“旧版”（隐藏的工作表）也有数据行，本次未读取："
        "请把每个工作表另存为单独的 xlsx 文件后分别运行。",
    ]
    assert stored(services) == ROWS
