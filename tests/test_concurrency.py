"""Engineers are served side by side; one engineer's updates are applied in order."""

import asyncio
import threading

from bot import exporting, standing
from tests.fake_bot_api import FakeUser
from tests.journey import AT_ENTERPRISE, walk

PATIENCE = 2.0  # seconds; far more than any step takes when nothing is held


async def test_an_engineer_waiting_on_telegram_does_not_hold_up_another(app, engineer, telegram):
    other = FakeUser(app, telegram, user_id=1002, name="李工")
    await walk(engineer, AT_ENTERPRISE)
    slow = telegram.hold(engineer.id)
    answering = asyncio.create_task(engineer.send("苏州恒远动力电池有限公司"))
    await asyncio.sleep(0)
    await asyncio.wait_for(other.send("/start"), PATIENCE)
    assert other.last_text().startswith("第 1/11 步 · 报送单位")
    assert not answering.done()
    slow.set()
    await asyncio.wait_for(answering, PATIENCE)
    assert engineer.last_text().startswith("第 3/11 步 · 场景名称")


async def test_an_answer_waits_for_the_reply_to_the_one_typed_before(app, engineer, telegram):
    await walk(engineer, AT_ENTERPRISE)
    store = app.bot_data["services"].intake.store
    slow = telegram.hold(engineer.id)
    first = asyncio.create_task(engineer.send("苏州恒远动力电池有限公司"))
    second = asyncio.create_task(engineer.send("恒远工厂电池测试—柔性插接"))
    for _ in range(5):
        await asyncio.sleep(0)
    answers = store.current(engineer.id).answers
    assert answers["enterprise"] == "苏州恒远动力电池有限公司"
    assert "scenario_name" not in answers
    slow.set()
    await asyncio.wait_for(asyncio.gather(first, second), PATIENCE)
    assert store.current(engineer.id).answers["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert engineer.last_text().startswith("第 4/11 步（1/2） · 行业/方向")


async def _answered_while_held(engineer, held, coordinator_acts) -> list[str]:
    """Who got their reply first, when the coordinator's work is held until the engineer has
    had theirs (or PATIENCE has passed)."""
    finished = []

    async def coordinator():
        await coordinator_acts()
        finished.append("coordinator")

    async def engineer_answers():
        while not held.entered.is_set():
            await asyncio.sleep(0.01)
        await engineer.send("苏州恒远动力电池有限公司")
        finished.append("engineer")
        held.release.set()

    await asyncio.wait_for(asyncio.gather(coordinator(), engineer_answers()), 3 * PATIENCE)
    return finished


class Held:
    """Stands in for the province's standing (`flows.province.standing`), holding it until
    released, so the test sees whether the loop is free meanwhile."""

    def __init__(self, real):
        self.real = real
        self.entered, self.release = threading.Event(), threading.Event()

    def __call__(self, rows):
        self.entered.set()
        self.release.wait(PATIENCE)
        return self.real(rows)


async def test_an_engineer_is_answered_while_stats_are_worked_out(
        app, engineer, province, monkeypatch):
    await walk(engineer, AT_ENTERPRISE)
    held = Held(standing.standing)
    monkeypatch.setattr(standing, "standing", held)
    finished = await _answered_while_held(engineer, held, lambda: province.send("/stats"))
    assert finished == ["engineer", "coordinator"]
    assert engineer.last_text().startswith("第 3/11 步 · 场景名称")
    assert "场景类型" in province.last_text()


async def test_an_engineer_is_answered_while_the_province_file_is_made(
        app, engineer, province, monkeypatch):
    await walk(engineer, AT_ENTERPRISE)
    await province.send("/export")
    await province.press("全部")
    held = Held(exporting.standing)
    monkeypatch.setattr(exporting, "standing", held)
    finished = await _answered_while_held(engineer, held, lambda: province.press("全省"))
    assert finished == ["engineer", "coordinator"]
    assert engineer.last_text().startswith("第 3/11 步 · 场景名称")
