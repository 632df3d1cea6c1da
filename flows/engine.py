"""The step engine: given a draft and what the engineer did, what is saved and what comes next.

Pure: the bot and the terminal mode save `Outcome.saved` and show `Outcome.screen`.
"""

from dataclasses import replace
from functools import partial
from typing import Any

from flows import actions, continued, own_labels, paste_parts, pasted_cell, typed_replies
from flows import multi_select as ticks
from flows import step_messages as say
from flows.after_held import typed_after_kept
from flows.cut_figures import finished_figure, remembering_cut, with_cut_rest
from flows.description_hints import about_above, where_described
from flows.draft import SUMMARY, Draft
from flows.empty_answers import for_question, unslashed
from flows.excel_copies import unquoted, unsaved
from flows.field import Field, Kind
from flows.navigation import Questionnaire, is_blank
from flows.org_names import Unsure, asks_again
from flows.outcome import Outcome, back, clear_refused, still_held, told
from flows.outcome import stay as _stay
from flows.pastes import whole_description
from flows.refiled import asked_next, filed_instead, typed_over_offer
from flows.rules import first_error
from flows.screens import keeps_answer, screen_for
from flows.suggestions import suggested, when_kept
from flows.summary import INNOVATION, Answer, Reanswer, changed, submit
from flows.typed_buttons import (
    GOING_ON,
    LONGEST_LABEL,
    NAVIGATION,
    choices_named,
    names_a_column,
    navigation_word,
    pressed,
)
from flows.typed_changes import typed_changes
from flows.typed_items import other_column_named
from flows.typed_replies import agreed_with, agrees, asks, declines, greets, resumes, says_none


def start(survey: Questionnaire, draft_id: int, answers: dict[str, Any] | None = None) -> Draft:
    return Draft(id=draft_id, cursor=survey.first().key, answers=answers or {})


def apply(survey: Questionnaire, draft: Draft, action: actions.Action,
          similar: tuple[tuple[int, str | None], ...] = ()) -> Outcome:
    """`similar`: (id, title) of submitted entries alike this one, warned about before submit;
    the title is None where the engineer may not see it. A hold on the answer at the cursor
    (`Draft.held`) lasts until something is saved or the cursor moves: a pause, the question
    shown again or a question asked about it leave the rest still awaited, or the offer open."""
    action, joined = with_cut_rest(draft, action)  # 定位精度±0. then 5mm，…
    outcome = finished_figure(survey, draft, action) or _apply(  # 提升不低于 then 30%。
        survey, replace(draft, held=False, cut=None), action, similar, draft.held)
    return remembering_cut(survey, draft, action, still_held(survey, draft, outcome), joined)


def _apply(survey: Questionnaire, draft: Draft, action: actions.Action, similar: tuple,
           held: bool) -> Outcome:
    action = interpret(survey, replace(draft, held=held), unquoted(action))  # on the screen
    if draft.locked:  # a pause too: nothing of a handed-in entry waits as a draft
        return Outcome(draft, screen=say.locked(draft.id, draft.status))
    if isinstance(action, actions.Pause):
        return Outcome(draft, message=say.PAUSED)
    if isinstance(action, actions.Show):
        return _stay(survey, draft)
    if isinstance(action, actions.Text) and (why := unsaved(action.text)):
        return _stay(survey, draft, why)  # Excel's row, the sample: no question's answer
    if draft.cursor == SUMMARY:
        return _at_summary(survey, draft, action, similar)
    return _at_question(survey, draft, survey.field(draft.cursor), action, held)


def interpret(survey: Questionnaire, draft: Draft, action: actions.Action) -> actions.Action:
    """A typed button label (跳过, 提交, 工业) is the press of that button on the current screen,
    but one asked about (提交？, 跳过，对吗, 可以跳过吗) is not; a remark to the bot after what is
    typed (…，对吗, … 麻烦看下, …，谢谢) is no part of it."""
    if (not isinstance(action, actions.Text) or draft.locked
            or typed_replies.asked_about(action.text)):
        return action
    action = actions.Text(typed_replies.without_aside(action.text))
    if len(action.text) > LONGEST_LABEL:
        return action
    if (action.text.strip() == "取消" and draft.cursor != SUMMARY
            and survey.field(draft.cursor).kind == Kind.PRODUCTS):
        return ticks.cancelled(survey.field(draft.cursor), draft.answers)  # the forms' own 取消
    screen = screen_for(survey, draft)
    if draft.cursor == SUMMARY and typed_changes(survey, draft.answers, screen, action.text):
        return action  # 方向, 技术指标：: a question's own label opens it, not its column's first
    return pressed(screen, action.text, untick=False) or action


