"""A whole cell pasted at its first question (现状与痛点：… 技术指标：… 预期成效：…): each labelled
part answered at its own question, in order, as the engine answers one there."""

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from flows import paste_parts
from flows import step_messages as say
from flows.draft import Draft
from flows.field import Field
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay, told
from flows.pasted_members import FILED, PARTNERS
from flows.pastes import SET_ASIDE
from flows.questionnaire import AT_LEAST_ONE
from flows.rules import first_error
from flows.screens import screen_for
from flows.typed_items import other_column_named
from flows.typed_replies import asks, declines, says_none

# A part typed as a question to the bot, not saved, as it would not be typed alone.
PART_ASKED = "“{text}”读来是在提问，没有保存。"
EARLIER_UNSAVED = "{title}“{text}”没有保存：{why}"
# How the engine takes an answer at a question: checked against its rule, or saved as it is.
Answering = Callable[[Draft, Field, Any], Outcome]


def split(survey: Questionnaire, draft: Draft, parts: dict[str, str],
          answer: Answering, advance: Answering) -> Outcome:
    """A paste's parts answered, with what it held that no question here takes: lines of other
    columns, told back; universities typed at 整机企业, filed under 其他成员 and told so; a
    label a part's reader took in, split again (`paste_parts.read_again`)."""
    parts = paste_parts.read_again(survey, draft, parts)
    aside = parts.pop(SET_ASIDE, None)
    not_yet = parts.pop(paste_parts.NOT_YET, None)
    filed = parts.pop(FILED, None)
    only_filed = parts.get(PARTNERS) == filed  # 其他成员 itself not answered: still asked
    parts = paste_parts.added_to(draft, parts, PARTNERS) if filed else parts
    parts, unsaved = _earlier_refused(survey, draft, parts)
    outcome = answered(survey, draft, parts, answer, advance) if parts else stay(survey, draft)
    outcome = told(outcome, "\n".join(unsaved))
    outcome = told(outcome, aside and say.set_aside(draft, aside, _items(survey, draft, aside)))
    outcome = told(outcome, not_yet and paste_parts.LEFT_FOR_LATER.format(parts=not_yet))
    if not filed or PARTNERS not in outcome.saved:
        return outcome
    return paste_parts.filed_told(survey, outcome, filed, only_filed, typed_at=draft)


def _earlier_refused(survey: Questionnaire, draft: Draft, parts: dict[str, str]
                     ) -> tuple[dict[str, str], list[str]]:
    """The parts to answer, and why those for an earlier column than the question typed at
    (恒远大模型↵部署总数：很多 at 模型算法) that their rule refuses are not saved: stopping at such
    a part would take the engineer back a column, away from the answer just saved, where the
    earlier answer stands as it was."""
    at = survey.position.get(draft.cursor)
    if at is None:  # at the summary
        return parts, []
    step = survey.field(draft.cursor).step
    kept, unsaved = {}, []
    for key, text in parts.items():
        field = survey.field(key)
        earlier = survey.position[key] < at and field.step != step and not _says_none(field, text)
        _, error = first_error(field.rule, text) if earlier else (None, None)
        if error:
            unsaved.append(EARLIER_UNSAVED.format(title=field.title, text=text.strip(), why=error))
        else:
            kept[key] = text
    return (kept, unsaved) if kept else (parts, [])


