"""Several changes in one message at the summary: a later item named by a title as people call it
(产品类型：, 联合体：, 目标： before goals) begins a change of its own, and an item cleared with 无
ends where another begins; other parts of a title (描述：, 目标：2025年…) stay in the text before,
never opening a question with their value lost; the four products cleared together are refused
whole."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_summary_changes import answers, changed_by

QUADRUPED = {"四足机器人": "足式"}
ACROSS = ["完成跨行业/跨领域场景应用"]


def cursor(services, engineer) -> str:
    return services.intake.store.current(engineer.id).cursor


@pytest.mark.parametrize(("typed", "changed"), [
    ("部署总数：12台，目标：跨行业", {"deployment_count": 12, "deployment_goals": ACROSS}),
    ("部署总数：12台，产品类型：四足机器人：足式",
     {"deployment_count": 12, "product_types": QUADRUPED}),
    ("部署总数：12台\n产品类型：四足机器人：足式",
     {"deployment_count": 12, "product_types": QUADRUPED}),
    ("场景名称：恒远柔性插接新场景，产品类型：四足机器人：足式",
     {"scenario_name": "恒远柔性插接新场景", "product_types": QUADRUPED}),
    ("细分方向：储能电池，产品类型：四足机器人：足式",
     {"sub_direction": "储能电池", "product_types": QUADRUPED}),
    ("场景类型：服务，产品类型：四足机器人：足式",
     {"scenario_type": "服务", "product_types": QUADRUPED}),
    ("整机应用目标：跨行业，产品类型：四足机器人：足式",
     {"deployment_goals": ACROSS, "product_types": QUADRUPED}),
    ("技术指标：识别准确率不低于98%，节拍≤15秒，连续无故障运行500小时\n产品类型：四足机器人：足式",
     {"indicators": "识别准确率不低于98%，节拍≤15秒，连续无故障运行500小时",
      "product_types": QUADRUPED}),
])
async def test_a_later_item_named_by_part_of_its_title_is_a_change_of_its_own(
        services, engineer, typed, changed):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, typed) == changed
    assert cursor(services, engineer) == "summary"


async def test_a_consortium_named_later_is_read_as_at_the_start_of_a_message(services, engineer):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer,
                               "场景名称：恒远柔性插接新场景\n联合体：优必选科技股份有限公司、南京大学")
    assert changed["scenario_name"] == "恒远柔性插接新场景"
    assert changed["makers"] == ["优必选科技股份有限公司"]
    assert "南京大学" in changed["partners"]


@pytest.mark.parametrize("typed", ["部署总数：12台，联合体：优必选科技股份有限公司",
                                   "部署总数：12台，第8项：优必选科技股份有限公司"])
async def test_a_consortium_named_later_with_one_name_opens_its_item_and_says_it_unsaved(
        services, engineer, typed):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    unsaved = typed.split("，", 1)[1]
    assert f"这条消息中以下修改没有保存：{unsaved}。" in texts(calls)[0]
    assert {**before, "deployment_count": 12} == answers(services, engineer)
    assert cursor(services, engineer) == "makers"


@pytest.mark.parametrize("goal_line", [
    "目标：年节省成本100万元", "目标：实现跨行业推广，年节约成本200万元",
    "目标：同行业推广至5家企业，新增产值1000万元",
])
async def test_part_of_a_title_on_a_later_line_of_a_free_text_stays_in_that_text(
        services, engineer, goal_line):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, f"预期成效：替代3名工人\n{goal_line}")
    assert changed == {"expected_results": f"替代3名工人\n{goal_line}"}


@pytest.mark.parametrize("typed", [
    "模型算法：无，关键零部件：无", "关键零部件：无，模型算法：无", "模型算法：无\n关键零部件：无",
    "关键零部件：不涉及\n模型算法：暂无", "11. 模型算法：无，关键零部件：无",
])
async def test_every_product_cleared_at_once_is_refused_whole(services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("模型算法、操作系统、仿真平台、关键零部件至少填写一项。")
    assert answers(services, engineer)["model_algorithm"] == "恒远具身智能操作大模型"
    assert answers(services, engineer)["key_components"] == "恒远灵巧手"
    assert cursor(services, engineer) == "model_algorithm"


async def test_a_later_change_after_every_product_cleared_is_said_unsaved(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：无，关键零部件：无，部署总数：12台")
    assert "这条消息中以下修改没有保存：部署总数：12台。" in texts(calls)[0]
    assert answers(services, engineer)["key_components"] == "恒远灵巧手"
    assert answers(services, engineer)["deployment_count"] == 10


@pytest.mark.parametrize("none", ["无", "暂无", "不涉及"])
async def test_a_product_cleared_with_none_ends_where_another_item_begins(
        services, engineer, none):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, f"模型算法：{none}，部署总数：12台")
    assert changed == {"model_algorithm": None, "deployment_count": 12}


async def test_a_product_named_runs_to_the_end_of_its_line_whatever_labels_it_holds(
        services, engineer):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, "模型算法：恒远大模型，部署总数：12台")
    assert changed == {"model_algorithm": "恒远大模型，部署总数：12台"}


@pytest.mark.parametrize(("typed", "key"), [
    ("模型算法：恒远视觉大模型，目标：2025年完成自研大模型", "model_algorithm"),
    ("操作系统：恒远OS，描述：计划采用开源ROS2", "operating_system"),
    ("场景名称：恒远电池包高压测试柔性插接 描述：人形机器人插拔测试插头", "scenario_name"),
])
async def test_a_later_part_of_a_title_that_would_only_open_a_question_stays_in_the_text_before(
        services, engineer, typed, key):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, typed)
    assert list(changed) == [key]
    assert changed[key].endswith(typed[-6:])
    assert cursor(services, engineer) == "summary"


@pytest.mark.parametrize(("typed", "at"), [
    ("场景类型：工业，描述：电池产线", "scenario_type"),
    ("部署总数：12台\n描述：分两期部署", "deployment_count"),
])
async def test_a_later_description_is_refused_with_the_item_before_not_dropped(
        services, engineer, typed, at):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, typed) == {}
    assert cursor(services, engineer) == at


async def test_a_description_after_the_members_is_refused_as_no_member_kind(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("其他成员：东南大学、南京理工大学 描述：产学研合作")
    assert "“描述”不是表格中的成员类别" in texts(calls)[0]
    assert answers(services, engineer)["partners"] == ["东南大学"]
    assert cursor(services, engineer) == "partners"
