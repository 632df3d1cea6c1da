"""A returned entry handed in again in another city, told to the coordinator who returned it:
its card goes to those who cover the new city, if any, and the returner, who does not, would
otherwise wait for a resubmission that never reaches them."""

from bot.replies import Notice, Reply
from flows.cards import short_title
from storage.people import People
from storage.reviews import Entry, ReviewStore

# Said alike whoever covers the new city, perhaps the province only, or nobody yet.
MOVED_AWAY = ("您退回的场景 {title} 已由填报人改到{city}并重新提交，"
              "不在您的审核范围内，您无需再处理。")


def moved_away(store: ReviewStore, people: People, entry: Entry) -> tuple[Notice, ...]:
    """The notice to the coordinator who last returned `entry`, when its city changed since
    and they do not cover the new one, whether or not anybody does."""
    returned = store.last_return(entry.id)
    if returned is None or "city" not in store.changes_since(entry.id, returned.event_id):
        return ()
    returner = people.coordinator(returned.by_id)
    if returner is None or returner.covers(entry.city):
        return ()
    text = MOVED_AWAY.format(title=short_title(entry.id, entry.answers), city=entry.city)
    return (Notice(returner.user_id, Reply((text,))),)
