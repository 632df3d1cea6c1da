"""Building the python-telegram-bot Application: handlers, command menus, reminders, errors."""

import contextlib
import gc
import logging
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.error import BadRequest, Conflict, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot import edited_messages, handlers, navigation_commands, not_text, render, review_handlers
from bot.commands import COMMANDS, show_review_commands
from bot.discard_words import ended_by
from bot.followups import Reminder
from bot.ordering import PerUserOrder
from bot.retrying import RetryingRateLimiter
from bot.services import Services
from flows.menu_words import NAVIGATION_COMMANDS

log = logging.getLogger(__name__)

# A deadline burst meets Telegram's 429 "retry after N": wait it out and resend rather than
# drop the reply, a few times, so an answer is never left without its next question.
RETRIES = 3
SORRY = "抱歉，处理时出了点问题。您已填写的内容都已保存，请稍后重试或发送 /drafts 继续。"
SORRY_REVIEWER = ("抱歉，处理时出了点问题，这次操作没有完成。已保存的场景和审核记录不受影响，"
                  "请稍后重试。")
SUPERSEDED = "superseded"  # bot_data key: this process stopped, another already polls the bot


class Polls(BaseRequest):
    """The getUpdates connection, noting whether Telegram has answered a poll yet: a 409
    Conflict before then says another process was already polling this bot."""

    def __init__(self, connection: BaseRequest):
        self.connection = connection
        self.answered = False

    @property
    def read_timeout(self) -> float | None:
        return self.connection.read_timeout

    async def initialize(self) -> None:
        await self.connection.initialize()

    async def shutdown(self) -> None:
        await self.connection.shutdown()

    async def do_request(self, url: str, method: str, *args: Any,
                         **kwargs: Any) -> tuple[int, bytes]:
        status, payload = await self.connection.do_request(url, method, *args, **kwargs)
        if status == 200 and url.endswith("/getUpdates"):
            self.answered = True
        return status, payload


def build_application(
    services: Services,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
) -> Application:
    """The bot; `request` replaces the HTTP layer (tests and benchmarks pass a fake one)."""
    settings = services.settings
    api = settings.telegram_api_url
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .post_init(_register_commands)
        .rate_limiter(RetryingRateLimiter(overall_max_rate=settings.send_rate,
                                          max_retries=RETRIES))
        .concurrent_updates(PerUserOrder())
    )
    if request is not None:
        builder = builder.request(request)
    # one connection, as python-telegram-bot gives getUpdates when not told otherwise
    polls = Polls(updates_request or request or HTTPXRequest(connection_pool_size=1))
    application = builder.get_updates_request(polls).build()
    application.bot_data["services"] = services
    application.bot_data["polls"] = polls
    render.quiet_raw_posts()
    _add_handlers(application)
    application.add_error_handler(_report_error)
    for job in (send_reminders, send_digests):
        application.job_queue.run_repeating(
            job, interval=timedelta(minutes=settings.reminder_check_minutes),
            first=timedelta(minutes=1),
        )
    return application


def _add_handlers(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    commands = {
        "start": handlers.start, "new": handlers.new_draft, "drafts": handlers.drafts,
        "help": handlers.help_text, "review": review_handlers.review,
        "stats": review_handlers.stats, "stale": review_handlers.stale,
        "history": review_handlers.history, "export": review_handlers.export,
        **dict.fromkeys(NAVIGATION_COMMANDS, navigation_commands.navigate),  # /back, as 上一步
    }
    application.bot_data["commands"] = commands  # also run by their menu words, typed
    # One handler per callback (/back, /skip… share one): every text update is checked
    # against each command handler before it reaches the answer's.
    names_of: dict = {}
    for name, callback in commands.items():
        names_of.setdefault(callback, []).append(name)
    application.add_handlers(
        [CommandHandler(names, callback, filters=private & ~filters.UpdateType.EDITED)
         for callback, names in names_of.items()]
        + [
            *(MessageHandler(private & ~filters.UpdateType.EDITED & filters.Regex(glued),
                             commands[name])
              for name, glued in review_handlers.GLUED_NUMBER.items()),
            MessageHandler(private & filters.UpdateType.EDITED, edited_messages.edited),
            MessageHandler(private & filters.COMMAND, handlers.unknown_command),
            MessageHandler(private & filters.TEXT, handlers.text),
            MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text.not_text),
            CallbackQueryHandler(handlers.button),
        ]
    )


