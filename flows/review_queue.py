"""The review queue: entries awaiting review, a page at a time, and the way on after a
decision (the next entry, or the queue again).

A page is named by the entry it ends (or begins) with, not by its number: coordinators decide
on entries while others page, and a position would shift under them and skip entries.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.engineer_messages import Section
from flows.paging import paging_row
from flows.review_card import unit_text
from flows.screens import REVIEW, Button, Screen

PAGE_SIZE = 5
START = actions.ReviewPage(0, 0)  # the queue from its oldest entry

NOTHING_TO_REVIEW = "目前没有待审核的场景。"
MARKED_ASIDE = "另有 {count} 个已提交的场景已标记为重复：按 1 项计，不单独审核，不在此列。"
OWN_ASIDE = "另有 {count} 个为您本人填报，需由其他协调员审核，不在此列。"
NEXT = "➡️ 下一个待审核"
QUEUE = "📥 待审核列表"
WAY_ON = "继续审核："


@dataclass(frozen=True)
class Queued:
    """An entry awaiting review; `place` orders the queue (when submitted, then its number)."""

    draft_id: int
    answers: Mapping[str, Any]
    place: tuple[int, int]


def queue_screen(
    waiting: Sequence[Queued], page: actions.ReviewPage = START,
    marked: int = 0, own: int = 0, written: Section = ((), ()),
) -> Screen:
    """Entries awaiting review, oldest first, `PAGE_SIZE` a page: the page after the entry the
    pressed page ended with (or before the one it began with), wherever the entries decided
    meanwhile leave it. `marked` entries, decided through their duplicate mark, and the
    coordinator's `own`, which others review, are not listed, only counted. Below them, the
    entries whose engineer's words wait for an answer (`written`: its lines and buttons)."""
    screen = _waiting_screen(waiting, page, marked, own)
    lines, buttons = written
    if not lines:
        return screen
    return Screen(at=REVIEW, text="\n\n".join((screen.text, "\n".join(lines))),
                  choices=(*screen.choices, *buttons))


def _waiting_screen(waiting: Sequence[Queued], page: actions.ReviewPage, marked: int,
                    own: int) -> Screen:
    aside = tuple(text.format(count=count) for text, count in (
        (MARKED_ASIDE, marked), (OWN_ASIDE, own)) if count)
    if not waiting:
        return Screen(at=REVIEW, text="\n".join((NOTHING_TO_REVIEW, *aside)))
    places = [q.place for q in waiting]
    anchor = (page.submitted, page.draft_id)
    if page.back:
        start = max(0, bisect_left(places, anchor) - PAGE_SIZE)
    else:
        start = bisect_right(places, anchor)
        if start == len(waiting):  # all after it decided meanwhile: the queue's last page
            start = max(0, len(waiting) - PAGE_SIZE)
    shown = waiting[start : start + PAGE_SIZE]
    end = start + len(shown)
    span = f"{start + 1}" if end == start + 1 else f"{start + 1}–{end}"
    lines = [f"📥 待审核场景 {len(waiting)} 个（第 {span} 个，最早提交的在前）：", *aside]
    lines += [f"{short_title(q.draft_id, q.answers)} · {unit_text(q.answers)}" for q in shown]
    buttons = [(Button(f"审核 #{q.draft_id}", actions.Review(q.draft_id)),) for q in shown]
    paging = paging_row(actions.ReviewPage(*shown[0].place, back=1) if start > 0 else None,
                        actions.ReviewPage(*shown[-1].place) if end < len(waiting) else None)
    return Screen(at=REVIEW, text="\n".join(lines), choices=(*buttons, paging))


def next_in_queue(waiting: Sequence[Queued], after: tuple[int, int]) -> Queued | None:
    """The entry to review after the one at `after`: the next in the queue, else the oldest."""
    later = [q for q in waiting if q.place > after]
    if later:
        return later[0]
    return waiting[0] if waiting else None


def way_on_screen(place: tuple[int, int]) -> Screen:
    """After a decision on the entry at `place`: on to the next entry awaiting review, or back
    to the queue."""
    buttons = (Button(NEXT, actions.ReviewNext(*place)), Button(QUEUE, START))
    return Screen(at=REVIEW, text=WAY_ON, choices=(buttons,))
