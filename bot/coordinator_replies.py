"""The engineer's words for the coordinators of their entry, delivered and kept in its history,
never saved as an answer: to the coordinator who returned their draft (💬 回复协调员), or, once
the entry is submitted or approved and they can no longer change it, to the coordinators
responsible for it (💬 联系协调员). Words plainly for a coordinator typed where an answer is
expected are not saved (`bot.talk_back_offers`), and 💬 发给协调员 sends them."""

import unicodedata
from dataclasses import replace

from telegram import Message

from bot.callbacks import Press
from bot.engineer_answers import EngineerAnswers
from bot.intake import Intake
from bot.refusals import refused
from bot.replies import Notice, Reply
from bot.talk_back_offers import HANDED_IN, Recipients, TalkBackOffers
from flows import actions
from flows.cards import short_title
from flows.coordinator_replies import (
    HELD_GONE,
    NO_COORDINATOR,
    NO_COORDINATOR_NOW,
    REPLY_CANCELLED,
    REPLY_NOT_TEXT,
    SAID,
    SENT,
    UNDELIVERED,
    ask_screen,
    nobody_covers,
    not_sent_screen,
    to_a_coordinator,
    to_coordinator,
    without_coordinator,
)
from flows.draft import Draft, Status
from flows.reply_actions import (
    REPLY_ACTIONS,
    AnswerEngineer,
    CancelReply,
    ContactCoordinator,
    ReplyToCoordinator,
    SendHeld,
)
from storage.coordinator_replies import MESSAGE, REPLY
from storage.people import Coordinator

NOT_YOURS = "无权操作该草稿。"
# The statuses each button is for; words already typed go as the entry's status has it then.
ASKED_AT = {ReplyToCoordinator: frozenset({Status.RETURNED}), ContactCoordinator: HANDED_IN}
ANY = frozenset({Status.RETURNED, *HANDED_IN})


