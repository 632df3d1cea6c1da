"""A coordinator returning an entry, from 退回修改 to 发送退回: the comment, the flagged columns,
and whatever is typed meanwhile.

While a return is under way, the coordinator's typed words belong to it: a button's label
does what the button does (取消 cancels, it is never sent as the comment), column numbers tick
columns (`5、10`, `5-10`, `五、十`; a number that is no column is refused, never the comment),
one column's number or title toggles it as its button does, said either way, a count or a
share (`3个`, `5%`) is words, other words are the comment but a yes or a button's word alone
(确认, 发送), and a second comment replaces the first, as the screen says, unless it begins
补充, 另外 or 还有: then it is added to it. A photo or voice note is asked for in words, the
return kept open. Once another coordinator has decided on the entry, the next thing typed ends
the return, as 发送退回 would be refused.
Turning to any other command or button ends the return unsent, so later words go where the
coordinator turned. Once sent to an engineer in Telegram, the coordinator's next words may add to
it (bot/return_additions.py).
"""

from dataclasses import replace

from bot import return_words as words
from bot.entry_handled import handled, tell_engineer
from bot.other_entries import typed_goes_to
from bot.replies import Notice, Reply
from bot.return_marks import lifted_marks, tell_coordinators
from bot.return_words import unsent
from bot.review_cards import Cards
from flows import actions
from flows.cards import short_title
from flows.draft import SUMMARY, Status
from flows.item_numbers import typed_columns
from flows.navigation import Questionnaire
from flows.review import (
    ENGINEER_UNMARKED_BY_RETURN,
    RETURNED,
    RETURNED_TO_TERMINAL,
    RETURNED_UNNOTIFIED,
    ask_comment_screen,
    flags_screen,
    marked_meanwhile,
    return_notice,
    return_way_on,
)
from flows.review_history import step_titles
from flows.review_queue import way_on_screen
from flows.screens import Screen
from storage.pending import AfterReturn, Pending
from storage.people import TERMINAL_USER, Coordinator, People
from storage.reviews import Entry, ReviewStore

CANCELLED = "已取消退回。"
CANCELLED_UNSENT = "已取消退回，以下意见没有发出：{comment}"
ENDED = "对场景 #{id} 的退回已经结束，无需取消。"
UNDER_WAY = "对场景 #{id} 的退回仍在进行："
TICKED = "已勾选：{columns}"
UNTICKED = "已取消勾选：{columns}"
NO_SUCH_COLUMN = "共 {steps} 项，没有第 {numbers} 项，请发送 1–{steps} 之间的序号。退回意见未改动。"
DROPPED = "已取消对场景 #{id} 的退回（尚未输入退回意见）。"
DROPPED_UNSENT = "已取消对场景 #{id} 的退回，以下意见没有发出：{comment}"
EXPIRED = "该操作已过期，请重新点击“退回修改”。"


