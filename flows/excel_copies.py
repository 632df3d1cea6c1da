"""What a copy from the 工作计划表 in Excel or WPS puts in the chat, read before any question's
rules: cells of a row (not saved), the template's 样例 description (not saved) and one cell as
Excel quotes it (read without the quotes).

`table_rows.pasted_rows` knows a whole row by its telltales (who hands it in, twelve cells).
A row copied in part, without 序号 or 报送单位, in plain words or from WPS (a cell's line
breaks left unquoted, only its tabs parting the cells) has none of them, yet any of its cells
read as one answer runs the others' into it: so several cells on one line are a row too when
one of them is in the form of a column of its own (场景名称⇥8台, 名称⇥电力/变电巡检⇥描述), or
when they are many. Three members, indicators or products parted by tabs are one answer's list,
and so are plain names after a product's label (关键零部件：甲⇥乙⇥丙).
Tables keep their rows apart, as many cells to each: those are left to the tables' own readers.
"""

import csv
import io
import re

from flows import actions
from flows.member_tables import KIND_OR_STANDING
from flows.row import DEPLOYMENT_GOALS, PRODUCT_FORMS, SCENARIO_TYPES, TECH_PRODUCTS
from flows.table_rows import pasted_rows, rows_unsaved
from flows.template_sample import is_sample_description

MIN_CELLS = 3  # on one line, one in a column's form; two where it is not the description's
MIN_PLAIN = 5  # on one line, none in a column's form: a list of one answer's items is shorter
MIN_COLUMNS = 2  # of a row copied from WPS, whose cells' lines look like a table's rows
# A list's mark or a bullet before a tab (（1）⇥…, •⇥…) is no cell
_MARK = re.compile(r"[（(]?\d{1,2}[)）、.．]|[①-⑳]|[一二三四五六七八九十]+、|[•●■◆➢Ø·\-]")
_GOALS = "|".join(("本单位", "同行业", "行业内", "跨行业", "跨领域", *DEPLOYMENT_GOALS))
_COLUMN_LOOKS = {  # cells in forms only the template's columns take
    "submitting_unit": re.compile(r".{2,12}(?:工业和信息化厅|工业和信息化局|经济和信息化委员会"
                                  r"|经济和信息化厅|工信厅|经信委|经信厅)"),
    "enterprise": re.compile(r"[^/／\s]{1,10}[市区县][/／].+", re.S),
    "industry": re.compile(r"[\u4e00-\u9fff]{2,12}[/／][\u4e00-\u9fff]{2,12}"),  # 电力/变电巡检
    "description": re.compile(r".*(?:现状与痛点|技术指标|预期成效)[：:].*", re.S),
    "scenario_type": re.compile("|".join(SCENARIO_TYPES)),
    "product_types": re.compile(rf"[☑☐□]?\s*(?:{'|'.join(PRODUCT_FORMS)})\s*[：:（(].*", re.S),
    "consortium": re.compile(r"整机企业.*[：:].*", re.S),
    "deployment_goals": re.compile(rf"[☑☐□]?\s*.{{0,4}}(?:{_GOALS}).{{0,8}}", re.S),
    "deployment_count": re.compile(r"\d{1,5}\s*台"),
    "tech_products": re.compile(rf"(?:{'|'.join(TECH_PRODUCTS.values())})[：:].*", re.S),
}
# A product's label before its first name (关键零部件：恒远灵巧手⇥恒远关节模组): with plain names
# in the cells after it, one product's list, not the tech products column among others.
_PRODUCT_LABEL = re.compile(rf"(?:{'|'.join(TECH_PRODUCTS.values())})\s*[：:][^：:\n]+")
_PLAIN_NAME = re.compile(r"[^：:，,。；;\n]{1,30}")
SAMPLE_UNSAVED = ("这段是计划表“样例”一行的场景描述（填写示例），不是本场景的内容，没有保存。"
                  "请按本场景的实际情况填写现状与痛点、技术指标和预期成效。")
# Excel quotes a cell holding line breaks or quote marks, doubling those within.
_QUOTED_CELL = re.compile(r'\s*"((?:[^"]|"")*)"\s*', re.S)


def unquoted(action: actions.Action) -> actions.Action:
    """One cell copied from Excel as Excel quotes it ("现状与痛点：…↵技术指标：…", inner quotes
    doubled) read as its text, so that its labels split it as typed: only a message wrapped
    whole in one pair of quotes that Excel would have added (a line break or a doubled quote
    within)."""
    if not isinstance(action, actions.Text) or not (cell := _QUOTED_CELL.fullmatch(action.text)):
        return action
    inner = cell.group(1)
    if "\n" not in inner and '""' not in inner:
        return action  # "恒远大模型": quoted by the engineer, left to the question's rules
    return actions.Text(inner.replace('""', '"').strip())


def unsaved(text: str) -> str | None:
    """Why `text` is saved at no question: a row of the template, or its sample description."""
    if rows := (pasted_rows(text) or _loose_row(text)):
        return rows_unsaved(rows)
    return SAMPLE_UNSAVED if is_sample_description(text) else None


def _loose_row(text: str) -> int:
    """1 where `text` holds cells of one row of the template copied without its telltales."""
    if "\t" not in text:
        return 0
    lines = [row for row in csv.reader(io.StringIO(text.strip()), dialect="excel-tab") if row]
    tabbed = [row for row in lines if len([cell for cell in row if cell.strip()]) > 1]
    if len(tabbed) == 1:
        return int(_one_line(tabbed[0]))
    if len({len(row) for row in tabbed}) > 1:  # WPS: a cell's lines run between the tabs
        return int(len(_columns(text.split("\t"))) >= MIN_COLUMNS)
    return 0


def _one_line(row: list[str]) -> bool:
    """Cells on one line: a row's, not a member table's line (1⇥东南大学⇥高校), a list's item
    (（1）⇥替代2名工人) nor a tab for spacing between two (替代2名工人，⇥效率提升30%)."""
    cells = [cell.strip() for cell in row if cell.strip()]
    if _MARK.fullmatch(cells[0]) or any(KIND_OR_STANDING.fullmatch(cell) for cell in cells):
        return False
    if _PRODUCT_LABEL.fullmatch(cells[0]) and _plain_names(cells[1:]):
        return False
    columns = _columns(cells)
    if len(cells) >= MIN_CELLS and (columns or len(cells) >= MIN_PLAIN):
        return True
    return bool(columns - {"description"})


def _plain_names(cells: list[str]) -> bool:
    """Whether `cells` are names alone, in no column's form (恒远关节模组, not 8台)."""
    return all(_PLAIN_NAME.fullmatch(cell) for cell in cells) and not _columns(cells)


def _columns(cells: list[str]) -> set[str]:
    """The template's columns some of `cells` are in the form of."""
    return {key for key, look in _COLUMN_LOOKS.items()
            if any(look.fullmatch(cell.strip()) for cell in cells)}
