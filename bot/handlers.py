"""Telegram handlers: each checks who is acting, turns the update into one service call and
sends what it returns. Access is checked here, on every update, not only where a menu is shown.
"""

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import wraps

from telegram import CallbackQuery, Update, User
from telegram.error import BadRequest
from telegram.ext import ContextTypes, filters

from bot import render, replied_questions
from bot.access import ALREADY_GRANTED, GRANTED
from bot.callbacks import decode
from bot.commands import show_review_commands
from bot.discard_words import ended_by, typed_at_discard
from bot.off_loop import off_loop
from bot.refusals import refused
from bot.replies import Reply
from bot.services import Services
from bot.typed_decisions import decision_said
from flows import actions, menu_words
from flows import step_messages as say
from flows.draft import SUMMARY
from flows.empty_answers import says_there_is_none
from flows.export_actions import EXPORT_ACTIONS
from flows.menus import COORDINATOR_HELP, HELP_YOUR_ID, NO_CURRENT, NO_CURRENT_COORDINATOR
from flows.return_additions import ADDITIONS

log = logging.getLogger(__name__)

UNKNOWN_COMMAND = "无法识别的命令。发送 /help 查看可用命令。"
# Presses that change the screen pressed on (a tick, a page) redraw it rather than send a new one.
IN_PLACE = (actions.Toggle, actions.PickForm, actions.Untick, actions.Show, actions.Flag,
            actions.ListDrafts)
# Looking, not deciding: the queue or card pressed on keeps its buttons, to be used again.
BROWSING = (actions.Review, actions.ReviewPage, actions.ReviewNext, actions.History)
RETURN_STEPS = (actions.Flag, actions.SendReturn, actions.CancelReturn, actions.CancelAsk,
                *ADDITIONS)
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def display_name(user: User) -> str:
    """How coordinators see a person in histories and lists: with the @username when there is
    one, so the engineer behind a stale draft can be found and written to."""
    return f"{user.full_name}（@{user.username}）" if user.username else user.full_name


def admitted(handler: Handler) -> Handler:
    """Run the handler only for someone allowed in; a correct access code lets them in."""

    @wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is None or update.effective_chat is None:
            return
        services = services_of(context)
        store = services.intake.store
        store.seen(user.id, display_name(user))
        access = services.access
        if access.may_fill(user.id):
            if store.handled(user.id, update.update_id):
                await _redelivered(update, context)
                return
            if not _typed(update):  # typed words answer it (`text`); all else ends it
                store.drop_discard_ask(user.id)
                store.drop_cut_figure(user.id)
                services.replies.turned_away(user.id, update.message)
            if update.message and access.is_code(update.message.text):  # sent again
                reply = services.intake.act(user.id, actions.Show())
                await reply_to(update, context,
                             replace(reply, messages=(ALREADY_GRANTED, *reply.messages)))
                return
            if services.reviews.store.under_way(user.id) and await _ended(update, context):
                return
            await handler(update, context)
            return
        query, message = update.callback_query, update.effective_message
        candidate = None if query else (
            context.args[0] if context.args else (message.text if message else None))
        if access.try_code(user.id, candidate):
            await render.send(context.bot, user.id, Reply((GRANTED,)))
            await start.__wrapped__(update, context)  # the guard again would see the code twice
            return
        refusal = refused(f"user {user.id} is not admitted", access.refusal(user.id, candidate))
        if query:  # a button forged, or left from before the code was required
            await _answer(query, refusal.messages[0])
        else:
            await render.send(context.bot, user.id, refusal)

    return guarded


def _typed(update: Update) -> bool:
    """Words typed, not a command: the text handler's. Only what Telegram marks as a command
    is one; `/补充：…` is words, as a slash before Chinese starts no command."""
    return bool(update.message and update.message.text) and not filters.COMMAND.check_update(update)


