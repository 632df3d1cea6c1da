"""What a returned draft's engineer is told again on coming back to it: the coordinator's
comment and the flagged columns not yet changed. Said wherever the draft is shown anew after a
gap (/start, /drafts → 打开, 去修改, a greeting or 继续 after 暂停 or a restart, words typed at the
summary that change nothing), never beside an answer saved, which would repeat it at every step.
"""

from dataclasses import replace

from bot.review import Reviews
from flows import step_messages as say
from flows.cards import short_title
from flows.draft import EDITABLE, SUMMARY, Draft, Status
from flows.menus import fix_button
from flows.review_history import step_titles
from flows.screens import Screen

COMMENT = "协调员意见：{comment}"
STILL_FLAGGED = "↩️ 协调员标注需要修改、尚未改动的项目：{columns}。{way}"
# How to get at them, by where the engineer is: the summary, one of them, another question.
WAY_TO_FLAGGED = ("请点击对应项目修改后再提交。", "请按当前问题修改。",
                  "请先答完当前问题，回到汇总后点击对应项目修改。")
# A step that saved nothing and shows the draft again, the return notice out of sight.
GREETED = (say.GREETED, say.CARRY_ON, say.GREETED_AT_SUMMARY, say.CARRY_ON_AT_SUMMARY)
AFTER_A_GAP = (*GREETED, say.NOT_SAVED_AT_SUMMARY)
# Greeted at another draft: the return notice that named the returned one is out of sight.
WAITING = "场景 {titles}被协调员退回，正待修改：要修改请点“✏️ 去修改{which}”。"


def comment(reviews: Reviews, draft_id: int) -> tuple[str, ...]:
    returned = reviews.store.last_return(draft_id)
    return (COMMENT.format(comment=returned.comment),) if returned and returned.comment else ()


def return_notes(reviews: Reviews, draft: Draft) -> tuple[str, ...]:
    """Back at a returned draft after a while: what the coordinator asked, and which flagged
    columns are still as they were."""
    if draft.status != Status.RETURNED:
        return ()
    return (*comment(reviews, draft.id), *still_flagged(reviews, draft.id, draft.cursor))


def after_step(reviews: Reviews, draft: Draft, message: str | None,
               at_summary: bool) -> tuple[str, ...]:
    """After a step of a returned draft: its return notes when the step only showed it again
    (`AFTER_A_GAP`), once for that screen; else, back at the summary, the flagged columns not
    yet changed, so the engineer who fixed the first one is not left to resubmit without the
    others."""
    waiting = _waiting(reviews, draft) if message in GREETED else ()
    if draft.status != Status.RETURNED:
        return waiting
    if message in AFTER_A_GAP:
        return (*return_notes(reviews, draft), *waiting)
    return still_flagged(reviews, draft.id) if at_summary else ()


def fixes_beside(reviews: Reviews, draft: Draft, message: str | None,
                 screen: Screen | None) -> Screen | None:
    """After a greeting or 继续 (`after_step`), a ✏️ 去修改 button for each scenario returned
    besides the draft on screen."""
    if message not in GREETED or screen is None:
        return screen
    rows = tuple((fix_button(i),) for i in _returned(reviews, draft))
    return replace(screen, choices=(*screen.choices, *rows)) if rows else screen


def still_flagged(reviews: Reviews, draft_id: int, cursor: str = SUMMARY) -> tuple[str, ...]:
    """Back at a returned draft, its summary or the question at `cursor`: the flagged columns
    not yet changed, so the engineer who fixed the first one is not left to resubmit without
    the others."""
    left = reviews.flags(draft_id)[1]
    if not left:
        return ()
    survey = reviews.survey
    way = 0 if cursor == SUMMARY else 1 if survey.field(cursor).step in left else 2
    return (STILL_FLAGGED.format(columns=step_titles(survey, left), way=WAY_TO_FLAGGED[way]),)


def _waiting(reviews: Reviews, draft: Draft) -> tuple[str, ...]:
    """The scenarios returned besides the draft on screen, named as waiting for changes."""
    if not (returned := _returned(reviews, draft)):
        return ()
    answers = reviews.store.drafts.answers_of(returned)
    titles = "、".join(short_title(i, answers[i], apart=True) for i in returned)
    return (WAITING.format(titles=titles, which=f" #{returned[0]}" if len(returned) == 1 else ""),)


def _returned(reviews: Reviews, draft: Draft) -> list[int]:
    """The owner's scenarios returned, not yet handed in again, besides the draft on screen."""
    store = reviews.store.drafts
    if draft.status not in EDITABLE or (info := store.info(draft.id)) is None:
        return []
    return sorted(i.id for i in store.owned_by(info.owner_id)
                  if i.status == Status.RETURNED and i.id != draft.id)
