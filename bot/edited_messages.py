"""An earlier message edited in Telegram: answers have moved on, so the edit changes nothing
saved, except a coordinator's return comment not yet sent."""

from dataclasses import replace

from telegram import Update
from telegram.ext import ContextTypes, filters

from bot.handlers import admitted, reply_to, services_of
from bot.not_text import wordless
from bot.replies import Reply
from flows import actions
from flows.review import COORDINATOR_EDITED

# With no question to go back from (none in progress, or the scenario handed in), only the first.
EDITED_KEPT = "修改已发送的消息不会更改已保存的回答。"
EDITED = EDITED_KEPT + "如需修改，请点“⬅️ 上一步”返回，或填完后在汇总页点击要修改的项目。"
EDITED_NOTHING = "修改已发送的消息不会生效；如需操作，请重新发送。"
EDITED_COMMAND = "修改过的命令不会执行，请重新发送该命令。"


@admitted
async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An earlier message edited in Telegram. Answers move on, so an edit cannot land on the
    question it answered: say so and ask the current question again. A coordinator's return
    comment, not yet sent, takes the edit; one already sent cannot, which a coordinator who has
    sent returns is told (with the question of their own draft, if one is in progress); an
    edited command is not run again. A caption edited was never read: it is told so, as when
    it was sent."""
    services, user_id = services_of(context), update.effective_user.id
    if update.edited_message.caption is not None:
        await reply_to(update, context, wordless(services, user_id, update.edited_message))
        return
    typed = update.edited_message.text or ""
    if filters.COMMAND.check_update(update):
        await reply_to(update, context, Reply((EDITED_COMMAND,)))
        return
    if typed and (reply := services.reviews.comment(user_id, typed, edited=True)):
        await reply_to(update, context, reply)
        return
    reply = services.intake.act(user_id, actions.Show())
    question = reply.screen is not None and reply.screen.tracked  # not a handed-in entry's
    said = (EDITED if question else EDITED_KEPT, *reply.messages)
    if services.reviews.people.coordinator(user_id):
        sent = services.reviews.store.has_returned(user_id)  # the edit may be a comment sent
        told = (COORDINATOR_EDITED,) if sent else (EDITED_NOTHING,)
        said = (*(told if sent else ()), *said) if question else told
    await reply_to(update, context, replace(reply, messages=said))