def _at_summary(
    survey: Questionnaire, draft: Draft, action: actions.Action, similar: tuple
) -> Outcome:
    if isinstance(action, actions.Edit) and 1 <= action.step <= survey.steps:
        first = survey.of_step(action.step)[0]
        return _stay(survey, replace(draft, cursor=first.key, editing=True))
    if isinstance(action, actions.AddInnovation):
        return _stay(survey, replace(draft, cursor=INNOVATION, editing=True))
    if isinstance(action, (actions.Submit, actions.SubmitAnyway)):
        return submit(survey, draft, similar if isinstance(action, actions.Submit) else ())
    if isinstance(action, actions.Text) and (word := navigation_word(action.text)) \
            and isinstance(NAVIGATION[word], actions.Back):  # as the last question's 上一步
        action = NAVIGATION[word]
    if isinstance(action, actions.Back):
        return _stay(survey, replace(draft, cursor=survey.before(None, draft.answers).key))
    if isinstance(action, (actions.Text, Reanswer)):  # Reanswer: in reply to its question
        answer = Answer(typed=partial(_typed, survey, shown=False), chosen=partial(_answer, survey))
        return changed(survey, draft, action, answer)
    captioned = isinstance(action, actions.NotText) and action.captioned  # 部署总数改为12台
    return _stay(survey, draft, say.CAPTION_NOT_SAVED if captioned else say.SUMMARY_HINT)


def _at_question(survey: Questionnaire, draft: Draft, field: Field, action: actions.Action,
                 held: bool = False) -> Outcome:
    match action:
        case actions.Back() as pressed:  # or its 上一步 within a column opened from the summary
            return back(survey, draft, field, pressed)
        case actions.Skip() if field.required:
            return _stay(survey, draft, say.REQUIRED)
        case actions.Clear() if kept := clear_refused(survey, draft, field):
            return _stay(survey, draft, kept)
        case actions.Skip() if keeps_answer(field, draft.answers.get(field.key)):
            return _answer(survey, draft, field, draft.answers[field.key])
        case actions.Skip() | actions.Clear():
            return _advance(survey, draft, field, None)
        case actions.Keep() if keeps_answer(field, draft.answers.get(field.key)):
            return _answer(survey, draft, field, draft.answers[field.key])
        case actions.TakeSuggestion() if echo := suggested(field.feedback, draft.answers, held):
            return (filed_instead(survey, draft, field, echo) if echo.key
                    else _answer(survey, draft, field, echo.answer))
        case actions.Text(text=text):
            typed = partial(_typed, survey, field=field, text=text)
            kept = partial(_at_question, survey, field=field, action=actions.Keep())
            return typed_over_offer(survey, draft, held, typed, kept)
        case actions.NotText(captioned=captioned):
            kept = _stay(survey, draft, say.not_text(field, captioned))
            return ticks.next_awaiting(survey, field, kept)  # forms shown stay on screen
        case actions.Pick(index=index) if field.has_choice(index) and not field.multi:
            return _answer(survey, draft, field, field.choices[index])
        case actions.Toggle(index=index) if field.has_choice(index) and field.multi:
            return ticks.toggle(survey, draft, field, index)
        case actions.PickForm(index=index, form=form) if ticks.has_form(field, index, form):
            return ticks.pick_form(survey, draft, field, index, form)
        case actions.Untick(index=index) if field.has_choice(index) and field.multi:
            return ticks.untick(survey, draft, field, index)
        case actions.Done() if field.multi:
            return _answer(survey, draft, field, draft.answers.get(field.key))
    return _stay(survey, draft, say.STALE)


