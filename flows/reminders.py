"""The engineer's reminder of drafts left untouched: one message, the drafts grouped by what each
waits for, so a scenario the coordinator returned, or one where only 提交 is left, does not read
as one merely left half filled in."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.navigation import Questionnaire
from flows.review_card import ids_text
from flows.screens import MENU, Button, Screen

REMINDER = "您好！以下场景草稿已超过 {days} 天没有更新，发送 /drafts 或点击下方按钮打开："
TO_FIX = "↩️ 被协调员退回、待修改后重新提交："
TO_SUBMIT = "📝 已填完，尚未提交：请打开后点“提交”"
TO_FILL = "✏️ 继续填写："
COMMENT = "  协调员意见：{comment}"
FLAGGED = "  标注需修改：{columns}"
LAST = "这是关于 {ids} 的最后一次提醒：之后不再提醒，除非草稿再有修改。"
MORE = "另有 {count} 个草稿也超过 {days} 天没有更新，发送 /drafts 查看全部。"
# Drafts a reminder names, each with its button: Telegram refuses a message of over 100 buttons.
SHOWN = 10
COMMENT_CHARS = 60  # a phone's line or two; the whole comment is shown when the entry is opened


@dataclass(frozen=True)
class Waiting:
    """A draft named in a reminder, with what it waits for."""

    draft_id: int
    answers: Mapping[str, Any]
    complete: bool = False  # every question answered: only 提交 is left
    returned: bool = False
    comment: str | None = None  # the coordinator's, when returned
    flagged: tuple[int, ...] = ()  # the columns the coordinator flagged, when returned
    last: bool = False  # the last reminder about this draft until it changes


def reminder_screen(survey: Questionnaire, days: int, drafts: Sequence[Waiting]) -> Screen:
    """Returned scenarios first, then those only to submit, then those to go on filling in;
    a button to open each, in the same order. The first `SHOWN` only, the rest counted:
    /drafts lists them all."""
    groups = (
        (TO_FIX, [d for d in drafts if d.returned]),
        (TO_SUBMIT, [d for d in drafts if not d.returned and d.complete]),
        (TO_FILL, [d for d in drafts if not d.returned and not d.complete]),
    )
    lines = [REMINDER.format(days=days)]
    listed: list[Waiting] = []
    for heading, members in groups:
        members = members[: SHOWN - len(listed)]
        if members:
            lines.append(heading)
            lines += [line for d in members for line in _lines(survey, d)]
            listed += members
    if len(drafts) > len(listed):
        lines.append(MORE.format(count=len(drafts) - len(listed), days=days))
    last = [d.draft_id for d in listed if d.last]
    if last:
        lines.append(LAST.format(ids=ids_text(last)))
    return Screen(
        at=MENU,
        text="\n".join(lines),
        choices=tuple((Button(f"打开 #{d.draft_id}", actions.Open(d.draft_id)),) for d in listed),
    )


def one_line(comment: str, limit: int = COMMENT_CHARS) -> str:
    """A comment on one line, cut at `limit` characters."""
    flat = " ".join(comment.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _lines(survey: Questionnaire, draft: Waiting) -> list[str]:
    lines = [short_title(draft.draft_id, draft.answers)]
    if draft.comment and draft.comment.strip():
        lines.append(COMMENT.format(comment=one_line(draft.comment)))
    if draft.flagged:
        columns = "、".join(f"{s} {survey.step_title(s)}" for s in sorted(draft.flagged))
        lines.append(FLAGGED.format(columns=columns))
    return lines
