"""The kinds of consortium member as people word them, and the tables of members they paste.

A table copied from Word or Excel (优必选…⇥整机企业↵东南大学⇥高校, under 单位名称⇥类型) is
read row by row, each name with its own row's kind, in chat and import alike (`members_by_kind`).
"""

import re

from flows.row import OTHER_MEMBER_KINDS

# The column's kinds as people word them: 整机企业和应用服务商, 其他成员单位 are each one kind.
MAKER_KINDS = (r"整机企业(?:\s*[（(]\s*或应用服务商\s*[)）]"
               r"|\s*(?:和|及|与|或者?|[/／、])\s*应用服务商)?|应用服务商|整机(?:厂商|制造商|厂家)|整机")
PARTNER_KINDS = (r"其他(?:联合体)?(?:成员)?(?:单位|企业|机构)?"
                 rf"|(?:合作|参与)?(?:{OTHER_MEMBER_KINDS})")
# A member's role, a kind only where no label can be meant: in brackets after a name
# (汇川技术（零部件）) or in a table's kind cell; as a label it may be a product's (零部件：…).
ROLES = "零部件|算法|软件|(?:系统)?集成|院校|科研"
# A cell is a tab or wider space; one space only before a whole kind (整机企业, 高校), as a
# role word after a pause (南京 擎天 软件) is the name's own. The kind cell may be empty, and a
# third cell hold the member's task (分工), which the plan's cell does not: only the name and
# its kind are read.
_CELL = r"(?:\t|[^\S\n]{2,})"
_TABLE_ROW = re.compile(
    rf"(?:\d{{1,3}}[\t ]+)?(?P<name>\S(?:(?!{_CELL}).)*?)"
    rf"(?:{_CELL}(?P<kind>{MAKER_KINDS}|{PARTNER_KINDS}|{ROLES})?(?:{_CELL}(?P<task>\S.*?))?"
    rf"| (?P<whole>{MAKER_KINDS}|{PARTNER_KINDS}))?\s*")
_TABLE_HEADER = re.compile(
    r"(?:序号[\t ]+)?(?:成员)?(?:单位)?名称"
    r"(?:[\t ]+(?:类型|类别|角色|性质|分工|任务|职责)){1,2}\s*")


def table_as_brackets(text: str) -> str:
    """A pasted table of members and kinds as 名称（类型） lines, a row without a kind as its
    name alone, answered as a name typed without one; any other text as it is."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    headed = bool(lines) and bool(_TABLE_HEADER.fullmatch(lines[0].strip()))
    rows = [_TABLE_ROW.fullmatch(line.strip()) for line in lines[headed:]]
    if not rows or len(rows) + headed < 2 or not all(rows):
        return text
    kinds = [row["kind"] or row["whole"] for row in rows]
    if not headed and not any(kinds):
        return text
    return "\n".join(f"{row['name'].strip()}（{kind}）" if kind else row["name"].strip()
                     for row, kind in zip(rows, kinds, strict=True))
