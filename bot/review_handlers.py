"""The coordinators' commands: /review, /stats, /stale, /history and /export. Their buttons go
through `handlers.button`; the coordinator and the scope are checked in the services each
command calls, on every use, and the coordinator before any usage text."""

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.commands import review_command
from bot.handlers import admitted, reply_to, services_of
from bot.off_loop import off_loop
from bot.refusals import not_a_coordinator
from bot.replies import Reply
from bot.settings import Settings
from bot.standing import Asked, asked_place
from flows import actions
from flows.export_status_words import status_typed

REVIEW_USAGE = "用法：/review 查看待审核场景；/review 场景编号 查看该场景，例如 /review 12"
HISTORY_USAGE = "用法：/history 场景编号，例如 /history 12"
NUMBER_SIGNS = "#＃"
FULL_STOPS = "。.．"
# A command as sent: its name, a number glued to it (`/history3`), the bot's name, the rest.
COMMAND = re.compile(r"/[A-Za-z]+(?P<glued>\d*)(?:@\w+)?(?P<rest>.*)", re.S)
# Telegram reads a number glued to a command as part of its name (/history3): these are theirs.
GLUED_NUMBER = {name: rf"^/{name}\d" for name in ("review", "history")}


@review_command
@admitted
async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/review: entries awaiting review in scope; /review N: entry N's card, whatever its status."""
    reviews, user_id = services_of(context).reviews, update.effective_user.id
    number = _entry_number(update)
    if number is None and _after_command(update):
        await _usage(update, context, REVIEW_USAGE, "/review")
    elif number is None:
        await reply_to(update, context, reviews.queue(user_id))
    else:
        await reply_to(update, context, reviews.act(user_id, actions.Review(number)))


@review_command
@admitted
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: where the province (or city) stands against the notice; /stats 苏州市: that city."""
    services, user_id = services_of(context), update.effective_user.id
    asked = _place(update, services.settings)
    reply = await off_loop(services, lambda reviews, _: reviews.stats(user_id, asked))
    await reply_to(update, context, reply)


def _place(update: Update, settings: Settings) -> Asked | None:
    """The place after a command, read as the chat reads it, glued to it too (`/stats苏州`, as
    `/review12`); None when none was given."""
    typed = _after_command(update)
    return asked_place(typed, settings.cities, settings.submitting_unit) if typed else None


@review_command
@admitted
async def stale(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stale: drafts in scope untouched for the reminder period."""
    services = services_of(context)
    days = services.settings.reminder_days
    await reply_to(update, context, services.followups.stale(update.effective_user.id, days))


@review_command
@admitted
async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/history N: every state change and edit of entry N."""
    number = _entry_number(update)
    if number is None:
        await _usage(update, context, HISTORY_USAGE, "/history")
        return
    reviews = services_of(context).reviews
    await reply_to(update, context, reviews.history(update.effective_user.id, number))


async def _usage(update: Update, context: ContextTypes.DEFAULT_TYPE, usage: str,
                 command: str) -> None:
    """How to use a coordinator's command, told a coordinator only: anyone else is refused
    first, as the command itself refuses them, not taught a command they may not use."""
    user_id = update.effective_user.id
    if services_of(context).reviews.people.coordinator(user_id) is None:
        await reply_to(update, context, not_a_coordinator(user_id, command))
    else:
        await reply_to(update, context, Reply((usage,)))


def _entry_number(update: Update) -> int | None:
    """The entry number after a command (`/history 12`, `/review #12`, `/review ＃12` as a
    Chinese phone keyboard types it), if one was given: dictation's full stop after it (`/review
    3。`) and the number glued to the command (`/history3`, `/review３`) aside.

    Decimal digits only, full-width ones included: a phone keyboard's ① or ² is a digit to
    `isdigit` but no number to `int`."""
    number = _after_command(update).rstrip(FULL_STOPS).strip().lstrip(NUMBER_SIGNS)
    if number.isdecimal() and len(number) <= 12:
        return int(number)
    return None


def _after_command(update: Update) -> str:
    """What follows the command's name (and the bot's, `/review@IntakeBot 12`), glued or not."""
    typed = COMMAND.match(update.effective_message.text)
    return (typed["glued"] + typed["rest"]).strip() if typed else ""


@review_command
@admitted
async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: choose what to export, then receive the xlsx; /export 苏州: that city's;
    /export 苏州 全部: that city's, of that status, as its buttons give it."""
    services = services_of(context)
    settings = services.settings
    place, status = status_typed(_after_command(update))  # /export 苏州 全部
    asked = asked_place(place, settings.cities, settings.submitting_unit) if place else None
    reply = services.exports.menu(update.effective_user.id, asked, status)
    await reply_to(update, context, reply)
