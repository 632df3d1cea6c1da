"""An engineer's words for the coordinators of their entry: an answer to the one who returned
their draft, or a message to those responsible for an entry submitted or approved, which the
engineer can no longer change. The buttons, and the words both sides see. What is said to a
coordinator is delivered, never saved as an answer."""

from collections.abc import Mapping, Sequence
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.draft import Status
from flows.reply_actions import (
    AnswerEngineer,
    CancelReply,
    ContactCoordinator,
    ReplyToCoordinator,
    SendHeld,
)
from flows.screens import (
    MENU,
    REVIEW,
    Button,
    Screen,
    contact_button,
    coordinator_button,
    reply_button,
)

SEND = "💬 发给协调员"
ASK_REPLY = ("请发送要回复协调员（{to}）的话（一条文字消息），将原文发给对方，不会填入场景。"
             "点“取消”或发送“取消”则不发送。")
ASK_MESSAGE = ("请发送要给协调员（{to}）的留言（一条文字消息），如需修改的项目和原因，"
               "将原文发给对方，不会改动场景。点“取消”或发送“取消”则不发送。")
REPLY_CANCELLED = "已取消，没有发给协调员。"
SENT = "✅ 已发给协调员（{by}）：{text}"
NOT_RETURNED = ("场景 {title} 已不是退回修改状态，消息没有发出。"
                "如有疑问，请点“💬 联系协调员”。")
NOW_RETURNED = ("场景 {title} 已被退回修改，消息没有发出。"
                "请点“💬 回复协调员”，回复退回它的协调员。")
NO_COORDINATOR = "目前没有负责{city}的协调员，消息没有发出。"
# A button to write to one pressed then: nothing typed yet, so nothing lost.
NO_COORDINATOR_NOW = "目前没有负责{city}的协调员，暂时无法给协调员发消息。"
REPLY_NOT_TEXT = ("图片、语音和文件不会发给协调员，这条没有发出。请用文字发送要说的话（一条消息），"
                  "或点“取消”。")
# Telegram refused the words to one of them (blocked, or down for a moment): the sender must
# not think they arrived. The engineer's are kept in the history all the same; a coordinator's
# answer is not, and answers nothing: the engineer's words still wait for one.
NOT_ARRIVED = "⚠️ 上面这条没有送达{to}（Telegram 拒绝发送，对方可能屏蔽了机器人或网络中断）。"
AGAIN = "请稍后再发送一次，或通过其他方式联系。"
UNDELIVERED = NOT_ARRIVED + "原文已记入该场景的历史记录；" + AGAIN
ANSWER_UNDELIVERED = NOT_ARRIVED + "没有记入历史记录，填报人的话仍算待回复；" + AGAIN
HELD_GONE = "这条消息已经发出或已过期，没有再次发送。"
TALK_BACK = ("这条消息像是写给协调员{by}的话，{unsaved}。"
             "如需发给协调员，请点“💬 发给协调员”；{content}")
# The same words typed at another draft while one stands returned: about the returned one.
TALK_BACK_BESIDE = ("这条消息像是写给场景 {returned}的协调员{by}的话，{unsaved}。"
                    "如需发给协调员，请点“💬 发给协调员”；要修改场景 #{id}，请点"
                    "“✏️ 去修改 #{id}”；{content}")
TALK_BACK_BESIDE_SEVERAL = ("这条消息像是写给协调员的话，{unsaved}。"
                            "被退回待修改的有场景 {returned}：{send}要修改请点对应的“✏️ 去修改”；"
                            "{content}")
# Where the words were not saved, and how to have them saved if they are content after all: at
# a question, as its answer; at the summary (no question: `None`), as the item they change.
UNSAVED = "没有保存为{draft}“{question}”"
UNSAVED_AT_SUMMARY = "没有填入{draft}任何一项"
CONTENT = "如确是本项的内容，请写完整后重新发送。"
CONTENT_AT_SUMMARY = "如确是某一项的新内容，请输入“项目名：新内容”。"
SEND_SEVERAL = "如需发给其中一个场景的协调员，请点对应的“💬 发给”按钮；"
SEND_TO = "💬 发给 #{id} 的协调员"
LOCKED_TALK_BACK = ("场景 {title} 已{status}，不能再修改，这条消息没有保存。"
                    "它像是写给协调员（{to}）的话：如需发给对方，请点“💬 发给协调员”。")
