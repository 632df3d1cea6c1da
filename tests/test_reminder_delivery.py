"""Reminders of stale drafts count as sent only once Telegram has them: one lost to the network
or to flood control goes out at the next hourly check, not a whole period later."""

import asyncio

import pytest
from telegram.ext import CallbackContext

from bot.app import RETRIES, send_reminders
from bot.retrying import PAUSES
from tests.journey import AT_SCENARIO_NAME, walk

REMINDER = "您好！以下场景草稿已超过"  # N 天没有更新: 3, or fewer for a draft come along early


@pytest.fixture
async def stale(app, clock, engineer):
    """The engineer's draft, untouched since long before the reminder period."""
    await walk(engineer, AT_SCENARIO_NAME)
    app.bot_data["services"].intake.store.db.execute(
        "update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    return engineer


async def check(app) -> None:
    """One run of the reminder job, as the job queue runs it every INTAKE_REMINDER_CHECK_MINUTES."""
    await send_reminders(CallbackContext(app))


def reminders(telegram, chat_id: int) -> list[str]:
    return [c.params["text"] for c in telegram.calls if c.endpoint == "sendMessage"
            and c.params["chat_id"] == chat_id and c.params["text"].startswith(REMINDER)]


@pytest.fixture
def no_waits(monkeypatch) -> None:
    """Telegram's "retry after" pauses skipped: the test is about what is sent, not when."""
    sleep = asyncio.sleep

    async def skip(delay: float, result=None):
        return await sleep(0, result)

    monkeypatch.setattr(asyncio, "sleep", skip)


@pytest.mark.parametrize(("code", "description", "retry_after", "times"), [
    (429, "Too Many Requests: retry after 1", 1, RETRIES + 1),  # flood control outlasting retries
    # Telegram, or the network on the way, out of reach longer than the bot tries again
    (502, "Bad Gateway", None, len(PAUSES) + 1),
])
async def test_reminder_not_delivered_is_sent_at_the_next_check(app, telegram, stale, no_waits,
                                                                 code, description, retry_after,
                                                                 times):
    telegram.refuse("sendMessage", code, description, chat_id=stale.id, retry_after=retry_after,
                    times=times)
    await check(app)
    assert reminders(telegram, stale.id) == []
    await check(app)
    await check(app)
    assert len(reminders(telegram, stale.id)) == 1


async def test_engineer_who_blocked_the_bot_is_not_tried_again_every_check(app, telegram, stale):
    telegram.refuse("sendMessage", 403, "Forbidden: bot was blocked by the user",
                    chat_id=stale.id, times=None)
    await check(app)
    await check(app)
    assert len(telegram.refused) == 1
