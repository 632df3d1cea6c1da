"""Duplicate marks (填写说明 5): set from the button of a similar entry, or onto any entry in
scope by its number; lifted from the card.

The similarity rule (flows/similarity.py) misses a repeat whose name was reworded, so a
coordinator may name the original by number: 🔗 asks for it, and the next words typed are
that number, as the words after 退回修改 are the comment. Either way a mark holds only from a
submitted entry, neither marked nor marked onto, to a submitted or approved entry not marked
itself: marks never chain nor cycle, and each scenario is counted once. Scope and the
coordinator's own entries are checked by the caller (bot/review.py), for every way alike.
"""

import logging

from bot.replies import Reply
from bot.returns import tell_engineer
from bot.review_cards import Cards
from flows import actions
from flows.draft import Status
from flows.review import (
    ASK_CANCELLED,
    ASK_DROPPED,
    ENGINEER_MARKED,
    ENGINEER_UNMARKED,
    MARK_CHAINED,
    MARK_CHANGED,
    MARK_OUT_OF_SCOPE,
    MARK_TARGET_CHANGED,
    MARKED,
    NO_SUCH_ENTRY,
    NOT_A_NUMBER,
    NOT_ITSELF,
    NOT_MARKABLE,
    OUT_OF_SCOPE,
    UNMARKED,
    ask_original_screen,
    typed_number,
)
from flows.review_card import ids_text
from flows.review_queue import way_on_screen
from flows.typed_buttons import pressed
from storage.people import Coordinator
from storage.reviews import Entry, ReviewStore

log = logging.getLogger(__name__)


class Duplicates:
    def __init__(self, store: ReviewStore, cards: Cards):
        self.store = store
        self.cards = cards

    def ask(self, user_id: int, entry: Entry) -> Reply:
        """🔗 pressed: the number of the original is typed next."""
        if refusal := self._unmarkable(entry):
            return Reply((refusal,), refused=True)
        self.store.await_duplicate(user_id, entry.id)
        return Reply(screen=ask_original_screen(entry.id))

    def typed(self, user_id: int, text: str) -> Reply | actions.ReviewAction | None:
        """Words typed while the number is awaited: the mark to set, or why not; None when no
        number is awaited. The ask stays open until a mark is set or it is cancelled."""
        draft_id = self.store.awaited_duplicate(user_id)
        if draft_id is None:
            return None
        if pressed(ask_original_screen(draft_id), text):  # 取消
            self.store.clear_pending(user_id)
            return Reply((ASK_CANCELLED.format(id=draft_id),))
        number = typed_number(text)
        if number is None:
            return Reply((NOT_A_NUMBER,), ask_original_screen(draft_id))
        return actions.MarkNamedDuplicate(draft_id, number)

    def drop(self, user_id: int) -> Reply | None:
        """The ask ended because the coordinator turned to something else."""
        draft_id = self.store.awaited_duplicate(user_id)
        if draft_id is None:
            return None
        self.store.clear_pending(user_id)
        return Reply((ASK_DROPPED.format(id=draft_id),))

    def mark(self, user_id: int, scope: Coordinator, entry: Entry, of: int, named: bool
             ) -> Reply:
        """Onto `of`, from its button (`named` False: only while the two are still similar,
        as the other may have been rewritten since the card) or by its number."""
        other = self.store.entry(of)
        if named and (refusal := _not_named(entry, other, of)):
            return Reply((refusal,), ask_original_screen(entry.id), refused=True)
        if other is None or of == entry.id or not scope.covers(other.answers.get("city")):
            return self._refused(OUT_OF_SCOPE, entry, named)
        if refusal := self._unmarkable(entry) or _unmarkable_onto(other):
            return self._refused(refusal, entry, named)
        if not named and of not in dict(self.cards.similar(entry.id, entry.answers)):
            return Reply((MARK_TARGET_CHANGED.format(of=of),), self.cards.screen(entry, scope),
                         refused=True)
        self.store.mark_duplicate(entry.id, of, user_id)
        if named:
            self.store.clear_pending(user_id)
        notice = tell_engineer(entry, ENGINEER_MARKED, of=of)
        return Reply((MARKED.format(id=entry.id, of=of),), way_on_screen(entry.place),
                     notices=(notice,))

    def unmark(self, user_id: int, scope: Coordinator, entry: Entry, shown: int) -> Reply:
        """Only the mark the card showed, and only by a coordinator who could have set it: one
        whose scope holds the entry it is marked against. The entry is then to be decided on
        its own, so its card follows."""
        if entry.duplicate_of != shown:
            return Reply((MARK_CHANGED,), self.cards.screen(entry, scope), refused=True)
        if not scope.covers(self.store.drafts.answers(shown).get("city")):
            log.warning("refused: coordinator %s lifting the mark of #%s onto #%s outside scope",
                        user_id, entry.id, shown)
            return Reply((MARK_OUT_OF_SCOPE.format(of=shown),), refused=True)
        self.store.mark_duplicate(entry.id, None, user_id)
        fresh = self.store.entry(entry.id)
        return Reply((UNMARKED.format(id=entry.id),), self.cards.screen(fresh, scope),
                     notices=(tell_engineer(entry, ENGINEER_UNMARKED),))

    def _unmarkable(self, entry: Entry) -> str | None:
        """Why the entry itself may not be marked: not awaiting review, marked already, or
        marked onto (a mark of it would chain)."""
        if entry.info.status != Status.SUBMITTED or entry.duplicate_of:
            return NOT_MARKABLE
        if marked := self.store.duplicates_of(entry.id):
            return MARK_CHAINED.format(ids=ids_text(marked), id=entry.id)
        return None

    def _refused(self, refusal: str, entry: Entry, named: bool) -> Reply:
        """A number typed is asked for again; a button's refusal stands alone."""
        return Reply((refusal,), ask_original_screen(entry.id) if named else None, refused=True)


def _unmarkable_onto(other: Entry) -> str | None:
    if other.info.status not in (Status.SUBMITTED, Status.APPROVED) or other.duplicate_of:
        return NOT_MARKABLE
    return None


def _not_named(entry: Entry, other: Entry | None, of: int) -> str | None:
    """A number typed that names no other entry."""
    if other is None:
        return NO_SUCH_ENTRY.format(of=of)
    return NOT_ITSELF if of == entry.id else None
