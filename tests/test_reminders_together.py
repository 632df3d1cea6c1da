"""An engineer's drafts left hours apart share one reminder: a draft falling due within a day
comes along with those due now, instead of a reminder of its own hours later each period."""

from tests.fake_bot_api import FakeUser
from tests.journey import AT_SCENARIO_NAME, walk
from tests.test_reminder_delivery import check, reminders

DUE_AT_TEN = "您好！以下场景草稿已超过 3 天没有更新，发送 /drafts 或点击下方按钮打开："
CAME_ALONG = "您好！以下场景草稿已超过 2 天没有更新，发送 /drafts 或点击下方按钮打开："


async def named(user: FakeUser, name: str, first: bool = False) -> None:
    """A half-filled draft with its scenario name, begun now."""
    if not first:
        await user.send("/new")
    await walk(user, AT_SCENARIO_NAME, start=0 if first else 1)
    await user.send(name)


async def hourly(app, clock, hours: int) -> None:
    for _ in range(hours):
        await check(app)
        clock.advance(hours=1)


async def test_drafts_left_hours_apart_get_one_reminder_naming_both(app, telegram, clock,
                                                                    engineer):
    await named(engineer, "变电站巡检—读表", first=True)  # #1, 10:00 in Beijing
    clock.advance(hours=4)
    await named(engineer, "仓储物流—料箱搬运")  # #2, 14:00
    clock.advance(days=3, hours=-4, minutes=5)  # 10:05, three days on
    await hourly(app, clock, 5)
    [text] = reminders(telegram, engineer.id)
    assert text.splitlines() == [CAME_ALONG, "✏️ 继续填写：", "#1 变电站巡检—读表",
                                 "#2 仓储物流—料箱搬运"]
    assert engineer.last_buttons() == ["打开 #1", "打开 #2"]


async def test_drafts_reminded_together_stay_together_until_the_last_reminder(app, telegram,
                                                                            clock, engineer):
    await named(engineer, "变电站巡检—读表", first=True)
    clock.advance(hours=7)
    await named(engineer, "仓储物流—料箱搬运")  # 17:00
    await hourly(app, clock, 30 * 24)
    sent = reminders(telegram, engineer.id)
    assert len(sent) == 3
    assert [text.splitlines()[0] for text in sent] == [CAME_ALONG, DUE_AT_TEN, DUE_AT_TEN]
    assert sent[2].endswith("这是关于 #1、#2 的最后一次提醒：之后不再提醒，除非草稿再有修改。")


async def test_a_draft_changed_within_two_days_is_left_for_its_own_reminder(app, telegram, clock,
                                                                            engineer):
    await named(engineer, "变电站巡检—读表", first=True)
    clock.advance(days=1, hours=1)
    await named(engineer, "仓储物流—料箱搬运")  # 11:00 the next day
    clock.advance(days=2, hours=-1, minutes=5)
    await check(app)
    [text] = reminders(telegram, engineer.id)
    assert text.splitlines() == [DUE_AT_TEN, "✏️ 继续填写：", "#1 变电站巡检—读表"]


async def test_another_engineers_draft_does_not_come_along(app, telegram, clock, engineer):
    await named(engineer, "变电站巡检—读表", first=True)
    clock.advance(hours=4)
    other = FakeUser(app, telegram, user_id=1004, name="李工")
    await named(other, "仓储物流—料箱搬运", first=True)  # #2, 14:00
    clock.advance(days=3, hours=-4, minutes=5)  # 10:05
    await hourly(app, clock, 4)
    assert len(reminders(telegram, engineer.id)) == 1
    assert reminders(telegram, other.id) == []
    await check(app)  # 14:05
    assert [text.splitlines()[0] for text in reminders(telegram, other.id)] == [DUE_AT_TEN]


async def test_a_blank_draft_falling_due_brings_no_reminder_of_the_others(app, telegram, clock,
                                                                          engineer):
    await named(engineer, "变电站巡检—读表", first=True)  # #1, 10:00
    store = app.bot_data["services"].intake.store
    store.create(engineer.id, "city", {"submitting_unit": "江苏省工业和信息化厅"})
    store.db.execute("update drafts set updated_at = '2026-11-18T02:00:00+00:00' where id = 2")
    clock.advance(days=2, minutes=5)  # the blank #2 three days old, #1 two
    await hourly(app, clock, 24)
    assert reminders(telegram, engineer.id) == []
    await check(app)  # 10:05 the day after: #1 due itself
    [text] = reminders(telegram, engineer.id)
    assert text.splitlines() == [DUE_AT_TEN, "✏️ 继续填写：", "#1 变电站巡检—读表"]


async def test_the_last_reminder_is_said_of_the_draft_at_its_third_only(app, telegram, clock,
                                                                        engineer):
    await named(engineer, "变电站巡检—读表", first=True)
    for _ in range(2):
        clock.advance(days=3, minutes=5)
        await check(app)
    clock.advance(days=1, hours=-1)  # 09:05, a day after the second reminder of #1
    await named(engineer, "仓储物流—料箱搬运")
    clock.advance(days=2, hours=1)
    await check(app)
    sent = reminders(telegram, engineer.id)
    assert len(sent) == 3
    assert sent[2].splitlines()[2:] == [
        "#1 变电站巡检—读表", "#2 仓储物流—料箱搬运",
        "这是关于 #1 的最后一次提醒：之后不再提醒，除非草稿再有修改。"]
