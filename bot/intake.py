"""The engineer's side of the product, shared by the Telegram bot and the terminal mode.

Each call loads the draft from SQLite, asks `flows` what the action means, commits the result
and returns what to show. Nothing is kept in memory between calls.
"""

import logging
from dataclasses import replace

from bot.after_submission import drawn_over, fixed_not_resubmitted, go_on_with, way_back
from bot.callbacks import Press
from bot.discarding import discard, resumed_text
from bot.innovation_typed import innovation_typed
from bot.other_entries import SUBMISSIONS, locked_beside_return, saved_beside_return, submits_typed
from bot.replies import Reply
from bot.return_notes import after_step, comment, fixes_beside, return_notes
from bot.reuse import reuse_of, typed_for, with_offer
from bot.review import Reviews
from bot.review_cards import Similar
from bot.typed_elsewhere import Elsewhere, typed_elsewhere
from bot.which_draft import headed, in_progress, others_waiting, pressed_elsewhere, resumed
from flows import actions, engine
from flows import step_messages as say
from flows.cards import row_card, short_title
from flows.draft import EDITABLE, SUMMARY, Draft, Status
from flows.help_of_step import step_help
from flows.menus import (
    COORDINATOR_HOME,
    HELP,
    NO_CURRENT,
    READY,
    WELCOME,
    drafts_screen,
    prepare,
    status_label,
)
from flows.navigation import Questionnaire
from flows.outcome import left_for_card
from flows.screens import screen_for
from storage.drafts import DraftStore

log = logging.getLogger(__name__)

NOT_YOURS = "无权操作该草稿。"
DRAFT_GONE = "该草稿已删除或不存在。"
CREATED = "已新建场景 #{id}。"
STILL_BLANK = "场景草稿 #{id} 刚新建、还没有填写，请在其中填写，不另建草稿。"


