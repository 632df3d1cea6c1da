"""A typed message in reply to one of the bot's earlier questions: the adapter's part of
`flows.replied_questions`, which reads the question replied to from the quoted text."""

from dataclasses import replace
from datetime import timedelta

from telegram import Message, Update

from bot.intake import Intake
from bot.other_entries import saved_beside_return
from bot.replies import Reply
from bot.services import Services
from bot.which_draft import headed
from flows.replied_questions import Dated, Quoted, in_reply, quoted_question
from storage.draft_dates import asked_of

# Telegram's clock and the bot's may differ a little: a question sent as a draft is begun is
# taken for that draft's.
SKEW = timedelta(seconds=10)


def answered(services: Services, update: Update) -> Reply:
    """The message as a change of the earlier question it replies to, if it is one; else an
    answer to the question on screen, or words for the coordinator, as any typed message."""
    user_id, message = update.effective_user.id, update.effective_message
    quoted = _bot_message(message.reply_to_message)
    if quoted and (reply := _changed(services.intake, user_id, message.text, quoted,
                                     update.update_id)):
        return reply
    return services.replies.text(user_id, message.text, update.update_id)


def _bot_message(message: Message | None) -> Message | None:
    """A message the bot sent; an engineer's own message quoted asks nothing."""
    if message is None or message.from_user is None or not message.from_user.is_bot:
        return None
    return message if message.text else None


def _changed(intake: Intake, user_id: int, typed: str, quoted: Message,
             update_id: int) -> Reply | None:
    current = intake.store.current(user_id)
    asked = quoted_question(intake.survey, quoted.text)
    if current is None or asked is None:
        return None
    current = replace(current, others=bool(intake.store.in_progress_beside(current.id)))
    outcome = in_reply(intake.survey, current, typed, _known(intake, current.id, asked, quoted))
    if outcome is None:
        return None
    intake.store.save(current, outcome.draft, outcome.saved, user_id, update_id)
    screen = headed(intake.store, outcome.draft, outcome.screen, current.others)
    warned, screen = saved_beside_return(intake.survey, intake.store, intake.reviews.flags,
                                         user_id, current, outcome, screen)
    return Reply((outcome.message, *warned), screen, current.id,
                 revision=intake.store.revision(current.id))


def _known(intake: Intake, draft_id: int, asked: Quoted, quoted: Message) -> Quoted:
    """`asked` with what the database tells of it: the status of the draft its 📝 line names
    (None once deleted), or, named by none, the draft it was likely asked of when it was sent."""
    if asked.draft_id is None:
        dated = asked_of(intake.store.db, draft_id, quoted.date + SKEW)
        return replace(asked, dated=Dated(*dated) if dated else Dated(None, None))
    named = intake.store.info(asked.draft_id)
    return replace(asked, named=named.status if named else None)
