"""Replies as Telegram messages: texts, then the screen with its inline keyboard, then the
notices for other people.

Messages are plain text (no parse mode), so nothing anyone types can break the markup.
Texts and screens go out through `post`, which does not read Telegram's answer back into
objects: the bot never uses the message it sent, and parsing it (with its keyboard) cost
more CPU than the whole step of the questionnaire.
"""

import logging
import warnings
from typing import Any

from telegram import Bot, MaybeInaccessibleMessage
from telegram.constants import MessageLimit
from telegram.error import BadRequest, TelegramError
from telegram.warnings import PTBUserWarning

from bot.callbacks import encode
from bot.replies import Notice, Reply
from flows.screens import Button

log = logging.getLogger(__name__)

TRUNCATED = "\n…（内容过长，已截断）"
TERMINAL_CHAT = 0  # drafts typed in the terminal have no Telegram chat to notify
# A phone shows about three buttons a row before cutting their labels to a few characters, which
# would leave 保持不变 and 清空此项 looking alike.
NAV_PER_ROW = 3
RAW_ENDPOINTS = ("sendMessage", "editMessageText")
# Telegram's words for a message the bot may not edit any more.
UNEDITABLE = ("message to edit not found", "message can't be edited")


def quiet_raw_posts() -> None:
    """`do_api_request` nudges towards the typed methods, whose parsed results `post` avoids
    on purpose; silence that nudge for the endpoints `post` is used with."""
    warnings.filterwarnings(
        "ignore",
        message=rf"Please use 'Bot\.({'|'.join(RAW_ENDPOINTS)})'",
        category=PTBUserWarning,
    )


def keyboard(reply: Reply) -> dict | None:
    """Questionnaire buttons carry their draft, question and revision; menu and review buttons
    do not."""
    screen = reply.screen
    tracked = reply.draft_id if screen.tracked else None
    rows = [
        [{"text": b.label, "callback_data": encode(b.action, tracked, screen.at, reply.revision)}
         for b in row]
        for row in (*screen.choices, *_nav_rows(screen.nav))
        if row
    ]
    return {"inline_keyboard": rows} if rows else None


def _nav_rows(nav: tuple[Button, ...]) -> tuple[tuple[Button, ...], ...]:
    """A way-out row too long for a phone goes in pairs: 返回汇总 with 保持不变 above, 清空此项
    with 暂停 below."""
    if len(nav) <= NAV_PER_ROW:
        return (nav,)
    return tuple(nav[i : i + 2] for i in range(0, len(nav), 2))


def fit(text: str) -> str:
    """Telegram refuses messages over 4096 characters: cut an edited one visibly (an edit
    cannot become two messages)."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    return text if len(text) <= limit else text[: limit - len(TRUNCATED)] + TRUNCATED


def pages(text: str) -> list[str]:
    """A text too long for one message as several, cut at line ends where possible, so the
    warnings at the end of a long card or history are not lost."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut <= 0:
            parts.append(text[:limit])
            text = text[limit:]
        else:
            parts.append(text[:cut])
            text = text[cut + 1 :]
    return [*parts, text] if text else parts


async def post(bot: Bot, endpoint: str, **params: Any) -> None:
    """One Bot API call whose result is not needed; errors still raise as `TelegramError`."""
    await bot.do_api_request(
        endpoint, api_kwargs={k: v for k, v in params.items() if v is not None}
    )


async def send(bot: Bot, chat_id: int, reply: Reply) -> None:
    """Send a reply to the person acting, then deliver its notices to the others."""
    for text in reply.messages:
        for page in pages(text):
            await post(bot, "sendMessage", chat_id=chat_id, text=page)
    if reply.document is not None:
        await bot.send_document(
            chat_id, reply.document.content, filename=reply.document.filename
        )
    if reply.screen is not None:
        *first, last = pages(reply.screen.text)
        for page in first:
            await post(bot, "sendMessage", chat_id=chat_id, text=page)
        await post(bot, "sendMessage", chat_id=chat_id, text=last,
                   reply_markup=keyboard(reply))
    for notice in reply.notices:
        if await deliver(bot, notice):
            if notice.delivered is not None:
                notice.delivered()
        elif notice.undelivered:
            await post(bot, "sendMessage", chat_id=chat_id, text=notice.undelivered)


async def deliver(bot: Bot, notice: Notice) -> bool:
    """A notice to someone else, and whether it got through: one who blocked the bot must not
    fail the sender's action."""
    if notice.chat_id == TERMINAL_CHAT:
        return True
    try:
        await send(bot, notice.chat_id, notice.reply)
    except TelegramError as error:
        log.warning("could not notify %s: %s", notice.chat_id, error)
        return False
    return True


async def edit(
    bot: Bot, message: MaybeInaccessibleMessage, text: str, markup: dict | None = None
) -> None:
    """Change a message already in the chat; no markup removes its buttons. A button pressed
    twice asks for the same change twice, which Telegram refuses as no change: not an error."""
    try:
        await post(bot, "editMessageText", chat_id=message.chat_id,
                   message_id=message.message_id, text=fit(text), reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in error.message:
            raise
        log.info("message %s already showed this: %s", message.message_id, error.message)


async def replace(bot: Bot, message: MaybeInaccessibleMessage, reply: Reply) -> None:
    """Redraw the pressed message in place: a tick on a multi-select changes only its buttons.
    A message Telegram no longer lets the bot edit (deleted, or too old) is drawn anew below."""
    try:
        await edit(bot, message, reply.screen.text, keyboard(reply))
    except BadRequest as error:
        if not any(words in error.message.lower() for words in UNEDITABLE):
            raise
        log.info("message %s cannot be edited, sent anew: %s", message.message_id, error.message)
        await send(bot, message.chat_id, reply)
