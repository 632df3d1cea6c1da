"""A returned entry handed in again in another city, told to the coordinator who returned it:
its card goes to those who cover the new city, if any, and the returner, who does not, would
otherwise wait for a resubmission that never reaches them."""

from bot.refusals import out_of_scope, refused
from bot.replies import Notice, Reply
from flows.cards import short_title
from storage.people import Coordinator, People
from storage.reviews import Entry, ReviewStore

# Said alike whoever covers the new city, perhaps the province only, or nobody yet.
MOVED_AWAY = ("您退回的场景 {title} 已由填报人改到{city}并重新提交，"
              "不在您的审核范围内，您无需再处理。")
# An entry the coordinator once covered, its card perhaps still on their screen: where it went,
# and nothing of what it says.
MOVED_OUT = "该场景已改为{city}，不在您的审核范围内。"


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


def moved_out(store: ReviewStore, scope: Coordinator, entry: Entry) -> str | None:
    """Why `entry` is out of scope, when it was once in a city of `scope` (its engineer, or an
    import, changed the city since): its card may still be on the coordinator's screen, and
    a bare 不在您的审核范围内 would not say why it no longer is. None otherwise, as the city of an
    entry they never covered is none of theirs."""
    if not entry.city or scope.covers(entry.city):
        return None
    held = (event.old for event in store.history(entry.id)
            if event.kind == "answer" and event.field == "city")
    once = any(isinstance(city, str) and scope.covers(city) for city in held)
    return MOVED_OUT.format(city=entry.city) if once else None


def beyond_scope(store: ReviewStore, scope: Coordinator, entry: Entry) -> Reply:
    """The refusal of an entry out of scope, saying where it went if it moved out of it."""
    if moved := moved_out(store, scope, entry):
        return refused(f"coordinator {scope.user_id} outside scope on #{entry.id}, moved", moved)
    return out_of_scope(scope.user_id, entry.id)
