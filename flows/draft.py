"""A draft row as the step engine sees it: answers so far, where the engineer is, and its status."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SUMMARY = "summary"  # cursor: all questions answered, the summary card is shown
DONE = "done"  # cursor: handed in, nothing more to ask


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


STATUS_LABELS = {
    Status.DRAFT: "草稿",
    Status.SUBMITTED: "已提交待审核",
    Status.RETURNED: "已退回待修改",
    Status.APPROVED: "已通过",
}

# Statuses in which the engineer may still change answers.
EDITABLE = frozenset({Status.DRAFT, Status.RETURNED})


@dataclass(frozen=True)
class Draft:
    id: int
    cursor: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    editing: bool = False
    status: Status = Status.DRAFT
    # The answer at the cursor was just typed, and its echo asks about it: a pain point held open
    # for its rest (flows/continued.py), or an answer offered to be filed at another part
    # (flows/misfiled.py). Only the next message typed there is added to it, or files it there;
    # any other step ends the hold, and with it the offer.
    held: bool = False
    # A change typed at the summary (技术指标：…) led to a question its answer asks (是否补充指标):
    # that follow-up is asked, and then back to the summary, not on through the column as when
    # the column is opened to walk through. Stored with `editing`, as a mode of it.
    follow_up: bool = False
    # A refused answer at the cursor that stops mid-figure (定位精度±0.), or a part just stored
    # so (效率提升不低于): the next message, if it opens with the figure's rest (5mm，…), is
    # joined to it (flows/cut_figures.py).
    cut: str | None = None
    # The columns a coordinator flagged when returning the entry, and those not changed since:
    # editing a flagged one goes on to the next unchanged one rather than back to the summary
    # (another column, opened from the summary, goes back there). Not stored with the draft:
    # the adapter reads them from the review history on each step.
    flagged: tuple[int, ...] = ()
    unchanged: tuple[int, ...] = ()
    # Whether its owner has another draft in progress, where a change typed here may be meant
    # for that one. Not stored either: the adapter reads it on each step.
    others: bool = False

    @property
    def locked(self) -> bool:
        """Handed in and not returned: nothing typed or pressed changes it."""
        return self.status not in EDITABLE or self.cursor == DONE

    def next_flagged(self, step: int) -> int | None:
        """Done editing column `step`: if the coordinator flagged it, the next flagged column
        still unchanged, so 去修改 walks through them all before the summary. Another column,
        opened from the summary, leads back there."""
        if step not in self.flagged:
            return None
        return min((flag for flag in self.unchanged if flag > step), default=None)
