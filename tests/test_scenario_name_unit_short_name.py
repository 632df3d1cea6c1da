"""A 场景名称 that is the start of the draft's own 用户单位 (苏州恒远 of 苏州恒远动力电池有限公司)
reads as the unit's short name: told so and asked for the task, not saved; names that go on
with a task, and the city alone, are judged as before."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk


@pytest.mark.parametrize("typed", ["苏州恒远", "恒远动力电池", "苏州恒远动力电池", "不对，应该是苏州恒远"])
async def test_the_units_short_name_is_told_and_not_saved(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send(typed))
    name = typed.removeprefix("不对，应该是")
    assert said[0].startswith(f"“{name}”像是用户单位“苏州恒远动力电池有限公司”的简称，"
                              "不是场景名称，没有保存。场景名称要写机器人在那里做什么")
    assert said[-1].startswith("第 3/11 步")
    assert "scenario_name" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["恒远工厂电池测试—柔性插接", "苏州恒远电池包插拔测试",
                                   "恒远电池包下线测试插接"])
async def test_a_name_going_on_with_a_task_is_saved(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send(typed)
    assert saved(app, engineer)["scenario_name"] == typed


async def test_the_city_alone_is_told_as_a_place(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send("苏州市"))
    assert "简称" not in said[0] and "没有保存" in said[0]


@pytest.mark.parametrize("unit", ["苏州供电", "南京地铁"])
async def test_a_name_equal_to_the_unit_is_told_and_not_saved(engineer, app, unit):
    await walk(engineer, AT_SCENARIO_NAME - 1)
    await engineer.send(unit)
    said = texts(await engineer.send(unit))
    assert said[0].startswith(f"“{unit}”是用户单位的名称，不是场景名称，没有保存。")
    assert said[-1].startswith("第 3/11 步")
    assert "scenario_name" not in saved(app, engineer)


async def test_the_units_full_name_is_told_as_its_name_not_a_short_name(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send("苏州恒远动力电池有限公司"))
    assert said[0].startswith("“苏州恒远动力电池有限公司”是用户单位的名称，不是场景名称，没有保存。")
    assert "scenario_name" not in saved(app, engineer)
