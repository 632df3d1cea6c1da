"""The coordinators' side: review queue, approve or return, duplicates, history, statistics.

Every call checks the coordinator's scope against the entry it touches, whatever button or
command it came from, and every status change is a compare-and-set: of two coordinators
acting at once, one wins and the other is told.
"""

from collections.abc import Iterable

from bot.duplicates import Duplicates
from bot.entry_handled import handled, tell_engineer
from bot.refusals import NO_LONGER_COORDINATOR, not_a_coordinator, own_stake, refused
from bot.replies import Notice, Reply
from bot.return_additions import Additions
from bot.return_moved import beyond_scope, moved_away, moved_out
from bot.returns import Returns
from bot.review_cards import Cards, Similar
from bot.standing import Asked, standing_report
from flows import actions
from flows.cards import short_title
from flows.draft import Status
from flows.engineer_messages import for_coordinator, queue_section
from flows.navigation import Questionnaire
from flows.return_additions import DropAddition, SendAddition
from flows.review import (
    APPROVED,
    ASK_CANCELLED,
    ENGINEER_APPROVED,
    ENGINEER_REOPENED,
    MARK_CANCELLED,
    MARKED_NOT_APPROVED,
    OUT_OF_SCOPE,
    REOPENED,
    UNREVIEWED,
    UNREVIEWED_OWN,
    outdated_card,
)
from flows.review_history import history_text, untouched
from flows.review_queue import (
    NOTHING_TO_REVIEW,
    START,
    Queued,
    next_in_queue,
    queue_screen,
    way_on_screen,
)
from flows.screens import Screen
from storage.people import TERMINAL_USER, Coordinator, People
from storage.reviews import Entry, ReviewStore

NOT_FOUND = "未找到该场景。"
NEW_SUBMISSION = "📥 新提交的场景，请审核："
RESUBMISSION = "📥 退回修改后重新提交的场景，请审核："
# What decides on an entry: never taken by the coordinator who filled the entry in.
DECISIONS = (actions.Approve, actions.Return, actions.Flag, actions.SendReturn, actions.Reopen,
             actions.MarkDuplicate, actions.AskDuplicate, actions.MarkNamedDuplicate,
             actions.UnmarkDuplicate, actions.SetDistinct)


