"""A later part of one message typed at the summary that begins with a column's label is never
dropped unseen after a count nor kept inside a name: after a short answer 部署目标： and 目标：
begin the goals' change whatever follows (its question says what it is not), and a count's
line from another item's label on is said unsaved. Free-text answers keep such words."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import RESULTS, fill_to_summary
from tests.test_bot_summary_changes import answers, changed_by
from tests.test_bot_summary_later_items import cursor

NOT_A_GOAL = "这条消息没有保存：“替代2名工人”不是“整机应用目标”的选项。"
ACROSS = ["完成跨行业/跨领域场景应用"]


@pytest.mark.parametrize(("typed", "changed"), [
    ("部署总数：12台，部署目标：替代2名工人", {"deployment_count": 12}),
    ("部署总数：12台 部署目标：替代2名工人", {"deployment_count": 12}),  # a voice pause
    ("部署总数：12台，目标：替代2名工人", {"deployment_count": 12}),
    ("场景名称：电池包测试，部署目标：替代2名工人", {"scenario_name": "电池包测试"}),
    ("场景名称：电池包测试，目标：替代2名工人", {"scenario_name": "电池包测试"}),
    ("细分方向：新能源电池，部署目标：替代2名工人", {"sub_direction": "新能源电池"}),
])
async def test_goal_words_after_a_short_answer_are_quoted_as_no_goal_not_dropped_or_kept_in_it(
        services, engineer, typed, changed):
    await fill_to_summary(engineer)
    before = answers(services, engineer)["deployment_goals"]
    calls = await engineer.send(typed)
    told = texts(calls)[0].split("\n")
    assert told[1] == NOT_A_GOAL
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert answers(services, engineer)["deployment_goals"] == before
    for key, value in changed.items():
        assert answers(services, engineer)[key] == value


async def test_goals_with_results_after_a_count_tick_the_goal_and_say_the_rest_unread(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：12台，部署目标：实现跨行业推广，年节约成本200万元")
    assert "未能识别“年节约成本200万元”，没有勾选" in texts(calls)[0]
    assert answers(services, engineer)["deployment_count"] == 12
    assert answers(services, engineer)["deployment_goals"] == ACROSS


@pytest.mark.parametrize("later", ["补充指标：连续运行8小时", "描述：分两期部署", "场景描述：电池包自动插拔"])
async def test_another_items_words_after_a_count_on_its_line_are_said_unsaved(
        services, engineer, later):
    await fill_to_summary(engineer)
    calls = await engineer.send(f"部署总数：12台，{later}")
    assert texts(calls)[0].split("\n") == ["已记录部署总数：12 台。",
                                           f"这条消息中以下内容没有保存：{later}。"]
    assert answers(services, engineer)["deployment_count"] == 12
    assert cursor(services, engineer) == "summary"


@pytest.mark.parametrize(("typed", "changed"), [
    ("部署总数：12台，目标：跨行业", {"deployment_count": 12, "deployment_goals": ACROSS}),
    ("场景名称：电池包测试，场景类型：服务", {"scenario_name": "电池包测试", "scenario_type": "服务"}),
    ("部署总数：12台，其中人形8台、四足4台", {"deployment_count": 12}),
    ("预期成效：替代2名工人，部署总数达10台", {"expected_results": "替代2名工人，部署总数达10台"}),
    ("预期成效：替代2名工人，部署目标：年节省60万元",
     {"expected_results": "替代2名工人，部署目标：年节省60万元"}),
    ("现状与痛点：人工插拔高压插头有打火风险，部署目标：实现无人化",
     {"pain_point": "人工插拔高压插头有打火风险，部署目标：实现无人化"}),
])
async def test_parts_read_before_and_free_text_holding_such_words_are_saved_as_they_were(
        services, engineer, typed, changed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    # nothing read as another part and lost; the count's own remark is quoted as not kept
    # (test_bot_count_remarks)
    assert not [line for line in texts(calls)[0].splitlines()
                if "没有保存" in line and "本题只记一个合计台数" not in line]
    for key, value in changed.items():
        assert answers(services, engineer)[key] == value
    assert answers(services, engineer)["expected_results"] == changed.get(
        "expected_results", RESULTS)


async def test_two_counts_on_one_line_are_still_refused(services, engineer):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, "部署总数：12台，台数：15台") == {}
    assert cursor(services, engineer) == "deployment_count"
