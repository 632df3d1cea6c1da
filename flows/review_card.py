"""An entry's review card: the row, what a coordinator should know before deciding on it, and
the buttons that coordinator may press.

Everything on the card is worked out by the caller for one coordinator (their scope, whether
the entry is their own), so the card itself is plain data turned into text.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows import actions
from flows.cards import row_card, short_title
from flows.draft import STATUS_LABELS, Status
from flows.row import row_cells
from flows.screens import REVIEW, Button, Screen

OUTSIDE_PROVINCE = "（省外布局，填写说明 12）"
DUPLICATE_OF = "（已标记为 #{of} 的重复场景）"
DUPLICATES = "（{ids} 已标记为本场景的重复）"
UNCOVERED = "ℹ️ 指标未涉及：{names}（填写说明 5，仅提醒）"
OWN_ENTRY = "ℹ️ 这是您本人填报的场景，需由其他协调员审核。"


@dataclass(frozen=True)
class Card:
    """One entry as one coordinator is to see it."""

    draft_id: int
    status: Status
    answers: Mapping[str, Any]
    # Of the answers shown: approving and returning carry it, so a card the engineer's later
    # changes have outdated cannot decide on what it does not show.
    revision: int
    warnings: Sequence[str] = ()
    uncovered: Sequence[str] = ()  # dimensions without an indicator: a reminder, not a problem
    markable: Sequence[int] = ()  # similar entries in scope it may be marked a duplicate of
    duplicate_of: int | None = None
    duplicates: Sequence[int] = ()  # entries marked as duplicates of this one
    outside_province: bool = False
    since_return: str | None = None  # the last return's comment and what changed since
    own: bool = False  # the coordinator's own entry: decided on by someone else


def entry_screen(card: Card) -> Screen:
    """The full row with its warnings, and the buttons its status allows this coordinator."""
    unit = unit_text(card.answers) + (OUTSIDE_PROVINCE if card.outside_province else "")
    title = (f"🔎 场景 {short_title(card.draft_id, card.answers)} · "
             f"{STATUS_LABELS[card.status]} · {unit}")
    if card.duplicate_of:
        title += "\n" + DUPLICATE_OF.format(of=card.duplicate_of)
    if card.duplicates:
        title += "\n" + DUPLICATES.format(ids=ids_text(card.duplicates))
    lines = [row_card(card.answers, title, tuple(card.warnings))]
    if card.uncovered:
        lines.append(UNCOVERED.format(names="、".join(card.uncovered)))
    if card.own:
        lines.append(OWN_ENTRY)
    text = "\n".join(lines)
    if card.since_return:
        text += "\n\n" + card.since_return
    rows = [] if card.own else _decisions(card)
    rows.append((Button("📜 历史记录", actions.History(card.draft_id)),))
    return Screen(at=REVIEW, text=text, choices=tuple(rows))


def _decisions(card: Card) -> list[tuple[Button, ...]]:
    rows: list[tuple[Button, ...]] = []
    draft_id, duplicate_of = card.draft_id, card.duplicate_of
    if card.status == Status.SUBMITTED:
        rows.append((Button("✅ 通过", actions.Approve(draft_id, card.revision)),
                     Button("↩️ 退回修改", actions.Return(draft_id, card.revision))))
        if not duplicate_of:
            rows += [(Button(f"标记为 #{other} 的重复", actions.MarkDuplicate(draft_id, other)),)
                     for other in card.markable]
    elif card.status == Status.APPROVED:
        rows.append((Button("🔓 重新打开", actions.Reopen(draft_id)),))
    if duplicate_of and card.status in (Status.SUBMITTED, Status.APPROVED):
        rows.append((Button("取消重复标记", actions.UnmarkDuplicate(draft_id)),))
    return rows


def ids_text(ids: Sequence[int]) -> str:
    """`#5、#15`."""
    return "、".join(f"#{i}" for i in ids)


def unit_text(answers: Mapping[str, Any]) -> str:
    return row_cells(answers)["user_unit"] or "（未填用户单位）"
