"""Whom an engineer's words about an entry go to: one rule for sending them
(`bot.coordinator_replies`) and for showing them while unanswered (the review card, /review,
the daily digest), so that the words wait for whoever received them, and nobody else is shown
words never sent to them."""

from dataclasses import replace

from flows.draft import Status
from flows.engineer_messages import Said
from storage.engineer_messages import EngineerMessages
from storage.people import Coordinator, People
from storage.reviews import ReviewStore


class Addressees:
    def __init__(self, store: ReviewStore, people: People):
        self.store = store
        self.people = people
        self.messages = EngineerMessages(store.drafts)

    def of(self, draft_id: int) -> list[Coordinator]:
        """The engineer writes back to the coordinator who last spoke to them about the entry
        while they are one: of a returned draft, the one who returned it or answered their
        words since, whatever their scope and whatever city the draft, not handed in again,
        names now (they wait for the fix); of an entry handed in, the one who approved,
        reopened or returned it, or answered their words, of those still covering its city.
        Else those who review its city (as its submission's cards went to): no one outside
        its scope."""
        info = self.store.drafts.info(draft_id)
        city = self.store.drafts.answers(draft_id).get("city")
        returned = self.store.last_return(draft_id) if info.status == Status.RETURNED else None
        since = returned.event_id if returned is not None else 0
        spoke = map(self.people.coordinator, self.store.speakers(draft_id, since))
        last = next((c for c in spoke
                     if c is not None and (returned is not None or c.covers(city))), None)
        return [last] if last is not None else self.people.reviewing(city, info.owner_id)

    def unanswered(self, draft_id: int | None = None) -> list[Said]:
        """The words waiting for an answer (all entries', or one entry's), each with the
        coordinators it would reach now."""
        said = self.messages.unanswered(draft_id)
        to = {entry: frozenset(c.user_id for c in self.of(entry))
              for entry in {s.draft_id for s in said}}
        return [replace(s, to=to[s.draft_id]) for s in said]
