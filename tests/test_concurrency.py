"""Engineers are served side by side; one engineer's updates are applied in order."""

import asyncio

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
