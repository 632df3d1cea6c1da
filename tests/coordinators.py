"""The review tests' cast: a province, a 苏州 and a 无锡 coordinator, and entries to review."""

from flows import actions
from flows.draft import SUMMARY
from tests.test_flows_fields import COMPLETE

PROVINCE_ID, SUZHOU_ID, WUXI_ID = 501, 502, 503


def seed(services, owner_id: int, **changes) -> int:
    """A submitted entry of `owner_id`, stored the way the bot stores one."""
    services.intake.store.seen(owner_id, f"工程师{owner_id}")
    draft = services.intake.store.create(owner_id, SUMMARY, {**COMPLETE, **changes})
    reply = services.intake.act(owner_id, actions.SubmitAnyway())
    assert reply.messages[0].startswith(f"✅ 场景 #{draft.id} 已提交"), reply.messages
    return draft.id


def revision_of(services, entry_id: int) -> int:
    return services.reviews.store.entry(entry_id).revision


def sent_to(telegram, chat_id: int, calls) -> list[str]:
    return [c.params["text"] for c in calls
            if c.endpoint == "sendMessage" and int(c.params["chat_id"]) == chat_id]