COMMENT = "协调员意见：{comment}"
FLAGGED = "需要修改：{columns}"
# The engineer's words by the kind of event they are kept as (storage.coordinator_replies):
# an answer to a return, or a message about an entry handed in.
SAID = {"reply": "回复", "message": "留言"}
# To the coordinator: who said what about which entry, with the way to the entry's card.
TO_COORDINATOR = "💬 场景 {title} 的填报人 {engineer} {said}：\n{text}"
HISTORY = "填报人{said}：{text}"
# A coordinator's answer to such words (↩️ 回复填报人), the other way: the kind of event it is
# kept as, and what each side sees.
ANSWER = "coordinator_reply"
ANSWER_BUTTON = "↩️ 回复填报人"
ASK_ANSWER = ("请发送要回复场景 {title} 的填报人（{engineer}）的话（一条文字消息），"
              "将原文发给对方。点“取消”或发送“取消”则不发送。")
ANSWER_CANCELLED = "已取消，没有发给填报人。"
ANSWERED = "✅ 已发给场景 #{id} 的填报人（{engineer}）：{text}"
NOT_ANSWERABLE = "场景 #{id} 不在您的审核范围内（或已删除），消息没有发出。"
TO_ENGINEER = "💬 协调员（{by}）回复场景 {title}：\n{text}"
ANSWER_HISTORY = "协调员回复：{text}"
# The buttons whose words go to a coordinator, and, when no coordinator covers the entry's city
# (none set up for it yet), what the words pointing to them say instead: nobody is asked to
# type a message for no one.
TO_A_COORDINATOR = (ContactCoordinator, ReplyToCoordinator, SendHeld)
NOBODY = "目前还没有负责{city}的协调员"
NOBODY_WORDS = (
    ("如需修改，请点“💬 联系协调员”说明，由协调员退回后再改", "如需修改须由协调员退回，但{nobody}"),
    ("请点下面的按钮告诉协调员", "须由协调员处理，但{nobody}"),
    ("如有疑问，请点“💬 联系协调员”", "{nobody}，暂时无法联系"),
    ("请点“💬 回复协调员”，回复退回它的协调员", "{nobody}，暂时无法回复"),
    ("如需发给协调员，请点“💬 发给协调员”", "{nobody}，无法发出"),
)


def ask_screen(draft_id: int, to: str, returned: bool) -> Screen:
    """After 💬 回复协调员 (`returned`) or 💬 联系协调员: the next message is the one sent."""
    asked = ASK_REPLY if returned else ASK_MESSAGE
    return Screen(at=MENU, text=asked.format(to=to),
                  choices=((Button("取消", CancelReply(draft_id)),),))


def not_sent_screen(title: str, returned: bool, draft_id: int) -> Screen:
    """A button of the other way to a coordinator pressed: the entry was returned, or handed in
    again, since. Nothing sent, and the button that fits the entry now."""
    if returned:
        return Screen(MENU, NOW_RETURNED.format(title=title), (reply_button(draft_id),))
    return Screen(MENU, NOT_RETURNED.format(title=title), (contact_button(draft_id),))


def talk_back_texts(by: str, question: str | None, comment: str | None,
                    flagged: Sequence[str]) -> tuple[str, ...]:
    """Words for the coordinator typed at a question (`None`: at the summary): not saved, and
    what the coordinator asked, which such words are mostly about. `by`, whom they would go
    to: none named when nobody covers the entry now."""
    said = TALK_BACK.format(by=f"（{by}）" if by else "", **_not_saved(question))
    asked = (COMMENT.format(comment=comment),) if comment else ()
    columns = (FLAGGED.format(columns="、".join(flagged)),) if flagged else ()
    return (said, *asked, *columns)


