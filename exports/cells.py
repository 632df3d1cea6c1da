"""Parse the template's cell texts back into a draft's answers.

Each parser undoes one cell writer of `flows.row`, and also accepts what people type by hand in
Excel or WPS: other tick marks (`flows.marks`), half-width colons, Chinese numerals, lists
split by commas or line breaks. Parsers only recover the answers; whether they are acceptable
(a known scenario type, a positive count) is the questionnaire's validation, applied
afterwards.
"""

import re
from collections.abc import Callable
from typing import Any

from exports.products import parse_product_types, product_counts
from flows.count_remarks import AFTER_DEADLINE, counts_later, remarks_beside, unlike_kinds
from flows.counts import CountError, read_count
from flows.goals import goal_segments, goal_spelled, goal_worded, goals_joined, ruled_out
from flows.industries import industry_and_direction
from flows.labels import Parts, before_label, faithful, label_pattern, labels_in, unlabelled
from flows.marks import UNSEEN, CellError, ticked_choices, ticked_items
from flows.member_questions import question_first
from flows.member_tables import MAKERS, labels_of_kinds, labels_spaced, table_as_brackets
from flows.multi_select import goals_listed
from flows.pasted_members import TYPED_CONSORTIUM, members_by_kind
from flows.pastes import TYPED_TECH_PRODUCTS, parse_pasted_tech_products
from flows.places import CITY_ENDINGS, DASHES
from flows.questionnaire import INDUSTRIES
from flows.row import (
    DEPLOYMENT_GOALS,
    MAKERS_LABEL,
    PARTNERS_LABEL,
    SCENARIO_TYPES,
    TECH_PRODUCTS,
    consortium_cell,
    parse_description,
    tech_products_cell,
)
from flows.tech_products import label_not_a_product, without_empty_other
from flows.typed_buttons import choices_named
from flows.typed_cells import parse_typed_description

Answers = dict[str, Any]

_LIST_SEPARATORS = re.compile(r"[、，,；;\n]+")
# How `exports.headers.shown_date` shows a date: 5月10日, or with a year (2026/5/10).
_DATE_SHOWN = re.compile(r"(?:\d{4}年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
                         r"|\d{4}(?P<sep>[/.\-])(?P<month2>\d{1,2})(?P=sep)(?P<day2>\d{1,2})")
COUNT_AS_DATE = ("部署总数显示为日期“{text}”，可能是 Excel 把输入的“{typed}”自动变成了日期："
                 "请填写一个确定的台数，如“10台”")
COUNT_REMARKS = "部署总数按 {count} 台记录，{remarks}没有保存（{why}）"
ONE_TOTAL = "本列只记一个合计台数"
COUNT_KIND_DIFFERS = ("部署总数中的“{typed}”与本行“应用部署产品类型”的勾选（{ticked}）不一致，"
                      "导入以该列的勾选为准，请核对")
TYPES_TICKED = "勾选了{types}{count}项，场景类型只能选一种，请只保留一项"
GOALS_RULED_OUT = "写明不选“{goals}”，没有选中任何目标，请至少勾选一项"
GOALS_UNDECIDED = ("“{goals}”注明“{said}”，无法确定是否选中：请确定后只勾选要选的目标，"
                   "并删去“{said}”")
# What rules a goal out undecided, not answered no (本单位：1（待定）, 跨行业待定).
_UNDECIDED = re.compile("待定|未定")
_SLASH = re.compile("[/／]")
_INDUSTRY_AND_DIRECTION = industry_and_direction(INDUSTRIES, read_only=True)
# 苏州市 苏州XX有限公司: a city and its unit with a space where the template has "/". A dash
# after the space is the chat's 苏州市 - XX有限公司, which the chat's splitting reads.
_CITY_AND_UNIT = re.compile(rf"(\S+(?:{'|'.join(CITY_ENDINGS)}))\s+([^\s{DASHES}].*)", re.DOTALL)


