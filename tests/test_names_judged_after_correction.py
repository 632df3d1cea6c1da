"""What follows a correction's opening at 所属行业 and 细分方向 is judged by all of the
question's rules: a site's equipment task (不对，应该是变电站设备巡检) is told it reads as a task,
the industry or scenario name given before (不对，应该是电力 at 细分方向) is told so, as each is
typed alone; real industries naming equipment (电力设备制造, 设备维修服务) are saved."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_INDUSTRY, AT_DIRECTION = AT_SCENARIO_NAME + 1, AT_SCENARIO_NAME + 2
SCENARIO_NAME = "恒远工厂电池测试—柔性插接"  # the journey's


@pytest.mark.parametrize(("typed", "task"), [
    ("220kV变电站室外设备巡检", "220kV变电站室外设备巡检"),
    ("变电站设备巡检", "变电站设备巡检"),
    ("变电站夜间智能巡检", "变电站夜间智能巡检"),
    ("不对，应该是变电站设备巡检", "变电站设备巡检"),
    ("不对，应该是220kV变电站室外设备巡检", "220kV变电站室外设备巡检"),
])
async def test_a_site_equipment_task_at_the_industry_is_told_a_task(engineer, app, typed, task):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{task}”像是机器人做的具体任务，不是行业名称，没有保存。")
    assert said[-1].startswith("第 4/11 步（1/2）")
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["电力", "电力设备制造", "设备制造", "设备维修服务",
                                   "检验检测服务", "电力设备巡检", "不对，应该是电力设备制造"])
async def test_an_industry_naming_equipment_is_saved(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].startswith("第 4/11 步（2/2）")
    assert saved(app, engineer)["industry"] == typed.removeprefix("不对，应该是")


@pytest.mark.parametrize("typed", ["电力", "不对，应该是电力", "不对，应该是电力。", "应该是电力"])
async def test_the_industry_again_after_a_correction_at_the_direction_is_refused(
        engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("电力")
    said = texts(await engineer.send(typed))
    assert said[0].startswith("“电力”是已填的所属行业，不是细分方向，没有保存。")
    assert said[-1].startswith("第 4/11 步（2/2）")
    assert "sub_direction" not in saved(app, engineer)


@pytest.mark.parametrize("typed", [f"不对，应该是{SCENARIO_NAME}", f"行业改为{SCENARIO_NAME}"])
async def test_the_scenario_name_again_after_a_correction_at_the_industry_is_refused(
        engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{SCENARIO_NAME}”是已填的场景名称，不是行业名称，没有保存。")
    assert "industry" not in saved(app, engineer)


async def test_a_direction_after_a_correction_is_still_saved(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("电力")
    await engineer.send("不对，应该是变电站巡检")
    assert saved(app, engineer)["sub_direction"] == "变电站巡检"
