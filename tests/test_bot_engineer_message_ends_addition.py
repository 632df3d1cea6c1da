"""An engineer's message reaching a coordinator who has just returned another entry: the
coordinator's next words are about the message, not an addition to that return."""

from tests.coordinators import SUZHOU_ID, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary

WANTED = "部署总数应为12台，请退回我改一下"


async def two_submitted_and_second_returned(app, telegram, engineer, suzhou) -> FakeUser:
    """张工 submits #1, 李工 #2, and 苏州 returns #2."""
    other = FakeUser(app, telegram, 1002, "李工")
    for user in (engineer, other):
        await fill_to_summary(user)
        await user.press("✅ 提交")
        if "仍然提交" in " ".join(user.last_buttons()):
            await user.press(next(b for b in user.last_buttons() if "仍然提交" in b))
    await suzhou.send("/review 2")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数")
    await suzhou.press("📨 发送退回")
    return other


async def test_an_engineers_message_ends_the_coordinators_empty_addition_window(
        app, engineer, suzhou, telegram):
    other = await two_submitted_and_second_returned(app, telegram, engineer, suzhou)
    await engineer.send("想改一下")  # refused at #1 handed in, with the way to write
    await engineer.press("💬 联系协调员")
    calls = await engineer.send(WANTED)
    assert len(sent_to(telegram, SUZHOU_ID, calls)) == 1
    calls = await suzhou.send("已收到，我看一下部署总数的依据")
    assert sent_to(telegram, other.id, calls) == []
    assert "📨 补充发送" not in suzhou.last_buttons()


async def test_words_held_for_the_return_stay_when_an_engineers_message_arrives(
        app, engineer, suzhou, telegram):
    other = await two_submitted_and_second_returned(app, telegram, engineer, suzhou)
    await suzhou.send("补充：场景名称也请写具体")
    await engineer.send("想改一下")  # refused at #1 handed in, with the way to write
    await engineer.press("💬 联系协调员")
    await engineer.send(WANTED)
    calls = await suzhou.press("📨 补充发送")
    assert len(sent_to(telegram, other.id, calls)) == 1
    assert "已把补充发给场景 #2 的填报人。" in texts(calls)
