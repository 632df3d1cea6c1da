"""Refusing what someone may not do, the same words and the same log line everywhere: each
refusal is a WARNING `refused: …` (README), written here, so that no check can forget it.
"""

import logging

from bot.replies import Reply
from flows import actions
from flows.menus import YOUR_ID
from flows.review import (
    MARK_OUT_OF_SCOPE,
    OUT_OF_SCOPE,
    OWN_ENTRY_REFUSED,
    OWN_MARK_REFUSED,
    OWN_MARKS_RETURN_REFUSED,
)
from flows.review_card import ids_text
from flows.screens import Screen
from storage.reviews import Entry, ReviewStore

log = logging.getLogger(__name__)

COORDINATORS_ONLY = "仅协调员可使用此功能。"
ASK_TO_BE_ADDED = "如您是协调员，请把下面的用户 ID 发给管理员添加。"
NO_LONGER_COORDINATOR = "您已不再是协调员，无权继续审核。"


def refused(why: str, *texts: str, screen: Screen | None = None) -> Reply:
    """`texts` told, nothing done, and `why` logged: who tried what."""
    log.warning("refused: %s", why)
    return Reply(texts, screen, refused=True)


def not_a_coordinator(user_id: int, tried: object) -> Reply:
    """The refusal for someone who is no coordinator: a command tried is as telling as a
    button forged. Most who try one are coordinators not added yet (or no longer), so they
    are told the number the operator adds them by, which Telegram shows them nowhere."""
    return refused(f"user {user_id} is not a coordinator ({tried})", coordinators_only(user_id))


def coordinators_only(user_id: int) -> str:
    return f"{COORDINATORS_ONLY}{ASK_TO_BE_ADDED}\n{YOUR_ID.format(id=user_id)}"


def out_of_scope(user_id: int, draft_id: int) -> Reply:
    """An entry the coordinator may not touch."""
    return refused(f"coordinator {user_id} outside scope on #{draft_id}", OUT_OF_SCOPE)


def onto_out_of_scope(user_id: int, draft_id: int, of: int, level: str,
                      screen: Screen | None = None) -> Reply:
    """A mark set or lifted naming an entry the coordinator may not touch: that entry named, as
    the one on the card is theirs (该场景 would read as this one); `level` (省级, 市级) says
    whose it is then."""
    return refused(f"coordinator {user_id} on a mark of #{draft_id} onto #{of} outside scope",
                   MARK_OUT_OF_SCOPE.format(of=of, level=level), screen=screen)


def own_stake(store: ReviewStore, user_id: int, entry: Entry,
              action: actions.ReviewAction) -> str | None:
    """Why the coordinator may not take this decision, if their own entry is at stake: the
    entry itself, or one a duplicate mark would be set on or lifted from (marking another
    unit's entry a duplicate of one's own leaves it out of the export)."""
    if entry.info.owner_id == user_id:
        return OWN_ENTRY_REFUSED

    def filed(draft_id: int) -> bool:
        info = store.drafts.info(draft_id)
        return info is not None and info.owner_id == user_id

    match action:
        case (actions.MarkDuplicate(of=other) | actions.MarkNamedDuplicate(of=other)
              | actions.SetDistinct(other=other)):
            return OWN_MARK_REFUSED.format(own=other) if filed(other) else None
        case actions.UnmarkDuplicate() if entry.duplicate_of and filed(entry.duplicate_of):
            return OWN_MARK_REFUSED.format(own=entry.duplicate_of)
        case actions.Return() | actions.SendReturn():
            own = [i for i in store.duplicates_of(entry.id) if filed(i)]
            return OWN_MARKS_RETURN_REFUSED.format(ids=ids_text(own)) if own else None
    return None
