"""The default template, and finding the table in it and in users' copies of it."""

from collections.abc import Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from exports.locate import TemplateError, locate_table, open_template
from exports.sheet_xml import sheet_extras
from exports.template import (
    GROUP_HEADER,
    NOTES,
    NOTES_HEADING,
    SAMPLE_ANSWERS,
    TITLE,
    build_default_template,
)
from flows.row import COLUMNS, row_cells

KEYS = [key for key, _ in COLUMNS]
GROUP_KEYS = ("deployment_goals", "deployment_count", "tech_products")
TEMPLATE_HINT = "请确认使用的是《人形机器人与具身智能实景实训工作计划表》模板"

# The sample as the provincial notice prints it, typed by hand: spaced ticks, its own typo.
SEED_SAMPLE = {
    "submitting_unit": "XX工业和信息化厅/XX中央企业",
    "user_unit": "XX市/XX企业",
    "scenario_name": "XX工厂电池测试—柔性插接",
    "industry": "电子信息制造业",
    "description": "电池包生产下线前的最终功能测试环节……\n技术指标：识别精度不低于98%。",
    "scenario_type": "工业",
    "product_types": "☑ 人形机器人：足式/轮式/其他 ☐ 四足机器人：足式/轮式/其他 "
    "☐ 其他类型产品：仿人形/仿四足机器人",
    "consortium": "整机企业（或应用服务商）：XX 其他：XX",
    "deployment_goals": "☑ 完成本单位内同类场景复制部署 ☐ 完成行业内同场复制部署 "
    "☐ 完成跨行业/跨领域场景应用",
    "deployment_count": "10台",
    "tech_products": "模型算法：XX 操作系统：XX 仿真平台：XX 关键零部件：XX",
}


def write_user_copy(
    path: Path,
    *,
    product_header: str = "应用产品类型",
    first_col: int = 1,
    lines_above: Sequence[str] = (),
    remark_after: str | None = None,
    messy_headers: bool = False,
    sample_label: str | None = "1",
    rows: Sequence[Mapping[str, Any]] = (),
    blank_labels: Sequence[str] = ("2",),
) -> Path:
    """An xlsx laid out the way a province's own copy of the form might be.

    `rows` are cell key -> value (序号 under "index"); they follow the sample, then the blank
    numbered rows, then the 填写说明 block: merged across the table, bold heading, tall rows.
    """
    headers = dict(COLUMNS, product_types=product_header)
    layout: list[str | None] = []
    for key in KEYS:
        layout.append(key)
        if key == remark_after:
            layout.append(None)
    col_of = {key: first_col + i for i, key in enumerate(layout) if key}
    last_col = first_col + len(layout) - 1
    workbook = Workbook()
    sheet = workbook.active
    for row, line in enumerate(lines_above, 1):
        sheet.cell(row, 1, line)
    title_row = len(lines_above) + 1
    sheet.cell(title_row, first_col, TITLE)
    merge_across = f"{get_column_letter(first_col)}{{row}}:{get_column_letter(last_col)}{{row}}"
    sheet.merge_cells(merge_across.format(row=title_row))
    top = title_row + 1
    for i, key in enumerate(layout):
        col = first_col + i
        text = headers[key] if key else "备注"
        if messy_headers:
            text = f" {text[:2]}\n{text[2:]} "
        if key in GROUP_KEYS:
            sheet.cell(top + 1, col, text)
        else:
            sheet.cell(top, col, text)
            sheet.merge_cells(start_row=top, end_row=top + 1, start_column=col, end_column=col)
    group = [col_of[key] for key in GROUP_KEYS]
    sheet.cell(top, group[0], GROUP_HEADER)
    sheet.merge_cells(start_row=top, end_row=top, start_column=group[0], end_column=group[-1])
    body = []
    if sample_label:
        body.append({**SEED_SAMPLE, "index": sample_label})
    body += [*rows, *({"index": label} for label in blank_labels)]
    for row, cells in enumerate(body, top + 2):
        for key, value in cells.items():
            sheet.cell(row, col_of[key], value)
    for row, text in enumerate((NOTES_HEADING, *NOTES), top + 2 + len(body)):
        sheet.cell(row, first_col, text).font = Font(bold=text == NOTES_HEADING)
        sheet.merge_cells(merge_across.format(row=row))
        sheet.row_dimensions[row].height = 30
    workbook.save(path)
    return path


def test_default_template_title_is_merged_across_the_table():
    sheet = build_default_template().active
    assert sheet["A1"].value == TITLE
    assert sheet["A1"].font.bold
    assert "A1:L1" in sheet.merged_cells


def test_default_template_headers_span_both_rows_except_under_the_deployment_group():
    sheet = build_default_template().active
    for col, (key, header) in enumerate(COLUMNS, 1):
        row = 3 if key in GROUP_KEYS else 2
        assert sheet.cell(row, col).value == header
        assert sheet.cell(row, col).font.bold
        assert sheet.cell(3, col).border.bottom.style == "thin"
        if key not in GROUP_KEYS:
            letter = get_column_letter(col)
            assert f"{letter}2:{letter}3" in sheet.merged_cells
    assert sheet["J2"].value == GROUP_HEADER
    assert "J2:L2" in sheet.merged_cells


