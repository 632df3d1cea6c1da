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
at the start of a line, after a clause or after a voice pause (目标： only before goals), and
never within a free-text answer but at a new line: a description or a product is written in
clauses, lists (1. …；2. …) and words that look like labels (…，指标：漏检率高达5%), all of it
the one answer, unless it says there is none (模型算法：无，部署总数：12台). Other parts of a
title (描述：…) stay in the answer before, as a question they only open would lose them.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from flows import actions
from flows.field import Field, Kind
from flows.item_numbers import typed_columns
from flows.labels import NUMBERING
from flows.member_tables import MAKERS, PARTNERS
from flows.navigation import Questionnaire
from flows.pasted_members import TYPED_CONSORTIUM
from flows.pastes import TYPED_LABELS
from flows.product_kinds import product_named
from flows.question_names import goals_follow, labelled, named_by_value
from flows.row import TECH_PRODUCTS
from flows.screens import Screen
from flows.tech_products import OTHER_ITEM
from flows.typed_buttons import LONGEST_LABEL, column_partly_named, names_a_column, pressed
from flows.typed_replies import says_none

# A column called by part of its title at a question, as the summary allows any part.
SHORT_TITLES = frozenset({"产品类型", "部署产品类型", "联合体", "联合体成员", "应用联合体",
                          "应用目标", "部署应用目标"})
# Between an item and its new value: 部署总数：15台, 部署总数改为15台, 部署总数应为15台.
_TO = re.compile(r"\s*(?:[：:]|(?:修改|更改|更正|调整|改)[为成]|改到|换成|应为|应该[为是]|应是)\s*")
# Between a later item and its value: only these say plainly that a new change begins.
_LATER_TO = re.compile(r"\s*(?:[：:]|(?:修|更)?改[为成])\s*")
# A later item's number is written out (第6项): a bare 2. within a text is a list's.
_LATER_NUMBER = re.compile(r"第\s*\d{1,2}\s*[项列]")
# Questions answered in a few words, not a list: a number after one may name a later item.
_SHORT = frozenset({Kind.TEXT, Kind.NUMBER, Kind.CHOICE, Kind.CHOICE_OR_TEXT})
# Answers written in clauses, lists and labelled sentences: each takes the rest of its line.
_FREE_TEXT = frozenset({"pain_point", "indicators", "indicators_more", "expected_results",
                        "innovation", "model_algorithm", "operating_system",
                        "simulation_platform", "key_components"})
# Before the item: 把部署总数改为…, 请将…
_ASKING = r"(?:请|麻烦|帮我|我要|我想)?"
_BEFORE = re.compile(rf"{_ASKING}(?:把|将)?")
# An item to open: 修改部署总数, 改一下联合体, 改第10项.
_OPEN = re.compile(rf"{_ASKING}(?:修改|更改|改一下|改|编辑|重填|重新填写?|打开)(?:一下)?"
                   r"\s*(?P<item>.+?)(?:一下)?")
# An item's number and its new value with a list's punctuation: 6. 服务, 6、服务, 第6项、服务
# (10.5 is a number).
_NUMBERED = re.compile(r"(?P<item>(?:第\s*)?\d{1,2}\s*[项列]?)\s*(?:、|[.．](?!\d))\s*")
# Where a further change may begin: after a clause, at a new line, or after a space (voice
# input's pause between two short answers; a free-text answer reads spaces as its own).
_BREAK = re.compile(r"\s*[，,；;。\n]\s*|\s+")


@dataclass(frozen=True)
class Change:
    """A question a text typed at the summary names, its new answer (None: open it), and the
    words it was typed in."""

    key: str
    value: str | None
    typed: str
    unread: str = ""  # a value after a column of several questions: only opened, not placed
    left: str = ""  # lines after a count's, which its reader drops unseen: said unsaved


class _Named(NamedTuple):
    """Where a change begins in a text, the question it names, the item as written, and where
    its new value begins."""

    start: int
    key: str
    item: str
    value_at: int
    opens: bool = False  # only a column of several questions named: its value is no guess


def typed_changes(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                  text: str) -> list[Change]:
    """Each change a text typed at the summary names, in the order written: another starts
    where another question is named with its value at a new line, after a clause or after a
    space (部署总数：15台，场景类型：服务), unless the change before is free text (not said
    none for) and on the same line, names the same question (现状：…；痛点：…), or takes that
    label as part of its own answer (整机企业：… 其他：…), as it does pasted there."""
    plain = text.strip()
    first = _named_at(survey, answers, screen, plain, 0, later=False)
    if first is None:
        opened = _OPEN.fullmatch(plain)
        key = _question_named(survey, answers, screen, opened["item"] if opened else plain)
        return [Change(key, None, plain)] if key else []
    if not _is_label(first.item):
        first = _in_column(survey, answers, screen, plain, first)
    return _split(survey, answers, screen, plain, first)


