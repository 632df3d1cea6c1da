"""A text sent in reply to one of the bot's earlier questions: a change of that question.

Engineers long-press an old question and reply to it to correct its answer (场景名称 while
现状与痛点 is asked). Read against the question on screen, the correction would be stored as the
current answer and the flow moved on. The question replied to is known from its own first
lines, its progress line and prompt (`第 3/11 步 · 场景名称` and the question itself), and the
📝 line above them names its draft while the engineer has several in progress. The text is then
a change of that question, under its rules as 场景名称：… typed at the summary is, and the
current question is asked again where it was; a reply to the current question, or to any
other message, is an answer as ever. A question with no 📝 line was shown while its draft was
the only one in progress: it is the current draft's only where that was the engineer's newest
when Telegram dates the question. Else it was likely another scenario's, which the engineer may
since have handed in or deleted; and an older draft continued after a newer was handed in
cannot be told from it, so its own replied questions are refused too: nothing wrong is saved.
"""

import re
from dataclasses import dataclass, replace

from flows import actions, engine
from flows.cards import answer_text, short_title
from flows.draft import EDITABLE, SUMMARY, Draft, Status
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.screens import progress, screen_for
from flows.step_messages import LOCKED_STATUS
from flows.summary import CHANGED, CLEARED, UNCHANGED, Reanswer
from flows.talk_back import talk_back
from flows.typed_buttons import NAVIGATION, navigation_word, pressed
from flows.typed_changes import typed_changes
from flows.typed_replies import (
    acknowledges,
    greets,
    holds_on,
    opens_with_acknowledgement,
    resumes,
)

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
CONTACT = "如需修改，请发送 /drafts 打开它，点“💬 联系协调员”说明，由协调员退回后再改。"
HANDED_IN = ("这条回复没有保存：您回复的是场景 #{quoted} 的问题，该场景已{status}，不能再修改。"
             + CONTACT + "当前正在填写的是场景 {current}。")
DELETED = ("这条回复没有保存：您回复的是场景 #{quoted} 的问题，场景 #{quoted} 已删除。"
           "当前正在填写的是场景 {current}。")
NEWER = (NOT_SAVED + "它发出时您最新的场景是 #{quoted}，不能确定是当前场景 {current}的问题。")
NEWER_OPEN = NEWER + "要修改场景 #{quoted}，请发送 /drafts 打开它后再改。"
NEWER_HANDED_IN = NEWER + "场景 #{quoted} 已{status}，" + CONTACT
GONE = NOT_SAVED + "它是您已删除的场景的问题，当前正在填写的是场景 {current}。"
ONLY_CURRENT = (NOT_SAVED + "按钮上的字只对当前问题有效。要清空“{title}”，请在最后的汇总页"
                "打开该项，点“🗑 清空此项”。")
KEPT = "“{title}”保持不变：{answer}"
SAID_FIRST = (NOT_SAVED + "消息以“好的”“收到”这类话开头，看不出是要修改它。要修改“{title}”，"
              "请回复新的内容本身。")
QUOTED = 30  # characters of a kept answer quoted back
# Button words about one question's answer, which a reply to another question cannot mean
# for the current one; 上一步, 暂停, 完成 and 提交 move the conversation wherever said.
ABOUT_AN_ANSWER = (actions.Skip, actions.Clear, actions.Keep)
WHICH_DRAFT = (NOT_SAVED + "但您有多个场景在填写，看不出它是哪个场景的问题。请发送 /drafts 打开"
               "要修改的场景，再点“⬅️ 上一步”退回到该题修改（也可以在最后的汇总页修改）。")


@dataclass(frozen=True)
class Dated:
    """The engineer's newest draft when a question naming none was sent, and its status now;
    both None where that draft is gone."""

    draft_id: int | None
    status: Status | None


@dataclass(frozen=True)
class Quoted:
    """The question a message replied to; `draft_id`, its draft where the 📝 line names it.
    What the adapter knows besides: `named`, that draft's status (None once deleted), and, where
    none is named, `dated`, the newest draft when Telegram dates the question."""

    key: str
    draft_id: int | None
    named: Status | None = None
    dated: Dated | None = None


def quoted_question(survey: Questionnaire, quoted: str) -> Quoted | None:
    """The question `quoted`, a message of the bot's, asks; None for any other message (an
    echo, a notice, the summary card, a product's forms)."""
    named = DRAFT_LINE.match(quoted)
    asks = (quoted.partition("\n")[2] if named else quoted) + "\n"
    key = next((field.key for field in survey.fields
                if asks.startswith(f"{progress(survey, field)}\n{field.prompt}\n")), None)
    return Quoted(key, int(named[1]) if named else None) if key else None