def test_default_sample_row_is_the_annex_sample_in_our_cell_format():
    sheet = build_default_template().active
    expected = row_cells(SAMPLE_ANSWERS, "样例")
    assert [sheet.cell(4, col).value for col in range(1, 13)] == [expected[key] for key in KEYS]
    assert sheet["H4"].value.startswith("☑人形机器人：足式/轮式/其他 ☐四足机器人")
    assert sheet["K4"].value == "10台"
    assert sheet["C4"].value == "XX市/XX企业"


def test_default_notes_block_is_the_heading_and_twelve_merged_wrapped_items():
    sheet = build_default_template().active
    texts = [sheet.cell(row, 1).value for row in range(5, 18)]
    assert texts == [NOTES_HEADING, *NOTES]
    assert len(NOTES) == 12 and NOTES[6].startswith("7. 应用部署产品类型")
    for row in range(5, 18):
        assert f"A{row}:L{row}" in sheet.merged_cells
        assert sheet.cell(row, 1).alignment.wrap_text
        assert sheet.row_dimensions[row].height >= 18
    assert sheet.max_row == 17


def test_default_template_prints_landscape_on_one_page_width_with_headers_repeated():
    sheet = build_default_template().active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$2:$3"
    assert sheet.column_dimensions["F"].width > sheet.column_dimensions["A"].width


def test_default_template_survives_saving_and_is_located(tmp_path):
    build_default_template().save(tmp_path / "default.xlsx")
    table = locate_table(open_template(tmp_path / "default.xlsx"))
    assert table.header_rows == (2, 3)
    assert table.columns == {key: col for col, key in enumerate(KEYS, 1)}
    assert (table.data_row, table.sample_row, table.end_row) == (4, 4, 5)


def test_provincial_copy_with_sample_labelled_1_is_located(tmp_path):
    table = locate_table(open_template(write_user_copy(tmp_path / "copy.xlsx")))
    assert table.columns["product_types"] == 8
    assert table.sample_row == 4
    assert table.end_row == 6  # sample, then the blank row "2"


def test_shifted_copy_with_notes_above_messy_headers_and_remark_column_is_located(tmp_path):
    path = write_user_copy(
        tmp_path / "copy.xlsx",
        product_header="应用部署产品类型",
        first_col=3,
        lines_above=["附件1", "报送单位（盖章）：", ""],
        remark_after="scenario_name",
        messy_headers=True,
        sample_label="样例",
    )
    table = locate_table(open_template(path, read_only=True), path)
    assert table.header_rows == (5, 6)
    assert table.columns["index"] == 3
    assert table.columns["scenario_name"] == 6
    assert table.columns["industry"] == 8  # after 备注 in column 7
    assert table.span == (3, 15)
    assert (table.data_row, table.sample_row, table.end_row) == (7, 7, 9)


@pytest.mark.parametrize("as_stream", [False, True])
def test_a_read_only_sheets_merges_and_formulas_without_results_are_read_from_its_file(
    tmp_path, as_stream
):
    workbook = Workbook()
    workbook.active.merge_cells("A1:C1")  # another sheet's merges are not this one's
    sheet = workbook.create_sheet("计划表 (2)")
    sheet.merge_cells("B4:B7")
    sheet["C4"] = "=4+4"  # saved by openpyxl, which computes nothing: no result in the file
    workbook.save(tmp_path / "copy.xlsx")
    source = BytesIO((tmp_path / "copy.xlsx").read_bytes()) if as_stream else tmp_path / "copy.xlsx"
    extras = sheet_extras(load_workbook(source, read_only=True)["计划表 (2)"], source)
    assert extras.merges == ((2, 4, 2, 7),)
    assert extras.failed == {(4, 3): "=4+4"}


def test_row_labelled_1_with_real_content_is_not_taken_for_the_sample(tmp_path):
    real = {"index": 1, "submitting_unit": "江苏省工业和信息化厅", "user_unit": "苏州市/甲公司"}
    path = write_user_copy(tmp_path / "copy.xlsx", sample_label=None, rows=[real])
    assert locate_table(open_template(path)).sample_row is None


def test_missing_headers_are_named_in_one_chinese_sentence():
    workbook = Workbook()
    dropped = ("scenario_name", "deployment_count")
    workbook.active.append([header for key, header in COLUMNS if key not in dropped])
    with pytest.raises(TemplateError) as raised:
        locate_table(workbook)
    assert str(raised.value) == f"未找到表头“场景名称”、“部署总数”，{TEMPLATE_HINT}"


def test_workbook_without_any_header_is_refused():
    workbook = Workbook()
    workbook.active.append(["姓名", "电话"])
    with pytest.raises(TemplateError, match=f"未找到计划表的表头.*{TEMPLATE_HINT}"):
        locate_table(workbook)


@pytest.mark.parametrize(
    "name, content", [("plan.xlsx", b"not a zip"), ("plan.csv", "序号,报送单位".encode())]
)
def test_file_that_is_not_an_xlsx_is_refused_in_chinese(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TemplateError, match="^文件不是 xlsx 格式的表格，请用 Excel 或 WPS 另存为 .xlsx（Excel 工作簿）后重新运行$"):
        open_template(path)

