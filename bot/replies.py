"""What a call of the product returns: texts and a screen for the person acting, and notices
for other people (coordinators told of a submission, an engineer told of a return)."""

from collections.abc import Callable
from dataclasses import dataclass, field

from flows.screens import Screen


@dataclass(frozen=True)
class Notice:
    """`reply` for `chat_id`; `undelivered`, told to the sender when Telegram refuses it (the
    words were the sender's own, written to that person, who would otherwise be said to have
    them); `delivered`, done once Telegram has it (what counts only if it arrived)."""

    chat_id: int
    reply: "Reply"
    undelivered: str | None = field(default=None, kw_only=True)  # not a subclass's fields
    delivered: Callable[[], None] | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class Document:
    filename: str
    content: bytes


@dataclass(frozen=True)
class Reply:
    """Texts to send, then a file, then the screen to ask with; `draft_id` is whose screen it is
    and `revision` that of the answers it shows, carried by its buttons."""

    messages: tuple[str, ...] = ()
    screen: Screen | None = None
    draft_id: int | None = None
    notices: tuple[Notice, ...] = ()
    document: Document | None = None
    refused: bool = False  # nothing was done: the pressed button is not marked as chosen
    revision: int | None = None
