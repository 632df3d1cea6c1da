"""The default 《人形机器人与具身智能实景实训工作计划表》 workbook, built from the ministry's annex.

Everything here is copied from the annex of 工信厅联科函〔2026〕256号: the title, the two header
rows, the 样例 row and the 12 填写说明 items. The sample row is written through
`flows.row.row_cells`, so it shows the cell format our own rows will have. Finding the table in
this workbook or in a user's copy of it is `exports.locate`'s job.
"""

from math import ceil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exports.styles import (
    BODY_STYLE,
    FONT_NAME,
    FONT_SIZE,
    HEADER_STYLE,
    INDEX_STYLE,
    ensure_styles,
    put_text,
)
from flows.cell_fit import COLUMN_WIDTHS
from flows.row import COLUMNS, DEPLOYMENT_GOALS, row_cells
from flows.template_sample import SAMPLE_INDICATORS, SAMPLE_PAIN_POINT

TITLE = "人形机器人与具身智能实景实训工作计划表"
GROUP_HEADER = "2026年11月部署应用目标"
# Columns under GROUP_HEADER, in the second header row; every other header spans both rows.
GROUP_KEYS = ("deployment_goals", "deployment_count", "tech_products")
SAMPLE_LABEL = "样例"
NOTES_HEADING = "填写说明："

TITLE_ROW, HEADER_ROW, SUBHEADER_ROW, SAMPLE_ROW = 1, 2, 3, 4
NOTES_ROW = SAMPLE_ROW + 1

# The annex's sample, as answers. The annex's LaTeX-mangled "≤±0.5mm" is restored.
SAMPLE_ANSWERS = {
    "submitting_unit": "XX工业和信息化厅/XX中央企业",
    "city": "XX市",
    "enterprise": "XX企业",
    "scenario_name": "XX工厂电池测试——线柔性插接",
    "industry": "电子信息制造业",
    "pain_point": SAMPLE_PAIN_POINT,
    "indicators": SAMPLE_INDICATORS,
    "scenario_type": "工业",
    # The annex ticks 人形机器人 without choosing a form, so the form list stays as printed.
    "product_types": {"人形机器人": "足式/轮式/其他"},
    "makers": ["XX"],
    "partners": ["XX"],
    "deployment_goals": [DEPLOYMENT_GOALS[0]],
    "deployment_count": 10,
    "model_algorithm": "XX",
    "operating_system": "XX",
    "simulation_platform": "XX",
    "key_components": "XX",
}

NOTES = (
    "1. 报送单位：填写各省级工业和信息化主管部门和中央企业集团名称。",
    "2. 用户单位：填写提供实景实训空间并部署人形机器人与具身智能产品的单位名称。",
    "3. 场景名称：填写具体、明确的场景名称，避免笼统表述（如“工业产线实训”）。"
    "鼓励申报具有行业代表性、技术挑战性和应用价值的人形机器人、四足机器人真实应用场景。",
    "4. 行业/方向：填写所属行业及细分方向。",
    "5. 场景描述与关键技术要求：填写场景痛点、技术指标（如精度、效率、可靠性）、预期成效等，"
    "确保可量化评估。对不同用户单位开放相似场景的，应在本部分明确差异化创新点，"
    "确保场景具有独立的技术攻关价值。对不同用户单位分别开放，但场景名称、行业方向、"
    "场景描述与关键技术要求高度相似的，按1项场景计算。",
    "6. 场景类型：填写工业/服务/特种。",
    "7. 应用部署产品类型：填写应用部署产品的具体类型（可多选）。",
    "8. 创新应用联合体成员：填写参与联合攻关的整机企业（或应用服务商）、科研院所等。",
    "9. 整机应用目标：按本单位内部署、同行业同场景部署、跨行业/跨领域部署，"
    "填写人形机器人或具身智能产品的应用目标（可多选）。",
    "10. 部署总数：填写计划部署的人形机器人、四足机器人等整机产品的数量。",
    "11. 可规模推广的其他标志性技术产品：列出通过该场景验证的核心技术或产品"
    "（如算法、平台、关键部件），体现技术复用价值。",
    "12. 对本省份企业在省外布局建设且符合遴选条件的重点场景，可纳入本省份专项行动范围。",
)

# A CJK character is about two width units wide; a wrapped line of 10 pt text about 14 pt high.
_UNITS_PER_CHAR, _LINE_HEIGHT = 2, 14


def build_default_template() -> Workbook:
    """The template as the ministry prints it, ready to receive rows."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "工作计划表"
    ensure_styles(workbook)
    for col, (key, _) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(col)].width = COLUMN_WIDTHS[key]
    _write_title(sheet)
    _write_headers(sheet)
    _write_sample(sheet)
    _write_notes(sheet)
    _set_print_layout(sheet)
    return workbook


def _write_title(sheet: Worksheet) -> None:
    sheet.cell(TITLE_ROW, 1, TITLE).font = Font(name=FONT_NAME, size=16, bold=True)
    sheet.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center")
    _merge(sheet, TITLE_ROW, 1, TITLE_ROW, len(COLUMNS))
    sheet.row_dimensions[TITLE_ROW].height = 36


def _write_headers(sheet: Worksheet) -> None:
    """Two header rows: each header spans both, except the three under GROUP_HEADER."""
    group_cols = [col for col, (key, _) in enumerate(COLUMNS, 1) if key in GROUP_KEYS]
    for col, (key, header) in enumerate(COLUMNS, 1):
        row = SUBHEADER_ROW if key in GROUP_KEYS else HEADER_ROW
        sheet.cell(row, col, header)
        for header_row in (HEADER_ROW, SUBHEADER_ROW):
            sheet.cell(header_row, col).style = HEADER_STYLE
        if key not in GROUP_KEYS:
            _merge(sheet, HEADER_ROW, col, SUBHEADER_ROW, col)
    sheet.cell(HEADER_ROW, group_cols[0], GROUP_HEADER)
    _merge(sheet, HEADER_ROW, group_cols[0], HEADER_ROW, group_cols[-1])
    sheet.row_dimensions[HEADER_ROW].height = 24
    sheet.row_dimensions[SUBHEADER_ROW].height = 40


def _write_sample(sheet: Worksheet) -> None:
    cells = row_cells(SAMPLE_ANSWERS, SAMPLE_LABEL)
    for col, (key, _) in enumerate(COLUMNS, 1):
        cell = sheet.cell(SAMPLE_ROW, col)
        cell.style = INDEX_STYLE if key == "index" else BODY_STYLE
        put_text(cell, cells[key])


def _write_notes(sheet: Worksheet) -> None:
    """One merged, wrapped row per item. Excel never auto-fits merged rows, so heights are set."""
    table_width = sum(COLUMN_WIDTHS.values())
    for row, text in enumerate((NOTES_HEADING, *NOTES), NOTES_ROW):
        cell = sheet.cell(row, 1, text)
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=text == NOTES_HEADING)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        _merge(sheet, row, 1, row, len(COLUMNS))
        lines = ceil(len(text) * _UNITS_PER_CHAR / table_width)
        sheet.row_dimensions[row].height = lines * _LINE_HEIGHT + 4


def _merge(sheet: Worksheet, top: int, left: int, bottom: int, right: int) -> None:
    sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)


def _set_print_layout(sheet: Worksheet) -> None:
    """Landscape A4, all columns on one page width, the header rows on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{SUBHEADER_ROW}"
    sheet.print_options.horizontalCentered = True
    sheet.freeze_panes = sheet.cell(SAMPLE_ROW, 1)
