"""Where an engineer goes on once a scenario is handed in, and what of theirs still waits.

A scenario handed in from its summary card while another was being filled leads back to that
one, whether or not the warning of alike submissions came in between; a returned scenario
changed but not yet handed in again is named, so fixing it is not mistaken for resubmitting.
"""

from dataclasses import replace

from flows import actions
from flows.cards import short_title
from flows.draft import EDITABLE, Draft, Status
from flows.navigation import Questionnaire
from flows.review import return_notice
from flows.screens import Screen
from storage.drafts import DraftStore
from storage.reviews import ReviewStore

FIXED_NOT_RESUBMITTED = "被退回的场景 {titles} 已修改、尚未重新提交，发送 /drafts 打开后提交。"


def go_on_with(store: ReviewStore, user_id: int, submitted: Draft,
               in_progress: Draft | None) -> int | None:
    """Where the next answer goes once `submitted` is handed in: the draft in progress when
    its card was pressed; after a resubmission, the draft last worked on, else a returned
    scenario not to be stranded (a return touches a scenario: drafts come first); else
    nowhere (/start lists the drafts)."""
    if in_progress is not None and in_progress.status in EDITABLE:
        return in_progress.id
    others = store.drafts.owned_by(user_id) if submitted.status == Status.RETURNED else []
    return next((info.id for status in (Status.DRAFT, Status.RETURNED) for info in others
                 if info.status == status and info.id != submitted.id), None)


def way_back(screen: Screen | None, in_progress: Draft | None) -> Screen | None:
    """The warning of alike submissions, drawn for a summary card pressed while `in_progress`
    was being filled: its 仍然提交 leads back there, as the card's 提交 would have."""
    if screen is None or in_progress is None or in_progress.status not in EDITABLE:
        return screen
    back = actions.SubmitAnyway(in_progress.id)
    choices = tuple(tuple(replace(b, action=back) if isinstance(b.action, actions.SubmitAnyway)
                          else b for b in row) for row in screen.choices)
    return replace(screen, choices=choices)


def drawn_over(store: DraftStore, user_id: int, action: actions.Action) -> Draft | None:
    """The draft a 仍然提交 leads back to (`way_back`), while it is still the engineer's."""
    if not isinstance(action, actions.SubmitAnyway) or not action.back_to:
        return None
    info = store.info(action.back_to)
    return store.load(info.id) if info is not None and info.owner_id == user_id else None


def fixed_not_resubmitted(store: ReviewStore, user_id: int, but: set[int]) -> tuple[str, ...]:
    """The engineer's returned scenarios (but those in `but`) with answers changed since the
    return: the engineer may take them for handed in, and the coordinator never sees them."""
    fixed = [info.id for info in store.drafts.owned_by(user_id)
             if info.status == Status.RETURNED and info.id not in but
             and (returned := store.last_return(info.id))
             and store.changes_since(info.id, returned.event_id)]
    if not fixed:
        return ()
    answers = store.drafts.answers_of(fixed)
    titles = "、".join(short_title(i, answers[i]) for i in sorted(fixed))
    return (FIXED_NOT_RESUBMITTED.format(titles=titles),)


def returned_elsewhere(survey: Questionnaire, store: DraftStore, reviews: ReviewStore,
                       user_id: int) -> list[tuple[int, str]]:
    """The user's returned scenarios besides the one in progress, each with its return
    notice's text: for the terminal, which no notice reaches when a coordinator returns one."""
    current = store.current(user_id)
    in_progress = current.id if current else None
    returned = [info.id for info in store.owned_by(user_id)
                if info.status == Status.RETURNED and info.id != in_progress]
    answers = store.answers_of(returned)
    notices = []
    for draft_id in returned:
        last = reviews.last_return(draft_id)
        comment, steps, by = (last.comment or "", last.steps, last.by) if last else ("", (), "")
        notice = return_notice(survey, draft_id, answers[draft_id], comment, steps, by)
        notices.append((draft_id, notice.text))
    return notices
