"""Messages with no words to read: a photo, sticker, voice note or file, with or without a
caption. The bot reads none of them, so it asks for words where words are awaited, and says
so of a caption, whose words would otherwise seem taken."""

from dataclasses import replace

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.handlers import admitted, no_draft_said, reply_to, services_of
from bot.replies import Reply
from bot.services import Services
from flows import actions
from flows.menus import CAPTION_NOT_READ, NO_CURRENT
from flows.sent_files import file_not_read

# The album last answered, and whether a caption of it was said not to be read: Telegram
# sends one message per photo of an album, and one answer is enough for all of them, but the
# caption may come with any photo, not only the first. Kept in memory: an album arrives within
# a second.
ALBUM = "album"


@admitted
async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo, sticker, voice note or file: ask for words instead, once for an album, and
    again only for a caption on a later photo of it, whose words are said not to be read."""
    message = update.effective_message
    if message.media_group_id:
        album, captioned = context.user_data.get(ALBUM, (None, False))
        if album == message.media_group_id and (captioned or not message.caption):
            return
        context.user_data[ALBUM] = (message.media_group_id, bool(message.caption))
    await reply_to(update, context,
                   wordless(services_of(context), update.effective_user.id, message))


def wordless(services: Services, user_id: int, message: Message) -> Reply:
    """What a message with no words to read gets: the return comment or number, or the reply
    to a coordinator awaited, asked for in words; else the current question asked again, or,
    with no draft open, what to send."""
    if awaited := services.reviews.not_text(user_id) or services.replies.not_text(user_id):
        return awaited
    reply = services.intake.act(user_id, actions.NotText(bool(message.caption)))
    if message.caption and NO_CURRENT in reply.messages:  # no question to say it of
        reply = replace(reply, messages=(CAPTION_NOT_READ, *reply.messages))
    sent = message.document and message.document.file_name
    if said := file_not_read(sent, services.reviews.people.coordinator(user_id) is not None):
        # Said instead of 请用文字回答 / 请点击下方按钮, which the question shown below asks
        # anyway; a caption's words not saved are still said.
        instead = reply.screen and not message.caption
        reply = replace(reply, messages=(said,) if instead else (said, *reply.messages))
    return no_draft_said(services, user_id, reply)
