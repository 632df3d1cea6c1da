"""What an engineer can press to answer the coordinator who returned their draft, or to write to
the coordinators responsible for an entry handed in, and what a coordinator presses to answer
such words: the inputs of `bot.coordinator_replies.Replies`."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ReplyToCoordinator:
    """💬 回复协调员: the engineer's next message goes to whoever returned `draft_id`."""

    draft_id: int


@dataclass(frozen=True)
class ContactCoordinator:
    """💬 联系协调员: at an entry submitted or approved, which the engineer can no longer change,
    their next message goes to the coordinators responsible for it."""

    draft_id: int


@dataclass(frozen=True)
class SendHeld:
    """💬 发给协调员: deliver the words typed at a question and not saved (`held` is their id)."""

    held: int


@dataclass(frozen=True)
class CancelReply:
    """取消 after 💬 回复协调员 or 💬 联系协调员 (or ↩️ 回复填报人): nothing is sent, the next
    message answers the question again."""

    draft_id: int


@dataclass(frozen=True)
class AnswerEngineer:
    """↩️ 回复填报人, on an engineer's words a coordinator received: the coordinator's next
    message goes to the engineer of `draft_id`."""

    draft_id: int


REPLY_ACTIONS = (ReplyToCoordinator, ContactCoordinator, SendHeld, CancelReply, AnswerEngineer)