def talk_back_beside(current: str, question: str | None, returned: Sequence[str], by: str,
                     returned_id: int, sent: bool) -> str:
    """Words for a coordinator typed at `current`'s question (`None`: its summary) while the
    `returned` drafts wait for changes: not saved, and said to be for the one returned (`by`,
    whom they would go to), or, with several, for one of them (`sent`: some can be sent)."""
    unsaved = _not_saved(question, current)
    if len(returned) == 1:
        return TALK_BACK_BESIDE.format(returned=returned[0], by=f"（{by}）" if by else "",
                                       id=returned_id, **unsaved)
    return TALK_BACK_BESIDE_SEVERAL.format(returned="、".join(returned),
                                           send=SEND_SEVERAL if sent else "", **unsaved)


def _not_saved(question: str | None, current: str | None = None) -> dict[str, str]:
    """What the words were not saved as: the question's answer, or at the summary (`None`),
    which has no question, any item; `current`, the draft named when another is returned. A
    made-up column is never named."""
    of = f"场景 {current}的" if current else ""
    if question is None:
        return {"unsaved": UNSAVED_AT_SUMMARY.format(draft=of or "场景的"),
                "content": CONTENT_AT_SUMMARY}
    return {"unsaved": UNSAVED.format(draft=of, question=question), "content": CONTENT}


def locked_talk_back(title: str, status: str, to: str, held: int) -> Screen:
    """Words for the coordinators typed at an entry handed in: not saved, and the button that
    delivers them."""
    return Screen(MENU, LOCKED_TALK_BACK.format(title=title, status=status, to=to),
                  ((Button(SEND, SendHeld(held)),),))


def with_send_button(screen: Screen | None, held: int) -> Screen | None:
    """The question again, with the button that delivers the words it did not take, in place
    of the summary's 💬 回复协调员: two buttons to the same coordinator would read alike, and
    this one sends the words already typed."""
    if screen is None:
        return None
    kept = tuple(row for row in screen.choices
                 if not all(isinstance(b.action, ReplyToCoordinator) for b in row))
    return Screen(screen.at, screen.text, (*kept, (Button(SEND, SendHeld(held)),)), screen.nav)


def to_coordinator(draft_id: int, answers: Mapping[str, Any], engineer: str, said: str,
                   text: str) -> Screen:
    """The words as a coordinator receives them (`said`: 回复 or 留言), with the entry's card a
    press away."""
    return Screen(at=REVIEW, text=TO_COORDINATOR.format(
        title=short_title(draft_id, answers), engineer=engineer, said=said, text=text),
        choices=((Button(f"🔎 查看场景 #{draft_id}", actions.Review(draft_id)),
                  Button(ANSWER_BUTTON, AnswerEngineer(draft_id))),))


def ask_answer_screen(draft_id: int, title: str, engineer: str) -> Screen:
    """After ↩️ 回复填报人: the coordinator's next message is the one sent."""
    return Screen(at=REVIEW, text=ASK_ANSWER.format(title=title, engineer=engineer),
                  choices=((Button("取消", CancelReply(draft_id)),),))


def to_engineer(draft_id: int, title: str, by: str, text: str, status: Status) -> Screen:
    """A coordinator's answer as the engineer receives it, with the way to write back that fits
    the entry's status (none for a draft not handed in)."""
    way = (coordinator_button(draft_id, status),) \
        if status in (Status.RETURNED, Status.SUBMITTED, Status.APPROVED) else ()
    return Screen(at=MENU, text=TO_ENGINEER.format(by=by, title=title, text=text), choices=way)


def to_a_coordinator(screen: Screen | None) -> list[object]:
    """The presses on `screen` whose words go to a coordinator."""
    rows = screen.choices if screen is not None else ()
    return [b.action for row in rows for b in row if isinstance(b.action, TO_A_COORDINATOR)]


def nobody_covers(city: str, text: str) -> str:
    """`text` saying no coordinator covers the entry's city where it says to press a button
    that writes to one."""
    for words, instead in NOBODY_WORDS:
        text = text.replace(words, instead.format(nobody=NOBODY.format(city=city)))
    return text


def without_coordinator(screen: Screen, city: str) -> Screen:
    """No coordinator covers the entry's city: the buttons that would write to one left out,
    and the words pointing to them say so."""
    rows = (tuple(b for b in row if not isinstance(b.action, TO_A_COORDINATOR))
            for row in screen.choices)
    return Screen(screen.at, nobody_covers(city, screen.text), tuple(r for r in rows if r),
                  screen.nav)
