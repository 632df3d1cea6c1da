"""Building the python-telegram-bot Application: handlers, commands menu, error handling."""

import logging

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import handlers
from bot.intake import Intake
from bot.settings import Settings

log = logging.getLogger(__name__)

COMMANDS = (
    BotCommand("start", "开始或继续填写"),
    BotCommand("new", "新建场景草稿"),
    BotCommand("drafts", "我的草稿"),
    BotCommand("help", "使用说明"),
)
SORRY = "抱歉，处理时出了点问题。您已填写的内容都已保存，请稍后重试或发送 /drafts 继续。"


def build_application(
    settings: Settings,
    intake: Intake,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
) -> Application:
    """The bot; `request` replaces the HTTP layer (tests and benchmarks pass a fake one)."""
    api = settings.telegram_api_url
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .post_init(_register_commands)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(updates_request or request)
    application = builder.build()
    application.bot_data["intake"] = intake
    _add_handlers(application)
    application.add_error_handler(_report_error)
    return application


def _add_handlers(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=private),
            CommandHandler("new", handlers.new_draft, filters=private),
            CommandHandler("drafts", handlers.drafts, filters=private),
            CommandHandler("help", handlers.help_text, filters=private),
            MessageHandler(private & filters.COMMAND, handlers.unknown_command),
            MessageHandler(private & filters.TEXT, handlers.text),
            MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.not_text),
            CallbackQueryHandler(handlers.button),
        ]
    )


async def _register_commands(application: Application) -> None:
    await application.bot.set_my_commands(COMMANDS)


async def _report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and reassure the engineer; the draft stays as last committed."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_user:
        await update.effective_chat.send_message(SORRY)
