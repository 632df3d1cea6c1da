"""Where a text typed at the summary, or at a question, names an item and where its new value
begins: by a question's label, a column's title (whole, or as people call it), its number
(6. 服务, 第6项：) or its button's words, as the summary card shows them."""

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from flows import actions
from flows.field import Field, Kind
from flows.item_numbers import typed_columns
from flows.labels import NUMBERING
from flows.navigation import Questionnaire
from flows.pastes import TYPED_LABELS
from flows.question_names import GOAL_WORDS, goals_follow, labelled, named_by_value
from flows.screens import Screen
from flows.typed_buttons import LONGEST_LABEL, column_partly_named, names_a_column, pressed

# A column called by part of its title at a question, as the summary allows any part.
SHORT_TITLES = frozenset({"产品类型", "部署产品类型", "联合体", "联合体成员", "应用联合体",
                          "应用目标", "部署应用目标"})
# Spaces before a colon or 改为, read from the first of them only: tried again from each space
# within the run, the search would read the rest of it each time (4,000 spaces: 0.3 s).
_SPACES = r"(?:(?<!\s)\s++)?"
# Between an item and its new value: 部署总数：15台, 部署总数改为15台, 部署总数应为15台, and a
# colon after the verb too (预期成效改为：替代3人), no part of the value.
_TO = re.compile(_SPACES + r"(?:[：:]|(?:(?:修改|更改|更正|调整|改)[为成]|改到|换成|应为|应该[为是]"
                 r"|应是)\s*+[：:]?)\s*")
# Between a later item and its value: only these say plainly that a new change begins.
_LATER_TO = re.compile(_SPACES + r"(?:[：:]|(?:修|更)?改[为成]\s*+[：:]?)\s*")
# A later item's number is written out (第6项): a bare 2. within a text is a list's.
_LATER_NUMBER = re.compile(r"第\s*\d{1,2}\s*[项列]")
# Questions answered in a few words, not a list: a number after one may name a later item.
SHORT = frozenset({Kind.TEXT, Kind.NUMBER, Kind.CHOICE, Kind.CHOICE_OR_TEXT})
# Answers written in clauses, lists and labelled sentences: each takes the rest of its line.
FREE_TEXT = frozenset({"pain_point", "indicators", "indicators_more", "expected_results",
                       "innovation", "model_algorithm", "operating_system",
                       "simulation_platform", "key_components"})
# Before the item: 把部署总数改为…, 请将…
_ASKING = r"(?:请|麻烦|帮我|我要|我想)?"
_BEFORE = re.compile(rf"{_ASKING}(?:把|将)?")
# An item to open: 修改部署总数, 改一下联合体, 改第10项.
OPEN = re.compile(rf"{_ASKING}(?:修改|更改|改一下|改|编辑|重填|重新填写?|打开)(?:一下)?"
                  r"\s*(?P<item>.+?)(?:一下)?")
# An item's number and its new value with a list's punctuation: 6. 服务, 6、服务, 第6项、服务
# (10.5 is a number).
_NUMBERED = re.compile(r"(?P<item>(?:第\s*)?\d{1,2}\s*[项列]?)\s*(?:、|[.．](?!\d))\s*")


class Named(NamedTuple):
    """Where a change begins in a text, the question it names, the item as written, and where
    its new value begins."""

    start: int
    key: str
    item: str
    value_at: int
    opens: bool = False  # only a column of several questions named: its value is no guess


def is_label(item: str) -> bool:
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


def named_at(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, text: str,
              at: int, later: bool, after_short: bool = False) -> Named | None:
    """The change that begins at `at` in `text`, if a question is named there; a `later` one
    only before 改为 or a colon, by a question's label, a column's whole title or its title
    as people call it (`SHORT_TITLES`), its number written out (第6项), or 目标 followed by
    goals: other parts of a title (描述：…, 目标：2025年完成自研) are words the answer
    before labels its content with, and would only open a question, its value lost. After a
    short answer (`after_short`: 部署总数：12台，部署目标：替代2名工人) 目标 names the goals
    whatever follows, as no count or name holds it: the goals' question saves the words or
    says why not, where the count would drop them unseen or the name keep them, label and all."""
    if typed_columns(text[at:]) is not None:  # 5、10 or 10.5 names items, or none: no value
        return None
    for item, value_at in _items(text[at:], later):
        if len(item) > LONGEST_LABEL or later and typed_columns(item) and not (
                _LATER_NUMBER.fullmatch(item.strip())):
            return None
        value = text[at + value_at:]
        goals = goals_follow(item, value) or after_short and item.strip(" 【】[]") in GOAL_WORDS
        whole = later and not goals
        if key := question_named(survey, answers, screen, item, whole=whole, value=value):
            return Named(at, key, item.strip(), at + value_at)
    return None


def numbered_at(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen, text: str,
                 at: int, before: Named) -> Named | None:
    """A later item named by its bare number (部署总数：12台，11. 恒远关节模组), read as 第11项：
    is, only after a short answer and for a column after it: after a list or a free text, or
    running back (部署总数：12台，1. 人形4台), the number is the answer's own list's."""
    numbered = _NUMBERED.match(text, at)
    field = survey.field(before.key)
    if (not numbered or not numbered["item"].isdigit() or before.key in FREE_TEXT
            or field.kind not in SHORT or int(numbered["item"]) <= field.step):
        return None
    key = question_named(survey, answers, screen, numbered["item"])
    return Named(at, key, numbered["item"], numbered.end()) if key else None


def _items(text: str, later: bool) -> Iterator[tuple[str, int]]:
    """Each way to read `text` as an item before its new value, and where that value begins;
    an item's bare number (6. 服务) only at the start of a message."""
    for between in (_LATER_TO if later else _TO).finditer(text):
        item = _BEFORE.sub("", text[: between.start()], count=1)
        yield re.sub(f"^{NUMBERING}", "", item), between.end()  # 1、部署总数：15台
    if not later and (numbered := _NUMBERED.match(text)):
        yield numbered["item"], numbered.end()


def question_named(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                    item: str, whole: bool = False, value: str = "") -> str | None:
    """The question its own label or a word by the `value` after it (名称：电池测试插接) names, or
    the first of the column an item's button names (4, 部署总数, not `whole`: 联合体); if not
    asked now, the one asked taking its typed answers (是否补充指标, said no to: 补充指标)."""
    item = item.strip(" 【】[]")
    named = named_by_value(item, value) or labelled(item)
    if named == [UNIT] and city_for_unit(survey, answers, value):  # 用户单位：无锡
        named = [CITY]
    button = not whole or item in SHORT_TITLES or names_a_column(item, survey.titles) or (
        typed_columns(item))
    if not named and button and isinstance(edit := pressed(screen, item), actions.Edit):
        named = [survey.of_step(edit.step)[0].key]
    if named and not survey.field(named[0]).asked(answers):  # 补充指标 after 是否补充指标：不需要
        named = [f.key for f in survey.fields if f.typed_answers == named[0] and f.asked(answers)]
    return named[0] if named else None


UNIT, CITY = "enterprise", "city"


def city_for_unit(survey: Questionnaire, answers: Mapping[str, Any], value: str) -> bool:
    """Is a value typed for 用户单位 (用户单位：无锡, 2：江苏省无锡市) one its name's question
    refuses as a city (its typed refusal)? It changes the city, as 城市：无锡 does, not the
    name."""
    first = value.split("\n", 1)[0].strip()
    return bool(first) and UNIT in survey.position and (
        survey.field(UNIT).refused(answers, first) is not None)