async def _register_commands(application: Application) -> None:
    """The command menu: engineers' commands for all, the review commands for coordinators."""
    await application.bot.set_my_commands(COMMANDS)
    for coordinator in application.bot_data["services"].reviews.people.coordinators():
        await show_review_commands(application.bot, coordinator.user_id)


async def send_reminders(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: remind engineers of drafts untouched for the configured number of days."""
    services: Services = context.application.bot_data["services"]
    followups = services.followups
    await _deliver(context, followups.reminders(services.settings.reminder_days),
                   followups.reminded, "reminder")


async def send_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: tell coordinators, once a day, of submissions waiting long for their review."""
    services: Services = context.application.bot_data["services"]
    followups = services.followups
    await _deliver(context, followups.digests(services.settings.review_digest_hours),
                   followups.digested, "review digest")


async def _deliver(context: ContextTypes.DEFAULT_TYPE, notices: Iterable[Reminder],
                   delivered: Callable[[Reminder], None], kind: str) -> None:
    """A reminder counts as sent once Telegram has it, or refuses it for good (the user blocked
    the bot), so it is not tried every check. One lost to the network or to flood control is
    sent at the next check instead of a period later; the rest wait too, as they would fail alike.
    """
    store = context.application.bot_data["services"].intake.store
    for notice in notices:
        ended_by(store, (notice,))
        try:
            await render.send(context.bot, notice.chat_id, notice.reply)
        except (Forbidden, BadRequest) as error:
            log.warning("%s to %s refused, not retried this period: %s",
                        kind, notice.chat_id, error)
        except TelegramError as error:
            log.warning("%ss not delivered, retried at the next check: %s", kind, error)
            return
        delivered(notice)


def settle() -> None:
    """Keep what startup built (tables, compiled patterns, the library's classes) out of the
    cyclic collector's full passes: it lives as long as the process, yet each pass walked it,
    a pause on whichever engineer's update it fell (gc.freeze, as the Python docs advise for
    a long-running process). Called once the application is built, before it serves."""
    gc.collect()
    gc.freeze()


def superseded(application: Application) -> bool:
    """Whether the bot stopped because another process was already polling it."""
    return application.bot_data.get(SUPERSEDED, False)


def _another_process_polls(application: Application) -> None:
    """Telegram hands a bot's updates to one poller and answers the other 409 Conflict, again
    and again. The process never answered yet is the newcomer: Telegram holds its first poll
    10 s, and the one serving polls again a second after its own 409. The newcomer stops, and
    its command says why; the one serving goes on, with a line instead of a traceback. Should
    the newcomer's first poll be answered (updates came at once), both go on, each saying so."""
    if application.bot_data["polls"].answered:
        log.warning("Telegram 409 Conflict: another process polls this bot with the same token, "
                    "and each gets only some updates; stop one of them")
        return
    log.error("Telegram 409 Conflict: another process already polls this bot; stopping this one")
    application.bot_data[SUPERSEDED] = True
    application.stop_running()


async def _report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and reassure the user; the draft stays as last committed."""
    if isinstance(context.error, Conflict):
        _another_process_polls(context.application)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_user:
        if update.callback_query:  # or the phone shows the button loading until it times out
            with contextlib.suppress(TelegramError):  # a query too old to answer
                await update.callback_query.answer()
        await update.effective_chat.send_message(_apology(context, update.effective_user.id))


def _apology(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> str:
    """A coordinator was reviewing, not filling: the engineer's reassurance and /drafts would
    speak of the wrong work. A failing database leaves the role unknown: the engineer's."""
    try:
        reviewer = context.bot_data["services"].reviews.people.coordinator(user_id) is not None
    except Exception:  # already apologising for one failure: not a second
        reviewer = False
    return SORRY_REVIEWER if reviewer else SORRY
