"""Exports reopened with openpyxl and checked cell by cell."""

import pytest
from openpyxl import load_workbook

from exports.locate import TemplateError
from exports.template import NOTES, NOTES_HEADING, SAMPLE_ANSWERS, build_default_template
from exports.writer import export_rows
from flows.row import COLUMNS, row_cells
from tests.test_template import write_user_copy

KEYS = [key for key, _ in COLUMNS]
HOSTILE = ('=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)")


def answers(n: int, **changes) -> dict:
    base = {
        "submitting_unit": "江苏省工业和信息化厅",
        "city": "苏州市",
        "enterprise": f"苏州第{n}机器人有限公司",
        "scenario_name": f"汽车总装线轮胎搬运{n}",
        "industry": "汽车制造",
        "sub_direction": "总装",
        "pain_point": "轮胎单重25kg，人工搬运劳动强度大。",
        "indicators": "抓取成功率≥99%",
        "expected_results": "减少搬运工2人",
        "scenario_type": "工业",
        "product_types": {"人形机器人": "轮式"},
        "makers": ["优必选", "达闼"],
        "partners": ["东南大学"],
        "deployment_goals": ["完成行业内同场景复制部署"],
        "deployment_count": 10,
        "model_algorithm": "具身大模型 v2",
        "key_components": "灵巧手",
    }
    return {**base, **changes}


def values(sheet, row: int, first_col: int = 1, width: int = 12) -> list:
    return [sheet.cell(row, col).value for col in range(first_col, first_col + width)]


def expected(answers_: dict, index: int) -> list:
    cells = row_cells(answers_, index)
    return [index if key == "index" else (cells[key] or None) for key in KEYS]


def test_rows_replace_the_sample_in_order_numbered_from_1(tmp_path):
    rows = [answers(n) for n in range(3)]
    assert export_rows(rows, tmp_path / "out.xlsx").first == 4  # the row of 序号 1
    sheet = load_workbook(tmp_path / "out.xlsx").active
    for offset, row in enumerate(rows):
        assert values(sheet, 4 + offset) == expected(row, offset + 1)
    assert sheet["A7"].value == NOTES_HEADING


def test_keep_sample_puts_the_rows_after_it(tmp_path):
    assert export_rows([answers(1)], tmp_path / "out.xlsx", keep_sample=True).first == 5
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert values(sheet, 4) == values(build_default_template().active, 4)
    assert values(sheet, 5) == expected(answers(1), 1)
    assert sheet["A6"].value == NOTES_HEADING


def test_kept_sample_numbered_1_is_relabelled_so_no_number_shows_twice(tmp_path):
    copy = write_user_copy(tmp_path / "copy.xlsx", sample_label="1")
    export_rows([answers(1)], tmp_path / "out.xlsx", copy, keep_sample=True)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert [sheet.cell(row, 1).value for row in (4, 5)] == ["样例", 1]
    assert sheet["B4"].value == "XX工业和信息化厅/XX中央企业"


def test_notes_block_moves_below_the_rows_with_merges_heights_and_fonts(tmp_path):
    default = build_default_template().active
    export_rows([answers(n) for n in range(5)], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    for offset, text in enumerate((NOTES_HEADING, *NOTES)):
        row = 9 + offset
        assert sheet.cell(row, 1).value == text
        assert f"A{row}:L{row}" in sheet.merged_cells
        assert sheet.row_dimensions[row].height == default.row_dimensions[5 + offset].height
        assert sheet.cell(row, 1).font.bold == (text == NOTES_HEADING)
        assert sheet.cell(row, 1).alignment.wrap_text
    assert sheet.max_row == 9 + len(NOTES)
    assert not any(merge.min_row in range(4, 9) for merge in sheet.merged_cells.ranges)


def test_header_and_title_merges_stay(tmp_path):
    export_rows([answers(1)] * 3, tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    for merge in ("A1:L1", "A2:A3", "I2:I3", "J2:L2"):
        assert merge in sheet.merged_cells
    assert sheet["J3"].value == "整机应用目标"


def test_cells_are_wrapped_and_boxed_like_the_header(tmp_path):
    export_rows([answers(1)], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    description = sheet["F4"]
    assert description.value == "轮胎单重25kg，人工搬运劳动强度大。\n技术指标：抓取成功率≥99%\n预期成效：减少搬运工2人"
    for cell in sheet[4]:
        assert cell.alignment.wrap_text
        sides = (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom)
        assert {side.style for side in sides} == {"thin"}


def test_deployment_count_is_text_with_its_unit(tmp_path):
    export_rows([answers(1)], tmp_path / "out.xlsx")
    cell = load_workbook(tmp_path / "out.xlsx").active["K4"]
    assert (cell.value, cell.data_type) == ("10台", "s")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_that_looks_like_a_formula_stays_text(tmp_path, hostile):
    row = answers(
        1, submitting_unit=hostile, scenario_name=hostile, pain_point=hostile, makers=[hostile]
    )
    export_rows([row], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["B4"].value == hostile and sheet["D4"].value == hostile
    assert sheet["F4"].value.startswith(hostile)
    assert not [cell for line in sheet.iter_rows() for cell in line if cell.data_type == "f"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_that_looks_like_a_formula_is_marked_as_text_for_excel(tmp_path, hostile):
    """Marked so, a cell a clerk edits in Excel and confirms with Enter stays text."""
    export_rows([answers(1, scenario_name=hostile)], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["D4"].quotePrefix and sheet["D4"].style == "计划表正文"
    assert not sheet["E4"].quotePrefix


def test_control_characters_excel_refuses_are_dropped(tmp_path):
    export_rows([answers(1, scenario_name="搬运\x0b线")], tmp_path / "out.xlsx")
    assert load_workbook(tmp_path / "out.xlsx").active["D4"].value == "搬运线"


def test_optional_answers_left_out_give_empty_cells(tmp_path):
    row = {key: value for key, value in answers(1).items() if key in ("scenario_name", "city")}
    export_rows([row], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["B4"].value is None and sheet["L4"].value is None
    assert sheet["C4"].value == "苏州市"


def test_no_rows_leaves_header_then_notes(tmp_path):
    export_rows([], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["A4"].value == NOTES_HEADING
    assert "A4:L4" in sheet.merged_cells


def test_user_copy_keeps_its_layout_and_leaves_the_remark_column_empty(tmp_path):
    template = write_user_copy(
        tmp_path / "copy.xlsx", first_col=3, lines_above=["附件1"], remark_after="scenario_name"
    )
    rows = [answers(n) for n in range(4)]
    export_rows(rows, tmp_path / "out.xlsx", template=template)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["A1"].value == "附件1"
    assert sheet["K3"].value == "应用产品类型"
    for offset, row in enumerate(rows):
        line = values(sheet, 5 + offset, first_col=3, width=13)
        assert line[:4] + line[5:] == expected(row, offset + 1)
        assert line[4] is None
        assert sheet.cell(5 + offset, 7).border.left.style == "thin"
    # sample "1" replaced, blank row "2" reused: the notes follow the four rows directly
    assert sheet["C9"].value == NOTES_HEADING and sheet["C9"].font.bold
    assert sheet.row_dimensions[9].height == 30
    assert all(f"C{row}:O{row}" in sheet.merged_cells for row in range(9, 22))
    assert "C3:C4" in sheet.merged_cells


def test_fewer_rows_than_the_copy_has_lines_pulls_the_notes_up(tmp_path):
    template = write_user_copy(
        tmp_path / "copy.xlsx", sample_label="样例", blank_labels=("1", "2", "3")
    )
    export_rows([answers(1)], tmp_path / "out.xlsx", template=template)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert values(sheet, 4) == expected(answers(1), 1)
    assert sheet["A5"].value == NOTES_HEADING and "A5:L5" in sheet.merged_cells
    assert sheet.max_row == 5 + len(NOTES)


def test_a_previous_export_can_serve_as_the_template(tmp_path):
    export_rows([answers(n) for n in range(3)], tmp_path / "first.xlsx")
    export_rows([answers(9)], tmp_path / "second.xlsx", template=tmp_path / "first.xlsx")
    sheet = load_workbook(tmp_path / "second.xlsx").active
    assert values(sheet, 4) == expected(answers(9), 1)
    assert sheet["A5"].value == NOTES_HEADING


def test_export_into_a_file_that_is_not_the_form_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(TemplateError, match="xlsx"):
        export_rows([answers(1)], tmp_path / "out.xlsx", template=tmp_path / "notes.txt")
    assert not (tmp_path / "out.xlsx").exists()


def test_sample_answers_export_like_the_default_sample(tmp_path):
    export_rows([SAMPLE_ANSWERS], tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert values(sheet, 4)[1:] == values(build_default_template().active, 4)[1:]
