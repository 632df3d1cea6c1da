"""/back, /skip, /keep, /clear and /pause sent in Telegram: the terminal trial's commands for the
navigation buttons (`NAVIGATION_COMMANDS`). Each is read as its button's word typed (上一步,
跳过), so it acts as the button where that is on screen and is told why not where it is missing
(此项必填，不能跳过, 已经是第一步了), never answered with 无法识别的命令."""

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers import admitted, no_draft_said, reply_to, services_of
from flows import actions
from flows.menu_words import NAVIGATION_COMMANDS


@admitted
async def navigate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The command's button word, as if typed at the current question."""
    services, user_id = services_of(context), update.effective_user.id
    name = update.effective_message.text.split()[0].split("@")[0].lstrip("/").lower()
    typed = actions.Text(NAVIGATION_COMMANDS[name])
    reply = services.intake.act(user_id, typed, update_id=update.update_id)
    await reply_to(update, context, no_draft_said(services, user_id, reply))
