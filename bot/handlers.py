"""Telegram handlers: each turns one update into a call of `Intake` and sends what it returns."""

from telegram import CallbackQuery, Update
from telegram.ext import ContextTypes

from bot import render
from bot.callbacks import decode
from bot.intake import Intake, Reply
from flows import actions, engine

UNKNOWN_COMMAND = "无法识别的命令。发送 /help 查看可用命令。"
IN_PLACE = (actions.Toggle, actions.PickForm, actions.Show)


def _intake(context: ContextTypes.DEFAULT_TYPE) -> Intake:
    return context.application.bot_data["intake"]


def _who(update: Update) -> tuple[int, str]:
    user = update.effective_user
    return user.id, user.full_name


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: resume the draft in progress or begin a new one."""
    await render.send(update.effective_message, _intake(context).start(*_who(update)))


async def new_draft(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/new: another scenario, a fresh draft."""
    await render.send(update.effective_message, _intake(context).new(*_who(update)))


async def drafts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/drafts: the engineer's drafts with status and progress."""
    user_id, _ = _who(update)
    await render.send(update.effective_message, _intake(context).drafts(user_id))


async def help_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help."""
    await render.send(update.effective_message, _intake(context).help())


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not know: say so and ask the current question again."""
    user_id, _ = _who(update)
    reply = _intake(context).act(user_id, actions.Show())
    await render.send(update.effective_message, Reply((UNKNOWN_COMMAND, *reply.messages), reply.screen, reply.draft_id))


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed answer to the current question."""
    user_id, _ = _who(update)
    reply = _intake(context).act(user_id, actions.Text(update.effective_message.text))
    await render.send(update.effective_message, reply)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo, sticker, voice note or file: ask for words instead."""
    user_id, _ = _who(update)
    await render.send(update.effective_message, _intake(context).act(user_id, actions.NotText()))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: menus, or a step of the current draft."""
    query = update.callback_query
    user_id, name = _who(update)
    intake = _intake(context)
    press = decode(query.data)
    if press is None:
        reply = intake.act(user_id, actions.Show())
        await _stale(query, reply)
        return
    match press.action:
        case actions.Open(draft_id=draft_id):
            reply = intake.open(user_id, draft_id)
        case actions.New():
            reply = intake.new(user_id, name)
        case action:
            reply = intake.act(user_id, action, press.draft_id, press.at)
    if engine.STALE in reply.messages:
        await _stale(query, reply)
    elif isinstance(press.action, IN_PLACE) and not reply.messages and reply.screen:
        await query.answer()
        await render.replace(query.message, reply)
    else:
        await query.answer()
        await _mark_pressed(query)
        await render.send(query.message, reply)


async def _stale(query: CallbackQuery, reply: Reply) -> None:
    await query.answer(engine.STALE)
    rest = tuple(m for m in reply.messages if m != engine.STALE)
    await render.send(query.message, Reply(rest, reply.screen, reply.draft_id))


async def _mark_pressed(query: CallbackQuery) -> None:
    """Replace the pressed message's buttons by the choice made, so the chat reads as a record."""
    message = query.message
    markup = message.reply_markup
    labels = [b.text for row in (markup.inline_keyboard if markup else ()) for b in row if b.callback_data == query.data]
    if labels and message.text:
        await message.edit_text(render.fit(f"{message.text}\n👉 {labels[0]}"))