def split_list(text: str) -> list[str]:
    return [item.strip() for item in _LIST_SEPARATORS.split(text) if item.strip()]


def parse_user_unit(text: str) -> Answers:
    """`苏州市/XX有限公司`, or `苏州市 XX有限公司`; otherwise the whole text is the enterprise."""
    if "/" not in text and "／" not in text and (spaced := _CITY_AND_UNIT.fullmatch(text)):
        return {"city": spaced.group(1), "enterprise": spaced.group(2).strip()}
    return _split_pair(text, "city", "enterprise", alone="enterprise")


def parse_industry(text: str) -> Answers:
    """As the chat reads it typed (行业 and 细分方向 on two lines, or after a space following a
    button's industry), but at a "/" as the cell is written back."""
    if not _SLASH.search(text) and (parts := _INDUSTRY_AND_DIRECTION(text)):
        return parts
    return _split_pair(text, "industry", "sub_direction", alone="industry")


def _split_pair(text: str, first: str, second: str, alone: str) -> Answers:
    """At the "/" that writes the cell back as it is (`汽车/ 零部件/总装`: an answer may hold a
    "/" and spaces), else at the first one."""
    slashes = [match.start() for match in _SLASH.finditer(text)]
    if not slashes:
        return {alone: text}
    readings = [(text[:at].strip(), text[at + 1 :].strip()) for at in slashes]
    exact = next((pair for pair in readings if "/".join(filter(None, pair)) == text), None)
    pairs = zip((first, second), exact or readings[0], strict=True)
    return {key: value for key, value in pairs if value}


_TECH_LABELS = label_pattern({key: re.escape(label) for key, label in TECH_PRODUCTS.items()})
_WRITTEN_CONSORTIUM = {"makers": MAKERS_LABEL, "partners": PARTNERS_LABEL}
_TECH_REPEATED = "；"  # joins the items of a label written twice: 模型算法：甲 模型算法：乙
_BEFORE_LABELS = "before_labels"  # the words of a typed cell before its first label


def parse_deployment_goals(text: str) -> Answers:
    """As the chat reads them typed: a goal said not to be chosen (暂不跨行业) is not chosen. A
    cell ruling out every goal it names was filled in: told so, not as left empty."""
    items = ticked_items(text, _goals_listed)
    readings = [ruled_out(item) for item in items]
    refused = set().union(*(negated for _, negated in readings))
    chosen = {_goal(part.strip()) for kept, _ in readings if kept.strip()
              for part in goals_joined(kept.strip())} - refused
    if refused and not chosen:
        raise CellError(_none_chosen(items, [negated for _, negated in readings]))
    return {"deployment_goals": [g for g in DEPLOYMENT_GOALS if g in chosen]} if chosen else {}


def _none_chosen(items: list[str], refused: list[set[str]]) -> str:
    """Why a cell ruling out every goal it names is refused, quoting a 待定 said of them: the
    goals it leaves undecided were not answered no."""
    undecided = [(found.group(), negated) for item, negated in zip(items, refused, strict=True)
                 if negated and (found := _UNDECIDED.search(item))]
    goals = set().union(*(negated for _, negated in undecided)) or set().union(*refused)
    named = "、".join(goal for goal in DEPLOYMENT_GOALS if goal in goals)
    if undecided:
        return GOALS_UNDECIDED.format(goals=named, said=undecided[0][0])
    return GOALS_RULED_OUT.format(goals=named)


def _goals_listed(text: str) -> list[str]:
    """Goals listed without marks: by their words, or as the chat reads them typed, by their
    numbers (1、3, 第一项和第三项) or 全部."""
    listed = goals_listed(text, DEPLOYMENT_GOALS)
    if listed is None:
        return [item for segment in goal_segments(text)
                for item in split_list(re.sub(r"\s+", "\n", segment))]
    if not listed:
        raise CellError(f"整机应用目标只有 {len(DEPLOYMENT_GOALS)} 项，“{text}”中的序号须为 1 至 "
                        f"{len(DEPLOYMENT_GOALS)}，或在所选项前打☑")
    return listed


