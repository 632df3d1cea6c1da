"""Duplicate marks (填写说明 5): set from the button of a similar entry, or onto any entry in
scope by its number; lifted from the card.

The similarity rule (flows/similarity.py) misses a repeat whose name was reworded, so a
coordinator may name the original by number: 🔗 asks for it, and the next message is that
number. Only the next: words that are not a number (an answer to the coordinator's own draft,
say) end the ask and go where they would have gone, an edited message is never the number, and
a number typed after the entry changed or was decided meanwhile ends the ask with the fresh
card, as an old card's button would be refused. Either way a mark holds only from a
submitted entry, neither marked nor marked onto, to a submitted or approved entry not marked
itself, of the same submission (the province's own, or one central enterprise group's): marks
never chain nor cycle, nor take a row out of the list it is counted in, and each scenario is
counted once. The caller (bot/review.py) checks the marked entry's scope and the
coordinator's own entries, for every way alike; the entry it is marked onto is named here, by
button or typed number, so its scope is checked here.
"""

from bot.entry_handled import handled, tell_engineer
from bot.refusals import onto_out_of_scope, refused
from bot.replies import Reply
from bot.review_cards import Cards
from flows import actions
from flows.draft import STATUS_LABELS, Status
from flows.review import (
    ASK_DROPPED,
    DISTINCT_CHANGED,
    DISTINCT_MARKED,
    DISTINCT_SET,
    DISTINCT_UNSET,
    EDIT_NOT_A_NUMBER,
    ENGINEER_MARKED,
    ENGINEER_UNMARKED,
    MARK_CHAINED,
    MARK_CHANGED,
    MARK_JUDGED_APART,
    MARK_TARGET_CHANGED,
    MARKED,
    NO_SUCH_ENTRY,
    NOT_ITSELF,
    NOT_MARKABLE,
    NOT_MARKED,
    NOT_TEXT_NUMBER,
    ONTO_RETURNED,
    UNMARKED,
    ask_original_screen,
    mark_apart,
    typed_number,
)
from flows.review_card import ids_text
from flows.review_queue import way_on_screen
from flows.typed_buttons import pressed
from storage.pending import Awaited
from storage.people import Coordinator
from storage.reviews import Entry, ReviewStore