class Returns:
    def __init__(self, survey: Questionnaire, store: ReviewStore, people: People, cards: Cards):
        self.survey = survey
        self.store = store
        self.people = people
        self.cards = cards

    def start(self, user_id: int, entry: Entry) -> Reply:
        self.store.set_pending(user_id, Pending(entry.id, None, (), entry.revision,
                                                entry.duplicate_of))
        return Reply(screen=ask_comment_screen(entry.id))

    def typed(self, user_id: int, scope: Coordinator, text: str, edited: bool
              ) -> Reply | actions.ReviewAction | None:
        """Words typed (or a message edited) during a return: the action of the button they
        name, for the caller to take as if pressed, the columns numbers name, or the comment;
        None when no return is under way. An edit is never a button: it corrects what was
        written, the comment or a list of columns. A yes or a button's word alone is never the
        comment: it would reach the engineer in place of the words it meant to confirm."""
        pending = self.store.pending(user_id)
        if pending is None:
            return None
        screen = self._screen(pending)
        unsent = words.unsent_words(screen, text, edited)
        if ended := self._ended_elsewhere(user_id, scope, pending, unsent):
            return ended
        counted = words.quantity(text)  # 5%, 3个: words about the entry, never a column's number
        columns = None if counted else typed_columns(text)
        if not edited and not counted:
            # One number is its button's label; a list (`1、1` reads as 11) never is.
            action = (columns is None or columns.single) and words.return_pressed(screen, text)
            if isinstance(action, actions.Flag):  # said, as the screen pressed is further up
                return self._toggled(user_id, pending, action.step)
            if action:
                return action
            flags = flags_screen(self.survey, pending.draft_id, "", ())
            if pending.comment is None and words.return_pressed(flags, text):
                return Reply((words.COMMENT_FIRST,), screen)  # 发送退回 before a comment
        if columns:  # never the comment, though an edit corrects a list of them
            return self._tick(user_id, pending, columns.numbers)
        typed = text.strip()
        if not typed:
            return Reply((words.COMMENT_EMPTY,))
        if words.not_a_comment(typed):
            return Reply(words.not_a_comment_said(typed, pending.comment), screen)
        comment, said = words.comment_after(pending.comment, typed, edited)
        if too_long := words.too_long(comment):  # the comment before it is still the one sent
            kept = (words.COMMENT_KEPT.format(comment=pending.comment),) if pending.comment else ()
            return Reply((too_long, *kept), screen if pending.comment else None)
        self.store.set_pending(user_id, replace(pending, comment=comment))
        return Reply(said, flags_screen(self.survey, pending.draft_id, comment, pending.steps))

    def not_text(self, user_id: int, scope: Coordinator) -> Reply | None:
        """A photo, voice note or file during a return: words asked for, and the return's
        screen again, as nothing but text reaches the engineer; None when none is under way."""
        return self._still_open(user_id, scope, (words.NOT_TEXT, words.NOT_TEXT_FLAGS))

    def after_help(self, user_id: int, scope: Coordinator) -> Reply | None:
        """The return's screen again after /help, which pushed it out of sight and ends no
        return; None when none is under way."""
        return self._still_open(user_id, scope, (words.AFTER_HELP, words.AFTER_HELP_FLAGS))

    def _still_open(self, user_id: int, scope: Coordinator, said: tuple[str, str]) -> Reply | None:
        """The return under way with its screen, told `said` before its comment, then after."""
        pending = self.store.pending(user_id)
        if pending is None:
            return None
        if ended := self._ended_elsewhere(user_id, scope, pending):
            return ended
        return Reply((said[pending.comment is not None],), self._screen(pending))

    def _tick(self, user_id: int, pending: Pending, columns: tuple[int, ...]) -> Reply:
        """Columns named by number (`5、10`, `第5项和第10项`, `5-10`): ticked, whatever they
        were; a single number is its button's label, which ticks or unticks as a press does.
        Before the comment, or with a number that is no column, nothing is ticked, and the
        comment stands."""
        screen = self._screen(pending)
        if pending.comment is None:
            return Reply((words.COMMENT_FIRST,), screen)
        if beyond := [n for n in columns if not 1 <= n <= self.survey.steps]:
            numbers = "、".join(map(str, beyond))
            return Reply((NO_SUCH_COLUMN.format(steps=self.survey.steps, numbers=numbers),),
                         screen)
        updated = replace(pending, steps=tuple(sorted({*pending.steps, *columns})))
        self.store.set_pending(user_id, updated)
        ticked = TICKED.format(columns=step_titles(self.survey, sorted(columns)))
        return Reply((ticked,), self._screen(updated))

    def flag(self, user_id: int, scope: Coordinator, entry: Entry, step: int) -> Reply:
        pending = self._commented(user_id, entry)
        if pending is None:
            return self._expired(user_id, scope, entry)
        return Reply(screen=self._screen(self._toggle(user_id, pending, step)))

    def _toggled(self, user_id: int, pending: Pending, step: int) -> Reply:
        """A column's number or title typed: ticked or unticked as its button would be, and
        said, as the keyboard that shows it is sent again below."""
        updated = self._toggle(user_id, pending, step)
        said = TICKED if step in updated.steps else UNTICKED
        return Reply((said.format(columns=step_titles(self.survey, [step])),),
                     self._screen(updated))

    def _toggle(self, user_id: int, pending: Pending, step: int) -> Pending:
        steps = set(pending.steps)
        if 1 <= step <= self.survey.steps:
            steps ^= {step}
        updated = replace(pending, steps=tuple(sorted(steps)))
        self.store.set_pending(user_id, updated)
        return updated

    def send(self, user_id: int, scope: Coordinator, entry: Entry) -> Reply:
        """The return sent to the engineer; or, when the entry moved on while the comment was
        written, why not, with the comment, so the words are not lost."""
        pending = self._commented(user_id, entry)
        if pending is None:
            return self._expired(user_id, scope, entry)
        self.store.clear_pending(user_id)
        if moved := self._moved_on(user_id, scope, entry, pending):
            return moved
        lifted = [self.store.entry(i) for i in self.store.duplicates_of(entry.id)]
        original = self.store.entry(entry.duplicate_of) if entry.duplicate_of else None
        won = self.store.transition(entry.id, [Status.SUBMITTED], Status.RETURNED, user_id,
                                    pending.comment, pending.steps, cursor=SUMMARY)
        if not won:
            return self._handled_elsewhere(user_id, scope, entry.id, unsent(pending.comment))
        words = self.survey.words()
        mark_notices = (
            *(tell_engineer(e, ENGINEER_UNMARKED_BY_RETURN, of=entry.id) for e in lifted),
            *tell_coordinators(self.people, user_id, scope, entry, lifted, original, words))
        title = short_title(entry.id, entry.answers)
        text = "\n".join((self._returned(entry).format(title=title),
                          *lifted_marks(scope, lifted, original, words.level)))
        way_on = way_on_screen(entry.place)
        if entry.info.owner_id == TERMINAL_USER:
            return Reply((text,), way_on, notices=mark_notices)
        sent = self.store.last_return(entry.id)  # the coordinator's next words may add to it
        self.store.set_after_return(user_id, AfterReturn(entry.id, sent.event_id))
        notice = Notice(entry.info.owner_id, Reply(screen=typed_goes_to(
            self.store.drafts, entry.info.owner_id, entry.id, return_notice(
                self.survey, entry.id, entry.answers, pending.comment, pending.steps,
                self.store.last_return(entry.id).by))))
        return Reply((text,), way_on, notices=(notice, *mark_notices))

    def _expired(self, user_id: int, scope: Coordinator, entry: Entry) -> Reply:
        """A return's button from a screen whose return has ended (sent, cancelled, or ended by
        a decision elsewhere, its comment shown then): where the entry stands and what its card
        offers instead, as 退回修改 is there only while the entry awaits review."""
        if entry.info.status == Status.SUBMITTED:
            return Reply((EXPIRED,), refused=True)
        return self._handled_elsewhere(user_id, scope, entry.id, ())

    def _ended_elsewhere(self, user_id: int, scope: Coordinator, pending: Pending,
                         typed: str | None = None) -> Reply | None:
        """The return ended at once when its entry moved on while it was under way, as
        发送退回 would be refused: words typed for it (columns ticked, a new comment) would
        otherwise seem to count until then. The words just `typed`, which end it untaken, are
        shown unsent with the comment."""
        entry = self.store.entry(pending.draft_id)
        said = "\n".join(dict.fromkeys(w for w in (pending.comment, typed) if w))
        unsent = replace(pending, comment=said or None)
        moved = entry and self._moved_on(user_id, scope, entry, unsent)
        if moved:
            self.store.clear_pending(user_id)
        return moved

    def _moved_on(self, user_id: int, scope: Coordinator, entry: Entry, pending: Pending
                  ) -> Reply | None:
        """Why the return can no longer be sent: the entry decided by someone else, returned
        and resubmitted, or marked a duplicate (or unmarked) since the return was started,
        which sending would undo; with the comment, if one was written, so the words are not
        lost."""
        if entry.info.status != Status.SUBMITTED:
            return self._handled_elsewhere(user_id, scope, entry.id, unsent(pending.comment))
        if entry.duplicate_of != pending.marked:
            return Reply((marked_meanwhile(entry.duplicate_of), *unsent(pending.comment)),
                         self.cards.screen(entry, scope), refused=True)
        if pending.revision != entry.revision:
            return Reply((self.cards.outdated(entry, pending.revision), *unsent(pending.comment)),
                         self.cards.screen(entry, scope), refused=True)
        return None

    def _handled_elsewhere(self, user_id: int, scope: Coordinator, draft_id: int,
                           unsent: tuple[str, ...]) -> Reply:
        """Decided by someone else while the comment was written: said with the entry's fresh
        card, as for any other button the decision beat, so the coordinator sees where it
        stands, and with the step that card offers (🔓 重新打开 first), as the return's own
        buttons are gone; a draft never handed in (a forged button) has no card to show."""
        fresh = self.store.entry(draft_id)
        card = self.cards.screen(fresh, scope) if fresh.info.status != Status.DRAFT else None
        return Reply((handled(self.store, draft_id, user_id), *unsent,
                      *return_way_on(fresh.info.status)), card, refused=True)

    def _returned(self, entry: Entry) -> str:
        """How the return reaches whoever fixes the entry: an engineer in Telegram is told; a
        spreadsheet row is fixed in the file and imported again; an entry typed in the terminal
        is fixed there, where `chat` shows the return."""
        if entry.info.owner_id != TERMINAL_USER:
            return RETURNED
        typed = any(d.id == entry.id for d in self.store.drafts.owned_by(TERMINAL_USER))
        return RETURNED_TO_TERMINAL if typed else RETURNED_UNNOTIFIED

    def cancel(self, user_id: int, entry: Entry, scope: Coordinator) -> Reply:
        """取消 ends the return of its own entry only: an old screen's 取消 leaves the return
        of another entry under way. A comment cancelled is shown, as when a return is dropped."""
        pending = self.store.pending(user_id)
        if pending is None or pending.draft_id != entry.id:
            ended = (ENDED.format(id=entry.id),)
            if pending is None:
                return Reply(ended, refused=True)
            return Reply((*ended, UNDER_WAY.format(id=pending.draft_id)), self._screen(pending),
                         refused=True)
        self.store.clear_pending(user_id)
        text = CANCELLED if pending.comment is None else (
            CANCELLED_UNSENT.format(comment=pending.comment))
        return Reply((text,), self.cards.screen(entry, scope))

    def drop(self, user_id: int) -> Reply | None:
        """The return under way, ended because the coordinator turned to something else; an
        unsent comment is shown, so it can be copied into the next return."""
        pending = self.store.pending(user_id)
        if pending is None:
            return None
        self.store.clear_pending(user_id)
        if pending.comment is None:
            return Reply((DROPPED.format(id=pending.draft_id),))
        return Reply((DROPPED_UNSENT.format(id=pending.draft_id, comment=pending.comment),))

    def _screen(self, pending: Pending) -> Screen:
        """The return's screen as it stands: asking for the comment, or the columns to flag."""
        if pending.comment is None:
            return ask_comment_screen(pending.draft_id)
        return flags_screen(self.survey, pending.draft_id, pending.comment, pending.steps)

    def _commented(self, user_id: int, entry: Entry) -> Pending | None:
        """The coordinator's return of this entry, once its comment is typed."""
        pending = self.store.pending(user_id)
        if pending is None or pending.draft_id != entry.id or pending.comment is None:
            return None
        return pending