def _goal(item: str) -> str:
    """The template's spelling, a provincial copy's, or 填写说明 9's shorter words."""
    if goal := goal_spelled(item) or goal_worded(item):
        return goal
    raise CellError(f"无法识别整机应用目标“{item}”，须为：{' / '.join(DEPLOYMENT_GOALS)}")


QUESTION_FIRST = "创新应用联合体成员以提问开头（“{question}”），请只填写成员单位名称。"


def parse_consortium(text: str) -> Answers:
    """`整机企业（或应用服务商）：A、B 其他：C`, or the kinds told as the chat reads them typed
    (高校东南大学, 合作高校为东南大学, 东南大学（高校）); unlabelled names are the 整机企业, but
    for the universities and institutes among them (`OTHER_MEMBER_NAME`). Names before the
    labels are read so too, and a member's standing said as a label (牵头单位：甲 其他：乙) is no
    part of its name. A label the column has no kind for (合作企业：甲) stays with the name,
    for the questionnaire's rule to refuse wherever it stands, as the chat does. A cell that
    opens with a question (为什么要写大学？恒远…) is refused, as the chat refuses it: read as
    names, the question would be filed as a member."""
    if asked := question_first(text):
        raise CellError(QUESTION_FIRST.format(question=asked["question"].strip()))
    text = table_as_brackets(labels_spaced(text))  # a kind cell first in its row: no label
    found = labels_of_kinds(text, labels_in(text, TYPED_CONSORTIUM), MAKERS)
    return faithful(text, found, _consortium_members, _WRITTEN_CONSORTIUM, " ",
                    consortium_cell)


def _consortium_members(found: Parts) -> Answers:
    kinds, _ = members_by_kind(found, MAKERS)
    return {key: names for key, names in kinds.items() if names}


def parse_deployment_count(text: str) -> Answers:
    """`10台`, `10`, `十台`, `1,000台`, `约10台`: the chat's reading of a count, refused with
    the chat's reason (one batch, a range), named with the cell's text. A date is what Excel
    made of a range typed in (5-10 shows as 5月10日): the user never wrote one."""
    try:
        return {"deployment_count": read_count(text.strip(UNSEEN))}
    except CountError as error:
        raise CellError(_count_refused(text, str(error))) from None


def count_remarks(text: str, answers: Answers) -> str | None:
    """The remarks beside the total a count's cell holds (10台（轮式8台、四足2台）), quoted: the
    count is kept and they are not, as in the chat, which echoes the count saved; a later plan
    (10台，2027年扩展至50台) is not counted, as the chat says."""
    if not (said := remarks_beside(text)):
        return None
    quoted = "、".join(f"“{remark}”" for remark in said)
    saved = answers["deployment_count"]
    why = dict.fromkeys(AFTER_DEADLINE if counts_later(remark, saved) else ONE_TOTAL
                        for remark in said)
    return COUNT_REMARKS.format(count=saved, remarks=quoted,
                                why="；".join(why))


def count_kinds_unlike(text: str, answers: Answers) -> str | None:
    """The kinds a count's cell names that the row's 应用部署产品类型 does not tick (10只机器狗
    with only 人形机器人 ticked), as the chat tells them; `answers`: the row's, read so far."""
    unlike = unlike_kinds(text, answers)
    return unlike and COUNT_KIND_DIFFERS.format(typed=unlike[0], ticked=unlike[1])


def _count_refused(text: str, reason: str) -> str:
    if shown := _DATE_SHOWN.fullmatch(text):
        month, day = int(shown["month"] or shown["month2"]), int(shown["day"] or shown["day2"])
        return COUNT_AS_DATE.format(text=text, typed=f"{month}-{day}")
    return reason if f"“{text}”" in reason else f"无法识别部署总数“{text}”：{reason}"


