"""A coordinator's answer to an engineer's words about an entry (↩️ 回复填报人 on the words
received): the other direction of `bot.coordinator_replies`, through the same wait for one
message, delivered to the entry's engineer and kept in its history. Otherwise a coordinator
could only type into their own draft, where such words would be saved as an answer."""

from collections.abc import Callable
from functools import partial

from bot.refusals import refused
from bot.replies import Notice, Reply
from flows.cards import short_title
from flows.coordinator_replies import (
    ANSWER,
    ANSWER_CANCELLED,
    ANSWER_UNDELIVERED,
    ANSWERED,
    NOT_ANSWERABLE,
    ask_answer_screen,
    to_engineer,
)
from storage.people import Coordinator

# Whether a coordinator may answer about the draft: its owner's words go to them.
Answerable = Callable[[Coordinator, int], bool]


class EngineerAnswers:
    def __init__(self, drafts, store, people, answerable: Answerable,
                 named: Callable[[Coordinator], str]):
        self.drafts = drafts
        self.store = store
        self.people = people
        self.answerable = answerable
        self.named = named

    def ask(self, user_id: int, draft_id: int) -> Reply:
        """↩️ 回复填报人 pressed: the coordinator's next message goes to the engineer."""
        if (problem := self._refusal(user_id, draft_id)) is not None:
            return problem
        self.store.await_reply(user_id, draft_id)
        entry = self.store.entry(draft_id)
        return Reply(screen=ask_answer_screen(
            draft_id, short_title(draft_id, entry.answers), self._engineer(entry.info.owner_id)))

    @staticmethod
    def cancelled() -> Reply:
        return Reply((ANSWER_CANCELLED,))

    def deliver(self, user_id: int, draft_id: int, text: str) -> Reply:
        """The awaited message to the entry's engineer, with the way to write back, kept in
        its history once delivered: one Telegram refused answers nothing, and the engineer's
        words wait for an answer still; the coordinator told it was sent."""
        if (problem := self._refusal(user_id, draft_id)) is not None:
            return problem
        entry = self.store.entry(draft_id)
        owner = entry.info.owner_id
        by = self.named(self.people.coordinator(user_id))
        said = to_engineer(draft_id, short_title(draft_id, entry.answers), by, text,
                           entry.info.status)
        engineer = self._engineer(owner)
        return Reply((ANSWERED.format(id=draft_id, engineer=engineer, text=text),),
                     notices=(Notice(owner, Reply((), said),
                                     undelivered=ANSWER_UNDELIVERED.format(to=f"填报人（{engineer}）"),
                                     delivered=partial(self.drafts.record, draft_id, user_id,
                                                       ANSWER, comment=text)),))

    def _refusal(self, user_id: int, draft_id: int) -> Reply | None:
        """Only a coordinator the entry's words go to, or who covers its city, answers them:
        checked on the press and again on the words, as scopes change in between."""
        coordinator = self.people.coordinator(user_id)
        info = self.drafts.info(draft_id)
        if coordinator is not None and info is not None and info.owner_id != user_id \
                and self.answerable(coordinator, draft_id):
            return None
        return refused(f"user {user_id} answered the engineer of draft {draft_id}",
                       NOT_ANSWERABLE.format(id=draft_id))

    def _engineer(self, owner_id: int) -> str:
        return self.drafts.user_name(owner_id) or str(owner_id)
