"""A text sent in reply to one of the bot's earlier questions: a change of that question.

Engineers long-press an old question and reply to it to correct its answer (场景名称 while
现状与痛点 is asked). Read against the question on screen, the correction would be stored as the
current answer and the flow moved on. The question replied to is known from its own first
lines, its progress line and prompt (`第 3/11 步 · 场景名称` and the question itself), and the
📝 line above them names its draft while the engineer has several in progress. The text is then
a change of that question, under its rules as 场景名称：… typed at the summary is, and the
current question is asked again where it was; a reply to the current question, or to any
other message, is an answer as ever.
"""

import re
from dataclasses import dataclass, replace

from flows import engine
from flows.cards import answer_text, short_title
from flows.draft import SUMMARY, Draft
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.screens import progress, screen_for
from flows.summary import CHANGED, CLEARED, UNCHANGED, Reanswer
from flows.talk_back import talk_back
from flows.typed_buttons import navigation_word
from flows.typed_replies import greets, resumes

DRAFT_LINE = re.compile(r"📝 场景 #(\d+)")  # which_draft.HEADER, above a question

IN_REPLY = "已按您回复的问题修改“{title}”：{answer}"
CLEARED_IN_REPLY = "已按您回复的问题清空“{title}”。"
UNCHANGED_IN_REPLY = "您回复的问题“{title}”与原来相同，没有改动：{answer}"
NOT_SAVED = "这条回复没有保存：您回复的是“{title}”一问，"
REFUSED = "您回复的是“{title}”一问，这条回复没有保存：\n{why}"
LEADS_ON = (NOT_SAVED + "修改它还要回答由它引出的问题。请点“⬅️ 上一步”退回到该题修改（也可以在最后的"
            "汇总页修改）。")
NOT_REACHED = (NOT_SAVED + "本草稿当前在它之前的“{current}”。请先回答下面的当前问题，"
               "到“{title}”时再修改（也可以在最后的汇总页修改）。")
OTHER_DRAFT = ("这条回复没有保存：您回复的是场景 #{quoted} 的问题，当前正在填写的是场景 {current}。"
               "要修改场景 #{quoted}，请发送 /drafts 切换到它后再回复。")
WHICH_DRAFT = (NOT_SAVED + "但您有多个场景在填写，看不出它是哪个场景的问题。请发送 /drafts 打开"
               "要修改的场景，再点“⬅️ 上一步”退回到该题修改（也可以在最后的汇总页修改）。")


@dataclass(frozen=True)
class Quoted:
    """The question a message replied to; `draft_id`, its draft where the 📝 line names it."""

    key: str
    draft_id: int | None


def quoted_question(survey: Questionnaire, quoted: str) -> Quoted | None:
    """The question `quoted`, a message of the bot's, asks; None for any other message (an
    echo, a notice, the summary card, a product's forms)."""
    named = DRAFT_LINE.match(quoted)
    asks = (quoted.partition("\n")[2] if named else quoted) + "\n"
    key = next((field.key for field in survey.fields
                if asks.startswith(f"{progress(survey, field)}\n{field.prompt}\n")), None)
    return Quoted(key, int(named[1]) if named else None) if key else None


def in_reply(survey: Questionnaire, draft: Draft, typed: str, quoted: str) -> Outcome | None:
    """`typed`, sent in reply to the bot's message `quoted`, as a change of the earlier question
    of `draft` it asks, the current question asked again; None where it is an answer as any
    other (no question quoted, the current one, words to the bot or to the coordinator)."""
    asked = quoted_question(survey, quoted)
    if asked is None or draft.locked or draft.cursor == SUMMARY:
        return None
    field, current = survey.field(asked.key), survey.field(draft.cursor)
    if asked.draft_id not in (None, draft.id):
        said = OTHER_DRAFT.format(quoted=asked.draft_id,
                                  current=short_title(draft.id, draft.answers, apart=True))
        return stay(survey, draft, said)
    if asked.key == draft.cursor or _said_to_the_bot(typed):
        return None
    if asked.draft_id is None and draft.others:  # shown before another draft was begun
        return stay(survey, draft, WHICH_DRAFT.format(title=field.title))
    if survey.position[asked.key] > survey.position[draft.cursor]:  # after ⬅️ 上一步
        return stay(survey, draft, NOT_REACHED.format(title=field.title, current=current.title))
    return _changed(survey, draft, asked.key, typed)


def _changed(survey: Questionnaire, draft: Draft, key: str, typed: str) -> Outcome:
    """The change made as at the summary, then back at the question the draft was at; a
    change refused, or one asking more (是否补充指标, 您是指…吗), leaves the draft as it was."""
    at_summary = replace(draft, cursor=SUMMARY, editing=False, follow_up=False, held=False,
                         cut=None)
    outcome = engine.apply(survey, at_summary, Reanswer(key, typed))
    field = survey.field(key)
    if outcome.draft.cursor != SUMMARY:
        why = LEADS_ON if outcome.saved else REFUSED
        return stay(survey, draft, why.format(title=field.title, why=outcome.message or "").strip())
    back = replace(outcome.draft, cursor=draft.cursor, editing=draft.editing,
                   follow_up=draft.follow_up)
    before, now = draft.answers.get(key), back.answers.get(key)
    said, at_summary_said = _said(field.title, key, before, now)
    rest = [line for line in (outcome.message or "").split("\n") if line != at_summary_said]
    return Outcome(back, outcome.saved, "\n".join([said, *rest]), screen_for(survey, back))


def _said(title: str, key: str, before: object, now: object) -> tuple[str, str]:
    """The line naming the question changed, and the one the summary says instead."""
    if now is None:
        return CLEARED_IN_REPLY.format(title=title), CLEARED.format(title=title)
    answer = answer_text(key, now)
    if now == before:
        return (UNCHANGED_IN_REPLY.format(title=title, answer=answer),
                UNCHANGED.format(title=title, answer=answer))
    return IN_REPLY.format(title=title, answer=answer), CHANGED.format(title=title, answer=answer)


def _said_to_the_bot(typed: str) -> bool:
    """Words no question's answer: a button's, a greeting or 继续 after a pause, words for the
    coordinator (收到，马上改), said at the current question as ever."""
    return bool(navigation_word(typed) or greets(typed) or resumes(typed) or talk_back(typed))
