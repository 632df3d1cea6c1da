"""What the engineer does at the summary besides pressing an item: hand the row in, or type a
change (部署总数：15台, 场景类型改为服务, 修改部署总数, 改第10项, 技术指标).

The summary asks for a press, but people type to it as to a colleague, naming an item and
often its new value in one message. The item is read as its button would be (its number,
title or part of it) or as its question's own label (技术指标, 关键零部件, 台数), so a column of
several questions is changed at the one named; the value is then answered at that question
as if typed there, under the same checks. A text naming no item (a bare 15台 could be any
count) is never placed by guess.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from flows import actions
from flows import step_messages as say
from flows.cards import answer_text
from flows.draft import DONE, SUMMARY, Draft, Status
from flows.item_numbers import typed_columns
from flows.labels import NUMBERING
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.pastes import OWN_LABELS, TECH_PRODUCT_SHORT
from flows.questionnaire import FIELDS
from flows.screens import Screen, screen_for, similar_screen
from flows.typed_buttons import pressed
from flows.validation import submit_problems

INNOVATION = "innovation"  # the question that sets an alike scenario apart

# Words for questions besides their own labels (`OWN_LABELS`) and parts.
_MORE_NAMES = {
    "pain_point": "现状[与及和]痛点|痛点|现状|场景现状",
    "indicators": "(?:关键|主要)?(?:技术)?指标",
    "makers": "整机企业|整机厂商|应用服务商",
    **TECH_PRODUCT_SHORT,
}
# Between an item and its new value: 部署总数：15台, 部署总数改为15台, 部署总数应为15台.
_TO = re.compile(r"\s*(?:[：:]|(?:修改|更改|更正|调整|改)[为成]|改到|换成|应为|应该[为是]|应是)\s*")
# Before the item: 把部署总数改为…, 请将…
_ASKING = r"(?:请|麻烦|帮我|我要|我想)?"
_BEFORE = re.compile(rf"{_ASKING}(?:把|将)?")
# An item to open: 修改部署总数, 改一下联合体, 改第10项.
_OPEN = re.compile(rf"{_ASKING}(?:修改|更改|改一下|改|编辑|重填|重新填写?|打开)(?:一下)?"
                   r"\s*(?P<item>.+?)(?:一下)?")
# An item's number and its new value with a list's punctuation: 6. 服务, 6、服务, 第6项、服务
# (10.5 is a number).
_NUMBERED = re.compile(r"(?P<item>(?:第\s*)?\d{1,2}\s*[项列]?)\s*(?:、|[.．](?!\d))\s*")
CHANGED = "已修改“{title}”：{answer}"
CLEARED = "已清空“{title}”。"


@dataclass(frozen=True)
class Change:
    """The question a text typed at the summary names, and its new answer (None: open it)."""

    key: str
    value: str | None


def typed_change(survey: Questionnaire, draft: Draft, screen: Screen, text: str
                 ) -> Change | None:
    plain = text.strip()
    if typed_columns(plain) is None:  # 5、10 or 10.5 names items, or none: no new value
        for item, value in _items_and_values(plain):
            if key := _question_named(survey, draft.answers, screen, item):
                return Change(key, value.strip() or None)  # 技术指标： opens its question
    opened = _OPEN.fullmatch(plain)
    key = _question_named(survey, draft.answers, screen, opened["item"] if opened else plain)
    return Change(key, None) if key else None


def _items_and_values(text: str) -> Iterator[tuple[str, str]]:
    """Each way to read `text` as an item and its new value, the item first written."""
    for between in _TO.finditer(text):
        item = _BEFORE.sub("", text[: between.start()], count=1)
        yield re.sub(f"^{NUMBERING}", "", item), text[between.end():]  # 1、部署总数：15台
    if numbered := _NUMBERED.match(text):
        yield numbered["item"], text[numbered.end():]


def _question_named(survey: Questionnaire, answers: Mapping[str, Any], screen: Screen,
                    item: str) -> str | None:
    """The question a question's own label names (技术指标), or the first of the column an
    item's button names (4, 第10项, 部署总数, 联合体); only a question asked now."""
    item = item.strip(" 【】[]")
    named = [key for key, names in _NAMES.items() if names.fullmatch(item)]
    if not named and isinstance(edit := pressed(screen, item), actions.Edit):
        named = [survey.of_step(edit.step)[0].key]
    return named[0] if named and survey.field(named[0]).asked(answers) else None


def _names() -> dict[str, re.Pattern[str]]:
    """Worked out once: each question's labels, as people type them before an answer."""
    labels = {field.key: [re.escape(field.part)] if field.part else [] for field in FIELDS}
    for key, words in (*OWN_LABELS.items(), *_MORE_NAMES.items()):
        labels[key].append(words)
    return {key: re.compile("|".join(words), re.I) for key, words in labels.items() if words}


_NAMES = _names()


def settled(survey: Questionnaire, draft: Draft, key: str, typed: Outcome) -> Outcome:
    """A change typed at the summary goes back there once saved, not on through the rest of its
    column; a refused answer keeps its question open with the reason, and a question the new
    answer leads to (是否补充指标) or a later part pasted wrongly is asked there too."""
    cursor, field = typed.draft.cursor, survey.field(key)
    if not typed.saved or cursor in field.resets or cursor != SUMMARY and any(
            survey.position[cursor] <= survey.position[saved] for saved in typed.saved):
        return typed
    if problem := survey.rule_broken(field.step, typed.draft.answers):  # 模型算法：无, the last
        first = survey.of_step(field.step)[0]
        back_to_first = say.BACK_TO_FIRST.format(part=first.part) if first is not field else ""
        return stay(survey, replace(draft, cursor=first.key, editing=True), problem + back_to_first)
    back = replace(typed.draft, cursor=SUMMARY, editing=False, flagged=draft.flagged)
    now = back.answers.get(key)
    told = typed.message or (CHANGED.format(title=field.title, answer=answer_text(key, now))
                             if now is not None else CLEARED.format(title=field.title))
    return Outcome(back, typed.saved, told, screen_for(survey, back))


def submit(survey: Questionnaire, draft: Draft, similar: tuple) -> Outcome:
    """Hand in a complete row; alike entries are shown first, for the engineer to set it apart."""
    if problems := submit_problems(survey, draft.answers):
        listed = "\n".join(f"• {column}：{message}" for column, message in problems)
        return stay(survey, draft, f"还不能提交，请先修改：\n{listed}")
    if similar and not draft.answers.get(INNOVATION):  # once set apart, not warned again
        return Outcome(draft, screen=similar_screen(draft, similar))
    done = replace(draft, cursor=DONE, editing=False, status=Status.SUBMITTED)
    return Outcome(done, message=say.SUBMITTED.format(id=draft.id))
