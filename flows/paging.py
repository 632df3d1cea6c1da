"""Lists too long for one message, a page at a time: Telegram shows at most 100 buttons on a
message and refuses the whole message beyond that, so a list with a button or two an item
(the review queue, an engineer's drafts) is split into pages."""

from flows.screens import Button

PREVIOUS = "⬅️ 上一页"
NEXT = "下一页 ➡️"


def paging_row(previous: object | None, following: object | None) -> tuple[Button, ...]:
    """The buttons to the pages before and after, those there are: each the action drawing
    that page, None where there is no such page."""
    pages = ((PREVIOUS, previous), (NEXT, following))
    return tuple(Button(label, action) for label, action in pages if action is not None)
