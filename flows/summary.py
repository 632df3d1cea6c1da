"""What the engineer does at the summary besides pressing an item: hand the row in, or type a
change (部署总数：15台, 场景类型改为服务, 修改部署总数, 改第10项, 技术指标), or several at once.

Each change named with its value (`typed_changes`) is answered at its question as if typed there,
under the same checks, one after another; the first one refused opens its question with the
reason, the earlier ones kept and the later ones said plainly not to be saved, as is the value of
one that only opens its column (联合体：甲公司 read as no column's parts; 4. 汽车制造 alone).
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from flows import actions
from flows import step_messages as say
from flows.cards import answer_text
from flows.corrected_counts import corrects_a_count
from flows.draft import DONE, SUMMARY, Draft, Status
from flows.field import Field, Kind
from flows.multi_select import typed_selection
from flows.navigation import Questionnaire, is_blank
from flows.outcome import Outcome, stay, told
from flows.screens import screen_for, similar_screen
from flows.summary_refusals import no_choice, says_no_supplement, supplement_unasked
from flows.tech_products import only_counts
from flows.typed_buttons import navigation_word
from flows.typed_changes import Change, typed_changes
from flows.typed_replies import asked_about, greets, lone_mark, resumes
from flows.user_units import unit_named_elsewhere
from flows.validation import submit_problems

INNOVATION = "innovation"  # the question that sets an alike scenario apart
CHANGED = "已修改“{title}”：{answer}"
REPLACED = "已修改“{title}”：{answer}（原为：{old}）"
CLEARED = "已清空“{title}”。"
UNCHANGED = "“{title}”与原来相同，没有改动：{answer}"
NONE = "无"  # what an optional question reads as none
FOLLOWER_KEPT = "“{part}”保留不变：{answer}（如需修改，请输入“{part}：新内容”）"
LEFT_UNSAVED = "这条消息中以下修改没有保存：{changes}。请先完成本项，再到汇总页重新输入。"
WORDS_UNSAVED = "这条消息中以下内容没有保存：{words}。"
COLUMN_UNREAD = ("这条消息没有保存：第 {step} 项有几问（{parts}），看不出“{value}”是哪一问的内容。"
                 "请在相应的一问中填写，或在汇总页输入“问题名：新内容”。")


@dataclass(frozen=True)
class Answer:
    """How the engine answers a question: with a text typed there, or with a selection made."""

    typed: Callable[[Draft, Field, str], Outcome]
    chosen: Callable[[Draft, Field, Any], Outcome]


@dataclass(frozen=True)
class Reanswer:
    """A text sent in reply to an earlier question of the draft (`key`): a change of that
    question, as 名称：text typed at the summary is, the whole text its answer."""

    key: str
    text: str


def changed(survey: Questionnaire, draft: Draft, typed: actions.Text | Reanswer,
            answer: Answer) -> Outcome:
    """The changes a text typed at the summary names, each answered at its question in turn
    while they are saved; anything naming no item is said plainly not to be saved. A question
    about 提交 is answered with what it does and whether the row may be handed in yet."""
    if isinstance(typed, Reanswer):  # the question is known: no item named to read
        return _each(survey, draft, [Change(typed.key, typed.text, typed.text)], answer)
    text = typed.text
    asked = asked_about(text)
    if asked == "提交":
        ready = _not_ready(survey, draft.answers) or say.READY
        return stay(survey, draft, say.SUBMITTING + ready)
    if lone_mark(text):  # what is asked here?
        return stay(survey, draft, say.SUMMARY_HELP + (_not_ready(survey, draft.answers) or ""))
    if word := asked or navigation_word(text):  # 跳过, 完成: nothing to do here
        return stay(survey, draft, say.NO_BUTTON_AT_SUMMARY.format(word=word))
    changes = (typed_changes(survey, draft.answers, screen_for(survey, draft), text)
               or _count_alone(survey, text))
    if not changes:
        return stay(survey, draft, supplement_unasked(survey, text) or _said_to_the_bot(text))
    return _each(survey, draft, changes, answer)


def _each(survey: Questionnaire, draft: Draft, changes: list[Change], answer: Answer) -> Outcome:
    """`changes` answered at their questions in turn while they are saved."""
    saved: dict[str, Any] = {}
    notes: list[str] = []
    city = draft.answers.get("city")
    for at, change in enumerate(changes):
        outcome = _one(survey, draft, change, answer)
        saved |= outcome.saved
        notes += [outcome.message] if outcome.message else []
        if outcome.draft.cursor != SUMMARY:  # refused, or asking what the answer leads to
            notes += [_unread(survey, change)] if not at and change.unread else []
            unread = [change] if at and change.unread else []  # 部署总数：12台，联合体：甲公司
            left = "；".join(later.typed for later in [*unread, *changes[at + 1:]])
            notes += [LEFT_UNSAVED.format(changes=left)] if left else []
            break
        notes += [WORDS_UNSAVED.format(words=change.left)] if change.left else []
        draft = outcome.draft
    # 城市：无锡 under 苏州恒远…: the name is not changed with it. A city still asked about
    # (您是指“苏州市”吗？ after 苏洲市), typed as it was, or with a new name is no such change.
    answers = outcome.draft.answers
    if (outcome.draft.cursor == SUMMARY and answers.get("city") != city
            and "enterprise" not in saved):
        cities = survey.field("city").choices
        notes += filter(None, [unit_named_elsewhere(answers, cities)])
    return replace(outcome, saved=saved, message="\n".join(notes) or None)


def _count_alone(survey: Questionnaire, text: str) -> list[Change]:
    """A count of machines with no item named (10台, 改成12台, 经核实，应为6台): only 部署总数
    holds one, so it is that item's change, as the flagged 部署总数 of a returned row is most
    often answered; a bare number (6) still opens the item so numbered."""
    if not (only_counts(text) or corrects_a_count(text)):
        return []
    key = next(field.key for field in survey.fields if field.kind is Kind.NUMBER)
    return [Change(key, text.strip(), text.strip())]


def _said_to_the_bot(text: str) -> str:
    """A text naming no item: a greeting or 继续, back after a pause, is answered as at a
    question, but pointed to the card that follows; anything else is not saved."""
    if greets(text):
        return say.GREETED_AT_SUMMARY
    return say.CARRY_ON_AT_SUMMARY if resumes(text) else say.NOT_SAVED_AT_SUMMARY


def _unread(survey: Questionnaire, change: Change) -> str:
    """Why a value typed after a column of several questions (4. 汽车制造) was not saved, and
    which questions it might have been meant for."""
    step = survey.field(change.key).step
    parts = "、".join(field.part for field in survey.of_step(step) if field.ask_if is None)
    return COLUMN_UNREAD.format(step=step, parts=parts, value=change.unread)


def _one(survey: Questionnaire, draft: Draft, change: Change, answer: Answer) -> Outcome:
    opened, field = replace(draft, cursor=change.key, editing=True), survey.field(change.key)
    if change.value is None:
        return stay(survey, opened)
    # flagged=(): back to the summary, not on to the next item the coordinator flagged
    at_question = replace(opened, flagged=())
    value = _none_said(field, change.value)
    if not field.multi:
        typed = answer.typed(at_question, field, value)
        if field.kind == Kind.CHOICE and not typed.saved and typed.draft.cursor == field.key:
            typed = replace(typed, message=no_choice(survey, field, value, typed.message)
                            or typed.message)
        return _settled(survey, draft, change.key, typed)
    selection, note = typed_selection(field, value)  # 改为 names all that is chosen
    if selection is None:  # the bare 请点击 says it names nothing: neither goal nor product
        unsaved = no_choice(survey, field, value, note) if note == say.PRESS_AND_DONE else None
        return stay(survey, opened, unsaved or note)
    answered = answer.chosen(at_question, field, selection)
    return told(_settled(survey, draft, change.key, answered), note)


def _none_said(field: Field, value: str) -> str:
    """无补充, 不需要补充 typed after 补充指标 (or at 是否补充指标, asked in its place) is the
    none its question reads (无), not a supplement without figures to refuse."""
    supplement = "indicators_more" in (field.key, field.typed_answers)
    return NONE if supplement and says_no_supplement(value) else value


def _settled(survey: Questionnaire, draft: Draft, key: str, typed: Outcome) -> Outcome:
    """A change typed at the summary goes back there once saved, not on through the rest of its
    column; a refused answer keeps its question open with the reason, and a question the new
    answer leads to (是否补充指标, answered then back here) or a later part pasted wrongly is
    asked there too."""
    cursor, field = typed.draft.cursor, survey.field(key)
    kept = cursor in field.resets and not is_blank(typed.draft.answers.get(cursor))
    if typed.saved and cursor in field.resets and not kept:  # 是否补充指标, then the summary
        return replace(typed, draft=replace(typed.draft, follow_up=True))
    if not typed.saved or cursor != SUMMARY and any(
            survey.position[cursor] <= survey.position[saved] for saved in typed.saved):
        return typed
    if problem := survey.rule_broken(field.step, typed.draft.answers):  # 模型算法：无, the last
        first = survey.of_step(field.step)[0]
        back_to_first = say.BACK_TO_FIRST.format(part=first.part) if first is not field else ""
        return stay(survey, replace(draft, cursor=first.key, editing=True), problem + back_to_first)
    back = replace(typed.draft, cursor=SUMMARY, editing=False, flagged=draft.flagged)
    now = back.answers.get(key)
    said = UNCHANGED if now == draft.answers.get(key) else CHANGED
    message = _replacing(survey, field, draft.answers.get(key), now, typed.message) or (
        said.format(title=field.title, answer=answer_text(key, now))
        if now is not None else CLEARED.format(title=field.title))
    message += "".join(f"\n{FOLLOWER_KEPT.format(part=survey.field(follower).part, answer=text)}"
                       for follower, text in _followers_kept(survey, field, back.answers, kept))
    return Outcome(back, typed.saved, message, screen_for(survey, back))


def _replacing(survey: Questionnaire, field: Field, old: Any, now: Any,
               message: str | None) -> str | None:
    """A follower's new words (补充指标：续航≥6小时) are checked with the answer they follow,
    the check (已识别指标：…) all the reply would say: the words they replace are said before
    it, as any other change says what it changed, so the old ones are not lost unseen."""
    follower = field.kind == Kind.TEXT and any(field.key in other.resets for other in survey.fields)
    if not message or not follower or is_blank(old) or now in (old, None):
        return message
    said = REPLACED.format(title=field.title, answer=answer_text(field.key, now), old=old)
    return f"{said}\n{message}"


def _followers_kept(survey: Questionnaire, field: Field, answers: dict[str, Any],
                    kept: bool) -> list[tuple[str, str]]:
    """The engineer's own words following the answer changed (补充指标 after 技术指标), kept
    with it: the summary shows them joined to it, and says they stay, rather than asking
    their question again as if the change had left them to be typed anew."""
    return [(key, answers[key]) for key in survey.typed_followers(field, answers)] if kept else []


def submit(survey: Questionnaire, draft: Draft, similar: tuple) -> Outcome:
    """Hand in a complete row; alike entries are shown first, for the engineer to set it apart."""
    if not_ready := _not_ready(survey, draft.answers):
        return stay(survey, draft, not_ready)
    if similar and not draft.answers.get(INNOVATION):  # once set apart, not warned again
        return Outcome(draft, screen=similar_screen(draft, similar))
    done = replace(draft, cursor=DONE, editing=False, status=Status.SUBMITTED)
    return Outcome(done, message=say.SUBMITTED.format(id=draft.id))


def _not_ready(survey: Questionnaire, answers: dict[str, Any]) -> str | None:
    """What to change before the row may be handed in, if anything."""
    if problems := submit_problems(survey, answers):
        listed = "\n".join(f"• {column}：{message}" for column, message in problems)
        return f"还不能提交，请先修改：\n{listed}"
    return None
