"""A count of machines typed with the goals (本单位内部署20台) or after their name at the summary
(整机应用目标：20台) is 部署总数's: said unsaved and pointed there, never dropped unseen nor
pointed to 场景描述."""

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_field_answers import saved

AT_GOALS = 16
COUNT_TOLD = "“20台”是部署的台数，属于第 10 步“部署总数”，没有存为整机应用目标。"
NEXT = "请点击下方按钮选择整机应用目标，选好后点“完成”，下一问即填写部署总数。"
FROM_SUMMARY = "要修改部署总数，请点“⬅️ 返回汇总”，在汇总页发送“20台”即可。"


async def test_a_count_typed_with_a_goal_ticks_it_and_says_the_count_unsaved(engineer, app):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send("本单位内部署20台")
    assert texts(calls)[0] == "\n".join(
        ["已选：完成本单位内同类场景复制部署。选好后点“完成”。", COUNT_TOLD, NEXT])
    answers = saved(app, engineer)
    assert answers["deployment_goals"] == ["完成本单位内同类场景复制部署"]
    assert "deployment_count" not in answers


async def test_a_count_after_a_comma_is_said_the_count_not_unread(engineer, app):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send("跨行业，20台")
    assert "未能识别" not in texts(calls)[0]
    assert f"{COUNT_TOLD}\n{NEXT}" in texts(calls)[0]
    assert saved(app, engineer)["deployment_goals"] == ["完成跨行业/跨领域场景应用"]


async def test_a_count_with_a_goal_opened_from_the_summary_points_back_to_it(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 9")
    calls = await engineer.send("跨行业部署20台")
    assert FROM_SUMMARY in texts(calls)[0]
    assert "（当前部署总数：10台）" in texts(calls)[0]


async def test_a_count_after_the_goals_name_at_the_summary_points_to_the_count(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("整机应用目标：20台")
    assert texts(calls)[0] == ("这条消息没有保存：“20台”不是“整机应用目标”的选项。\n"
                               "“20台”是部署的台数，属于第 10 项“部署总数”。\n" + FROM_SUMMARY)
    assert "场景描述" not in texts(calls)[0]
    await engineer.press("⬅️ 返回汇总")
    calls = await engineer.send("20台")  # as the message says
    assert "10. 部署总数：20台" in texts(calls)[-1]
    assert saved(app, engineer)["deployment_count"] == 20


async def test_goals_counted_by_their_place_are_no_machines_at_the_goals(engineer):
    await walk(engineer, AT_GOALS)
    for typed in ("前两个", "前2个"):
        assert "部署的台数" not in texts(await engineer.send(typed))[0]


async def test_goals_counted_by_their_place_change_no_count_at_the_summary(engineer, app):
    await fill_to_summary(engineer)
    for typed in ("整机应用目标：前两个", "前两个"):
        assert "部署的台数" not in "\n".join(texts(await engineer.send(typed)))
    assert saved(app, engineer)["deployment_count"] == 10
