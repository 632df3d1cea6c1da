"""An engineer answering the coordinator who returned their draft: the buttons, and the words
both of them see. What is said to the coordinator is delivered, never saved as an answer."""

from collections.abc import Mapping, Sequence
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.reply_actions import CancelReply, SendHeld
from flows.screens import MENU, REVIEW, Button, Screen

SEND = "💬 发给协调员"
ASK_REPLY = ("请发送要回复协调员（{by}）的话（一条文字消息），将原文发给对方，不会填入场景。"
             "点“取消”或发送“取消”则不发送。")
REPLY_CANCELLED = "已取消，没有发给协调员。"
SENT = "✅ 已发给协调员（{by}）：{text}"
NOT_RETURNED = "场景 {title} 已不是退回修改状态，消息没有发出。如有疑问，请直接联系协调员。"
HELD_GONE = "这条消息已经发出或已过期，没有再次发送。"
REPLY_NOT_TEXT = "回复协调员请发送文字。"
TALK_BACK = ("这条消息像是写给协调员（{by}）的话，没有保存为“{question}”。"
             "如需发给协调员，请点“💬 发给协调员”；如确是本项的内容，请写完整后重新发送。")
AT_SUMMARY = "场景内容"
COMMENT = "协调员意见：{comment}"
FLAGGED = "需要修改：{columns}"
# To the coordinator: who answered which return, with the way to the entry's card.
TO_COORDINATOR = "💬 场景 {title} 的填报人 {engineer} 回复：\n{text}"
HISTORY = "填报人回复：{text}"


def ask_reply_screen(draft_id: int, by: str) -> Screen:
    """After 💬 回复协调员: the next message is the reply."""
    return Screen(at=MENU, text=ASK_REPLY.format(by=by),
                  choices=((Button("取消", CancelReply(draft_id)),),))


def talk_back_texts(by: str, question: str | None, comment: str | None,
                    flagged: Sequence[str]) -> tuple[str, ...]:
    """Words for the coordinator typed at a question (`None`: at the summary): not saved, and
    what the coordinator asked, which such words are mostly about."""
    said = TALK_BACK.format(by=by, question=question or AT_SUMMARY)
    asked = (COMMENT.format(comment=comment),) if comment else ()
    columns = (FLAGGED.format(columns="、".join(flagged)),) if flagged else ()
    return (said, *asked, *columns)


def with_send_button(screen: Screen | None, held: int) -> Screen | None:
    """The question again, with the button that delivers the words it did not take."""
    if screen is None:
        return None
    return Screen(screen.at, screen.text, (*screen.choices, (Button(SEND, SendHeld(held)),)),
                  screen.nav)


def to_coordinator(draft_id: int, answers: Mapping[str, Any], engineer: str, text: str
                   ) -> Screen:
    """The reply as the coordinator receives it, with the entry's card a press away."""
    return Screen(at=REVIEW, text=TO_COORDINATOR.format(
        title=short_title(draft_id, answers), engineer=engineer, text=text),
        choices=((Button(f"🔎 查看场景 #{draft_id}", actions.Review(draft_id)),),))