async def _ended(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """End what the coordinator has under way if they may no longer take it on, or turned to
    something else, saying so. True when nothing is left to do: the update only continued
    what has just ended (a press of its buttons)."""
    services, user_id = services_of(context), update.effective_user.id
    continues = _continues_a_return(update, services)
    if revoked := services.reviews.revoked(user_id):
        await render.send(context.bot, user_id, revoked)
        if update.callback_query and continues:
            await _answer(update.callback_query)
            return True
    elif not continues and (dropped := services.reviews.drop_awaited_comment(user_id)):
        await render.send(context.bot, user_id, dropped)
    return False


def _continues_a_return(update: Update, services: Services) -> bool:
    """Typed words (the return comment, or the number of the entry a duplicate repeats, once
    asked for: other words end that ask), the return's own buttons and the ask's 取消."""
    if update.callback_query:
        press = decode(update.callback_query.data)
        return press is not None and isinstance(press.action, RETURN_STEPS)
    if update.edited_message:  # most likely the comment itself, corrected
        return True
    typed, user_id = update.message and update.message.text, update.effective_user.id
    if typed is None:  # a photo or voice note: a return or an ask for a number stays open
        store = services.reviews.store
        return (store.pending(user_id) or store.awaited_duplicate(user_id)) is not None
    if _command(typed) == "/help":  # help asked in the middle: the return stays open
        return services.reviews.store.pending(user_id) is not None
    return _typed(update) and services.reviews.takes(user_id, typed)


def _asked_in_full(update: Update) -> bool:
    """`/help 全部` (any word after /help): the whole checklist, on a question too."""
    typed = update.effective_message and update.effective_message.text or ""
    return _command(typed).startswith("/") and len(typed.split(maxsplit=1)) > 1


def _command(typed: str) -> str:
    """/help of `/help` or `/help@IntakeBot`."""
    return typed.split(maxsplit=1)[0].split("@")[0] if typed.strip() else ""


async def _redelivered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An update applied before a crash, sent again by Telegram: change nothing, and show the
    current question, which the crash may have kept from being sent."""
    user_id = update.effective_user.id
    log.info("update %s of user %s was applied already", update.update_id, user_id)
    if update.callback_query:
        await _answer(update.callback_query)
    await reply_to(update, context, services_of(context).intake.act(user_id, actions.Show()))


async def _answer(query: CallbackQuery, text: str | None = None) -> None:
    """Acknowledge a press; Telegram refuses presses too old to answer, which is no failure."""
    try:
        await query.answer(text)
    except BadRequest as error:
        log.info("callback %s not answered: %s", query.id, error)


async def reply_to(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    ended_by(services_of(context).intake.store, reply.notices)
    reply = services_of(context).replies.reachable(reply)  # none writing to nobody
    await render.send(context.bot, update.effective_chat.id, reply)


@admitted
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: resume the draft in progress or begin a new one (a coordinator is offered one)."""
    user = update.effective_user
    services = services_of(context)
    reviewer = services.reviews.people.coordinator(user.id) is not None
    if reviewer:  # one added while the bot runs has no menu from start-up
        await show_review_commands(context.bot, user.id)
    await reply_to(update, context, services.intake.start(user.id, update.update_id, reviewer))


@admitted
async def new_draft(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/new: another scenario, a fresh draft."""
    user = update.effective_user
    intake = services_of(context).intake
    await reply_to(update, context, intake.new(user.id, update_id=update.update_id))


@admitted
async def drafts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/drafts: the engineer's drafts with status and progress."""
    await reply_to(update, context, services_of(context).intake.drafts(update.effective_user.id))


@admitted
async def help_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help, with the review commands for a coordinator, and the question in progress again."""
    services, user_id = services_of(context), update.effective_user.id
    reply = services.intake.help(user_id, full=_asked_in_full(update))
    *before, last = reply.messages  # the number with the help, not a message of its own
    reply = replace(reply, messages=(*before, f"{last}\n{HELP_YOUR_ID.format(id=user_id)}"))
    if services.reviews.people.coordinator(user_id):
        reply = replace(reply, messages=(*reply.messages, COORDINATOR_HELP))
        if returning := services.reviews.after_help(user_id):  # not the draft's question
            reply = Reply((*reply.messages, *returning.messages), returning.screen)
    await reply_to(update, context, reply)


@admitted
async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not know: say so and ask the current question again. /none,
    /na are no commands but an empty answer's words typed as one (as /无 is): answered."""
    if says_there_is_none(update.effective_message.text):
        await inspect.unwrap(text)(update, context)
        return
    reply = services_of(context).intake.act(update.effective_user.id, actions.Show())
    await reply_to(update, context, replace(reply, messages=(UNKNOWN_COMMAND, *reply.messages)))


@admitted
async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed message: an engineer's awaited reply to a coordinator; a coordinator's awaited
    return comment, decision (told how to decide) or menu word; else an answer, or words for
    the coordinator; with no draft open, a coordinator is pointed to their commands as well."""
    services = services_of(context)
    user_id, typed = update.effective_user.id, update.effective_message.text
    reply = (typed_at_discard(services.intake, user_id, typed)
             or services.replies.awaited(user_id, typed)
             or services.reviews.comment(user_id, typed) or decision_said(services, user_id, typed))
    if reply is None and (command := menu_words.command_named(typed, coordinators=True)):
        # A menu word typed without its slash runs its command, admitted already.
        await inspect.unwrap(context.application.bot_data["commands"][command])(update, context)
        return
    if reply is None:
        reply = no_draft_said(services, user_id, replied_questions.answered(services, update))
    await reply_to(update, context, reply)


def no_draft_said(services: Services, user_id: int, reply: Reply) -> Reply:
    """With no draft open, a coordinator is pointed to their commands as well: they are most
    likely what a coordinator with no draft of their own meant."""
    if NO_CURRENT not in reply.messages or not services.reviews.people.coordinator(user_id):
        return reply
    said = tuple(NO_CURRENT_COORDINATOR if m == NO_CURRENT else m for m in reply.messages)
    return replace(reply, messages=said)


@admitted
async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: menus, review actions, or a step of the current draft."""
    query, user, services = update.callback_query, update.effective_user, services_of(context)
    press = decode(query.data)
    if press is None:
        await _stale(update, context, services.intake.act(user.id, actions.Show()))
        return
    match press.action:
        case action if isinstance(action, actions.MENU_ACTIONS):
            reply = services.intake.menu(user.id, action, update.update_id)
        case action if isinstance(action, (actions.ReviewAction, *ADDITIONS)):
            reply = services.reviews.act(user.id, action)
        case action if isinstance(action, EXPORT_ACTIONS):
            reply = await off_loop(services, lambda _, exports: exports.act(user.id, action))
        case action:
            reply = services.replies.act(user.id, action, press, update.update_id)
    if say.STALE in reply.messages:
        await _stale(update, context, reply)
    elif isinstance(press.action, IN_PLACE) and not reply.messages and reply.screen:
        await _answer(query)
        await render.replace(context.bot, query.message, services.replies.reachable(reply))
    else:
        await _answer(query)
        if not reply.refused and not isinstance(press.action, BROWSING):
            await _mark_pressed(query, context)
        await reply_to(update, context, reply)


async def _stale(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """The pop-up of an old button names what the chat shows now: a question, or the summary."""
    at_summary = reply.screen is not None and reply.screen.at == SUMMARY
    await _answer(update.callback_query, say.STALE_AT_SUMMARY if at_summary else say.STALE)
    rest = tuple(m for m in reply.messages if m != say.STALE)
    await reply_to(update, context, replace(reply, messages=rest))


async def _mark_pressed(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Replace the pressed message's buttons by the choice made, so the chat reads as a record."""
    message = query.message
    markup = message.reply_markup if message else None
    labels = [b.text for row in (markup.inline_keyboard if markup else ()) for b in row
              if b.callback_data == query.data]
    if labels and message.text:
        await render.edit(context.bot, message, f"{message.text}\n👉 {labels[0]}")