def answer_and_changes(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                       key: str, text: str) -> list[Change]:
    """A text typed at the short answer `key`, its own label taken off: that answer, then each
    change named after it as at the summary (电池包下线测试…，所属行业：…，细分方向：…); none
    when it begins by naming another question."""
    plain = text.strip()
    short = key not in _FREE_TEXT and survey.field(key).kind in _SHORT
    if not short or not plain or _named_at(survey, answers, screen, plain, 0, later=True):
        return []
    return _split(survey, answers, screen, plain, _Named(0, key, "", 0))


def _split(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, plain: str,
           first: _Named) -> list[Change]:
    named, ends, part_at = [first], [], first.value_at
    for split in _BREAK.finditer(plain, first.value_at):
        before = named[-1]
        free = before.key in _FREE_TEXT and not says_none(plain[part_at:split.start()])
        if split.start() < before.value_at or free and "\n" not in split[0]:
            continue
        later = (_named_at(survey, answers, screen, plain, split.end(), later=True)
                 or _numbered_at(survey, answers, screen, plain, split.end(), before))
        if later and not _is_label(later.item):
            later = _in_column(survey, answers, screen, plain, later)
        if not later or later.key == before.key:
            continue
        if not _takes(survey, before, plain, later):
            ends.append(split.start())
            named.append(later)
        part_at = later.value_at  # a part said none for: 模型算法：甲，零部件：无，部署总数：…
    return [_change(survey, at, plain, end) for at, end in zip(named, [*ends, len(plain)],
                                                              strict=True)]


def _change(survey: Questionnaire, at: _Named, text: str, end: int) -> Change:
    """The change named at `at`, its value running to `end`."""
    value = text[at.value_at:end].strip()
    if at.opens:
        return Change(at.key, None, text[at.start:end], unread=value)
    # 部署总数：12台↵我的草稿: the count's reader reads 12台 and leaves the rest unseen
    left = value.partition("\n")[2].strip() if survey.field(at.key).kind == Kind.NUMBER else ""
    return Change(at.key, _as_typed(survey, at, value), text[at.start:end], left=left)


def _in_column(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, text: str,
               column: _Named) -> _Named:
    """The change a column's number or title begins: at the question whose own label follows
    (场景描述与关键技术要求：现状与痛点：…, the summary card's words copied); at its first
    question if the column has no other or that question reads the value as the column's parts
    (联合体：优必选…、南京大学); at the product a product's name says (第11项：恒远大模型); else
    the column is only opened, its value no guess."""
    own = _named_at(survey, answers, screen, text, column.value_at, later=True)
    step = survey.field(column.key).step
    if own and survey.field(own.key).step == step:
        return own._replace(start=column.start)
    parts = _read_by(survey, column.key, text[column.value_at:])
    if len(survey.of_step(step)) == 1 or set(parts) - {column.key}:
        return column
    value = text[column.value_at:]
    label = labelled(value.split("\n", 1)[0].strip())  # 第11项：模型算法 names, not a name
    product = product_named(value) if column.key in TECH_PRODUCTS and not label else None
    return column._replace(key=product) if product else column._replace(opens=True)


def _is_label(item: str) -> bool:
    """Is `item` a question's own label (技术指标, 部署总数), not a column's number or title?"""
    return bool(labelled(item.strip(" 【】[]")))


def other_column_named(survey: Questionnaire, field: Field, text: str) -> tuple[Field, str] | None:
    """The question of another column a text typed at `field` begins by naming, as the summary
    reads a change to it: by its label or its column's title before a colon or 改为 (部署总数：
    8台, 场景类型改为服务), and that name as typed. Most likely a change meant for that item, of
    this draft or of one returned meanwhile, never this question's answer. Not by a number (at
    a question 1、… or 第2项 begins a list), nor by a label of `field`'s own column, which its
    questions read as their paste does (整机企业：… 其他：…) or as words (现状：… at 技术指标);
    nor a whole scenario pasted (场景名称：… 技术指标：…), which belongs at the description.
    A column's title may be shortened as people call it (`SHORT_TITLES`): other parts of a
    title (规模推广, 关键技术, 应用目标, 场景描述) are words an answer labels its own content
    with."""
    plain = text.strip()
    for item, value_at in _items(plain, later=True):
        name = item.strip(" 【】[]")
        if len(name) > LONGEST_LABEL:
            return None
        called = name in SHORT_TITLES or name in survey.titles  # 场景类型, 产品类型
        column = column_partly_named(name, survey.titles) if called else None
        if named := labelled(name) or ([] if column is None else
                                         [survey.of_step(column + 1)[0].key]):
            other = survey.field(named[0])
            pasted = TYPED_LABELS.search(plain, value_at)
            return None if other.step == field.step or pasted else (other, name)
    return None