def _typed(survey: Questionnaire, draft: Draft, field: Field, text: str,
           held: bool = False, shown: bool = True) -> Outcome:
    """`held`: the answer was held open for its rest on the step before (flows/continued.py).
    `shown`: typed at the question, its answer on screen, not as a change at the summary."""
    if word := typed_replies.asked_about(text):  # 可以跳过吗: whether and how, not the press
        return _stay(survey, draft, say.about_button(word, field, screen_for(survey, draft)))
    said = typed_replies.said_to_echo(text)  # 无误, 没有: right as it is; 不是: to be corrected
    if said and field.key in draft.answers and asks_again(field.feedback, draft.answers):
        return (_at_question(survey, draft, field, actions.Keep()) if said == typed_replies.RIGHT
                else _stay(survey, draft, say.SEND_CORRECTED))
    if field.typed_answers and agrees(text):  # the offer's own yes: 好的, 需要
        return _answer(survey, draft, field, field.choices[0])
    bare = unslashed(own_labels.without_own_label(field.key, text))  # 其他：无, /无: its 无
    if held and (declines(bare) or says_none(bare)):  # 不需要 after a part held: no more of it
        return _at_question(survey, draft, field, actions.Keep())
    none = says_none(bare) and not field.required  # 无, 暂无, 不涉及, /: none now
    if none or declines(bare, with_reason=bool(field.typed_answers)):  # 不用, 算了: no answer
        if field.typed_answers:  # the offer's own no
            return _answer(survey, draft, field, field.choices[-1])
        if none and shown and keeps_answer(field, current := draft.answers.get(field.key)):
            kept = _at_question(survey, draft, field, actions.Keep())  # may say none besides it
            return kept if typed_replies.says_none_besides(bare) else told(
                kept, say.kept_over_none(field, current))
        return _at_question(survey, draft, field, actions.Clear() if none else actions.Skip())
    if word := navigation_word(text):  # its button is not on this screen
        going_on = word in GOING_ON and not is_blank(draft.answers.get(field.key))
        if (isinstance(NAVIGATION[word], actions.Keep) or going_on) and field.multi:
            return _at_question(survey, draft, field, actions.Done())  # kept with 完成
        if isinstance(NAVIGATION[word], (actions.Skip, actions.Clear)) and not field.required:
            return _at_question(survey, draft, field, NAVIGATION[word])
        return _stay(survey, draft, say.no_button(word))
    if names_a_column(text, survey.titles):
        return _stay(survey, draft, say.COLUMN_TITLE.format(title=text.strip()))
    if greets(text):  # back after a pause, saying hello first
        return _stay(survey, draft, say.GREETED)
    ack = typed_replies.acknowledges(text)  # 好的👍, 收到, 👌: to the bot; 确认: the answer kept
    if ack and shown and (field.multi or keeps_answer(field, draft.answers.get(field.key))):
        return _at_question(survey, draft, field, actions.Done() if field.multi else actions.Keep())
    if resumes(text) or ack or typed_replies.holds_on(text):  # 好的，我核实一下: to come
        return _stay(survey, draft, say.CARRY_ON)
    if asks(text, short=field.short):  # 这个怎么填？
        return _stay(survey, draft, say.asked(field.help, text))
    if field.multi and (named := other_column_named(survey, field, text)):  # 部署总数改成12台
        return _stay(survey, draft, say.named_elsewhere(draft, *named, here=field))  # as at a text
    if field.multi:
        return ticks.typed_ticks(survey, draft, field, text)
    if field.kind == Kind.CHOICE_OR_TEXT and text.strip().isdigit():
        return _stay(survey, draft, say.PRESS_OR_NAME)  # a number for the n-th button
    # 场景名称：… at 场景名称 loses its label; 技术指标：… heading a whole description keeps it
    if not (field.splits and whole_description(field.splits(text))):  # (at the supplement)
        bare = own_labels.without_own_label(field.key, text)  # 预期成效：… replaces the part held
        held, text = held and bare == text, bare
    if field.typed_answers:  # the supplement itself, after any 好，补充：
        return _answered_instead(survey, draft, field, agreed_with(text) or text)
    if field.kind == Kind.CHOICE and (named := choices_named(text, field.choices)):
        if len(named) > 1:  # 工业、服务
            choices = " / ".join(field.choices)
            return _stay(survey, draft, say.ONLY_ONE.format(column=field.column, choices=choices))
        if field.read_as and (why := field.read_as(text, named[0])):  # 仓储物流 as 工业, and why
            return told(_answer(survey, draft, field, named[0]), why)
        text = named[0]  # 工业类
    if field.splits and (parts := field.splits(text)) and continued.pasted(field, parts, text):
        if held and (why := continued.kept_by_paste(draft, field, parts, text)) is not None:
            return typed_after_kept(survey, draft, field, text, why, _answer, _typed)
        parts = continued.with_rest(draft, parts, text) if held else parts
        return pasted_cell.split(survey, draft, parts, partial(_answer, survey),
                                 partial(_advance, survey))
    if parts := paste_parts.named_after(survey, draft, field, text):  # 名称…，所属行业：…
        return pasted_cell.split(survey, draft, parts, partial(_answer, survey),
                                 partial(_advance, survey))
    if named := other_column_named(survey, field, text):  # 部署总数：8台 at 场景名称
        return _stay(survey, draft, say.named_elsewhere(draft, *named, here=field))
    after = held and survey.after(field.key, draft.answers)  # 工业 after the results: no rest
    chosen = bool(after and after.kind == Kind.CHOICE and choices_named(text, after.choices))
    if held and (why := continued.instead(draft, field, text, chosen)) is not None:
        return typed_after_kept(survey, draft, field, text, why, _answer, _typed)
    if said := about_above(survey, draft, field, text) or field.refused(draft.answers, text):
        return _stay(survey, draft, said)  # 上面已经写了 at 技术指标; 补充指标 restating them
    typed = continued.whole(draft, text) if held else text
    answer = _advance if continued.started(field, draft, typed) else _answer  # 隧道应急救援场景，
    outcome = answer(survey, draft, field, typed)
    if outcome.saved:  # with what was typed beside it: words unsaved, a kind unlike step 7's
        outcome = told(outcome, field.read_as and field.read_as(text, outcome.saved[field.key]))
        return told(outcome, field.differs and field.differs(text, outcome.draft.answers))
    return told(outcome, where_described(survey, draft, field, text))