class Duplicates:
    def __init__(self, store: ReviewStore, cards: Cards):
        self.store = store
        self.cards = cards
        self.level = cards.survey.words().level  # 省级, 市级: who handles a mark beyond a scope

    def ask(self, user_id: int, scope: Coordinator, entry: Entry) -> Reply:
        """🔗 pressed: the number of the original is typed next."""
        if moved := self._card_moved_on(user_id, entry):
            return Reply((moved,), self.cards.screen(entry, scope), refused=True)
        if refusal := self._chained(entry):
            return Reply((refusal,), refused=True)
        self.store.await_duplicate(user_id, Awaited(entry.id, entry.revision))
        return Reply(screen=ask_original_screen(entry.id))

    def takes(self, user_id: int, text: str) -> bool:
        """Whether typed words belong to the ask, if one is open: a number, or 取消."""
        awaited = self.store.awaited_duplicate(user_id)
        return awaited is None or typed_number(text) is not None or _cancels(awaited, text)

    def typed(self, user_id: int, text: str, edited: bool
              ) -> Reply | actions.ReviewAction | None:
        """The message after 🔗: the mark to set (checked by the caller as any mark is), or 取消;
        None when no number is awaited or the words are none (the caller ends the ask)."""
        awaited = self.store.awaited_duplicate(user_id)
        if awaited is None:
            return None
        if edited:
            return Reply((EDIT_NOT_A_NUMBER,), ask_original_screen(awaited.draft_id))
        if _cancels(awaited, text):
            self.store.clear_pending(user_id)
            return actions.CancelAsk(awaited.draft_id)
        number = typed_number(text)
        if number is None:
            return None
        return actions.MarkNamedDuplicate(awaited.draft_id, number, awaited.revision)

    def not_text(self, user_id: int) -> Reply | None:
        """A photo, sticker or file while a number is awaited: the number asked for in words,
        the ask kept open, as a screenshot captioned 12 is easily sent for it; None when no
        number is awaited."""
        awaited = self.store.awaited_duplicate(user_id)
        if awaited is None:
            return None
        return Reply((NOT_TEXT_NUMBER,), ask_original_screen(awaited.draft_id))

    def drop(self, user_id: int, said: str = ASK_DROPPED) -> Reply | None:
        """The ask ended because the coordinator turned to something else, or (`said` as
        MARK_CANCELLED) may no longer mark."""
        awaited = self.store.awaited_duplicate(user_id)
        if awaited is None:
            return None
        self.store.clear_pending(user_id)
        return Reply((said.format(id=awaited.draft_id),))

    def mark(self, user_id: int, scope: Coordinator, entry: Entry, of: int) -> Reply:
        """Onto `of`, from its button: only while the two are still similar, as the other may
        have been rewritten since the card."""
        other = self.store.entry(of)
        if other is None or of == entry.id:  # no button names these: forged
            return refused(f"coordinator {user_id} marking #{entry.id} onto #{of}",
                           NOT_ITSELF if other else NO_SUCH_ENTRY.format(of=of))
        if not scope.covers(other.city):
            return onto_out_of_scope(user_id, entry.id, of, self.level)
        if moved := self._card_moved_on(user_id, entry):
            return Reply((moved,), self.cards.screen(entry, scope), refused=True)
        if refusal := self._chained(entry) or _returned_since(other) or _unmarkable_onto(other):
            return Reply((refusal,), refused=True)
        if apart := (mark_apart(entry.id, entry.answers, of, other.answers)
                     or _judged_apart(entry, of)):
            return Reply((apart,), self.cards.screen(entry, scope), refused=True)
        if of not in dict(self.cards.similar(entry.id, entry.answers)):
            return Reply((MARK_TARGET_CHANGED.format(of=of),), self.cards.screen(entry, scope),
                         refused=True)
        return self._set(user_id, entry, of)

    def mark_named(self, user_id: int, scope: Coordinator, entry: Entry,
                   typed: actions.MarkNamedDuplicate) -> Reply:
        """Onto the entry whose number was typed. A number that cannot be marked onto is asked
        for again; an entry that moved on since 🔗 ends the ask, with its fresh card."""
        if moved := self._moved_on(user_id, entry, typed.revision):
            self.store.clear_pending(user_id)
            return Reply((moved,), self.cards.screen(entry, scope), refused=True)
        of, other = typed.of, self.store.entry(typed.of)
        ask_again = ask_original_screen(entry.id)
        if other is not None and not scope.covers(other.city):
            return onto_out_of_scope(user_id, entry.id, of, self.level, ask_again)
        if other is None:
            refusal = NO_SUCH_ENTRY.format(of=of)
        elif of == entry.id:
            refusal = NOT_ITSELF
        else:
            refusal = (_judged_apart(entry, of) or _unmarkable_onto(other)
                       or mark_apart(entry.id, entry.answers, of, other.answers))
        if refusal:
            return Reply((refusal,), ask_again, refused=True)
        self.store.clear_pending(user_id)
        return self._set(user_id, entry, of)

    def _set(self, user_id: int, entry: Entry, of: int) -> Reply:
        self.store.mark_duplicate(entry.id, of, user_id)
        notice = tell_engineer(entry, ENGINEER_MARKED, of=of)
        return Reply((MARKED.format(id=entry.id, of=of),), way_on_screen(entry.place),
                     notices=(notice,))

    def _moved_on(self, user_id: int, entry: Entry, revision: int) -> str | None:
        """Why the entry is no longer the one 🔗 was pressed on: decided, marked, changed (or
        returned and resubmitted), or marked onto, by someone else meanwhile."""
        if moved := self._card_moved_on(user_id, entry):
            return moved
        if revision != entry.revision:
            return self.cards.outdated(entry, revision)
        return self._chained(entry)

    def _card_moved_on(self, user_id: int, entry: Entry) -> str | None:
        """Why a card offering to mark the entry is out of date: another coordinator decided
        on it (as `handled` tells of any decision raced), or marked it, since."""
        if entry.info.status != Status.SUBMITTED:
            return handled(self.store, entry.id, user_id)
        if entry.duplicate_of:
            return MARK_CHANGED
        return None

    def unmark(self, user_id: int, scope: Coordinator, entry: Entry, shown: int) -> Reply:
        """Only the mark the card showed, and only by a coordinator who could have set it: one
        whose scope holds the entry it is marked against. The entry is then to be decided on
        its own, so its card follows."""
        if entry.duplicate_of is None:  # lifted since the card, or a button never drawn
            return Reply((NOT_MARKED.format(id=entry.id),), self.cards.screen(entry, scope),
                         refused=True)
        if entry.duplicate_of != shown:
            return Reply((MARK_CHANGED,), self.cards.screen(entry, scope), refused=True)
        if not scope.covers(self.store.drafts.answers(shown).get("city")):
            return onto_out_of_scope(user_id, entry.id, shown, self.level)
        self.store.mark_duplicate(entry.id, None, user_id)
        fresh = self.store.entry(entry.id)
        return Reply((UNMARKED.format(id=entry.id),), self.cards.screen(fresh, scope),
                     notices=(tell_engineer(entry, ENGINEER_UNMARKED),))

    def set_distinct(self, user_id: int, scope: Coordinator, entry: Entry,
                     action: actions.SetDistinct) -> Reply:
        """不是同类场景, or its undo: only on a pair the card showed so (alike, or judged
        different), and by a coordinator whose scope holds both entries, as for a mark."""
        other = self.store.entry(action.other)
        if other is None or other.id == entry.id:  # no button names these: forged
            return refused(f"coordinator {user_id} splitting #{entry.id} from #{action.other}",
                           NOT_ITSELF if other else NO_SUCH_ENTRY.format(of=action.other))
        if not scope.covers(other.city):
            return onto_out_of_scope(user_id, entry.id, other.id, self.level)
        if action.distinct and (marked := _marked_pair(entry, other)):
            return Reply((marked,), self.cards.screen(entry, scope), refused=True)
        shown = (other.id in dict(self.cards.similar(entry.id, entry.answers)) if action.distinct
                 else other.id in entry.distinct)
        if not shown:
            return Reply((DISTINCT_CHANGED.format(other=other.id),),
                         self.cards.screen(entry, scope), refused=True)
        self.store.set_distinct(entry.id, other.id, user_id, bool(action.distinct))
        said = DISTINCT_SET if action.distinct else DISTINCT_UNSET
        return Reply((said.format(id=entry.id, other=other.id),),
                     self.cards.screen(self.store.entry(entry.id), scope))

    def _chained(self, entry: Entry) -> str | None:
        """Why an entry awaiting review, unmarked, may not be marked still: marked onto, a mark
        of it would chain."""
        if marked := self.store.duplicates_of(entry.id):
            return MARK_CHAINED.format(ids=ids_text(marked), id=entry.id)
        return None


def _judged_apart(entry: Entry, of: int) -> str | None:
    """Why an entry judged a different scenario from `of` cannot be marked its duplicate."""
    return MARK_JUDGED_APART.format(id=entry.id, of=of) if of in entry.distinct else None


def _marked_pair(entry: Entry, other: Entry) -> str | None:
    """Why two entries joined by a duplicate mark cannot be judged different scenarios."""
    for one, of in ((entry, other), (other, entry)):
        if one.duplicate_of == of.id:
            return DISTINCT_MARKED.format(id=one.id, of=of.id)
    return None


def _returned_since(other: Entry) -> str | None:
    """A card offers a mark onto a submitted or approved entry only: one returned since is
    said to be, as the general rule would leave the coordinator to guess why."""
    if other.info.status != Status.RETURNED:
        return None
    return ONTO_RETURNED.format(of=other.id, status=STATUS_LABELS[other.info.status])


def _unmarkable_onto(other: Entry) -> str | None:
    if other.info.status not in (Status.SUBMITTED, Status.APPROVED) or other.duplicate_of:
        return NOT_MARKABLE
    return None


def _cancels(awaited: Awaited, text: str) -> bool:
    return pressed(ask_original_screen(awaited.draft_id), text) is not None
