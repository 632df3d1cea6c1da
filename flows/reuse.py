"""沿用: the answers an engineer gave in another scenario, offered where a new one asks them again.

Enterprises file two or three scenarios; the unit's full name and the consortium's long list
are the slowest to type on a phone, and a typo makes the province's rows disagree. A question
of the current draft still unanswered offers the same answer of the engineer's most recently
updated other scenario; the press is then the answer typed, so it is checked and echoed as
typed words are, as long as it is still the answer the offer showed.
"""

import zlib
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
    """Answer the question with another scenario's answer: its number and the `fingerprint` of
    the answer its offer showed, as a button's data holds 64 bytes and may be forged; the answer
    is looked up, and checked, when pressed, and taken only while it is still the one shown (an
    old button, whose scenario was corrected since, would otherwise save what its label did not
    say)."""

    draft_id: int
    shown: int


@dataclass(frozen=True)
class Offer:
    """Another scenario's answer the question offers, and the press that takes it."""

    draft_id: int
    text: str

    @property
    def press(self) -> Reuse:
        return Reuse(self.draft_id, fingerprint(self.text))


def fingerprint(text: str) -> int:
    """Few enough digits for a button's data; a changed answer gets another one."""
    return zlib.crc32(text.encode())


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
    """The question with what it can reuse (`offer`), as one more button (and, for the members,
    too long for a button, the list above that button)."""
    found = offer(draft, others) if screen.at == draft.cursor else None
    if found is None:
        return screen
    if draft.cursor == "enterprise":
        note, label = None, UNIT_BUTTON.format(name=cut(found.text))
    else:
        note = MEMBERS_NOTE.format(id=found.draft_id, members=found.text)
        label = MEMBERS_BUTTON.format(id=found.draft_id)
    return replace(screen, text="\n".join(filter(None, (screen.text, note))),
                   choices=(*screen.choices, (Button(label, found.press),)))


def offer(draft: Draft, others: Sequence[tuple[int, Mapping[str, Any]]]) -> Offer | None:
    """The answer of the first of `others` (newest first) the draft's question can reuse."""
    return next((Offer(draft_id, text) for draft_id, other in others
                 if (text := reusable(draft, other))), None)


def cut(name: str) -> str:
    """The unit's name as its button shows it."""
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1] + "…"