def in_reply(survey: Questionnaire, draft: Draft, typed: str, asked: Quoted) -> Outcome | None:
    """`typed`, sent in reply to the bot's question `asked`, as a change of that earlier
    question of `draft`, the current question asked again; None where it is an answer as any
    other (the current question, words to the bot or to the coordinator)."""
    if draft.locked or _said_to_the_bot(typed):
        return None
    if draft.cursor == SUMMARY and _said_at_summary(survey, draft, typed):
        return None
    field = survey.field(asked.key)
    if refused := _not_of_this_draft(draft, asked, field.title):
        return stay(survey, draft, refused)
    if asked.key == draft.cursor:
        return None
    if word := _about_an_answer(typed):
        return stay(survey, draft, _button_word(draft, asked.key, field.title, word))
    if opens_with_acknowledgement(typed):  # 好的，我核实一下: no new answer for it
        return stay(survey, draft, SAID_FIRST.format(title=field.title))
    if asked.draft_id is None and draft.others:  # shown before another draft was begun
        return stay(survey, draft, WHICH_DRAFT.format(title=field.title))
    if draft.cursor != SUMMARY and asked.key not in draft.answers and survey.position[
            asked.key] > survey.position[draft.cursor]:  # after ⬅️ 上一步, or skipped on the way
        current = survey.field(draft.cursor).title
        return stay(survey, draft, NOT_REACHED.format(title=field.title, current=current))
    return _changed(survey, draft, asked.key, typed)


def _not_of_this_draft(draft: Draft, asked: Quoted, title: str) -> str | None:
    """Why the question cannot be the current draft's: another one named above it, or none
    named and another the newest when it was asked; None where it is this draft's."""
    current = short_title(draft.id, draft.answers, apart=True)
    if asked.draft_id is None:
        return _dated_elsewhere(asked.dated, title, current, draft.id)
    if asked.draft_id == draft.id:
        return None
    if asked.named is None:
        return DELETED.format(quoted=asked.draft_id, current=current)
    if asked.named not in EDITABLE:
        return HANDED_IN.format(quoted=asked.draft_id, status=LOCKED_STATUS[asked.named],
                                current=current)
    return OTHER_DRAFT.format(quoted=asked.draft_id, current=current)


def _dated_elsewhere(dated: Dated | None, title: str, current: str, draft_id: int) -> str | None:
    """Why a question naming no draft is not clearly the current one's: by its date, another
    was the engineer's newest, or none left was; None where the current draft was."""
    if dated is None or dated.draft_id == draft_id:
        return None
    if dated.draft_id is None:
        return GONE.format(title=title, current=current)
    said = dict(title=title, quoted=dated.draft_id, current=current)
    if dated.status in EDITABLE:
        return NEWER_OPEN.format(**said)
    return NEWER_HANDED_IN.format(**said, status=LOCKED_STATUS[dated.status])


def _button_word(draft: Draft, key: str, title: str, word: actions.Action) -> str:
    """A button's word (跳过, 保持不变) sent in reply to a question not the current one: the
    buttons act on the current question only, and the question replied to stays as it is."""
    kept = draft.answers.get(key)
    if kept is None or not isinstance(word, actions.Keep):
        return ONLY_CURRENT.format(title=title)
    answer = answer_text(key, kept)
    return KEPT.format(title=title, answer=answer if len(answer) <= QUOTED
                       else answer[:QUOTED] + "…")


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
    rest = _without((outcome.message or "").split("\n"), at_summary_said.split("\n"))
    if now == before and back.answers != draft.answers and rest:  # filled a neighbour (企业全称)
        return Outcome(back, outcome.saved, "\n".join(rest), screen_for(survey, back))
    return Outcome(back, outcome.saved, "\n".join([said, *rest]), screen_for(survey, back))


def _without(lines: list[str], echo: list[str]) -> list[str]:
    """The lines but the summary's echo of the change, though its answer runs over lines
    (恒远大模型↵恒远视觉算法), which the line naming it in reply says already."""
    for at in range(len(lines) - len(echo) + 1):
        if lines[at:at + len(echo)] == echo:
            return lines[:at] + lines[at + len(echo):]
    return lines


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
    """Words no question's answer, said to the conversation wherever replied: a button's that
    moves it (上一步, 暂停), a greeting or 继续 after a pause, a yes or words to hold on (👍,
    好的，我核实一下), words for the coordinator (收到，马上改), said at the current question as
    ever."""
    moves = navigation_word(typed) and not _about_an_answer(typed)
    return bool(moves or greets(typed) or resumes(typed) or acknowledges(typed)
                or holds_on(typed) or talk_back(typed))


def _about_an_answer(typed: str) -> actions.Action | None:
    """The action of a button word about one question's answer (跳过, 清空, 保持不变)."""
    word = NAVIGATION.get(navigation_word(typed) or "")
    return word if isinstance(word, ABOUT_AN_ANSWER) else None


def _said_at_summary(survey: Questionnaire, draft: Draft, typed: str) -> bool:
    """What typed at the summary already does something there, as ever: its buttons' words
    (确认提交, 提交吧), an item's name, or a labelled change (部署总数：12台); a number is the
    answer to the question replied to (6 to 部署总数), not the item numbered so."""
    if typed.strip().isdigit():
        return False
    screen = screen_for(survey, draft)
    return bool(typed_changes(survey, draft.answers, screen, typed) or pressed(screen, typed))
