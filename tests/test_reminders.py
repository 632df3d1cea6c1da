"""What the reminder of stale drafts says: the drafts grouped by what each waits for."""

from tests.journey import AT_SCENARIO_NAME, fill_to_summary, walk
from tests.test_reminder_delivery import check, reminders

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
