"""A coordinator's words right after 📨 发送退回, while the return is the last thing they did:
a follow-up for the engineer (补充：场景名称也请写具体, 辛苦了，请尽快修改) is offered to be sent
as an addition to the return's comment, never sent unasked; a pleasantry (谢谢, 好的, 👌) is
told the return has gone out, with where to go next."""

from dataclasses import dataclass

from flows.screens import REVIEW, Button, Screen


@dataclass(frozen=True)
class SendAddition:
    """📨 补充发送: the words held after a return sent to the entry's engineer as part of it."""

    draft_id: int


@dataclass(frozen=True)
class DropAddition:
    """不发送: the words held after a return are not sent."""

    draft_id: int


ADDITIONS = (SendAddition, DropAddition)
ASK = ("要把以下文字作为场景 #{id} 退回意见的补充发给填报人吗？（再发送的文字会接在后面）"
       "\n{addition}")
ASK_AGAIN = "请点“📨 补充发送”或“不发送”。"
SENT_ALREADY = ("场景 #{id} 的退回意见已发给填报人，填报人修改并重新提交后会通知您。"
                "如需补充，直接发送补充的内容；发送 /review 查看其他待审核场景。")
WRITE_ADDITION = "请接着发送要补充的内容。"
SENT = "已把补充发给场景 #{id} 的填报人。"
NOT_SENT = "以下文字没有发给填报人：{addition}"
EXPIRED = "这段补充已经处理过或已过期，没有再发送。"
MOVED_ON = "场景 #{id} 已不在退回修改状态（{status}），以下补充没有发出：{addition}"
OUT_OF_SCOPE = "场景 #{id} 已不在您的审核范围内，以下补充没有发出：{addition}"
ENGINEER_ADDED = "↩️ 您的场景 {title} 的退回意见有补充：\n协调员补充：{addition}"


def ask_screen(draft_id: int, addition: str) -> Screen:
    """Whether to send the words held as an addition to the return: only a press sends them."""
    buttons = (Button("📨 补充发送", SendAddition(draft_id)),
               Button("不发送", DropAddition(draft_id)))
    return Screen(at=REVIEW, text=ASK.format(id=draft_id, addition=addition), choices=(buttons,))
