"""Where /stats counts a returned entry whose city its engineer changed: in the city it was
handed in, until it is handed in again. Its coordinator there still waits for the fix (replies
and the review list stay theirs, bot/return_moved.py), and the new city's coordinator does not
see it yet: counted there, it would stand in a city that cannot look at it."""

from dataclasses import replace

from flows.draft import Status
from storage.reviews import Entry, ReviewStore

# Said in the /stats of the city the entry was handed in (本市), in the deployment's words.
MOVED = ("ℹ️ 已退回的场景中 {moves}（填报人修改、尚未重新提交）：重新提交前仍计在本{short}"
         "“已退回待修改”中，重新提交后计入所改的{place}。")


def as_handed_in(store: ReviewStore, entries: list[Entry]) -> tuple[list[Entry], dict[int, str]]:
    """The entries with a returned one's city as it was handed in; and the returned entries
    moved since, each with the city it is changed to."""
    kept, moved = [], {}
    for entry in entries:
        handed_in = _city_handed_in(store, entry)
        if handed_in:
            moved[entry.id] = entry.city or ""
            entry = replace(entry, answers={**entry.answers, "city": handed_in})
        kept.append(entry)
    return kept, moved


def _city_handed_in(store: ReviewStore, entry: Entry) -> str | None:
    """The city a returned entry had when returned, when its engineer has changed it since."""
    if entry.info.status != Status.RETURNED:
        return None
    before, _ = store.unsubmitted_changes(entry.id, entry.answers).get("city", (None, None))
    return before if isinstance(before, str) and before else None


def moved_text(moved: dict[int, str], short: str, place: str) -> str:
    """`ℹ️ 已退回的场景中 #3 已改为无锡市…`: what the city's 已退回待修改 holds of another city."""
    moves = "；".join(f"#{entry_id} 已改为{city}" for entry_id, city in sorted(moved.items()))
    return MOVED.format(moves=moves, short=short, place=place)
