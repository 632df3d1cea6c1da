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

from flows.row import COLUMNS, DEPLOYMENT_GOALS, PRODUCT_FORMS, SCENARIO_TYPES, TECH_PRODUCTS

MIN_CELLS = 6  # the template has twelve columns; a row copied in part still has this many
# Cells in the forms only the template's own cells take, each of a different column: an
# engineer's own table may have a 场景类型 and a 部署目标 column too (a bare count is in any).
MIN_KNOWN = 3
MIN_TITLES = 6  # a header is the template's with most of its titles, not one sharing 序号, 场景名称
_COLUMN_CELLS = {
    "scenario_type": re.compile("|".join(SCENARIO_TYPES)),
    "product_types": re.compile(rf"[☑☐□]?(?:{'|'.join(PRODUCT_FORMS)})[：:].*"),
    "consortium": re.compile(r"整机企业.*[：:].*"),
    "deployment_goals": re.compile(rf".*(?:{'|'.join(DEPLOYMENT_GOALS)}).*"),
    "tech_products": re.compile(rf"(?:{'|'.join(TECH_PRODUCTS.values())})[：:].*"),
    "description": re.compile(r"(?s).*技术指标[：:].*"),
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
    """How many rows of the template `text` is, copied from Excel: every line (a quoted cell's
    breaks aside) of `MIN_CELLS` cells or more, and one of them the template's; 0 for any
    other text."""
    if "\t" not in text:
        return 0
    rows = [row for row in csv.reader(io.StringIO(text.strip()), dialect="excel-tab") if row]
    if not rows or any(len(row) < MIN_CELLS for row in rows):
        return 0
    return len(rows) if any(_is_template_row(row) for row in rows) else 0


def _is_template_row(row: list[str]) -> bool:
    """Whether `row` is a row of the template: `MIN_KNOWN` of its columns in their own forms, or
    its header."""
    cells = {cell.strip() for cell in row}
    columns = {key for key, pattern in _COLUMN_CELLS.items()
               if any(pattern.fullmatch(cell) for cell in cells)}
    return len(columns) >= MIN_KNOWN or len(_TITLES & cells) >= MIN_TITLES
