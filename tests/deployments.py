"""What an engineer of a deployment outside Jiangsu is shown, to check no Jiangsu text is."""

from pathlib import Path

from bot.settings import Settings
from tests.conftest import TOKEN
from tests.fake_bot_api import FakeTelegram, FakeUser
from tests.journey import walk

JIANGSU_WORDS = ("江苏", "苏州")


def seen(telegram: FakeTelegram, user: FakeUser) -> str:
    """Every text and button the user was sent, joined."""
    shown = []
    for message in telegram.by_chat.get(user.id, []):
        shown.append(message.text)
        shown.extend(button["text"] for row in message.keyboard or [] for button in row)
    return "\n".join(shown)


def jiangsu_in(telegram: FakeTelegram, user: FakeUser) -> list[str]:
    text = seen(telegram, user)
    return [word for word in JIANGSU_WORDS if word in text]


def deployment(tmp_path: Path, own: str, cities: str) -> Settings:
    """The test settings of a deployment with its own 报送单位 and cities."""
    return Settings(telegram_token=TOKEN, db=tmp_path / "intake.db", send_rate=0,
                    submitting_unit=own, cities=cities, _env_file=None)


def saved(app, engineer) -> dict:
    """The engineer's current draft's answers, copied: a later answer leaves them as they were."""
    return dict(app.bot_data["services"].intake.store.current(engineer.id).answers)


async def filed(app, engineer, typed: str, moves: int) -> tuple[str, str]:
    """The city and unit stored for `typed`, sent at the city question (2 moves) or at
    用户单位 (3)."""
    await walk(engineer, moves)
    await engineer.send(typed)
    return saved(app, engineer)["city"], saved(app, engineer)["enterprise"]
