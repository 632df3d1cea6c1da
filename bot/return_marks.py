"""The duplicate marks a return lifts, told: to the coordinator returning, and to those who
cover an entry of a lifted mark outside the returner's scope, who are to judge it again."""

from bot.replies import Notice, Reply
from flows.deployment_words import Words
from flows.review import (
    MARKS_LIFTED,
    MARKS_LIFTED_OUTSIDE,
    OWN_MARK_LIFTED,
    OWN_MARK_LIFTED_OUTSIDE,
    lifted_by_return_text,
)
from flows.review_card import ids_text
from storage.people import Coordinator, People
from storage.reviews import Entry


def tell_coordinators(people: People, user_id: int, scope: Coordinator, entry: Entry,
                      lifted: list[Entry], original: Entry | None,
                      words: Words) -> tuple[Notice, ...]:
    """The lifted marks that involve an entry outside the returning coordinator's scope,
    told to those who cover that entry, as the returner cannot set them again; those who
    cover both entries of a mark may. A repeat's filer is told of its own mark as its
    filer (`ENGINEER_UNMARKED_BY_RETURN`); a coordinator who filed it, of the others."""
    marks = [(e, entry) for e in lifted]
    if original is not None:
        marks.append((entry, original))
    notices = []
    for coordinator in people.coordinators():
        theirs = [mark for mark in marks if any(
            coordinator.covers(e.city) and not scope.covers(e.city) for e in mark)
            and not (mark[0] is not entry and _filed_by(coordinator, mark[0]))]
        if coordinator.user_id == user_id or not theirs:
            continue
        lines = [lifted_by_return_text(entry.id, scope.scope_in(words.whole),
                                       [(d.id, o.id) for d, o in group], judge, words.level)
                 for judge in (True, False)
                 if (group := [m for m in theirs if _may_judge(coordinator, m) == judge])]
        notices.append(Notice(coordinator.user_id, Reply(("\n".join(lines),))))
    return tuple(notices)


def lifted_marks(scope: Coordinator, lifted: list[Entry], original: Entry | None,
                 level: str) -> list[str]:
    """The duplicate marks a return lifts (of `lifted` onto the entry, of the entry onto its
    `original`), told to the coordinator returning: the export and the count grow by them until
    someone marks them again, the returner where they can, else the province."""
    inside = [e.id for e in lifted if scope.covers(e.city)]
    outside = [e.id for e in lifted if not scope.covers(e.city)]
    lines = [MARKS_LIFTED.format(ids=ids_text(inside))] if inside else []
    if outside:
        lines.append(MARKS_LIFTED_OUTSIDE.format(ids=ids_text(outside), level=level))
    if original is not None:
        own = OWN_MARK_LIFTED if scope.covers(original.city) else OWN_MARK_LIFTED_OUTSIDE
        lines.append(own.format(of=original.id, level=level))
    return lines


def _may_judge(coordinator: Coordinator, mark: tuple[Entry, Entry]) -> bool:
    """Covering both entries, and having filed neither (`OWN_MARK_REFUSED`)."""
    return all(coordinator.covers(e.city) and not _filed_by(coordinator, e) for e in mark)


def _filed_by(coordinator: Coordinator, entry: Entry) -> bool:
    return entry.info.owner_id == coordinator.user_id
