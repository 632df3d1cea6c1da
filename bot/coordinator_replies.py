"""The engineer's side of a return in words: what they say to the coordinator who returned
their draft is delivered to that coordinator and kept in the entry's history, never saved as an
answer. 💬 回复协调员 asks for one message; words for the coordinator typed at a question
(`flows.talk_back`) are not saved, and 💬 发给协调员 sends them."""

import unicodedata
from dataclasses import replace

from bot.callbacks import Press
from bot.intake import Intake
from bot.refusals import refused
from bot.replies import Notice, Reply
from flows import actions, engine
from flows.cards import short_title
from flows.coordinator_replies import (
    HELD_GONE,
    NOT_RETURNED,
    REPLY_CANCELLED,
    SENT,
    ask_reply_screen,
    talk_back_texts,
    to_coordinator,
    with_send_button,
)
from flows.draft import SUMMARY, Draft, Status
from flows.menus import NO_CURRENT
from flows.reply_actions import REPLY_ACTIONS, CancelReply, ReplyToCoordinator, SendHeld
from flows.talk_back import talk_back
from flows.typed_replies import agrees
from storage.coordinator_replies import REPLY, Held

NOT_YOURS = "无权操作该草稿。"


class Replies:
    def __init__(self, intake: Intake):
        self.intake = intake
        self.drafts = intake.store
        self.store = intake.reviews.store

    def awaited(self, user_id: int, typed: str) -> Reply | None:
        """The message asked for by 💬 回复协调员, delivered (取消: nothing sent); None when
        none was asked for."""
        draft_id = self.store.awaited_reply(user_id)
        if draft_id is None:
            return None
        self.store.drop_awaited_reply(user_id)
        if unicodedata.normalize("NFKC", typed).strip(" 。.!") == "取消":
            return self._again(user_id, REPLY_CANCELLED)
        return self._deliver(user_id, draft_id, typed)

    def text(self, user_id: int, typed: str, update_id: int | None = None) -> Reply:
        """A typed message: words for the coordinator of the returned draft on screen are
        offered to be sent, not saved; anything else answers the question."""
        # The words first: most messages are answers, and the draft is loaded again to act.
        if talk_back(typed) and (current := self.drafts.current(user_id)) is not None \
                and self._talks_back(current, typed):
            return self._offer(user_id, current, typed)
        return self.intake.act(user_id, actions.Text(typed), update_id=update_id)

    def act(self, user_id: int, action: object, press: Press | None = None,
            update_id: int | None = None) -> Reply:
        """A press: one of the reply's own buttons, or a step of the draft."""
        if not isinstance(action, REPLY_ACTIONS):
            return self.intake.act(user_id, action, press, update_id)
        if isinstance(action, SendHeld):
            held = self.store.held(action.held)
            if held is None or held.user_id != user_id:
                return refused(f"user {user_id} sent held reply {action.held}", HELD_GONE)
            self.store.drop_held(action.held)
            return self._deliver(user_id, held.draft_id, held.text)
        if (problem := self._refusal(user_id, action.draft_id)) is not None:
            return problem
        if isinstance(action, CancelReply):
            return self._again(user_id, REPLY_CANCELLED)
        assert isinstance(action, ReplyToCoordinator)
        self.store.await_reply(user_id, action.draft_id)
        return Reply(screen=ask_reply_screen(action.draft_id,
                                             self.store.last_return(action.draft_id).by))

    def _talks_back(self, draft: Draft, typed: str) -> bool:
        """Words for the coordinator (`talk_back`, read already) while the draft stands
        returned: never a typed button (好的 where it is one), nor the yes an offer asks for."""
        if draft.status != Status.RETURNED:
            return False
        field = None if draft.cursor == SUMMARY else self.intake.survey.field(draft.cursor)
        if field is not None and field.typed_answers and agrees(typed):
            return False
        text = actions.Text(typed)
        return engine.interpret(self.intake.survey, draft, text) == text \
            and self.store.last_return(draft.id) is not None

    def _offer(self, user_id: int, draft: Draft, typed: str) -> Reply:
        """Not saved: said so, with what the coordinator asked, the question again and the
        button that sends the words."""
        survey, returned = self.intake.survey, self.store.last_return(draft.id)
        question = None if draft.cursor == SUMMARY else survey.field(draft.cursor).title
        flagged = [f"{step} {survey.step_title(step)}" for step in returned.steps]
        held = self.store.hold(Held(user_id, draft.id, typed))
        shown = self.intake.act(user_id, actions.Show())
        said = talk_back_texts(returned.by, question, returned.comment, flagged)
        return replace(shown, messages=(*said, *shown.messages),
                       screen=with_send_button(shown.screen, held))

    def _deliver(self, user_id: int, draft_id: int, text: str) -> Reply:
        """`text` to the coordinator who returned the draft, kept in its history; the
        engineer told so, and shown where they were."""
        if (problem := self._refusal(user_id, draft_id)) is not None:
            return problem
        returned = self.store.last_return(draft_id)
        draft = self.drafts.load(draft_id)
        engineer = self.drafts.user_name(user_id) or str(user_id)
        self.drafts.record(draft_id, user_id, REPLY, comment=text)
        notice = Notice(returned.by_id, Reply(
            (), to_coordinator(draft_id, draft.answers, engineer, text)))
        again = self._again(user_id, SENT.format(by=returned.by, text=text))
        return replace(again, notices=(notice, *again.notices))

    def _refusal(self, user_id: int, draft_id: int) -> Reply | None:
        """Why nothing can be said about the draft: not the user's (a forged press), or no
        longer returned (an old button), so no coordinator awaits its fix."""
        info = self.drafts.info(draft_id)
        if info is None or info.owner_id != user_id:
            return refused(f"user {user_id} replied on draft {draft_id}", NOT_YOURS)
        if info.status != Status.RETURNED or self.store.last_return(draft_id) is None:
            draft = self.drafts.load(draft_id)
            again = self._again(user_id, NOT_RETURNED.format(
                title=short_title(draft_id, draft.answers)))
            return replace(again, refused=True)
        return None

    def _again(self, user_id: int, said: str) -> Reply:
        """`said`, then where the engineer was: the question or summary in progress."""
        shown = self.intake.act(user_id, actions.Show())
        if shown.messages == (NO_CURRENT,):  # none in progress: nowhere to show
            return Reply((said,))
        return replace(shown, messages=(said, *shown.messages))