def answered(survey: Questionnaire, draft: Draft, parts: dict[str, str],
             answer: Answering, advance: Answering) -> Outcome:
    """Each part as if typed at its question; a part that breaks its rule is asked again with
    the reason."""
    if refused := _left_unfilled(survey, draft, parts):
        return refused
    typed_at = draft
    old, old_words = paste_parts.old_followers(survey, draft, parts)
    draft = replace(draft, answers={k: v for k, v in draft.answers.items() if k not in old})
    saved: dict[str, Any] = dict(old)
    quoted = [say.OLD_FOLLOWER_DROPPED.format(text=text) for text in old_words]
    notices = list(quoted)
    parts = paste_parts.added_to_earlier(survey, draft, parts)
    keys = sorted(parts, key=survey.position.__getitem__)
    for at, key in enumerate(keys):
        # still editing after a follow-up that went back to the summary: 补充指标 then 预期成效
        field, at_key = survey.field(key), replace(draft, cursor=key, editing=typed_at.editing)
        if _says_none(field, parts[key]):  # 其他：无
            outcome = advance(at_key, field, None)
        elif field.short and asks(parts[key], short=True):  # 场景名称：需要准备什么
            asked = PART_ASKED.format(text=parts[key]) + say.asked(field.help, parts[key])
            outcome = stay(survey, at_key, asked)
        else:
            outcome = answer(at_key, field, parts[key])
        if not outcome.saved:
            rest = {k: parts[k] for k in keys[at + 1:]}
            later, gone = paste_parts.kept(survey, draft.answers, rest)
            saved |= later
            if not paste_parts.replaced(survey, old, saved):  # the indicators refused: kept
                saved, quoted = {k: v for k, v in saved.items() if k not in old}, []
                followers = {k: typed_at.answers[k] for k in old}
                draft = replace(draft, answers={**draft.answers, **followers})
            answers = {k: v for k, v in {**draft.answers, **saved}.items() if v is not None}
            # at the part, or where its refusal sends back to (至少填写一项: 模型算法)
            stopped = replace(draft, cursor=outcome.draft.cursor, answers=answers)
            filled = "、".join(_named(survey.field(k)) for k in keys if saved.get(k) is not None)
            told = [_refused(survey.field(key), outcome.message)]
            told += [say.PASTED_PARTLY.format(parts=filled)] if filled else []
            told += [say.FOLLOWER_DROPPED.format(text=text) for text in gone] + quoted
            return Outcome(stopped, saved, "\n".join(told), screen_for(survey, stopped))
        saved |= outcome.saved
        notices += [outcome.message] if outcome.message else []
        draft = outcome.draft
    told = say.PASTED if len(keys) > 1 else say.PASTED_ONE
    pasted = told.format(parts=paste_parts.filled(survey, keys, outcome.draft.answers))
    if passed := paste_parts.passed_over(survey, keys, typed_at.answers, outcome.draft.answers):
        stopped = replace(outcome.draft, cursor=passed.key, editing=typed_at.editing)  # 返回汇总
        outcome = replace(outcome, draft=stopped, screen=screen_for(survey, stopped))
        notices = say.without_next_flagged(notices)
    notices += paste_parts.replaced_earlier(survey, typed_at, saved)
    return replace(outcome, saved=saved, message="\n".join([pasted, *notices]))


def _left_unfilled(survey: Questionnaire, draft: Draft, parts: dict[str, str]) -> Outcome | None:
    """A paste saying none for every one of a column that needs one (模型算法：无，关键零部件：无)
    is refused whole, nothing cleared, at the column's first question with the reason, as one
    such answer typed alone is: clearing some and refusing the rest would say neither. Only
    where answers are changed: when first filled in, the column's later questions come next."""
    if not draft.editing:
        return None
    answers = {**draft.answers, **{key: None if _says_none(survey.field(key), text) else text
                                   for key, text in parts.items()}}
    for step in sorted({survey.field(key).step for key in parts}):
        if problem := survey.rule_broken(step, answers):
            first = survey.of_step(step)[0]
            back = say.BACK_TO_FIRST.format(part=first.part)
            return stay(survey, replace(draft, cursor=first.key), problem + back)
    return None


def _items(survey: Questionnaire, draft: Draft, aside: str) -> list[str]:
    """The items the lines set aside name, as a change typed at the question would name them."""
    here = survey.field(draft.cursor)
    named = (other_column_named(survey, here, line) for line in aside.split("\n"))
    return [other.part or other.column for other, _ in filter(None, named)]


def _says_none(field: Field, text: str) -> bool:
    """An optional question's part answered with none (其他：无, 暂无, 不涉及): it is cleared."""
    return not field.required and (declines(text) or says_none(text))


def _named(field: Field) -> str:
    """A question as a paste's parts are listed: its part, or its column where it is the
    column's only question (场景名称)."""
    return field.part or field.column


def _refused(field: Field, message: str) -> str:
    """Why a part was refused, after the question it was for, unless the reason begins with
    it already (场景名称“纺织验布”过于笼统), says the part is no answer to it (“苏州工信局”…不是
    部署机器人的用户单位), or is its column's rule (四项至少填写一项), which no one part breaks."""
    if message.startswith(field.title) or message.startswith(AT_LEAST_ONE.get(field.step, "-")) \
            or re.search(rf"^“[^”]*”[^。]*不是[^，。]*{field.column}", message):
        return message
    return f"{field.title}：{message}"
