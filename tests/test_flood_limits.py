"""Telegram refusing to deliver during a deadline burst: flood control (429) and blocked users (403)."""

import asyncio

import pytest
from telegram.error import RetryAfter

from bot.app import RETRIES, SORRY
from flows.draft import Status
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, fill_to_summary, walk

ENTERPRISE = "苏州恒远动力电池有限公司"
FLOODED = "Too Many Requests: retry after 1"
PROVINCE_ID, SUZHOU_ID = 501, 502


@pytest.fixture
def waits(monkeypatch) -> list[float]:
    """The pauses the bot takes for Telegram's "retry after", recorded instead of slept."""
    asked: list[float] = []
    sleep = asyncio.sleep

    async def record(delay: float, result=None):
        asked.append(delay)
        return await sleep(0, result)

    monkeypatch.setattr(asyncio, "sleep", record)
    return asked


async def test_question_refused_for_flooding_is_sent_again_after_the_wait(app, engineer, telegram, waits):
    await walk(engineer, AT_ENTERPRISE)
    telegram.refuse("sendMessage", 429, FLOODED, chat_id=engineer.id, retry_after=1)
    calls = await engineer.send(ENTERPRISE)
    assert [c.params["text"] for c in telegram.refused] == texts(calls)
    assert waits == [pytest.approx(1.1)]  # Telegram's retry_after, plus PTB's 0.1 s margin
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    assert engineer.last_text() == texts(calls)[-1]
    store = app.bot_data["services"].intake.store
    assert store.current(engineer.id).answers["enterprise"] == ENTERPRISE


async def test_answer_is_kept_when_telegram_refuses_every_retry(app, engineer, telegram, waits):
    await walk(engineer, AT_ENTERPRISE)
    telegram.refuse("sendMessage", 429, FLOODED, chat_id=engineer.id, retry_after=1,
                    times=RETRIES + 1)
    before = len(telegram.calls)
    with pytest.raises(RetryAfter):  # kept by the app's error handlers, re-raised by FakeUser
        await engineer.send(ENTERPRISE)
    assert len(telegram.refused) == RETRIES + 1
    assert waits == [pytest.approx(1.1)] * RETRIES
    assert texts(telegram.calls[before:]) == [SORRY]
    draft = app.bot_data["services"].intake.store.current(engineer.id)
    assert draft.answers["enterprise"] == ENTERPRISE
    assert draft.cursor == "scenario_name"


async def test_coordinator_who_blocked_the_bot_does_not_stop_a_submission(app, engineer, telegram):
    services = app.bot_data["services"]
    services.reviews.people.add_coordinator(PROVINCE_ID)
    services.reviews.people.add_coordinator(SUZHOU_ID, "苏州市")
    telegram.refuse("sendMessage", 403, "Forbidden: bot was blocked by the user",
                    chat_id=PROVINCE_ID, times=None)
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    assert engineer.last_text() == "✅ 场景 #1 已提交，协调员审核后会通知您。发送 /new 可填写下一个场景。"
    assert [c.params["chat_id"] for c in telegram.refused] == [PROVINCE_ID]
    to_suzhou = [c.params["text"] for c in calls if c.params.get("chat_id") == SUZHOU_ID]
    assert to_suzhou[0] == "📥 新提交的场景，请审核："
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED
