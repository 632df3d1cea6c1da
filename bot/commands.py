"""The command menus Telegram shows beside the text box: engineers' for everyone, the review
commands too in each coordinator's own chat."""

import logging
from functools import wraps

from telegram import Bot, BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)

COMMANDS = (
    BotCommand("start", "开始或继续填写"),
    BotCommand("new", "新建场景"),
    BotCommand("drafts", "我的场景"),
    BotCommand("help", "使用说明"),
)
COORDINATOR_COMMANDS = (
    *COMMANDS,
    BotCommand("review", "待审核场景"),
    BotCommand("stats", "填报进度与达标情况"),
    BotCommand("stale", "长期未更新的草稿"),
    BotCommand("history", "场景历史记录，如 /history 12"),
    BotCommand("export", "导出工作计划表 xlsx"),
)


async def show_review_commands(bot: Bot, user_id: int) -> None:
    """The coordinator's menu in their chat; a failure costs the menu, not the action."""
    try:
        await bot.set_my_commands(COORDINATOR_COMMANDS, scope=BotCommandScopeChat(user_id))
    except TelegramError as error:
        log.warning("commands for coordinator %s: %s", user_id, error)


def review_command(handler):
    """A review command sent by someone no longer a coordinator (removed while the bot ran)
    is refused, by the handler or, with an access code set, by the access guard it wraps
    (a coordinator never gave the code); either way their chat's menu, still offering it,
    goes back to the engineers' so they stop being offered what they may not use."""

    @wraps(handler)
    async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await handler(update, context)
        user_id = update.effective_user.id
        if context.application.bot_data["services"].reviews.people.coordinator(user_id) is None:
            try:
                await context.bot.delete_my_commands(scope=BotCommandScopeChat(user_id))
            except TelegramError as error:
                log.warning("commands for former coordinator %s: %s", user_id, error)

    return run