def parse_tech_products(text: str) -> Answers:
    """`模型算法：… 操作系统：… 仿真平台：… 关键零部件：…`, labels split by spaces or lines; a
    cell laid out otherwise (1、模型算法：…, ● 算法：…) as the chat reads it pasted; an item
    其他：无 is none, as in the chat."""
    text = without_empty_other(text)
    found = list(_TECH_LABELS.finditer(text))
    if unlabelled(text, found) or len(labels_in(text, TYPED_TECH_PRODUCTS)) > len(found):
        return _typed_tech_products(text)  # also 模型算法：甲②关键零部件：乙, no product's words
    return faithful(text, found, lambda found: _tech_products(found[1]), TECH_PRODUCTS,
                    " ", tech_products_cell)


def _typed_tech_products(text: str) -> Answers:
    """The chat's reading of the cell pasted, its list numbers dropped, refused when words
    stand before the first label: in the chat they answer the question typed at, and a cell
    has none."""
    answers = parse_pasted_tech_products(_BEFORE_LABELS)(text) or {_BEFORE_LABELS: text.strip()}
    if preamble := answers.pop(_BEFORE_LABELS, None):
        raise CellError(label_not_a_product(preamble)
                        or f"无法识别“{preamble}”，请按“模型算法：… 操作系统：…”分项填写")
    return answers


def _tech_products(parts: list[tuple[str, str]]) -> Answers:
    answers: Answers = {}
    for key, value in before_label(parts):
        if value:
            answers[key] = _TECH_REPEATED.join(filter(None, (answers.get(key), value)))
    return answers


def parse_description_cell(text: str) -> Answers:
    """The description as this program writes it, or as typed by hand in another layout, which
    the chat's reading of a paste takes apart as it does in the chat."""
    typed = parse_typed_description(text)
    return parse_description(text) if typed is None else typed


def _plain(key: str) -> Callable[[str], Answers]:
    return lambda text: {key: text}


def parse_scenario_type(text: str) -> Answers:
    """The type as the chat reads it typed (工业类 is 工业), or the one ticked as in the other
    checkbox cells (☑工业 ☐服务 ☐特种); anything else is kept for the rules to judge and
    explain. Two ticked are refused: the cell takes one type."""
    named = choices_named(text, SCENARIO_TYPES)
    if len(named) != 1 and (ticked := ticked_choices(text, SCENARIO_TYPES)):
        if len(ticked) > 1:
            raise CellError(TYPES_TICKED.format(types="".join(f"“{t}”" for t in ticked),
                                                count=len(ticked)))
        named = ticked
    return {"scenario_type": named[0] if len(named) == 1 else text}


# Cell key -> why a cell that says nothing (待定, 同上) is refused, where "未填写" would tell
# the user who wrote it that it was not read.
UNSAID = {"deployment_count": "“{text}”不是台数：请填写计划部署的台数，例如：10台。"}
# Cell key -> what the operator is told of a cell read, when its answers keep less than it says.
NOTES: dict[str, tuple[Callable[[str, Answers], str | None], ...]] = {
    "product_types": (product_counts,), "deployment_count": (count_remarks, count_kinds_unlike)}
# Cell key of `flows.row.COLUMNS` -> its parser; 序号 is the row's place, not an answer.
PARSERS: dict[str, Callable[[str], Answers]] = {
    "submitting_unit": _plain("submitting_unit"),
    "user_unit": parse_user_unit,
    "scenario_name": _plain("scenario_name"),
    "industry": parse_industry,
    "description": parse_description_cell,
    "scenario_type": parse_scenario_type,
    "product_types": parse_product_types,
    "consortium": parse_consortium,
    "deployment_goals": parse_deployment_goals,
    "deployment_count": parse_deployment_count,
    "tech_products": parse_tech_products,
}