def _answered_instead(survey: Questionnaire, draft: Draft, field: Field, text: str) -> Outcome:
    """Typed at an offer (是否补充指标): its first choice pressed, the text typed at the next;
    none pressed for a paste of other parts alone (现状与痛点：…, 预期成效：…, a whole
    description): labelled, they are those parts' answers, filled, not a supplement refused,
    and the offer, still open, asked again rather than passed over by the parts after it."""
    at = survey.field(field.typed_answers)
    parts = at.splits(text) if at.splits else {}  # 预期成效：… after it set apart
    own = None if whole_description(parts) else parts.get(at.key, None if parts else text)
    if own and (why := field.refused(draft.answers, own)):
        return _stay(survey, draft, why)
    chosen = {field.key: field.choices[0]} if own else {}
    answers = {**draft.answers, **chosen}
    outcome = _typed(survey, replace(draft, answers=answers, cursor=at.key), at, text)
    if not outcome.saved:
        return _stay(survey, draft, outcome.message)
    if not chosen and outcome.draft.cursor != SUMMARY and field.asked(outcome.draft.answers):
        offered = replace(outcome.draft, cursor=field.key)
        outcome = replace(outcome, draft=offered, screen=screen_for(survey, offered))
    return replace(outcome, saved={**chosen, **outcome.saved})


def _answer(survey: Questionnaire, draft: Draft, field: Field, raw: Any) -> Outcome:
    value, error = first_error(field.rule, raw)
    if error:
        return _stay(survey, draft, for_question(error, required=field.required))
    return _advance(survey, draft, field, value)


def _advance(survey: Questionnaire, draft: Draft, field: Field, value: Any) -> Outcome:
    value = continued.as_saved(field.key, value, draft.answers.get(field.key), draft.editing)
    cleared = survey.cleared(field, value, draft.answers)
    saved = {field.key: value, **cleared}
    answers = {k: v for k, v in {**draft.answers, **saved}.items() if v is not None}
    echo = field.feedback(answers) if field.feedback and value is not None else None
    if isinstance(echo, Unsure) and value != draft.answers.get(field.key):  # 无误: 保持不变
        # so a resend replaces it, the next message completes it, or it is filed elsewhere
        held = replace(draft, answers=answers, cursor=field.key, held=True)
        return replace(_stay(survey, held, echo), saved=saved)
    following = asked_next(survey, field, draft.answers, answers)
    leaving_step = following is None or following.step != field.step or (
        draft.follow_up and following.ask_if is None)  # 预期成效 after 是否补充指标: done
    if leaving_step and (problem := survey.rule_broken(field.step, answers)):
        first = survey.of_step(field.step)[0]  # the next words typed may answer any of them
        back = say.BACK_TO_FIRST.format(part=first.part) if first is not field else ""
        return _stay(survey, replace(draft, cursor=first.key), problem + back)
    if leaving_step and (missing := survey.first_missing(field.step, answers)):
        following, leaving_step = missing, False
    notices = [when_kept(echo)]  # kept as they are: no resend
    notices += [say.FOLLOWER_DROPPED.format(text=text)
                for text in survey.dropped(field, value, draft.answers, cleared)]
    if leaving_step and draft.editing:  # to the summary, or on from a flagged column
        later = None if draft.follow_up else draft.next_flagged(field.step)
        following = survey.of_step(later)[0] if later else None
        notices += [say.NEXT_FLAGGED.format(step=following.step, title=following.column)
                    ] if following else []
    cursor, editing = (SUMMARY, False) if following is None else (following.key, draft.editing)
    moved = replace(draft, answers=answers, cursor=cursor, editing=editing)
    notice = "\n".join(n for n in notices if n) or None
    return Outcome(moved, saved, notice, screen_for(survey, moved))
