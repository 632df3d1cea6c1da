"""Headers a copy of the form spells a little otherwise than the template (其它, 及, a trailing
单位 or 名称) name the same columns; a header that still names none is quoted as the sheet
writes it when the file is refused."""

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from exports.locate import TemplateError
from exports.reader import read_file
from exports.writer import export_rows
from tests.test_export import answers

HINT = "请确认使用的是《人形机器人与具身智能实景实训工作计划表》模板"


def copy_with(tmp_path, cell: str, header: str):
    """An exported file whose header cell `cell` is written `header`."""
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active[cell] = header
    workbook.save(tmp_path / "plan.xlsx")
    return tmp_path / "plan.xlsx"


@pytest.mark.parametrize(("cell", "header", "template"), [
    ("L3", "可规模推广的其它标志性技术产品", "可规模推广的其他标志性技术产品"),
    ("F2", "场景描述及关键技术要求", "场景描述与关键技术要求"),
    ("F2", "场景描述和关键技术要求", "场景描述与关键技术要求"),
    ("I2", "创新应用联合体成员单位", "创新应用联合体成员"),
    ("C2", "用户单位名称", "用户单位"),
    ("D2", "应用场景名称", "场景名称"),
])
def test_a_header_spelled_as_copies_do_names_the_templates_column(tmp_path, cell, header,
                                                                  template):
    path = copy_with(tmp_path, cell, header)
    read = read_file(path)
    assert [row.problems for row in read.rows] == [[]]
    assert read.column(template) == header
    db = tmp_path / "intake.db"
    output = CliRunner().invoke(main, ["import", str(path), "--db", str(db)]).output
    assert output.startswith("第 4 行：已导入为场景 #1")


@pytest.mark.parametrize(("cell", "header", "missing"), [
    ("H2", "产品", "应用部署产品类型"),
    ("D2", "场景", "场景名称"),
    ("J3", "目标", "整机应用目标"),  # under the merged group header, which is no column's
])
def test_a_header_naming_no_column_is_quoted_as_the_sheet_writes_it(tmp_path, cell, header,
                                                                   missing):
    with pytest.raises(TemplateError) as raised:
        read_file(copy_with(tmp_path, cell, header))
    assert str(raised.value) == f"未找到表头“{missing}”，{HINT}（表格中认不出的表头：“{header}”）"
    output = CliRunner().invoke(main, ["lint", str(tmp_path / "plan.xlsx")]).output
    assert f"（表格中认不出的表头：“{header}”）" in output


def test_a_provinces_column_named_a_header_and_a_word_after_it_is_its_own_not_that_one(tmp_path):
    """部署总数单位 on the header's first row is the province's column for the unit (台), not
    the template's 部署总数 on the row below: the rows' counts are read from the template's."""
    path = tmp_path / "plan.xlsx"
    export_rows([answers(1), answers(2)], path)
    workbook = load_workbook(path)
    sheet = workbook.active
    col = sheet.max_column + 1
    sheet.cell(2, col, "部署总数单位")
    sheet.cell(4, col, "台")
    sheet.cell(5, col, "台")
    workbook.save(path)
    read = read_file(path)
    assert [row.answers.get("deployment_count") for row in read.rows] == [10, 10]
    assert [row.problems for row in read.rows] == [[], []]
    output = CliRunner().invoke(main, ["lint", str(path)]).output
    assert "表格中的“部署总数单位”列不是计划表的列，未读取" in output


@pytest.mark.parametrize(("cell", "header"), [
    ("B2", "报送单位名称"),
    ("I2", "创新应用联合体成员单位名称"),
])
def test_the_exact_spellings_copies_add_a_word_to_still_name_the_column(tmp_path, cell, header):
    read = read_file(copy_with(tmp_path, cell, header))
    assert [row.problems for row in read.rows] == [[]]
