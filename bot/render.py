"""Replies as Telegram messages: texts, then the screen with its inline keyboard.

Messages are plain text (no parse mode), so nothing an engineer types can break the markup.
"""

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import MessageLimit

from bot.callbacks import encode
from bot.intake import Reply
from flows.menus import LIST
from flows.screens import Screen

TRUNCATED = "\n…（内容过长，已截断）"


def keyboard(screen: Screen, draft_id: int | None) -> InlineKeyboardMarkup | None:
    owner = draft_id if screen.at != LIST else None
    rows = [
        [InlineKeyboardButton(b.label, callback_data=encode(b.action, owner, screen.at)) for b in row]
        for row in (*screen.choices, screen.nav)
        if row
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def fit(text: str) -> str:
    """Telegram refuses messages over 4096 characters: cut long ones visibly."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    return text if len(text) <= limit else text[: limit - len(TRUNCATED)] + TRUNCATED


async def send(message: Message, reply: Reply) -> None:
    """Send a reply into the chat of `message` (the engineer's last message or pressed button)."""
    for text in reply.messages:
        await message.chat.send_message(fit(text))
    if reply.screen is not None:
        await message.chat.send_message(
            fit(reply.screen.text), reply_markup=keyboard(reply.screen, reply.draft_id)
        )


async def replace(message: Message, reply: Reply) -> None:
    """Redraw the pressed message in place: a tick on a multi-select changes only its buttons."""
    await message.edit_text(
        fit(reply.screen.text), reply_markup=keyboard(reply.screen, reply.draft_id)
    )
