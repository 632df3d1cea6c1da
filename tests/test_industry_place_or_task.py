"""A site (社区食堂) or a robot's task (商场导览讲解与导购) typed at 所属行业 is told what it reads
as, with industries to type, and not saved; industries, however they end, are saved."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_INDUSTRY = AT_SCENARIO_NAME + 1


@pytest.mark.parametrize(("typed", "reads_as"), [
    ("社区食堂", "场所"), ("学校食堂", "场所"), ("总装车间", "场所"),
    ("商场导览讲解与导购", "具体任务"), ("社区送餐", "具体任务"), ("导览讲解", "具体任务"),
    ("医院餐厅", "场所"), ("员工餐厅", "场所"), ("变电站巡检", "具体任务"), ("导诊", "具体任务"),
    ("上下料", "具体任务"),
])
async def test_a_place_or_a_task_at_the_industry_is_told_and_not_saved(engineer, app, typed,
                                                                      reads_as):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{typed}”像是")
    assert reads_as in said[0] and "不是行业名称，没有保存" in said[0]
    assert "“餐饮服务”“商贸零售”" in said[0]  # industries to type instead
    assert said[-1].startswith("第 4/11 步（1/2）")
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["餐饮业", "商贸流通", "社区服务", "导览服务", "养老服务",
                                   "商贸零售", "交通运输", "医疗卫生", "儿童医院",
                                   "仓储物流分拣", "电力巡检", "快递分拣"])
async def test_an_industry_is_saved(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == typed


@pytest.mark.parametrize("typed", ["连锁餐厅", "中餐厅", "西餐厅", "餐厅", "快餐", "餐饮连锁", "理货",
                                   "港口理货", "消杀", "医院陪护", "陪护", "装卸搬运", "家政", "保洁",
                                   "物业", "安保", "护理", "仓储", "配送", "快递"])
async def test_a_service_trade_named_like_a_site_or_a_task_is_saved(engineer, app, typed):
    """A restaurant's format (中餐厅) and trades named by their work (理货, 消杀, 陪护, 装卸搬运)
    are industries; before, they were told they read as a site or a task."""
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert "不是行业名称" not in said[0]
    assert saved(app, engineer)["industry"] == typed