def _as_typed(survey: Questionnaire, named: _Named, value: str) -> str | None:
    """The value to answer its question with: after its label where the question reads that
    label and would read the value alone otherwise, so the label keeps its meaning (names
    written after 整机企业： stay there, none filed under 其他成员 for being a university)."""
    splits = survey.field(named.key).splits
    if not value or not splits:
        return value or None  # 技术指标： opens its question
    labelled, alone = f"{named.item}：{value}", {named.key: value}
    return labelled if splits(labelled) == alone != (splits(value) or alone) else value


def _named_at(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, text: str,
              at: int, later: bool) -> _Named | None:
    """The change that begins at `at` in `text`, if a question is named there; a `later` one
    only before 改为 or a colon, by a question's label, a column's whole title or its title
    as people call it (`SHORT_TITLES`), its number written out (第6项), or 目标 followed by
    goals: other parts of a title (描述：…, 目标：2025年完成自研) are words the answer
    before labels its content with, and would only open a question, its value lost."""
    if typed_columns(text[at:]) is not None:  # 5、10 or 10.5 names items, or none: no value
        return None
    for item, value_at in _items(text[at:], later):
        if len(item) > LONGEST_LABEL or later and typed_columns(item) and not (
                _LATER_NUMBER.fullmatch(item.strip())):
            return None
        value = text[at + value_at:]
        whole = later and not goals_follow(item, value)
        if key := _question_named(survey, answers, screen, item, whole=whole, value=value):
            return _Named(at, key, item.strip(), at + value_at)
    return None


def _numbered_at(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, text: str,
                 at: int, before: _Named) -> _Named | None:
    """A later item named by its bare number (部署总数：12台，11. 恒远关节模组), read as 第11项：
    is, only after a short answer and for a column after it: after a list or a free text, or
    running back (部署总数：12台，1. 人形4台), the number is the answer's own list's."""
    numbered = _NUMBERED.match(text, at)
    field = survey.field(before.key)
    if (not numbered or not numbered["item"].isdigit() or before.key in _FREE_TEXT
            or field.kind not in _SHORT or int(numbered["item"]) <= field.step):
        return None
    key = _question_named(survey, answers, screen, numbered["item"])
    return _Named(at, key, numbered["item"], numbered.end()) if key else None


def _items(text: str, later: bool) -> Iterator[tuple[str, int]]:
    """Each way to read `text` as an item before its new value, and where that value begins;
    an item's bare number (6. 服务) only at the start of a message."""
    for between in (_LATER_TO if later else _TO).finditer(text):
        item = _BEFORE.sub("", text[: between.start()], count=1)
        yield re.sub(f"^{NUMBERING}", "", item), between.end()  # 1、部署总数：15台
    if not later and (numbered := _NUMBERED.match(text)):
        yield numbered["item"], numbered.end()


def _takes(survey: Questionnaire, before: _Named, text: str, later: _Named) -> bool:
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


def _question_named(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                    item: str, whole: bool = False, value: str = "") -> str | None:
    """The question its own label or a word by the `value` after it (名称：电池测试插接) names, or
    the first of the column an item's button names (4, 部署总数, not `whole`: 联合体); if not
    asked now, the one asked taking its typed answers (是否补充指标, said no to: 补充指标)."""
    item = item.strip(" 【】[]")
    named = named_by_value(item, value) or labelled(item)
    button = not whole or item in SHORT_TITLES or names_a_column(item, survey.titles) or (
        typed_columns(item))
    if not named and button and isinstance(edit := pressed(screen, item), actions.Edit):
        named = [survey.of_step(edit.step)[0].key]
    if named and not survey.field(named[0]).asked(answers):  # 补充指标 after 是否补充指标：不需要
        named = [f.key for f in survey.fields if f.typed_answers == named[0] and f.asked(answers)]
    return named[0] if named else None
