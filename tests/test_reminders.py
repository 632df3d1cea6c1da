"""What the reminder of stale drafts says, how often, and when: grouped by what each draft waits
for, at most three times about a draft left unchanged, and in the daytime in Beijing only."""

from datetime import UTC, datetime

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, fill_to_summary, walk
from tests.test_reminder_delivery import REMINDER, check, reminders

COMMENT = ("请核实部署台数，与附件中的采购合同不一致；另外场景描述中的节拍指标请补充测试条件，"
           "并说明是否为产线实测数据，成功率的统计口径也请写明（按次还是按班次）。")


async def submit(user) -> None:
    await user.press("✅ 提交")
    if "仍然提交" in user.last_buttons():
        await user.press("仍然提交")


async def returned(engineer, suzhou, comment: str = COMMENT) -> None:
    """The engineer's scenario #1, submitted and returned with a comment and 部署总数 flagged."""
    await fill_to_summary(engineer)
    await submit(engineer)
    await suzhou.send("/review 1")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(comment)
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")


async def test_reminder_groups_returned_complete_and_unfinished_drafts(app, telegram, clock,
                                                                       engineer, suzhou):
    await returned(engineer, suzhou)
    await engineer.send("/new")
    await walk(engineer, start=1)  # #2: every question answered, 提交 not pressed
    await engineer.send("/new")
    await walk(engineer, AT_SCENARIO_NAME, start=1)  # #3: half filled in
    await engineer.send("李工的巡检场景")
    clock.advance(days=3, minutes=1)
    await check(app)
    [text] = reminders(telegram, engineer.id)
    assert text.splitlines() == [
        "您好！以下场景草稿已超过 3 天没有更新，发送 /drafts 或点击下方按钮打开：",
        "↩️ 被协调员退回、待修改后重新提交：",
        "#1 恒远工厂电池测试—柔性插接",
        "  协调员意见：" + COMMENT[:60] + "…",
        "  标注需修改：10 部署总数",
        "📝 已填完，尚未提交：请打开后点“提交”",
        "#2 恒远工厂电池测试—柔性插接",
        "✏️ 继续填写：",
        "#3 李工的巡检场景",
    ]
    assert engineer.last_buttons() == ["打开 #1", "打开 #2", "打开 #3"]


async def test_a_comment_over_lines_is_shown_on_one(app, telegram, clock, engineer, suzhou):
    await returned(engineer, suzhou, "部署台数有误。\n请核实。")
    clock.advance(days=3, minutes=1)
    await check(app)
    [text] = reminders(telegram, engineer.id)
    assert "  协调员意见：部署台数有误。 请核实。" in text.splitlines()


async def test_a_draft_left_unchanged_is_reminded_three_times_the_third_saying_so(
        app, telegram, clock, engineer, suzhou):
    await returned(engineer, suzhou)
    for _ in range(10):  # 30 days, a check every hour
        for _ in range(3 * 24):
            clock.advance(hours=1)
            await check(app)
    sent = reminders(telegram, engineer.id)
    assert len(sent) == 3
    assert "最后一次提醒" not in sent[1]
    assert sent[2].endswith("这是关于 #1 的最后一次提醒：之后不再提醒，除非草稿再有修改。")


async def test_a_draft_changed_after_the_last_reminder_is_reminded_again(
        app, telegram, clock, engineer, suzhou):
    await returned(engineer, suzhou)
    for _ in range(3):
        clock.advance(days=3, minutes=1)
        await check(app)
    await engineer.press("打开 #1")
    await engineer.send("部署总数：8台")
    assert "10. 部署总数：8台" in engineer.last_text()
    clock.advance(days=3, minutes=1)
    await check(app)
    sent = reminders(telegram, engineer.id)
    assert len(sent) == 4
    assert "最后一次提醒" not in sent[3]


async def test_a_reminder_due_at_night_waits_for_nine_in_the_morning(app, telegram, clock,
                                                                    engineer):
    clock.now = datetime(2026, 11, 19, 13, 0, tzinfo=UTC)  # 21:00 in Beijing
    await walk(engineer, AT_SCENARIO_NAME)
    clock.advance(days=3, minutes=1)
    await check(app)
    while not reminders(telegram, engineer.id):  # hourly checks through the night
        clock.advance(hours=1)
        await check(app)
    assert clock.now == datetime(2026, 11, 23, 1, 1, tzinfo=UTC)  # 09:01 in Beijing


async def test_no_reminder_from_eight_in_the_evening(app, telegram, clock, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    clock.now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 20:00 in Beijing
    await check(app)
    assert reminders(telegram, engineer.id) == []
    clock.now = datetime(2026, 11, 23, 11, 59, tzinfo=UTC)  # 19:59
    await check(app)
    assert reminders(telegram, engineer.id)[0].startswith(REMINDER)


async def test_reminders_counted_are_not_listed_in_the_history(app, telegram, clock, engineer,
                                                               suzhou):
    await returned(engineer, suzhou)
    before = texts(await suzhou.send("/history 1"))[-1]
    clock.advance(days=3, minutes=1)
    await check(app)
    assert reminders(telegram, engineer.id)
    assert texts(await suzhou.send("/history 1"))[-1] == before
