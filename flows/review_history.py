"""What changed in an entry, in coordinators' words: since it was returned (on the card of the
resubmitted entry, and which flagged columns were left as they were), since an outdated card
was drawn, and its whole history."""

from collections.abc import Mapping, Sequence
from typing import Any

from flows.beijing import minute
from flows.cards import answer_text
from flows.coordinator_replies import ANSWER, ANSWER_HISTORY, HISTORY, SAID
from flows.draft import STATUS_LABELS, Status
from flows.navigation import Questionnaire
from flows.review import CHANGED_SINCE_CARD, OUTDATED
from flows.row import row_cells

# Of an entry neither changed nor returned since a card: how it moved on (approved, reopened).
DECIDED_SINCE = {Status.APPROVED: "审核通过", Status.SUBMITTED: "重新打开"}
DECIDED_SINCE_CARD = ("这张卡片发出后，该场景已{moves}（内容没有修改），当前状态：{status}。"
                      "请查看下面的最新内容后再审核。")
LAST_RETURN = "↩️ 上次退回意见（{by}，{at}）：{comment}"
# A mark lifted by a return, not by a decision on this entry: said, as the one who returned
# may cover another city.
LIFTED = "取消重复标记（因 #{id} 被退回修改，标记随之取消）"
# A long new answer stands in full above the changes on the card: pointed to, not printed twice,
# so a resubmitted entry's card is not twice as long as its content. The old one is shown whole,
# as the card holds it nowhere else.
LONG_NEW = 100
NEW_ABOVE = "（新内容较长，见上方第 {step} 项）"


def since_return_text(
    survey: Questionnaire, by: str, at: str, comment: str | None,
    changes: Mapping[str, tuple[Any, Any]], flagged: Sequence[int] = (),
) -> str:
    """On a resubmitted entry's card: what was asked, by whom and when, then what changed, so
    a coordinator who did not return it can judge whether the fix answers the request."""
    asked = LAST_RETURN.format(by=by, at=minute(at), comment=comment or "（无）")
    return asked + "\n" + changes_text(survey, changes, flagged)


def changes_text(
    survey: Questionnaire, changes: Mapping[str, tuple[Any, Any]], flagged: Sequence[int] = ()
) -> str:
    """Field by field, what the engineer changed since the entry was returned, and which of
    the columns the coordinator flagged were left as they were."""
    changes = template_changes(changes)
    if changes:
        lines = ["✏️ 自退回以来的修改："]
        lines += [f"• {_change(survey, key, old, new, _on_card(survey, key, new))}"
                  for key, (old, new) in changes.items()]
    else:
        lines = ["自退回以来未修改任何内容。"]
    if left := untouched(survey, changes, flagged):
        lines.append(f"⚠️ 标注需修改但未改动：{step_titles(survey, left)}")
    return "\n".join(lines)


def outdated_text(survey: Questionnaire, changes: Mapping[str, tuple[Any, Any]] | None,
                  statuses: Sequence[Status] = ()) -> str:
    """Why a press on a card drawn before the entry changed is refused: the items changed
    since, so the coordinator reads them before deciding rather than decide on content they
    did not read. Where none did and the entry was only approved and reopened since (its
    `statuses` since the card), that is said, as no content nor return is the reason. The
    general words when the history cannot tell (None), or no cell reads otherwise (returned
    and resubmitted as it was, or changed back)."""
    items = changed_items(survey, changes or {})
    if items:
        return CHANGED_SINCE_CARD.format(items=items)
    if changes is not None and statuses and Status.RETURNED not in statuses:
        moves = "，又".join(dict.fromkeys(DECIDED_SINCE[status] for status in statuses))
        return DECIDED_SINCE_CARD.format(moves=moves, status=STATUS_LABELS[statuses[-1]])
    return OUTDATED


def changed_items(survey: Questionnaire, changes: Mapping[str, tuple[Any, Any]]) -> str:
    """`场景名称、部署总数`: the items whose cells the changes touch, in the table's order;
    empty when no cell reads otherwise."""
    shown = template_changes(changes)
    return "、".join(dict.fromkeys(survey.field(key).title
                                  for key in sorted(shown, key=survey.position.__getitem__)))