class Reviews:
    def __init__(self, survey: Questionnaire, store: ReviewStore, people: People):
        self.survey = survey
        self.store = store
        self.people = people
        self.cards = Cards(survey, store, people)
        self.returns = Returns(survey, store, people, self.cards)
        self.duplicates = Duplicates(store, self.cards)
        self.additions = Additions(store, people)

    # --- entry points -----------------------------------------------------------------------

    def queue(self, user_id: int, page: actions.ReviewPage = START) -> Reply:
        scope = self.people.coordinator(user_id)
        if scope is None:
            return not_a_coordinator(user_id, "/review")
        submitted = self.store.entries([Status.SUBMITTED], scope)
        marked = sum(1 for e in submitted if e.duplicate_of)
        waiting = _waiting(submitted, user_id)
        own = len(submitted) - marked - len(waiting)
        written = for_coordinator(self.cards.addressees.unanswered(), user_id)
        section = queue_section(written, self.store.drafts.clock(), scope.covers)
        return Reply(screen=queue_screen(waiting, page, marked=marked, own=own, written=section))

    def act(self, user_id: int, action: actions.ReviewAction) -> Reply:
        """A coordinator's button: checked against the scope before anything changes."""
        scope = self.people.coordinator(user_id)
        if scope is None:
            return not_a_coordinator(user_id, action)
        if isinstance(action, actions.ReviewPage):
            return self.queue(user_id, action)
        if isinstance(action, actions.ReviewNext):
            return self._next(user_id, scope, (action.submitted, action.draft_id))
        entry = self.store.entry(action.draft_id)
        if entry is None:
            return Reply((NOT_FOUND,), refused=True)
        if not scope.covers(entry.city):
            return beyond_scope(self.store, scope, entry)
        refusal = isinstance(action, DECISIONS) and own_stake(self.store, user_id, entry, action)
        if refusal:
            return refused(f"coordinator {user_id} on #{entry.id} touches own entries", refusal)
        match action:
            case actions.Approve() | actions.Return() if entry.info.status != Status.SUBMITTED:
                return self._already(entry.id, user_id, scope)
            case actions.Reopen() if entry.info.status != Status.APPROVED:
                return self._already(entry.id, user_id, scope)
            case _ if (shown := outdated_card(action, entry.info.status,
                                              entry.revision)) is not None:
                return Reply((self.cards.outdated(entry, shown),), self.entry_screen(entry, scope),
                             refused=True)
            case actions.Approve() if entry.duplicate_of:
                return Reply((MARKED_NOT_APPROVED.format(id=entry.id, of=entry.duplicate_of),),
                             self.entry_screen(entry, scope), refused=True)
            case actions.Review():
                return Reply(screen=self.entry_screen(entry, scope))
            case actions.Approve():
                return self._approve(user_id, scope, entry)
            case actions.Return():
                return self.returns.start(user_id, entry)
            case actions.Flag(step=step):
                return self.returns.flag(user_id, scope, entry, step)
            case actions.SendReturn():
                return self.returns.send(user_id, scope, entry)
            case actions.CancelReturn():
                return self.returns.cancel(user_id, entry, scope)
            case SendAddition() | DropAddition():
                return self.additions.act(user_id, entry, action)
            case actions.Reopen():
                return self._reopen(user_id, scope, entry)
            case actions.MarkDuplicate(of=of):
                return self.duplicates.mark(user_id, scope, entry, of)
            case actions.AskDuplicate():
                return self.duplicates.ask(user_id, scope, entry)
            case actions.MarkNamedDuplicate():
                return self.duplicates.mark_named(user_id, scope, entry, action)
            case actions.CancelAsk():  # pressed, the ask is this entry's still: it ends here
                if (asked := self.store.awaited_duplicate(user_id)) and asked.draft_id == entry.id:
                    self.store.clear_pending(user_id)
                return Reply((ASK_CANCELLED,), self.entry_screen(entry, scope))
            case actions.UnmarkDuplicate(of=shown):
                return self.duplicates.unmark(user_id, scope, entry, shown)
            case actions.SetDistinct():
                return self.duplicates.set_distinct(user_id, scope, entry, action)
            case actions.History():
                return Reply((history_text(self.survey, entry.id, self.store.history(entry.id)),))
        return Reply((NOT_FOUND,), refused=True)

    def comment(self, user_id: int, text: str, edited: bool = False) -> Reply | None:
        """Words typed, or a message edited, while returning an entry or marking one by number:
        a button's label does what the button does, other words are the comment (the number);
        right after a return is sent, words to add to it. None when none is under way."""
        if not self.store.under_way(user_id):
            return None
        said = (self.returns.typed(user_id, self.people.coordinator(user_id), text, edited)
                or self.duplicates.typed(user_id, text, edited)
                or self.additions.typed(user_id, text, edited))
        return self.act(user_id, said) if isinstance(said, actions.ReviewAction) else said

    def takes(self, user_id: int, text: str) -> bool:
        """Whether typed words continue what is under way: any words a return (its comment),
        only a number or 取消 the ask for a number, all but a menu word or a decision a return
        just sent; other words end the ask and are read as if it had not been open (an answer
        to the coordinator's own draft, say)."""
        return self.duplicates.takes(user_id, text) and self.additions.takes(user_id, text)

    def not_text(self, user_id: int) -> Reply | None:
        """A photo or voice note during a return or an ask for a number: asked for in words,
        what is under way kept open."""
        return (self.returns.not_text(user_id, self.people.coordinator(user_id))
                or self.duplicates.not_text(user_id))

    def after_help(self, user_id: int) -> Reply | None:
        """The return under way again after /help; None when none is."""
        return self.returns.after_help(user_id, self.people.coordinator(user_id))

    def drop_awaited_comment(self, user_id: int) -> Reply | None:
        """A return (or a mark by number, or words added to a return sent) under way ends when
        the coordinator turns to anything else: the next words typed belong to what they turned
        to, not to it."""
        return (self.returns.drop(user_id) or self.duplicates.drop(user_id)
                or self.additions.drop(user_id))

    def revoked(self, user_id: int) -> Reply | None:
        """A return (or an ask for a number) under way, ended before anything else is done once
        its coordinator may no longer take it on: removed, or the entry moved out of their
        scope. Otherwise its next words would be its comment, or a removed coordinator's
        answers to their own draft would be swallowed by it. The unsent comment is shown."""
        under_way = self.store.pending(user_id) or self.store.awaited_duplicate(user_id)
        scope = self.people.coordinator(user_id)
        entry = under_way and self.store.entry(under_way.draft_id)
        if entry is None or (scope is not None and scope.covers(entry.city)):
            return None
        why = NO_LONGER_COORDINATOR if scope is None else (
            moved_out(self.store, scope, entry) or OUT_OF_SCOPE)
        dropped = self.returns.drop(user_id) or self.duplicates.drop(user_id, MARK_CANCELLED)
        return refused(f"user {user_id} may no longer continue on #{entry.id}", why,
                       *dropped.messages)

    def history(self, user_id: int, draft_id: int) -> Reply:
        return self.act(user_id, actions.History(draft_id))

    def stats(self, user_id: int, asked: Asked | None = None) -> Reply:
        """/stats, or /stats 苏州市 (`asked`: the place typed after it, read)."""
        scope = self.people.coordinator(user_id)
        if scope is None:
            return not_a_coordinator(user_id, "/stats")
        return standing_report(self.store, self.survey, scope, asked)

    # --- called from the engineer's side ----------------------------------------------------

    def similar(self, draft_id: int, answers) -> Similar:
        """Submitted or approved entries alike enough to count as the same scenario."""
        return self.cards.similar(draft_id, answers)

    def submitted(self, draft_id: int, similar: Similar | None = None) -> tuple[Notice, ...]:
        """Tell every coordinator in scope about a (re)submitted entry, with its review card,
        but the one who filled it in: they may not review it. `similar`, when already found at
        submission, is not looked for again."""
        entry = self.store.entry(draft_id)
        heading = RESUBMISSION if self.store.last_return(draft_id) else NEW_SUBMISSION
        coordinators = self.people.reviewing(entry.city, entry.info.owner_id)
        if not coordinators:
            return (*self._unreviewed(entry), *moved_away(self.store, self.people, entry))
        if similar is None:
            similar = self.similar(draft_id, entry.answers)
        screens = self.cards.screens(entry, coordinators, similar)
        return (*(Notice(c.user_id, Reply((heading,), screen))
                  for c, screen in zip(coordinators, screens, strict=True)),
                *moved_away(self.store, self.people, entry))

    def _unreviewed(self, entry: Entry) -> tuple[Notice, ...]:
        """No card went out: tell the submitter, rather than let them wait for a review nobody
        was asked for (a coordinator's own entry with no other coordinator, or a city no
        coordinator covers). Where no coordinator is set at all, review is not done in the
        chat (the operator exports with the CLI), and nobody is waiting for it."""
        owner = entry.info.owner_id
        if owner == TERMINAL_USER or not self.people.coordinators():
            return ()
        city = entry.city or "该城市"
        own = self.people.coordinator(owner) is not None
        text = (UNREVIEWED_OWN if own else UNREVIEWED).format(city=city, id=entry.id)
        return (Notice(owner, Reply((text,))),)

    def marks_of(self, owner_id: int) -> dict[int, int]:
        """The engineer's entries marked as duplicates, and of which: no decision will come."""
        return self.store.marks_of(owner_id)

    def flags(self, draft_id: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The columns flagged at the last return, and those the engineer has not changed since."""
        returned = self.store.last_return(draft_id)
        if not returned or not returned.steps:
            return (), ()
        changes = self.store.changes_since(draft_id, returned.event_id)
        return tuple(returned.steps), tuple(untouched(self.survey, changes, returned.steps))

    # --- helpers -----------------------------------------------------------------------------

    def entry_screen(self, entry: Entry, scope: Coordinator) -> Screen:
        return self.cards.screen(entry, scope)

    def _approve(self, user_id: int, scope: Coordinator, entry: Entry) -> Reply:
        if not self.store.transition(entry.id, [Status.SUBMITTED], Status.APPROVED, user_id):
            return self._already(entry.id, user_id, scope)
        title = short_title(entry.id, entry.answers)
        notice = tell_engineer(entry, ENGINEER_APPROVED)
        return Reply((APPROVED.format(title=title),), way_on_screen(entry.place),
                     notices=(notice,))

    def _reopen(self, user_id: int, scope: Coordinator, entry: Entry) -> Reply:
        """The entry awaits review again: its card follows, to decide on it anew."""
        if not self.store.transition(entry.id, [Status.APPROVED], Status.SUBMITTED, user_id):
            return self._already(entry.id, user_id, scope)
        title = short_title(entry.id, entry.answers)
        notice = tell_engineer(entry, ENGINEER_REOPENED)
        return Reply((REOPENED.format(title=title),),
                     self.entry_screen(self.store.entry(entry.id), scope), notices=(notice,))

    def _next(self, user_id: int, scope: Coordinator, after: tuple[int, int]) -> Reply:
        """The card of the next entry this coordinator may decide on (not their own)."""
        found = next_in_queue(_waiting(self.store.entries([Status.SUBMITTED], scope), user_id),
                              after)
        if found is None:
            return Reply((NOTHING_TO_REVIEW,))
        return Reply(screen=self.entry_screen(self.store.entry(found.draft_id), scope))

    def _already(self, draft_id: int, user_id: int, scope: Coordinator) -> Reply:
        """Decided elsewhere since the card: said with the fresh card, as a mark from it is."""
        fresh = self.store.entry(draft_id)
        return Reply((handled(self.store, draft_id, user_id),), self.entry_screen(fresh, scope),
                     refused=True)


def _waiting(submitted: Iterable[Entry], user_id: int) -> list[Queued]:
    """The coordinator's review queue, in order: submitted entries not decided through a
    duplicate mark, nor filled in by the coordinator (others review those)."""
    return sorted((Queued(e.id, e.answers, e.place) for e in submitted
                   if not e.duplicate_of and e.info.owner_id != user_id),
                  key=lambda q: q.place)