class Intake:
    def __init__(self, survey: Questionnaire, store: DraftStore, reviews: Reviews):
        self.survey = survey
        self.store = store
        self.reviews = reviews

    def start(self, user_id: int, update_id: int | None = None, reviewer: bool = False) -> Reply:
        """Resume the draft in progress, or begin the first one, with what to have ready
        (READY): someone back to a draft has seen it, and has /help. After a submission, the
        engineer (often back to see how it went) gets the list, with its 新建 button, rather
        than an empty draft; a coordinator, who mostly reviews, gets their commands."""
        draft = self.store.current(user_id)
        if draft is None or draft.status not in EDITABLE:
            if reviewer:
                return Reply(screen=COORDINATOR_HOME)
            if draft is not None:
                return replace(self.drafts(user_id), messages=(WELCOME,))
            return self.new(user_id, greeting=f"{WELCOME}\n\n{READY}", update_id=update_id)
        return self.show(draft, WELCOME, resumed_text(draft), *return_notes(self.reviews, draft))

    def new(
        self, user_id: int, greeting: str | None = None, update_id: int | None = None
    ) -> Reply:
        """A fresh draft; `update_id` marks the Telegram update as applied with it.

        The user's row must exist (`DraftStore.seen`): the bot records it on every update.
        A current draft still untouched is that fresh draft: ➕ pressed twice, or /new sent
        again, makes no second one to clutter the list.
        """
        current = self.store.current(user_id)
        if current and current.status == Status.DRAFT and self.survey.untouched(current.answers):
            return self.show(current, *filter(None, (greeting, STILL_BLANK.format(id=current.id))))
        draft = self.store.create(user_id, self.survey.first().key, update_id=update_id)
        texts = [t for t in (greeting, CREATED.format(id=draft.id)) if t]
        return self.show(draft, *texts)

    def help(self, user_id: int, full: bool = True) -> Reply:
        """/help's texts, then the question in progress again, pushed out of sight by them:
        on a question, unless asked in `full`, only its 填写说明 items (`step_help`)."""
        texts, draft = (HELP, prepare(self.survey.words())), self.store.current(user_id)
        if not (draft and draft.status in EDITABLE):
            return Reply(texts)
        if not full and draft.cursor in self.survey.position:  # a question, not the summary
            texts = (step_help(texts[1], self.survey.field(draft.cursor)),)
        return self.show(draft, *texts)

    def drafts(self, user_id: int, at: int = 0) -> Reply:
        infos = self.store.owned_by(user_id)
        answers = self.store.answers_of(info.id for info in infos)
        listed = [(info.id, info.status, answers[info.id]) for info in infos]
        return Reply(screen=drafts_screen(self.survey, listed, self.reviews.marks_of(user_id), at))

    def open(self, user_id: int, draft_id: int) -> Reply:
        """Make one of the engineer's drafts the current one and show where it stopped. One
        handed in is only shown: looking at it leaves the draft in progress current, so the
        next answer (or a button of its question) still goes there."""
        draft = self.owned(user_id, draft_id)
        if draft is None:
            return self.refusal(draft_id)
        if draft.status not in EDITABLE:
            status = status_label(draft.status, self.reviews.marks_of(user_id).get(draft.id))
            title = f"场景 {short_title(draft.id, draft.answers)} · {status}"
            card = row_card(draft.answers, title)
            return Reply((card, *in_progress(self.store, user_id)), say.locked_hint(draft.id))
        self.store.set_current(user_id, draft_id)
        return self.show(draft, resumed_text(draft), *return_notes(self.reviews, draft))

    def menu(self, user_id: int, action: actions.MenuAction, update_id: int | None = None) -> Reply:
        """A button of a menu or notice: a list of drafts, one of them, a new one."""
        match action:
            case actions.Open(draft_id=draft_id):
                return self.open(user_id, draft_id)
            case actions.Fix(draft_id=draft_id):
                return self.fix(user_id, draft_id, update_id)
            case actions.New():
                return self.new(user_id, update_id=update_id)
            case actions.ListDrafts(at=at):
                return self.drafts(user_id, at)
            case actions.Discard(draft_id=draft_id):
                return discard(self, user_id, draft_id)
            case actions.ConfirmDiscard(draft_id=draft_id, revision=revision):
                return discard(self, user_id, draft_id, confirmed=revision)
        return Reply((say.STALE,))

    def act(
        self,
        user_id: int,
        action: actions.Action,
        press: Press | None = None,
        update_id: int | None = None,
    ) -> Reply:
        """Apply an answer or a button press to the engineer's current draft.

        A press carries the draft, question and revision its screen was drawn for: one of an
        earlier question, or of another draft (but 提交 on its up-to-date card, `_submits`), is
        stale and only shows the current question; 提交 on a summary card no longer showing the
        draft as it is (changed, or returned, since) is refused with the current summary.
        """
        current = self.store.current(user_id)
        draft_id = press.draft_id if press else None
        if draft_id is not None and draft_id != (current.id if current else None):
            if (card := self.owned(user_id, draft_id)) is None:
                return self.refusal(draft_id, current)
            if not self._submits(card, action, press):
                return self._stale(current, card)
            self.store.set_current(user_id, card.id)  # what they are dealing with now
            return self._apply(user_id, card, action, update_id, current)
        if current is None:
            return Reply((NO_CURRENT,))
        if beside := locked_beside_return(self.store, user_id, current, action):
            return beside
        if isinstance(action := typed_elsewhere(self.store, user_id, current, action), Elsewhere):
            return action.shown(self.show(current, action.message))  # 场景1部署总数改成20台
        if press and press.at is not None and current.status in EDITABLE:
            if press.at == SUMMARY and (left := left_for_card(self.survey, current, action)):
                current = left  # the card of the summary a question was opened from
            drawn_for_answers = isinstance(action, (actions.TakeSuggestion, *SUBMISSIONS))
            revision = self.store.revision(current.id) if drawn_for_answers else None
            if press.at != current.cursor or (  # 采用“…” names the answer it was drawn for
                    isinstance(action, actions.TakeSuggestion) and press.revision != revision):
                return self._stale(current)
            if isinstance(action, SUBMISSIONS) and press.revision != revision:
                return self.show(current, say.STALE, say.OUTDATED_SUMMARY,
                                  *return_notes(self.reviews, current))
        if reuse := reuse_of(self.store, current, action):  # 沿用 pressed, or its words typed
            if isinstance(reuse, str):  # they take nothing here
                return replace(self.show(current, reuse), refused=True)
            if self.owned(user_id, reuse.draft_id) is None:
                return self.refusal(reuse.draft_id, current)
            if (action := typed_for(self.store, current, reuse)) is None:
                return self._stale(current)
        return self._apply(user_id, current, action, update_id,
                           drawn_over(self.store, user_id, action))

    def _submits(self, draft: Draft, action: actions.Action, press: Press) -> bool:
        """提交 on a summary card still showing `draft` as it is, though another is current."""
        return (isinstance(action, SUBMISSIONS) and draft.status in EDITABLE
                and press.at == draft.cursor == SUMMARY
                and press.revision == self.store.revision(draft.id))

    def _apply(self, user_id: int, current: Draft, action: actions.Action,
               update_id: int | None, in_progress: Draft | None = None) -> Reply:
        """`current` changed by `action` and saved; `in_progress`: the draft current when the
        card of `current`, another, was pressed (or its warning of alike submissions drawn)."""
        if current.status == Status.RETURNED and current.editing:
            flagged, unchanged = self.reviews.flags(current.id)
            current = replace(current, flagged=flagged, unchanged=unchanged)
        current = replace(current, others=bool(self.store.in_progress_beside(current.id)))
        def alike() -> bool:  # as 提交 would find them: the warning's words answer it
            return bool(self.reviews.similar(current.id, current.answers))
        if current.cursor == SUMMARY:  # a typed 提交 is looked up with its similar entries
            typed, action = action, engine.interpret(self.survey, current, action)
            if only_shown := submits_typed(self.store, user_id, current, typed, action, alike):
                return self.show(current, only_shown)
        similar = None
        if isinstance(action, actions.Submit):
            similar = self.reviews.similar(current.id, current.answers)
        outcome = engine.apply(self.survey, current, action, self._seen_by(user_id, similar))
        outcome = innovation_typed(self.survey, current, action, outcome, alike) or outcome
        self.store.save(current, outcome.draft, outcome.saved, user_id, update_id)
        messages = resumed(self.store, outcome.draft, outcome.message)
        notices = ()
        if outcome.draft.status == Status.SUBMITTED and current.status != Status.SUBMITTED:
            notices = self.reviews.submitted(current.id, similar)
            waiting = go_on_with(self.reviews.store, user_id, current, in_progress)
            messages += fixed_not_resubmitted(self.reviews.store, user_id, {waiting})
            if waiting is not None:  # back to where they were
                reopened = self.open(user_id, waiting)
                return replace(reopened, messages=messages + reopened.messages, notices=notices)
        messages += others_waiting(self.store, outcome.draft)
        at_summary = outcome.screen is not None and outcome.screen.at == SUMMARY
        messages += after_step(self.reviews, outcome.draft, outcome.message, at_summary)
        others = current.others if outcome.draft.id == current.id else None
        screen = with_offer(self.store, outcome.draft, way_back(outcome.screen, in_progress))
        screen = headed(self.store, outcome.draft, screen, others)
        screen = fixes_beside(self.reviews, outcome.draft, outcome.message, screen)
        if isinstance(action, actions.Text):  # typed into a column a return asks to change
            warned, screen = saved_beside_return(self.survey, self.store, self.reviews.flags,
                                                 user_id, current, outcome, screen)
            messages += warned
        return Reply(messages, screen, current.id, notices,
                     revision=self.store.revision(current.id), refused=current.locked)

    def _seen_by(self, user_id: int, similar: Similar | None) -> tuple:
        """Alike entries as the engineer may see them: their own by title; another's only
        counted, since a submission is shown to its author and the coordinators alone."""
        mine = {info.id for info in self.store.owned_by(user_id)} if similar else set()
        return tuple((draft_id, title if draft_id in mine else None)
                     for draft_id, title in similar or ())

    def fix(self, user_id: int, draft_id: int, update_id: int | None = None) -> Reply:
        """Open a returned draft at the first column the coordinator flagged, or at the summary."""
        draft = self.owned(user_id, draft_id)
        if draft is None:
            return self.refusal(draft_id)
        if draft.status != Status.RETURNED:
            return self.open(user_id, draft_id)
        steps = self.reviews.flags(draft_id)[1]  # from an old 去修改: those still to do
        cursor = self.survey.of_step(steps[0])[0].key if steps else SUMMARY
        moved = replace(draft, cursor=cursor, editing=bool(steps))
        self.store.save(draft, moved, {}, user_id, update_id)
        self.store.set_current(user_id, draft_id)
        return self.show(moved, *comment(self.reviews, draft_id))

    def owned(self, user_id: int, draft_id: int) -> Draft | None:
        info = self.store.info(draft_id)
        if info is None or info.owner_id != user_id:
            log.warning("refused: user %s acted on draft %s", user_id, draft_id)
            return None
        return self.store.load(draft_id)

    def refusal(self, draft_id: int, current: Draft | None = None) -> Reply:
        """Someone else's draft, or one deleted since its button was sent: a button of it
        pressed, the `current` draft's screen is shown again, as after any old button."""
        gone = self.store.info(draft_id) is None
        if gone and current is not None and current.status in EDITABLE:
            return replace(self.show(current, DRAFT_GONE), refused=True)
        return Reply((DRAFT_GONE if gone else NOT_YOURS,), refused=True)

    def _stale(self, current: Draft | None, pressed: Draft | None = None) -> Reply:
        """A button of an earlier question; of another draft in progress (`pressed`), named."""
        if current is None or current.status not in EDITABLE:
            return Reply((say.STALE, NO_CURRENT))
        if pressed is not None and pressed.status in EDITABLE:
            return pressed_elsewhere(pressed, current)
        return self.show(current, say.STALE)

    def show(self, draft: Draft, *messages: str) -> Reply:
        screen = with_offer(self.store, draft, screen_for(self.survey, draft))
        return Reply(messages, headed(self.store, draft, screen), draft.id,
                     revision=self.store.revision(draft.id))
