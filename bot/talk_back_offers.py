"""Words plainly for a coordinator (`flows.talk_back`) typed where an answer is expected: never
saved, but held and offered to be sent (💬 发给协调员). At a returned draft they go to whoever
its return's words go to; at an entry handed in, to its coordinators; at another draft while
one of the engineer's stands returned, to the returned one's: the engineer filling a second
draft answers the return of the first in the same chat, and saved there they would sit in a
column of the wrong scenario, the coordinator never told."""

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from bot.intake import Intake
from bot.replies import Reply
from bot.return_notes import STILL_FLAGGED
from flows import actions, engine
from flows.cards import short_title
from flows.coordinator_replies import (
    SEND,
    SEND_TO,
    locked_talk_back,
    talk_back_beside,
    talk_back_texts,
    with_send_button,
)
from flows.draft import SUMMARY, Draft, Status
from flows.menus import fix_button
from flows.reply_actions import SendHeld
from flows.screens import Button
from flows.step_messages import LOCKED_STATUS
from flows.talk_back import talk_back, unprompted_talk_back
from flows.typed_replies import agrees
from storage.coordinator_replies import Held

HANDED_IN = frozenset({Status.SUBMITTED, Status.APPROVED})
# The flagged columns not yet changed, listed with the draft shown again: not listed twice.
STILL_FLAGGED_HEAD = STILL_FLAGGED.split("{")[0]


class Recipients(NamedTuple):
    """Whom words about an entry go to, and each one's name as the engineer is told it."""

    ids: tuple[int, ...]
    each: tuple[str, ...]

    @property
    def names(self) -> str:
        return "、".join(self.each)


class TalkBackOffers:
    def __init__(self, intake: Intake, recipients: Callable[[Draft], Recipients]):
        self.intake = intake
        self.drafts = intake.store
        self.store = intake.reviews.store
        self.recipients = recipients

    def offer(self, user_id: int, typed: str) -> Reply | None:
        """Words for a coordinator, not saved and offered to be sent; None for anything else,
        to be answered as typed."""
        # The words first: most messages are answers, and the draft is loaded again to act.
        if not talk_back(typed) or (current := self.drafts.current(user_id)) is None:
            return None
        if current.status in HANDED_IN:
            return self._handed_in(user_id, current, typed)
        if not self._no_answer_here(current, typed):
            return None
        if current.status == Status.RETURNED and self.store.last_return(current.id) is not None:
            return self._returned(user_id, current, typed)
        return self._beside_return(user_id, current, typed)

    def _no_answer_here(self, draft: Draft, typed: str) -> bool:
        """Whether the words are nothing the question on screen takes: no typed button (好的
        where it is one), nor the yes an offer asks for. A remark the bot drops from an answer
        (…，请审核) leaves them words all the same."""
        field = None if draft.cursor == SUMMARY else self.intake.survey.field(draft.cursor)
        if field is not None and field.typed_answers and agrees(typed):
            return False
        read = engine.interpret(self.intake.survey, draft, actions.Text(typed))
        return isinstance(read, actions.Text)

    def _returned(self, user_id: int, draft: Draft, typed: str) -> Reply:
        """At the returned draft: said so, with what the coordinator asked, the question again
        and the button that sends the words. The flagged columns are listed once: by the
        summary shown again, when it lists those not yet changed."""
        survey, returned = self.intake.survey, self.store.last_return(draft.id)
        flagged = [f"{step} {survey.step_title(step)}" for step in returned.steps]
        held = self.store.hold(Held(user_id, draft.id, typed))
        shown = self.intake.act(user_id, actions.Show())
        listed = any(text.startswith(STILL_FLAGGED_HEAD) for text in shown.messages)
        said = talk_back_texts(self.recipients(draft).names, self._question(draft),
                               returned.comment, () if listed else flagged)
        return replace(shown, messages=(*said, *shown.messages),
                       screen=with_send_button(shown.screen, held))

    def _beside_return(self, user_id: int, current: Draft, typed: str) -> Reply | None:
        """At another draft while some stand returned (resubmitted ones are handed in): said
        to be for the returned one, with the button that sends them to its coordinator and the
        one that opens it, and the current question again. With several returned, which one
        they are for is the engineer's to say: a pair of buttons for each (the send one only
        where someone covers it, so a button writing to nobody never hides another's)."""
        returned = [self.drafts.load(info.id) for info in sorted(
            self.drafts.owned_by(user_id), key=lambda info: info.id)
            if info.status == Status.RETURNED and info.id != current.id
            and self.store.last_return(info.id) is not None]
        if not returned:
            return None
        one = len(returned) == 1
        held = {d.id: self.store.hold(Held(user_id, d.id, typed)) for d in returned
                if one or self.recipients(d).ids}
        rows = tuple(_buttons(d.id, held.get(d.id), one) for d in returned)
        said = talk_back_beside(
            short_title(current.id, current.answers, apart=True), self._question(current),
            [short_title(d.id, d.answers, apart=True) for d in returned],
            self.recipients(returned[0]).names, returned[0].id, bool(held))
        shown = self.intake.act(user_id, actions.Show())
        screen = shown.screen and replace(shown.screen, choices=(*shown.screen.choices, *rows))
        return replace(shown, messages=(said, *shown.messages), screen=screen)

    def _handed_in(self, user_id: int, draft: Draft, typed: str) -> Reply | None:
        """Words for the coordinators at an entry handed in: not saved (nothing would be), and
        the button that sends them. None, to be refused as any words there, for thanks alone,
        with nobody to send them to, or with an entry returned, which they are likely about
        (`bot.other_entries.locked_beside_return`)."""
        if not unprompted_talk_back(typed) or any(
                info.status == Status.RETURNED for info in self.drafts.owned_by(user_id)):
            return None
        if not (to := self.recipients(draft)).ids:
            return None
        held = self.store.hold(Held(user_id, draft.id, typed))
        return Reply(screen=locked_talk_back(short_title(draft.id, draft.answers),
                                             LOCKED_STATUS[draft.status], to.names, held))

    def _question(self, draft: Draft) -> str | None:
        """The title of the question on screen; None at the summary."""
        return None if draft.cursor == SUMMARY else self.intake.survey.field(draft.cursor).title


def _buttons(draft_id: int, held: int | None, one: bool) -> tuple[Button, ...]:
    """The returned draft's pair: the words sent to its coordinator (named by the draft when
    there are several), and the way to it."""
    label = SEND if one else SEND_TO.format(id=draft_id)
    send = (Button(label, SendHeld(held)),) if held is not None else ()
    return (*send, fix_button(draft_id))
