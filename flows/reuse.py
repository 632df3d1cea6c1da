"""沿用: the answers an engineer gave in another scenario, offered where a new one asks them again.

Enterprises file two or three scenarios; the unit's full name and the consortium's long list
are the slowest to type on a phone, and a typo makes the province's rows disagree. A question
of the current draft still unanswered offers the same answer of the engineer's most recently
updated other scenario; the press is then the answer typed, so it is checked and echoed as
typed words are.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from flows.draft import Draft, Status
from flows.row import consortium_cell
from flows.screens import Button, Screen

# The answers of other scenarios the offers are made from.
KEYS = ("city", "enterprise", "makers", "partners")
# Enough of a unit's name to tell it on a phone's button, which cuts longer labels itself.
LABEL_LENGTH = 20
UNIT_BUTTON = "沿用：{name}"
MEMBERS_NOTE = "场景 #{id} 填写的是：{members}"
MEMBERS_BUTTON = "沿用场景 #{id} 的联合体成员"


@dataclass(frozen=True)
class Reuse:
    """Answer the question with another scenario's answer: its number alone, as a button's data
    holds 64 bytes and may be forged; the answer is looked up, and checked, when pressed."""

    draft_id: int


def open_to_reuse(draft: Draft) -> bool:
    """Whether the draft's question may offer another scenario's answer: not once answered
    (going back shows 保持不变 instead), nor on a returned draft, which is corrected as the
    coordinator asked, not filled; a unit only once its city is chosen."""
    answers = draft.answers
    if draft.status != Status.DRAFT:
        return False
    if draft.cursor == "enterprise":
        return bool(answers.get("city")) and not answers.get("enterprise")
    return draft.cursor == "makers" and not (answers.get("makers") or answers.get("partners"))


def reusable(draft: Draft, other: Mapping[str, Any]) -> str | None:
    """The words pressing 沿用 types at the draft's question, from another scenario's answers:
    a unit only within the city chosen now (a group's plants in two cities are two units), the
    members as the template's cell, which the question reads as both its parts."""
    if not open_to_reuse(draft):
        return None
    if draft.cursor == "enterprise":
        return other.get("enterprise") if other.get("city") == draft.answers["city"] else None
    return consortium_cell(other) if other.get("makers") else None


def offered(screen: Screen, draft: Draft,
            others: Sequence[tuple[int, Mapping[str, Any]]]) -> Screen:
    """The question with the first of `others` (newest first) it can reuse, as one more button
    (and, for the members, too long for a button, the list above that button)."""
    if screen.at != draft.cursor:
        return screen
    found = next(((draft_id, text) for draft_id, other in others
                  if (text := reusable(draft, other))), None)
    if found is None:
        return screen
    draft_id, text = found
    if draft.cursor == "enterprise":
        note, label = None, UNIT_BUTTON.format(name=_cut(text))
    else:
        note = MEMBERS_NOTE.format(id=draft_id, members=text)
        label = MEMBERS_BUTTON.format(id=draft_id)
    return replace(screen, text="\n".join(filter(None, (screen.text, note))),
                   choices=(*screen.choices, (Button(label, Reuse(draft_id)),)))


def _cut(name: str) -> str:
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1] + "…"
