"""A whole row of the 工作计划表 copied from Excel and pasted in the chat, at any question.

Excel copies a row's cells parted by tabs, a cell with line breaks in quotes ("…"). Read as
an answer, the other columns' cells were glued into the one asked (报送单位, 用户单位 and the
scenario name into the pain point) or refused as too long at a short question: neither tells
the engineer what went wrong. Such a paste is told back unsaved instead. Only a row of many
cells several of which take forms only the template's own cells take, or the template's header:
an engineer's own table (序号⇥场景名称⇥部署前人数…, a product list with a 场景类型 column), a
Word table of name⇥value rows in the description (`pasted_tables.py`) and a tab typed for
spacing are answers as ever.
"""

import csv
import io
import re

from flows.central_enterprises import listed_group
from flows.row import COLUMNS, DEPLOYMENT_GOALS, PRODUCT_FORMS, SCENARIO_TYPES, TECH_PRODUCTS

MIN_CELLS = 6  # the template has twelve columns; a row copied in part still has this many
# A row of the template says who hands it in (江苏省工业和信息化厅, a central group) or where it
# is used (苏州市/苏州XX有限公司), which no engineer's own table of plans, products or members
# does, and has cells in the forms only the template's own cells take, of different columns.
MIN_KNOWN = 2
MIN_TITLES = 8  # a header is the template's with most of its titles, 报送单位 among them
_SUBMITTER = re.compile(r".{2,12}(?:工业和信息化厅|工业和信息化局|经济和信息化委员会|经济和信息化厅"
                        r"|工信厅|经信委|经信厅)")
_CITY_AND_UNIT = re.compile(r"[^/／\s]{1,10}[市区县][/／].+", re.S)
_COLUMN_CELLS = {  # a cell may run over lines (Alt+Enter in Excel)
    "scenario_type": re.compile("|".join(SCENARIO_TYPES)),
    "product_types": re.compile(rf"[☑☐□]?(?:{'|'.join(PRODUCT_FORMS)})[：:].*", re.S),
    "consortium": re.compile(r"整机企业.*[：:].*", re.S),
    "deployment_goals": re.compile(rf".*(?:{'|'.join(DEPLOYMENT_GOALS)}).*", re.S),
    "tech_products": re.compile(rf"(?:{'|'.join(TECH_PRODUCTS.values())})[：:].*", re.S),
    "description": re.compile(r".*技术指标[：:].*", re.S),
}
_TITLES = {title for _, title in COLUMNS}
# Said at a question and at the summary alike: it names neither.
UNSAVED = ("这条消息是从计划表复制的{rows}（各列以制表符隔开），没有保存：各列的内容会混在"
           "一起。请逐项填写；场景描述一格可以单独复制，在第 5 步“现状与痛点”一问整格粘贴，"
           "机器人会按“技术指标：”等标签分别填入；已填写的项目可在汇总页输入“项目名：新内容”"
           "（如“部署总数：12台”）修改。")


def rows_unsaved(rows: int) -> str:
    """Why the `rows` pasted were not saved, and how to fill them in instead."""
    return UNSAVED.format(rows="一整行" if rows == 1 else f" {rows} 行")


def pasted_rows(text: str) -> int:
    """How many rows of the template `text` holds, copied from Excel: lines (a quoted cell's
    breaks aside) of `MIN_CELLS` cells or more, one of them the template's, with at most lines
    of plain text besides; 0 for any other text."""
    if "\t" not in text:
        return 0
    rows = [row for row in csv.reader(io.StringIO(text.strip()), dialect="excel-tab") if row]
    table = [row for row in rows if len(row) >= MIN_CELLS]
    if not table or any(1 < len(row) < MIN_CELLS for row in rows):
        return 0  # lines of text alone may come with it (我把表格复制过来了：), no smaller table
    return len(table) if any(_is_template_row(row) for row in table) else 0


def _is_template_row(row: list[str]) -> bool:
    """Whether `row` is a row of the template: one naming who hands it in or where it is used,
    with `MIN_KNOWN` of its columns in their own forms; or its header."""
    cells = {cell.strip() for cell in row}
    if "报送单位" in cells:
        return len(_TITLES & cells) >= MIN_TITLES
    placed = any(_SUBMITTER.fullmatch(cell) or listed_group(cell) or _CITY_AND_UNIT.fullmatch(cell)
                 for cell in cells)
    columns = {key for key, pattern in _COLUMN_CELLS.items()
               if any(pattern.fullmatch(cell) for cell in cells)}
    return placed and len(columns) >= MIN_KNOWN
