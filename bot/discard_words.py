"""Words typed while the question whether to delete a draft (🗑 确认删除 / 取消) is the last one
asked: they answer it, never the draft's own question, where 确认 would confirm 报送单位 and
确认删除 would be saved as 场景名称. Anything the bot sends the engineer after it (a notice of a
return, an approval, a reminder) ends it too: typed words then answer what that message says."""

from collections.abc import Iterable
from dataclasses import replace

from bot.intake import Intake
from bot.replies import Notice, Reply
from flows import actions
from flows.menus import PRESS_TO_DISCARD
from flows.typed_buttons import to_discard
from storage.drafts import DraftStore
from storage.people import TERMINAL_USER


def typed_at_discard(intake: Intake, user_id: int, typed: str) -> Reply | None:
    """What `typed` does to the question, which it ends: a no is its 取消; a yes asks it again,
    as only its button deletes (deleting cannot be undone); None for other words, the current
    question's answer as if the question had not been asked."""
    ask = intake.store.discard_asked(user_id)
    if ask is None:
        return None
    intake.store.drop_discard_ask(user_id)
    said = to_discard(typed)
    if said is None:
        return None
    if not said:
        intake.store.decline_discard(user_id, ask)
        return intake.menu(user_id, actions.ListDrafts(ask.draft_id))
    again = intake.menu(user_id, actions.Discard(ask.draft_id))
    if again.refused:  # deleted or handed in since
        return again
    return replace(again, messages=(PRESS_TO_DISCARD, *again.messages))


def ended_by(store: DraftStore, notices: Iterable[Notice]) -> None:
    """End the delete question of each one `notices` go to: it is no longer the last message
    they saw (a return notice says typed words go to the draft in progress). A notice
    to the terminal user is never delivered (render.TERMINAL_CHAT), so its question stands."""
    for notice in notices:
        if notice.chat_id != TERMINAL_USER:
            store.drop_discard_ask(notice.chat_id)
