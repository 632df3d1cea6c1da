"""What a returned draft's engineer is told again on coming back to it: the coordinator's
comment and the flagged columns not yet changed. Said wherever the draft is shown anew after a
gap (/start, /drafts → 打开, 去修改, a greeting or 继续 after 暂停 or a restart, words typed at the
summary that change nothing), never beside an answer saved, which would repeat it at every step.
"""

from bot.review import Reviews
from flows import step_messages as say
from flows.draft import Draft, Status

COMMENT = "协调员意见：{comment}"
# A step that saved nothing and shows the draft again, the return notice out of sight.
AFTER_A_GAP = (say.GREETED, say.CARRY_ON, say.NOT_SAVED_AT_SUMMARY)


def comment(reviews: Reviews, draft_id: int) -> tuple[str, ...]:
    returned = reviews.store.last_return(draft_id)
    return (COMMENT.format(comment=returned.comment),) if returned and returned.comment else ()


def return_notes(reviews: Reviews, draft: Draft) -> tuple[str, ...]:
    """Back at a returned draft after a while: what the coordinator asked, and which flagged
    columns are still as they were."""
    if draft.status != Status.RETURNED:
        return ()
    return (*comment(reviews, draft.id), *reviews.still_flagged(draft.id, draft.cursor))


def after_step(reviews: Reviews, draft: Draft, message: str | None,
               at_summary: bool) -> tuple[str, ...]:
    """After a step of a returned draft: its return notes when the step only showed it again
    (`AFTER_A_GAP`), once for that screen; else, back at the summary, the flagged columns not
    yet changed, so the engineer who fixed the first one is not left to resubmit without the
    others."""
    if draft.status != Status.RETURNED:
        return ()
    if message in AFTER_A_GAP:
        return return_notes(reviews, draft)
    return reviews.still_flagged(draft.id) if at_summary else ()
