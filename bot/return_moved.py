"""A returned entry handed in again in another city, told to the coordinator who returned it:
its card goes to those who cover the new city, and the returner, who does not, would
otherwise wait for a resubmission that never reaches them."""

from bot.replies import Notice, Reply
from flows.cards import short_title
from storage.people import People
from storage.reviews import Entry, ReviewStore

MOVED_AWAY = "您退回的场景 {title} 已由填报人改到{city}并重新提交，现由负责{city}的协调员审核。"


def moved_away(store: ReviewStore, people: People, entry: Entry) -> tuple[Notice, ...]:
    """The notice to the coordinator who last returned `entry`, when its city changed since
    and they do not cover the new one (called once its card went to some who do)."""
    returned = store.last_return(entry.id)
    if returned is None or "city" not in store.changes_since(entry.id, returned.event_id):
        return ()
    returner = people.coordinator(returned.by_id)
    if returner is None or returner.covers(entry.city):
        return ()
    text = MOVED_AWAY.format(title=short_title(entry.id, entry.answers), city=entry.city)
    return (Notice(returner.user_id, Reply((text,))),)