class Replies:
    def __init__(self, intake: Intake):
        self.intake = intake
        self.drafts = intake.store
        self.store = intake.reviews.store
        self.people = intake.reviews.people
        self.answers = EngineerAnswers(self.drafts, self.store, self.people, self._answerable,
                                       self._named)
        self.offers = TalkBackOffers(intake, self._recipients)

    def awaited(self, user_id: int, typed: str) -> Reply | None:
        """The message asked for by 💬 回复协调员 or 💬 联系协调员, delivered (取消: nothing
        sent), or by a coordinator's ↩️ 回复填报人 (about a draft not theirs); None when none
        was asked for."""
        draft_id = self.store.awaited_reply(user_id)
        if draft_id is None:
            return None
        self.store.drop_awaited_reply(user_id)
        cancelled = unicodedata.normalize("NFKC", typed).strip(" 。.!") == "取消"
        if not self._owns(user_id, draft_id):
            return self.answers.cancelled() if cancelled else \
                self.answers.deliver(user_id, draft_id, typed)
        if cancelled:
            return self._again(user_id, REPLY_CANCELLED)
        return self._deliver(user_id, draft_id, typed)

    def turned_away(self, user_id: int, message: Message | None) -> None:
        """Anything but words typed ends the wait for the message to the coordinators, except
        a photo, voice note or file sent instead (a `message` without text): it is asked for
        in words (`not_text`), the wait kept, so the words typed next still reach them."""
        if message is None or message.text:
            self.store.drop_awaited_reply(user_id)

    def not_text(self, user_id: int) -> Reply | None:
        """A photo, voice note or file while the message to the coordinators is awaited: not
        sent (the bot passes on words alone), and said so; None when none is awaited."""
        if self.store.awaited_reply(user_id) is None:
            return None
        return Reply((REPLY_NOT_TEXT,))

    def text(self, user_id: int, typed: str, update_id: int | None = None) -> Reply:
        """A typed message: words for a coordinator (`bot.talk_back_offers`) are offered to be
        sent, not saved; anything else answers the question."""
        if offer := self.offers.offer(user_id, typed):
            return offer
        return self.intake.act(user_id, actions.Text(typed), update_id=update_id)

    def act(self, user_id: int, action: object, press: Press | None = None,
            update_id: int | None = None) -> Reply:
        """A press: one of the reply's own buttons, or a step of the draft."""
        if not isinstance(action, REPLY_ACTIONS):
            return self.intake.act(user_id, action, press, update_id)
        if isinstance(action, AnswerEngineer):
            return self.answers.ask(user_id, action.draft_id)
        if isinstance(action, CancelReply) and not self._owns(user_id, action.draft_id):
            return self.answers.cancelled()  # a coordinator's answer, not sent
        if isinstance(action, SendHeld):
            held = self.store.held(action.held)
            if held is None or held.user_id != user_id:
                return refused(f"user {user_id} sent held reply {action.held}", HELD_GONE)
            self.store.drop_held(action.held)
            return self._deliver(user_id, held.draft_id, held.text)
        statuses = ANY if isinstance(action, CancelReply) else ASKED_AT[type(action)]
        if (problem := self._refusal(user_id, action.draft_id, statuses)) is not None:
            return problem
        if isinstance(action, CancelReply):
            return self._again(user_id, REPLY_CANCELLED)
        draft = self.drafts.load(action.draft_id)
        if not (to := self._recipients(draft)).ids:
            return self._nobody(user_id, draft, NO_COORDINATOR_NOW)
        self.store.await_reply(user_id, action.draft_id)
        return Reply(screen=ask_screen(draft.id, to.names, draft.status == Status.RETURNED))

    def reachable(self, reply: Reply) -> Reply:
        """`reply` without the buttons that would write to a coordinator while none covers the
        entry's city (none set up for it yet), its words saying so; as it is once one is."""
        held = (self.store.held(a.held) if isinstance(a, SendHeld) else a
                for a in to_a_coordinator(reply.screen))
        ids = {about.draft_id for about in held if about is not None}  # a held one, sent: gone
        nobody = [d for d in map(self.drafts.load, ids) if not self._recipients(d).ids]
        if not nobody:
            return reply
        city = _city(nobody[0])
        return replace(reply, messages=tuple(nobody_covers(city, m) for m in reply.messages),
                       screen=without_coordinator(reply.screen, city))

    def _deliver(self, user_id: int, draft_id: int, text: str) -> Reply:
        """`text` to the coordinators of the draft, as it stands now, kept in its history; the
        engineer told to whom, and shown where they were."""
        if (problem := self._refusal(user_id, draft_id, ANY)) is not None:
            return problem
        draft = self.drafts.load(draft_id)
        if not (to := self._recipients(draft)).ids:
            return self._nobody(user_id, draft, NO_COORDINATOR)
        kind = REPLY if draft.status == Status.RETURNED else MESSAGE
        engineer = self.drafts.user_name(user_id) or str(user_id)
        self.drafts.record(draft_id, user_id, kind, comment=text)
        said = to_coordinator(draft_id, draft.answers, engineer, SAID[kind], text)
        for coordinator in to.ids:  # their next words answer this, not a return just sent
            self.store.end_quiet_return(coordinator)
        again = self._again(user_id, SENT.format(by=to.names, text=text))
        told = (Notice(i, Reply((), said), undelivered=UNDELIVERED.format(to=f"协调员（{name}）"))
                for i, name in zip(to.ids, to.each, strict=True))
        return replace(again, notices=(*told, *again.notices))

    def _recipients(self, draft: Draft) -> Recipients:
        """Whom the words go to (`bot.addressees`), named as the bot knows them, or by their
        scope when they never wrote to it."""
        chosen = self.intake.reviews.cards.addressees.of(draft.id)
        return Recipients(tuple(c.user_id for c in chosen), tuple(map(self._named, chosen)))

    def _named(self, coordinator: Coordinator) -> str:
        """As the bot knows them, or by their scope when they never wrote to it."""
        level = self.intake.survey.words().level  # 省级: what a province-wide one is called
        return self.drafts.user_name(coordinator.user_id) or \
            f"{coordinator.scope_in(level)}协调员"

    def _answerable(self, coordinator: Coordinator, draft_id: int) -> bool:
        """Whether a coordinator answers the engineer of a draft: its words go to them, or they
        cover its city."""
        entry = self.store.entry(draft_id)
        return coordinator.covers(entry.city) or \
            coordinator.user_id in self._recipients(self.drafts.load(draft_id)).ids

    def _owns(self, user_id: int, draft_id: int) -> bool:
        info = self.drafts.info(draft_id)
        return info is not None and info.owner_id == user_id

    def _nobody(self, user_id: int, draft: Draft, said: str) -> Reply:
        """No coordinator covers the entry's city: nothing sent, and said so."""
        return replace(self._again(user_id, said.format(city=_city(draft))), refused=True)

    def _refusal(self, user_id: int, draft_id: int, statuses: frozenset) -> Reply | None:
        """Why nothing can be said about the draft: not the user's (a forged press), or no
        longer in `statuses` (an old button): the button that fits it now comes instead."""
        info = self.drafts.info(draft_id)
        if info is None or info.owner_id != user_id:
            return refused(f"user {user_id} wrote to the coordinators of draft {draft_id}",
                           NOT_YOURS)
        returned = info.status == Status.RETURNED and self.store.last_return(draft_id) is not None
        if info.status in statuses and (returned or info.status != Status.RETURNED):
            return None
        title = short_title(draft_id, self.drafts.load(draft_id).answers)
        return refused(f"user {user_id} wrote to the coordinators of draft {draft_id}, "
                       f"{info.status} now", screen=not_sent_screen(title, returned, draft_id))

    def _again(self, user_id: int, said: str) -> Reply:
        """`said`, then where the engineer was: the question or summary in progress."""
        current = self.drafts.current(user_id)
        if current is None or current.locked:  # none in progress: nowhere to show
            return Reply((said,))
        shown = self.intake.act(user_id, actions.Show())
        return replace(shown, messages=(said, *shown.messages))


def _city(draft: Draft) -> str:
    return draft.answers.get("city") or "该城市"
