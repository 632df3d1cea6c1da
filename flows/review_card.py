"""An entry's review card: the row, what a coordinator should know before deciding on it, and
the buttons that coordinator may press.

Everything on the card is worked out by the caller for one coordinator (their scope, whether
the entry is their own), so the card itself is plain data turned into text.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flows import actions
from flows.cards import row_card, short_title
from flows.deployment_words import PROVINCE, Words
from flows.draft import STATUS_LABELS, Status
from flows.engineer_messages import Said, answer_row, card_lines
from flows.row import row_cells
from flows.screens import REVIEW, Button, Screen

# Here and below: 省外, 省级 in a province's words, 外地, 市级 in a municipality's (`Card.words`).
OUTSIDE_PROVINCE = "（{outside}布局，填写说明 12）"
DUPLICATE_OF = "（已标记为 #{of} 的重复场景）"
DUPLICATES = "（{ids} 已标记为本场景的重复）"
UNCOVERED = "ℹ️ 指标未涉及：{names}（填写说明 5，仅提醒）"
OWN_ENTRY = "ℹ️ 这是您本人填报的场景，需由其他协调员审核。"
OWN_RELATED = "ℹ️ {ids} 是您本人填报的场景：与其有关的重复标记由其他协调员处理。"
OWN_DUPLICATES = "ℹ️ 退回本场景会取消您本人填报的 {ids} 的重复标记，需由其他协调员退回。"
MARK_OUTSIDE = "ℹ️ #{of} 不在您的审核范围内：该重复标记由{level}协调员处理。"
# A marked entry is decided through its mark: approving it too would tell its engineer both,
# and it would still be left out of the count and the export as a duplicate.
DECIDED_BY_MARK = ("ℹ️ 已标记为重复的场景按 1 项计、不单独导出，因此不单独通过；"
                   "如需单独审核，{how}。")
# Who may lift the mark, as the coordinator reading the card sees it.
UNMARK_HERE = "请先取消重复标记"
UNMARK_BY_PROVINCE = "请{level}协调员取消重复标记"
UNMARK_BY_OTHERS = "请其他协调员取消重复标记"
# A returned entry's answers are its engineer's, edits not yet handed in included.
EDITING = "✏️ 填报人修改中，尚未重新提交：{items}（卡片显示的是修改后的内容）"
MARK_BY_NUMBER = "🔗 标记为其他场景的重复"
# Buttons for the alike entries: a phone shows a dozen rows, and Telegram refuses more than 100
# buttons, so only the most alike get a pair of their own.
ALIKE_BUTTONS = 6
MORE_ALIKE = "相似场景较多，按钮只列出最相似的 {shown} 个；其余 {ids} 在判定不是同类场景后依次列出"
MORE_BY_NUMBER = "，标记为重复也可点“{by_number}”输入编号"
# A pair the similarity rule finds alike that a coordinator judged different scenarios.
DISTINCT = "ℹ️ {by}已判定与 {ids} 不是同类场景，分别计数。"
# In place of the similarity warning's 可能只按 1 项计算: the mark decided it.
MARKED_ALIKE = "ℹ️ {by}已标记与 #{of} 为同类场景，按 1 项计算。"
SET_DISTINCT = "与 #{other} 不是同类场景"
# Beside the similarity warning: the engineer answered what sets the entry apart (填写说明 5).
INNOVATED = "ℹ️ 填报人已写明差异化创新点（见第 5 项），请据此判断是否为同类场景"
INNOVATED_PRESS = "；如不是，请点“{buttons}”，分别计数"
UNSET_DISTINCT = "撤销：与 #{other} 不是同类"


@dataclass(frozen=True)
class Card:
    """One entry as one coordinator is to see it."""

    draft_id: int
    status: Status
    answers: Mapping[str, Any]
    # Of the entry shown: approving, returning and reopening carry it, so a card that later
    # changes or a decision since have outdated cannot decide on what it does not show.
    revision: int
    warnings: Sequence[str] = ()
    uncovered: Sequence[str] = ()  # dimensions without an indicator: a reminder, not a problem
    reminders: Sequence[str] = ()  # what to check, that is no problem (the type of an area)
    markable: Sequence[int] = ()  # similar entries in scope it may be marked a duplicate of
    duplicate_of: int | None = None
    duplicates: Sequence[int] = ()  # entries marked as duplicates of this one
    outside_province: bool = False
    words: Words = PROVINCE  # how the deployment names itself and its coordinators
    since_return: str | None = None  # the last return's comment and what changed since
    editing: str = ""  # of a returned entry: the items its engineer changed, not resubmitted
    own: bool = False  # the coordinator's own entry: decided on by someone else
    # The coordinator's own among the entries named here (similar, duplicates, marked against):
    # no mark between this entry and those is theirs to set or lift, nor a return that lifts one.
    mine: Sequence[int] = ()
    # Marked as a duplicate of an entry outside the coordinator's scope: as they could not have
    # set the mark, they may not lift it.
    mark_outside: bool = False
    distinct: Sequence[int] = ()  # entries in scope judged different scenarios from this one
    distinct_outside: Sequence[int] = ()  # those out of scope: said, undone by the province
    # Who set the mark or judgement with each entry named: (kind, other entry) -> name, "" unknown.
    markers: Mapping[tuple[str, int], str] = field(default_factory=dict)
    unanswered: Sequence[Said] = ()  # the engineer's words no coordinator has answered yet


def entry_screen(card: Card) -> Screen:
    """The full row with its warnings, and the buttons its status allows this coordinator."""
    outside = OUTSIDE_PROVINCE.format(outside=card.words.outside) if card.outside_province else ""
    unit = unit_text(card.answers) + outside
    title = (f"🔎 场景 {short_title(card.draft_id, card.answers)} · "
             f"{STATUS_LABELS[card.status]} · {unit}")
    if card.duplicate_of:
        title += "\n" + DUPLICATE_OF.format(of=card.duplicate_of)
    if card.duplicates:
        title += "\n" + DUPLICATES.format(ids=ids_text(card.duplicates))
    if card.editing:
        title += "\n" + EDITING.format(items=card.editing)
    lines = [row_card(card.answers, title, tuple(card.warnings))]
    if card.duplicate_of:
        lines.append(MARKED_ALIKE.format(by=card.markers.get(("duplicate", card.duplicate_of), ""),
                                         of=card.duplicate_of))
    if card.markable and card.answers.get("innovation"):
        lines.append(_innovated(card))
    if card.uncovered:
        lines.append(UNCOVERED.format(names="、".join(card.uncovered)))
    lines += [f"ℹ️ {reminder}" for reminder in card.reminders]
    if card.own:
        lines.append(OWN_ENTRY)
    elif related := [i for i in card.mine if i in (*card.markable, card.duplicate_of)]:
        lines.append(OWN_RELATED.format(ids=ids_text(related)))
    if not card.own and (lifted := _own_duplicates(card)):
        lines.append(OWN_DUPLICATES.format(ids=ids_text(lifted)))
    lines += _judged_apart(card)
    if more := _more_alike(card):
        lines.append(more)
    if not card.own and card.mark_outside:
        lines.append(MARK_OUTSIDE.format(of=card.duplicate_of, level=card.words.level))
    if not card.own and card.duplicate_of and card.status == Status.SUBMITTED:
        lines.append(DECIDED_BY_MARK.format(how=_who_unmarks(card)))
    text = "\n".join(lines)
    if card.since_return:
        text += "\n\n" + card.since_return
    waiting = [] if card.own else card_lines(card.unanswered)
    if waiting:
        text += "\n\n" + "\n".join(waiting)
    rows = [] if card.own else _decisions(card)
    if waiting:
        rows.append(answer_row(card.draft_id))
    rows.append((Button("📜 历史记录", actions.History(card.draft_id)),))
    return Screen(at=REVIEW, text=text, choices=tuple(rows))


def _decisions(card: Card) -> list[tuple[Button, ...]]:
    rows: list[tuple[Button, ...]] = []
    draft_id, duplicate_of = card.draft_id, card.duplicate_of
    if card.status == Status.SUBMITTED:
        approve = Button("✅ 通过", actions.Approve(draft_id, card.revision))
        decide = [] if duplicate_of else [approve]
        if not _own_duplicates(card):
            decide.append(Button("↩️ 退回修改", actions.Return(draft_id, card.revision)))
        rows.append(tuple(decide))
        marks = _marks(card)
        rows += [(*([Button(f"标记为 #{other} 的重复",
                             actions.MarkDuplicate(draft_id, other, card.revision))]
                    if marks else []), _set_distinct(card, other))
                 for other in _offered(card)[:ALIKE_BUTTONS]]
        if marks:
            rows.append((Button(MARK_BY_NUMBER, actions.AskDuplicate(draft_id, card.revision)),))
    elif card.status == Status.APPROVED:
        rows.append((Button("🔓 重新打开", actions.Reopen(draft_id, card.revision)),))
        rows += [(_set_distinct(card, other),) for other in _offered(card)[:ALIKE_BUTTONS]]
    if card.status in (Status.SUBMITTED, Status.APPROVED):
        rows += [(Button(UNSET_DISTINCT.format(other=other),
                         actions.SetDistinct(draft_id, other, 0, card.revision)),)
                 for other in card.distinct if other not in card.mine]
    if (duplicate_of and _who_unmarks(card) == UNMARK_HERE
            and card.status in (Status.SUBMITTED, Status.APPROVED)):
        rows.append((Button("取消重复标记", actions.UnmarkDuplicate(draft_id, duplicate_of)),))
    return rows


def _innovated(card: Card) -> str:
    """That the engineer wrote a 差异化创新点, pointing to the buttons that count the entry apart
    from the similar ones, where this coordinator is offered them."""
    offered = ([] if card.own or card.status not in (Status.SUBMITTED, Status.APPROVED)
               else _offered(card)[:ALIKE_BUTTONS])
    buttons = "”“".join(SET_DISTINCT.format(other=other) for other in offered)
    return INNOVATED + (INNOVATED_PRESS.format(buttons=buttons) if offered else "") + "。"


def _judged_apart(card: Card) -> list[str]:
    """The entries judged different scenarios from this one, in scope or not (the province's
    judgement is the city's to know, not to undo), a line for each coordinator who judged."""
    by_whom: dict[str, list[int]] = {}
    for other in sorted((*card.distinct, *card.distinct_outside)):
        by_whom.setdefault(card.markers.get(("distinct", other), ""), []).append(other)
    return [DISTINCT.format(by=by, ids=ids_text(ids)) for by, ids in by_whom.items()]


def _marks(card: Card) -> bool:
    """Whether the card offers marks: marks never chain."""
    return card.status == Status.SUBMITTED and not card.duplicate_of and not card.duplicates


def _more_alike(card: Card) -> str | None:
    """The alike entries beyond the buttons, where the card offers buttons for them."""
    rest = _offered(card)[ALIKE_BUTTONS:]
    if card.own or card.status not in (Status.SUBMITTED, Status.APPROVED) or not rest:
        return None
    more = MORE_ALIKE.format(shown=ALIKE_BUTTONS, ids=ids_text(rest))
    return more + (MORE_BY_NUMBER.format(by_number=MARK_BY_NUMBER) if _marks(card) else "") + "。"


def _offered(card: Card) -> list[int]:
    """The alike entries this coordinator may mark or judge apart from the card, most alike
    first: not their own, which nobody decides alone."""
    return [other for other in card.markable if other not in card.mine]


def _set_distinct(card: Card, other: int) -> Button:
    return Button(SET_DISTINCT.format(other=other),
                  actions.SetDistinct(card.draft_id, other, 1, card.revision))


def _who_unmarks(card: Card) -> str:
    """Whether this coordinator may lift the entry's mark, else who may: a mark onto an entry
    outside their scope is the province's, one onto their own entry another coordinator's."""
    if card.mark_outside:
        return UNMARK_BY_PROVINCE.format(level=card.words.level)
    return UNMARK_BY_OTHERS if card.duplicate_of in card.mine else UNMARK_HERE


def _own_duplicates(card: Card) -> list[int]:
    """The coordinator's own entries marked as duplicates of this one: a return lifts them."""
    return [i for i in card.duplicates if i in card.mine]


def ids_text(ids: Sequence[int]) -> str:
    """`#5、#15`."""
    return "、".join(f"#{i}" for i in ids)


def unit_text(answers: Mapping[str, Any]) -> str:
    return row_cells(answers)["user_unit"] or "（未填用户单位）"
