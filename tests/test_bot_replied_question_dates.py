"""A reply to an old question naming no draft (shown while its draft was the only one in
progress) changes the current draft only where Telegram dates the question after the draft's
return, or the draft was then the engineer's newest; else it is refused, naming the newest
then, and nothing is saved."""

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk
from tests.test_bot_replied_questions import answers, cursor, reply, sent

FIRST_NAME, SECOND_NAME = "恒远工厂电池测试—柔性插接", "星河车间焊接—机器人上下料"


def last_sent(telegram, user, starts: str) -> dict:
    """The last message the bot sent the user opening with `starts`, as Telegram quotes it."""
    mine = [m for m in telegram.by_chat[user.id] if m.text.startswith(starts)]
    return telegram.message_json(mine[-1])


async def second_begun(engineer) -> None:
    """/new, then #2's unit and name, at 所属行业."""
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("无锡市")
    await engineer.send("无锡星河机械有限公司")
    await engineer.send(SECOND_NAME)


async def returned_and_reopened(engineer, suzhou) -> None:
    """苏州 returns #1 flagging 部署总数; its engineer opens it from /drafts at that item."""
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充指标。")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")
    await engineer.send("/drafts")
    await engineer.press("打开 #1")
    await engineer.press(next(b for b in engineer.last_buttons() if "部署总数" in b))


async def first_returned_after_second_handed_in(engineer, suzhou, clock) -> None:
    """#1 handed in; an hour later #2 filled alone and handed in; 苏州 returns #1, which the
    engineer opens at 部署总数: its questions and #2's name no draft."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    clock.advance(hours=1)
    await second_begun(engineer)
    await engineer.press("装备制造")
    await engineer.press("⏭ 跳过")
    await walk(engineer, len(JOURNEY), start=7)
    await engineer.press("✅ 提交")
    clock.advance(hours=1)
    await returned_and_reopened(engineer, suzhou)


async def test_a_newer_handed_in_scenario_s_question_does_not_change_the_older_one_reopened(
        engineer, suzhou, wuxi, services, telegram, clock):
    await first_returned_after_second_handed_in(engineer, suzhou, clock)
    quoted = last_sent(telegram, engineer, "第 3/11 步 · 场景名称")  # #2's
    said = texts(await reply(engineer, "星河车间焊接—机器人上下料二期", quoted))
    assert said[0] == ("这条回复没有保存：您回复的是“场景名称”一问，它发出时您最新的场景是 #2，"
                       f"不能确定是当前场景 #1（{FIRST_NAME}）的问题。场景 #2 已提交，如需修改，"
                       "请发送 /drafts 打开它，点“💬 联系协调员”说明，由协调员退回后再改。")
    assert answers(services, engineer)["scenario_name"] == FIRST_NAME
    assert services.intake.store.load(2).answers["scenario_name"] == SECOND_NAME
    assert cursor(services, engineer) == "deployment_count"


async def test_an_older_scenario_s_own_question_shown_since_its_return_changes_it(
        engineer, suzhou, wuxi, services, telegram, clock):
    """#1's own question, shown after its return though #2 was begun later: from the return
    on, a draft in progress beside #1 would be named above its questions."""
    await first_returned_after_second_handed_in(engineer, suzhou, clock)
    quoted = last_sent(telegram, engineer, "第 10/11 步 · 部署总数")  # #1's, just shown
    clock.advance(minutes=2)
    await engineer.press("⬅️ 上一步")
    await reply(engineer, "12台", quoted)
    assert answers(services, engineer)["deployment_count"] == 12
    assert services.intake.store.load(2).answers["deployment_count"] == 10


async def test_a_newer_scenario_in_progress_is_named_with_how_to_open_it(
        engineer, suzhou, services, telegram, clock):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    clock.advance(hours=1)
    await second_begun(engineer)  # #2 alone in progress: its questions name no draft
    clock.advance(minutes=5)
    await returned_and_reopened(engineer, suzhou)
    said = texts(await reply(engineer, "星河车间焊接—机器人上下料二期",
                             last_sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert said[0].endswith("它发出时您最新的场景是 #2，不能确定是当前场景 #1"
                            f"（{FIRST_NAME}）的问题。要修改场景 #2，请发送 /drafts 打开它后再改。")
    assert answers(services, engineer)["scenario_name"] == FIRST_NAME
    assert services.intake.store.load(2).answers["scenario_name"] == SECOND_NAME


async def test_a_question_from_before_every_scenario_left_says_it_was_deleted(
        engineer, services, telegram, clock):
    await walk(engineer, 7)  # #1 alone, its questions naming no draft
    quoted = sent(telegram, engineer, "第 3/11 步 · 场景名称")
    clock.advance(minutes=5)
    await second_begun(engineer)
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    await engineer.press("🗑 确认删除")
    said = texts(await reply(engineer, "恒远工厂电池测试—柔性插拔", quoted))
    assert said[0] == ("这条回复没有保存：您回复的是“场景名称”一问，它是您已删除的场景的问题，"
                       f"当前正在填写的是场景 #2（{SECOND_NAME}）。")
    assert answers(services, engineer)["scenario_name"] == SECOND_NAME
    assert cursor(services, engineer) == "industry"


async def test_the_newest_scenario_s_question_changes_it_with_an_older_one_handed_in(
        engineer, services, telegram, clock):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    clock.advance(hours=1)
    await second_begun(engineer)
    clock.advance(hours=3)
    quoted = last_sent(telegram, engineer, "第 3/11 步 · 场景名称")  # #2's
    await reply(engineer, "星河车间焊接—机器人上下料二期", quoted)
    assert answers(services, engineer)["scenario_name"] == "星河车间焊接—机器人上下料二期"
    assert services.intake.store.load(1).answers["scenario_name"] == FIRST_NAME