def template_changes(changes: Mapping[str, tuple[Any, Any]]) -> dict[str, tuple[Any, Any]]:
    """Only the changes the template's cells show: an internal answer (whether to add
    indicators, 是否补充指标) cleared on the way would read to people as deleted content."""
    return {key: (old, new) for key, (old, new) in changes.items() if _shows(key, old, new)}


def _shows(key: str, old: Any, new: Any) -> bool:
    return row_cells({key: old}) != row_cells({key: new})


def untouched(
    survey: Questionnaire, changes: Mapping[str, Any], flagged: Sequence[int]
) -> list[int]:
    """The flagged columns none of whose answers changed, in order. Any answer counts, not
    only what the template's cells show: a product type ticked while its form is still to be
    picked shows in no cell, yet the engineer has been at it, and the summary warns of it."""
    changed_steps = {survey.field(key).step for key in changes}
    return [step for step in sorted(flagged) if step not in changed_steps]


def step_titles(survey: Questionnaire, steps: Sequence[int]) -> str:
    """`5 场景描述与关键技术要求、10 部署总数`."""
    return "、".join(f"{step} {survey.step_title(step)}" for step in steps)


def history_text(survey: Questionnaire, draft_id: int, events: Sequence) -> str:
    """State changes and edits after the first submission: when, who, what, old and new.

    Answers typed while drafting are summed up in one line: the record that matters to a
    coordinator starts when the row is handed in.
    """
    lines = [f"📜 场景 #{draft_id} 的历史记录："]
    drafting = [e for e in _until_submitted(events) if e.kind == "answer"]
    if drafting:
        lines.append(f"{_when(drafting[0])} {_who(drafting[0])} 填写草稿（{len(drafting)} 次作答）")
    for event in events:
        if event.kind == "answer" and (
            event in drafting or not _shows(event.field, event.old, event.new)
        ):
            continue
        lines.append(f"{_when(event)} {_who(event)} {_event_text(survey, event)}")
    return "\n".join(lines)


def _until_submitted(events: Sequence) -> list:
    before = []
    for event in events:
        if event.kind == "status" and event.new == Status.SUBMITTED:
            break
        before.append(event)
    return before


def _when(event) -> str:
    return minute(event.at)


def _who(event) -> str:
    return event.actor_name or str(event.actor_id)


def _event_text(survey: Questionnaire, event) -> str:
    if event.kind == "status":
        words = f"状态：{_status(event.old)} → {_status(event.new)}"
        return words + (f"（意见：{event.comment}）" if event.comment else "")
    if event.kind == "answer":
        return f"修改 {_change(survey, event.field, event.old, event.new)}"
    if event.kind == "flags":
        return "标注需修改：" + "、".join(f"{s} {survey.step_title(s)}" for s in event.new)
    if event.kind == "duplicate":
        if event.new:
            return f"标记为 #{event.new} 的重复场景"
        return LIFTED.format(id=event.old) if event.old else "取消重复标记"
    if event.kind in SAID:  # the engineer's words to the coordinators
        return HISTORY.format(said=SAID[event.kind], text=event.comment)
    if event.kind == ANSWER:  # a coordinator's answer to them
        return ANSWER_HISTORY.format(text=event.comment)
    if event.kind == "addition":  # words a coordinator added to a return already sent
        return f"补充退回意见：{event.comment}"
    if event.kind == "distinct":
        return (f"判定与 #{event.new} 不是同类场景" if event.new
                else f"撤销：与 #{event.old} 不是同类场景")
    return event.kind


def _status(value: str | None) -> str:
    return STATUS_LABELS.get(Status(value), value) if value else "—"


def _on_card(survey: Questionnaire, key: str, new: Any) -> str:
    """The new answer as the changes on a card show it."""
    text = answer_text(key, new)
    return NEW_ABOVE.format(step=survey.field(key).step) if len(text) > LONG_NEW else text


def _change(survey: Questionnaire, key: str, old: Any, new: Any, new_text: str = "") -> str:
    """`部署总数：10台 → 6台`."""
    title = survey.field(key).title
    return f"{title}：{answer_text(key, old)} → {new_text or answer_text(key, new)}"
