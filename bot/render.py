"""Replies as Telegram messages: texts, then the screen with its inline keyboard, then the
notices for other people.

Messages are plain text (no parse mode), so nothing anyone types can break the markup.
"""

import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import MessageLimit
from telegram.error import TelegramError

from bot.callbacks import encode
from bot.replies import Notice, Reply
from flows.screens import Screen

log = logging.getLogger(__name__)

TRUNCATED = "\n…（内容过长，已截断）"
TERMINAL_CHAT = 0  # drafts typed in the terminal have no Telegram chat to notify


def keyboard(screen: Screen, draft_id: int | None) -> InlineKeyboardMarkup | None:
    """Questionnaire buttons carry their draft and question; menu and review buttons do not."""
    tracked = draft_id if screen.tracked else None
    rows = [
        [InlineKeyboardButton(b.label, callback_data=encode(b.action, tracked, screen.at))
         for b in row]
        for row in (*screen.choices, screen.nav)
        if row
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def fit(text: str) -> str:
    """Telegram refuses messages over 4096 characters: cut long ones visibly."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    return text if len(text) <= limit else text[: limit - len(TRUNCATED)] + TRUNCATED


async def send(bot: Bot, chat_id: int, reply: Reply) -> None:
    """Send a reply to the person acting, then deliver its notices to the others."""
    for text in reply.messages:
        await bot.send_message(chat_id, fit(text))
    if reply.document is not None:
        await bot.send_document(
            chat_id, reply.document.content, filename=reply.document.filename
        )
    if reply.screen is not None:
        await bot.send_message(
            chat_id, fit(reply.screen.text), reply_markup=keyboard(reply.screen, reply.draft_id)
        )
    for notice in reply.notices:
        await deliver(bot, notice)


async def deliver(bot: Bot, notice: Notice) -> None:
    """A notice to someone else; one who blocked the bot must not fail the sender's action."""
    if notice.chat_id == TERMINAL_CHAT:
        return
    try:
        await send(bot, notice.chat_id, notice.reply)
    except TelegramError as error:
        log.warning("could not notify %s: %s", notice.chat_id, error)


async def replace(message: Message, reply: Reply) -> None:
    """Redraw the pressed message in place: a tick on a multi-select changes only its buttons."""
    await message.edit_text(
        fit(reply.screen.text), reply_markup=keyboard(reply.screen, reply.draft_id)
    )
