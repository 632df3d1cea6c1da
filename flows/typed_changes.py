"""Changes typed at the summary, read: 部署总数：15台, 场景类型改为服务, 6. 服务, 技术指标.

The summary asks for a press, but people type to it as to a colleague, naming an item and
often its new value in one message, or several (部署总数：15台，场景类型改为服务). The item is read
as its button would be (its number, title or part of it) or as its question's own label
(技术指标, 关键零部件, 台数, 方向), so a column of several questions is changed at the one named.
A text naming no item (a bare 15台 could be any count) is never placed by guess, nor one naming
only a column of several questions (11. 恒远智能套件) that its first question does not read as
that column's parts, unless a product's name says which product it is (11. 恒远灵巧手).

A message is split into several changes only where another question is named by its label,
its column's title as people call it or its number written out (场景类型：, 产品类型：, 第6项：)
at the start of a line, after a clause or after a voice pause (目标： only before goals but
after a short answer, which never holds it: 部署总数：12台，部署目标：替代2名工人), and
never within a free-text answer but at a new line: a description or a product is written in
clauses, lists (1. …；2. …) and words that look like labels (…，指标：漏检率高达5%), all of it
the one answer, unless it says there is none (模型算法：无，部署总数：12台). Other parts of a
title (描述：…) stay in the answer before, as a question they only open would lose them.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flows.field import Kind
from flows.member_tables import MAKERS, PARTNERS
from flows.navigation import Questionnaire
from flows.pasted_members import TYPED_CONSORTIUM
from flows.product_kinds import product_named
from flows.question_names import labelled
from flows.row import TECH_PRODUCTS
from flows.screens import Screen
from flows.tech_products import OTHER_ITEM
from flows.typed_buttons import column_partly_named
from flows.typed_items import (
    CITY,
    FREE_TEXT,
    OPEN,
    SHORT,
    Named,
    city_for_unit,
    is_label,
    named_at,
    numbered_at,
    question_named,
)
from flows.typed_replies import says_none

# Where a further change may begin: after a clause, at a new line, or after a space (voice
# input's pause between two short answers; a free-text answer reads spaces as its own).
_BREAK = re.compile(r"\s*[，,；;。\n]\s*|\s+")
# Words before a colon that may be a question's label (补充指标：…).
_LABEL = re.compile(r"(?P<label>[^\s，,；;。：:]{1,12})[：:]")


@dataclass(frozen=True)
class Change:
    """A question a text typed at the summary names, its new answer (None: open it), and the
    words it was typed in."""

    key: str
    value: str | None
    typed: str
    unread: str = ""  # a value after a column of several questions: only opened, not placed
    left: str = ""  # lines after a count's, which its reader drops unseen: said unsaved


def typed_changes(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                  text: str) -> list[Change]:
    """Each change a text typed at the summary names, in the order written: another starts
    where another question is named with its value at a new line, after a clause or after a
    space (部署总数：15台，场景类型：服务), unless the change before is free text (not said
    none for) and on the same line, names the same question (现状：…；痛点：…), or takes that
    label as part of its own answer (整机企业：… 其他：…), as it does pasted there."""
    plain = text.strip()
    first = named_at(survey, answers, screen, plain, 0, later=False)
    if first is None:
        opened = OPEN.fullmatch(plain)
        key = question_named(survey, answers, screen, opened["item"] if opened else plain)
        return [Change(key, None, plain)] if key else []
    if not is_label(first.item):
        first = _in_column(survey, answers, screen, plain, first)
    return _split(survey, answers, screen, plain, first)


def answer_and_changes(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                       key: str, text: str) -> list[Change]:
    """A text typed at the short answer or product `key`, its own label taken off: that answer,
    then each change named after it as at the summary (电池包下线测试…，所属行业：…，细分方向：…;
    a product's only at a new line: 恒远大模型↵部署总数：12台); none when it begins by naming
    another question. Descriptions keep such lines, listed back as another column's."""
    plain = text.strip()
    short = key not in FREE_TEXT and survey.field(key).kind in SHORT
    if not (short or key in TECH_PRODUCTS) or not plain or named_at(
            survey, answers, screen, plain, 0, later=True):
        return []
    return _split(survey, answers, screen, plain, Named(0, key, "", 0))


def _split(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, plain: str,
           first: Named) -> list[Change]:
    named, ends, part_at = [first], [], first.value_at
    for split in _BREAK.finditer(plain, first.value_at):
        before = named[-1]
        free = before.key in FREE_TEXT and not says_none(plain[part_at:split.start()])
        if split.start() < before.value_at or free and "\n" not in split[0]:
            continue
        short = before.key not in FREE_TEXT and survey.field(before.key).kind in SHORT
        later = (named_at(survey, answers, screen, plain, split.end(), True, after_short=short)
                 or numbered_at(survey, answers, screen, plain, split.end(), before))
        if later and not is_label(later.item):
            later = _in_column(survey, answers, screen, plain, later)
        if not later or later.key == before.key:
            continue
        if not _takes(survey, before, plain, later):
            ends.append(split.start())
            named.append(later)
        part_at = later.value_at  # a part said none for: 模型算法：甲，零部件：无，部署总数：…
    return [_change(survey, at, plain, end) for at, end in zip(named, [*ends, len(plain)],
                                                              strict=True)]


def _change(survey: Questionnaire, at: Named, text: str, end: int) -> Change:
    """The change named at `at`, its value running to `end`."""
    value = text[at.value_at:end].strip()
    if at.opens:
        return Change(at.key, None, text[at.start:end], unread=value)
    left = ""
    if survey.field(at.key).kind == Kind.NUMBER:
        value, left = _count_and_left(survey, at.key, value)
    return Change(at.key, _as_typed(survey, at, value), text[at.start:end], left=left)


def _count_and_left(survey: Questionnaire, key: str, value: str) -> tuple[str, str]:
    """A count's value and the words its reader, which reads its first line's number only,
    leaves unseen, to say unsaved: its later lines (部署总数：12台↵我的草稿), and its line from
    another question's label or part of a column's title that names no change here on (部署
    总数：12台，补充指标：连续运行8小时, none being asked for; …，描述：分两期部署); its own label
    again (部署总数：12台，台数：15台) is the count's own words, two counts it refuses."""
    line, _, rest = value.partition("\n")
    cut = next((split.start() for split in _BREAK.finditer(line)
                if (label := _LABEL.match(line, split.end()))
                and (named := _named_by(survey, label["label"])) and key not in named),
               len(line))
    left = "\n".join(filter(None, (line[cut:].strip(" ，,；;。"), rest.strip())))
    return value[:cut] + value[len(line):], left


def _named_by(survey: Questionnaire, words: str) -> list[str]:
    """The questions `words` are the label of, or the first of the column they are part of the
    title of (描述 of 场景描述与关键技术要求)."""
    column = column_partly_named(words, survey.titles)
    return [*labelled(words), *([] if column is None else [survey.of_step(column + 1)[0].key])]


def _in_column(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, text: str,
               column: Named) -> Named:
    """The change a column's number or title begins: at the question whose own label follows
    (场景描述与关键技术要求：现状与痛点：…, the summary card's words copied); at its first
    question if the column has no other or that question reads the value as the column's parts
    (联合体：优必选…、南京大学); at the product a product's name says (第11项：恒远大模型); else
    the column is only opened, its value no guess."""
    own = named_at(survey, answers, screen, text, column.value_at, later=True)
    step = survey.field(column.key).step
    if own and survey.field(own.key).step == step:
        return own._replace(start=column.start)
    parts = _read_by(survey, column.key, text[column.value_at:])
    value = text[column.value_at:]
    if len(survey.of_step(step)) == 1 or set(parts) - {column.key} or (
            column.key == CITY and city_for_unit(survey, answers, value)):  # 2：无锡
        return column
    label = labelled(value.split("\n", 1)[0].strip())  # 第11项：模型算法 names, not a name
    product = product_named(value) if column.key in TECH_PRODUCTS and not label else None
    return column._replace(key=product) if product else column._replace(opens=True)


def _as_typed(survey: Questionnaire, named: Named, value: str) -> str | None:
    """The value to answer its question with: after its label where the question reads that
    label and would read the value alone otherwise, so the label keeps its meaning (names
    written after 整机企业： stay there, none filed under 其他成员 for being a university)."""
    splits = survey.field(named.key).splits
    if not value or not splits:
        return value or None  # 技术指标： opens its question
    labelled, alone = f"{named.item}：{value}", {named.key: value}
    return labelled if splits(labelled) == alone != (splits(value) or alone) else value


def _takes(survey: Questionnaire, before: Named, text: str, later: Named) -> bool:
    """Does the question named before read the later label as part of its own answer, as it
    reads a paste (模型算法：甲，关键零部件：乙 at 模型算法; 整机企业：甲 其他：企业：乙, the later
    part as its own question reads it), or as an item of its own column that it refuses there
    (模型算法：甲↵其他：乙 is the products' 其他, not the consortium's)? A member's kind labels
    a name wherever it stands in the consortium: 企业：… under 其他 is a supplier, not the
    用户单位. Not where the label is only swallowed into the answer (城市：南京，企业全称：… is
    no city's words)."""
    if before.key in TECH_PRODUCTS and OTHER_ITEM.fullmatch(later.item):
        return True
    consortium = (MAKERS, PARTNERS)
    if before.key in consortium and later.key not in consortium:
        return bool(TYPED_CONSORTIUM.match(text, later.start))
    parts = _read_by(survey, before.key, text[before.value_at:])
    value = text[later.value_at:]
    return bool(part := parts.get(later.key)) and (
        value.startswith(part) or _read_by(survey, later.key, value).get(later.key) == part)


def _read_by(survey: Questionnaire, key: str, text: str) -> dict[str, str]:
    """The answers `text` holds, read as if pasted at the question `key`."""
    splits = survey.field(key).splits
    return splits(text) if splits else {}


