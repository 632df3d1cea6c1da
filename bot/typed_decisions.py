"""A coordinator's decision on an entry typed instead of pressed (通过, 退回，部署总数写错了):
said to the bot, never an answer to the coordinator's own draft, and never a decision either,
as the words name no entry and a return's comment is written once 退回修改 is pressed."""

from dataclasses import replace

from bot.replies import Reply
from bot.return_words import decision_typed
from bot.services import Services
from flows import actions
from flows.menus import NO_CURRENT
from flows.typed_buttons import pressed

DECIDE_ON_THE_CARD = ("“{typed}”没有审核任何场景，也没有发给填报人{kept}。审核请点场景卡片上的"
                      "“✅ 通过”或“↩️ 退回修改”，退回时再发送意见；发送 /review 查看待审核场景。")
NOT_SAVED = "，没有填入您的草稿"


def decision_said(services: Services, user_id: int, typed: str) -> Reply | None:
    """How to decide, when a coordinator types a decision, with their own draft's question
    asked again; None for anyone else's words, and for a button of that question (同意 to the
    one 报送单位 offered), which the draft takes."""
    if not decision_typed(typed) or services.reviews.people.coordinator(user_id) is None:
        return None
    shown = services.intake.act(user_id, actions.Show())
    if shown.screen is not None and pressed(shown.screen, typed) is not None:
        return None
    if shown.messages == (NO_CURRENT,):
        return Reply((DECIDE_ON_THE_CARD.format(typed=typed.strip(), kept=""),))
    said = DECIDE_ON_THE_CARD.format(typed=typed.strip(), kept=NOT_SAVED)
    return replace(shown, messages=(said, *shown.messages))
