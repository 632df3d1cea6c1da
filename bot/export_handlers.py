"""The /export command. Its buttons go through `handlers.button`, which hands the export
actions to `Exports.act`, where the coordinator's scope is checked."""

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from bot.handlers import admitted


@admitted
async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: choose what to export, then receive the xlsx."""
    exports = context.application.bot_data["services"].exports
    reply = exports.menu(update.effective_user.id)
    await render.send(context.bot, update.effective_chat.id, reply)
