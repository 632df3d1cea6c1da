"""Shared fixtures: a bot on a temporary database, driven through the real Application."""

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import build_application
from bot.services import build_services
from bot.settings import Settings
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID
from tests.fake_bot_api import FakeTelegram, FakeUser, RecordingRequest

TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
def settings(tmp_path) -> Settings:
    # No pacing to Telegram's 30 messages a second: tests send faster than people, and the
    # waits would only slow the suite. Retries on "retry after" stay on (test_flood_limits).
    return Settings(telegram_token=TOKEN, db=tmp_path / "intake.db", send_rate=0, _env_file=None)


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch) -> None:
    """A call Telegram fails for a moment is tried again at once: the tests are about what is
    delivered, not how long the bot waits first."""
    monkeypatch.setattr("bot.retrying.PAUSES", (0, 0))


@pytest.fixture
def telegram() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def make_app(settings, telegram) -> Callable:
    """Build a fresh Application on the same database, as a restarted bot would be."""

    async def make():
        app = build_application(build_services(settings), RecordingRequest(telegram))
        app.bot_data["errors"] = []

        async def keep_error(update, context):
            app.bot_data["errors"].append(context.error)

        app.add_error_handler(keep_error)
        await app.initialize()
        await app.post_init(app)
        return app

    return make


@pytest.fixture
async def app(make_app) -> AsyncIterator:
    application = await make_app()
    yield application
    await application.shutdown()


class Clock:
    """The bot's "now", moved by the test."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(app, telegram) -> Clock:
    """From 10:00 Beijing time on a weekday: reminders go out in the daytime only. Telegram's
    time, which dates the messages, is the same."""
    clock = Clock(datetime(2026, 11, 20, 2, 0, tzinfo=UTC))
    app.bot_data["services"].intake.store.clock = telegram.clock = clock
    return clock


@pytest.fixture
def engineer(app, telegram) -> FakeUser:
    return FakeUser(app, telegram, user_id=1001, name="张工")


@pytest.fixture
def services(app):
    """The bot's services, with a province, a 苏州 and a 无锡 coordinator."""
    services = app.bot_data["services"]
    people = services.reviews.people
    people.add_coordinator(PROVINCE_ID)
    people.add_coordinator(SUZHOU_ID, "苏州市")
    people.add_coordinator(WUXI_ID, "无锡市")
    return services


@pytest.fixture
def province(app, telegram, services) -> FakeUser:
    return FakeUser(app, telegram, PROVINCE_ID, "省厅王处")


@pytest.fixture
def suzhou(app, telegram, services) -> FakeUser:
    return FakeUser(app, telegram, SUZHOU_ID, "苏州市李科")


@pytest.fixture
def wuxi(app, telegram, services) -> FakeUser:
    return FakeUser(app, telegram, WUXI_ID, "无锡市赵科")
