"""A province's own template round-tripped through the writer: what refers to rows (a 合计 row's
formulas, the print area, validations, conditional formats) follows the rows written, and the
rows take the copy's look and a height fitted to their text."""

from zipfile import ZipFile

import pytest
from openpyxl import load_workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from bot.exporting import ExportResult, export_text
from exports.styles import BODY_STYLE
from exports.template import NOTES, NOTES_HEADING, build_default_template
from exports.writer import export_rows, shift_rows
from flows.cell_fit import MAX_HEIGHT
from flows.export_menu import STATUS_FILTERS
from storage.people import PROVINCE, Coordinator
from tests.test_export import answers

TOTAL_ROW = 6  # in the copy: 样例 in row 4, a blank line 2 in row 5, then 合计


def province_copy(path, styled: bool = False):
    """The default form as a province passes it on: a blank numbered line under the sample,
    a 合计 row counting both, a print area, a 场景类型 list and a highlight over the rows."""
    workbook = build_default_template()
    sheet = workbook.active
    shift_rows(sheet, 5, 2)
    sheet["A5"] = "2"
    sheet["A6"] = "合计"
    sheet["D6"] = '=COUNTA(D4:D5)&"个场景"'
    sheet["K6"] = '=SUMPRODUCT(--SUBSTITUTE(K4:K5,"台",""))'
    sheet["L6"] = "=D6&$A$2"  # refers to a cell that moves with it and to the header
    sheet.print_area = "A1:L18"
    types = DataValidation(type="list", formula1='"工业,服务,特种"')
    types.add("G4:G5")
    sheet.add_data_validation(types)
    sheet.conditional_formatting.add("K4:K5", CellIsRule(operator="equal", formula=['"0台"']))
    if styled:
        for cell in sheet[4] + sheet[5]:
            cell.font = Font(name="仿宋_GB2312", size=12)
            cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.row_dimensions[4].height = 120
    workbook.save(path)
    return path


@pytest.mark.parametrize("count", [5, 23])
def test_a_total_row_below_the_table_counts_every_row_written(tmp_path, count):
    template = province_copy(tmp_path / "copy.xlsx")
    export_rows([answers(n) for n in range(count)], tmp_path / "out.xlsx", template=template)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    last = 3 + count
    total = last + 1
    assert sheet.cell(total, 1).value == "合计"
    assert sheet.cell(total, 4).value == f'=COUNTA(D4:D{last})&"个场景"'
    assert sheet.cell(total, 11).value == f'=SUMPRODUCT(--SUBSTITUTE(K4:K{last},"台",""))'
    assert sheet.cell(total, 12).value == f"=D{total}&$A$2"


def test_print_area_validation_and_highlight_cover_every_row_and_the_notes(tmp_path):
    template = province_copy(tmp_path / "copy.xlsx")
    export_rows([answers(n) for n in range(23)], tmp_path / "out.xlsx", template=template)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    last_note = 4 + 23 + 1 + len(NOTES)  # the rows, 合计, the heading and its items
    assert sheet.cell(last_note, 1).value == NOTES[-1]
    assert sheet.print_area == f"'工作计划表'!$A$1:$L${last_note}"
    assert [str(v.sqref) for v in sheet.data_validations.dataValidation] == ["G4:G26"]
    assert [str(f.sqref) for f in sheet.conditional_formatting] == ["K4:K26"]


def test_fewer_rows_than_the_copy_had_narrow_the_total_to_them(tmp_path):
    template = province_copy(tmp_path / "copy.xlsx")
    export_rows([answers(1)], tmp_path / "out.xlsx", template=template)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["A5"].value == "合计" and sheet["D5"].value == '=COUNTA(D4:D4)&"个场景"'
    assert sheet["A6"].value == NOTES_HEADING
    assert sheet.print_area == f"'工作计划表'!$A$1:$L${6 + len(NOTES)}"


def test_keep_sample_counts_the_sample_and_the_rows_after_it(tmp_path):
    template = province_copy(tmp_path / "copy.xlsx")
    export_rows([answers(n) for n in range(3)], tmp_path / "out.xlsx", template=template,
                keep_sample=True)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["A8"].value == "合计" and sheet["D8"].value == '=COUNTA(D4:D7)&"个场景"'


def test_rows_take_the_copy_s_data_row_look_and_its_height_as_the_least(tmp_path):
    template = province_copy(tmp_path / "copy.xlsx", styled=True)
    export_rows([answers(n) for n in range(3)], tmp_path / "out.xlsx", template=template,
                keep_sample=True)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    for number in (5, 6, 7):
        for col in (1, 4, 6):
            cell = sheet.cell(number, col)
            assert (cell.font.name, cell.font.size) == ("仿宋_GB2312", 12)
            assert cell.alignment.horizontal == "center" and cell.alignment.wrap_text
            assert cell.border.left.style == "thin"
        assert sheet.row_dimensions[number].height == 120


def test_a_sample_marked_as_one_lends_its_typeface_not_its_marking(tmp_path):
    template = province_copy(tmp_path / "copy.xlsx", styled=True)
    workbook = load_workbook(template)
    for cell in workbook.active[4]:
        cell.font = Font(name="仿宋_GB2312", size=12, color="FFFF0000", italic=True, bold=True)
    workbook.save(template)
    export_rows([answers(1)], tmp_path / "out.xlsx", template=template)
    font = load_workbook(tmp_path / "out.xlsx").active["F4"].font
    assert (font.name, font.size) == ("仿宋_GB2312", 12)
    assert not (font.i or font.b) and (font.color is None or font.color.rgb != "FFFF0000")


def test_the_default_template_keeps_its_own_styles(tmp_path):
    export_rows([answers(1)], tmp_path / "out.xlsx")
    cell = load_workbook(tmp_path / "out.xlsx").active["F4"]
    assert cell.style == BODY_STYLE and (cell.font.name, cell.font.size) == ("宋体", 10)


def test_a_row_s_height_follows_its_longest_wrapped_text(tmp_path):
    rows = [answers(1), answers(2, pain_point="人工搬运劳动强度大。" * 30),
            answers(3, pain_point="第一行\n第二行\n第三行\n第四行")]
    export_rows(rows, tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    heights = [sheet.row_dimensions[number].height for number in (4, 5, 6)]
    assert heights[1] > heights[0] and heights[2] > heights[0]
    assert heights[1] >= 13.5 * 300 * 2 / 48  # 300 CJK characters in a column 48 wide


def test_a_row_taller_than_excel_shows_is_capped_and_named_in_the_reply(tmp_path):
    long = answers(2, pain_point="电池包生产下线前的最终功能测试环节需人工插拔高压插头。" * 62)
    written = export_rows([answers(1), long], tmp_path / "out.xlsx")
    assert written.too_tall == ((2, "场景描述与关键技术要求"),)
    assert load_workbook(tmp_path / "out.xlsx").active.row_dimensions[5].height == MAX_HEIGHT
    assert too_tall_line(written) == ("⚠️ 序号 2 的“场景描述与关键技术要求”内容过长，"
                                      "Excel 中显示不全，建议精简。")


def test_members_taller_than_excel_shows_are_named_not_the_description(tmp_path):
    makers = [f"{city}{word}智能装备有限公司" for city in ("南京", "无锡", "常州", "苏州")
              for word in ("恒远", "启明", "华创", "天工", "精工")]
    partners = [name.replace("智能装备有限公司", "机器人研究院") for name in makers]
    many = {"makers": makers, "partners": partners}
    long = answers(3, pain_point="电池包生产下线前的最终功能测试环节需人工插拔高压插头。" * 62)
    rows = [answers(1, **many), answers(2), long, answers(4, **many)]
    written = export_rows(rows, tmp_path / "out.xlsx")
    assert written.too_tall == ((1, "创新应用联合体成员"), (3, "场景描述与关键技术要求"),
                                (4, "创新应用联合体成员"))
    assert too_tall_line(written) == ("⚠️ 序号 1、4 的“创新应用联合体成员”，序号 3 的“场景描述与关键"
                                      "技术要求”内容过长，Excel 中显示不全，建议精简。")


def too_tall_line(written) -> str:
    """The line of the export's reply that warns of `written`'s cells too tall."""
    result = ExportResult(len(written.too_tall), 0, {}, (), written.too_tall)
    text = export_text(result, STATUS_FILTERS[0], Coordinator(1, PROVINCE), False, "")
    return text.splitlines()[1]


def test_exporting_twice_from_a_province_copy_gives_identical_files(tmp_path):
    template = province_copy(tmp_path / "copy.xlsx", styled=True)
    rows = [answers(n) for n in range(23)]
    export_rows(rows, tmp_path / "one.xlsx", template=template)
    export_rows(rows, tmp_path / "two.xlsx", template=template)
    assert parts(tmp_path / "one.xlsx") == parts(tmp_path / "two.xlsx")


def parts(path) -> dict[str, bytes]:
    """The file's parts but the one openpyxl stamps with the time of saving."""
    with ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()
                if name != "docProps/core.xml"}
