"""Deleting a draft never handed in: asked once, confirmed against the draft as the question
showed it, so a draft changed since (on another phone, say) is never deleted unseen."""

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.replies import Reply
from bot.return_notes import return_notes
from flows.cards import short_title
from flows.draft import Draft, Status
from flows.menus import DISCARD_DECLINED, DISCARDED, discard_screen, not_discardable
from storage.discard_asks import DiscardAsk

if TYPE_CHECKING:
    from bot.intake import Intake

RESUMED = "继续填写场景 {title}。发送 /new 可新建场景。"


def discard(intake: "Intake", user_id: int, draft_id: int, confirmed: int | None = None
            ) -> Reply:
    """Delete a draft never handed in, once the engineer has confirmed it as it stands:
    `confirmed` is the revision the question showed. A draft holding nothing the engineer
    chose is deleted however it changed since (its default 报送单位 confirmed)."""
    store = intake.store
    draft = intake.owned(user_id, draft_id)
    if draft is None:
        return intake.refusal(draft_id)
    if draft.status != Status.DRAFT:
        return Reply(screen=not_discardable(draft.id, draft.status), refused=True)
    if confirmed is not None and store.discard_declined(user_id) == (draft.id, confirmed):
        title = short_title(draft.id, draft.answers)
        return Reply((DISCARD_DECLINED.format(title=title),), refused=True)
    revision = store.revision(draft.id) or 0
    blank = confirmed is not None and intake.survey.untouched(draft.answers)
    if confirmed != revision and not blank:
        changed = confirmed is not None
        store.ask_discard(user_id, DiscardAsk(draft.id, revision))
        return Reply(screen=discard_screen(draft.id, draft.answers, revision, changed),
                     refused=changed)
    was_current = store.current_draft_id(user_id) == draft.id
    store.delete(draft.id)
    discarded = DISCARDED.format(title=short_title(draft.id, draft.answers))
    if was_current and (current := store.current(user_id)) is not None:
        return intake.show(current, discarded, resumed_text(current),
                           *return_notes(intake.reviews, current))
    return replace(intake.drafts(user_id), messages=(discarded,))



def resumed_text(draft: Draft) -> str:
    """Which draft the next answers go to, named as its header names it: an unnamed one by its
    stand-in in brackets, right after its number (场景 #2（未命名场景）)."""
    unnamed = not draft.answers.get("scenario_name")
    return RESUMED.format(title=short_title(draft.id, draft.answers, apart=unnamed))
