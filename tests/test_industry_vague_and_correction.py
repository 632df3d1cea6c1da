"""所属行业: the scenario in the programme's words (工业产线实训, 填写说明 3's vague name) and a
task (巡检) are told what they read as, with industries; a correction's opener dropped, what
follows is judged by the question's own rules (不对，应该是社区食堂 names a place)."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_INDUSTRY = AT_SCENARIO_NAME + 1


@pytest.mark.parametrize("typed", ["工业产线实训", "智能制造场景", "具身智能示范"])
async def test_a_scenario_in_the_programmes_words_is_told_vague(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{typed}”像是场景的笼统说法（填写说明 3 提到的“工业产线实训”")
    assert "不是行业名称，没有保存" in said[0] and "“汽车制造”“电子信息制造业”" in said[0]
    assert said[-1].startswith("第 4/11 步（1/2）")
    assert "industry" not in saved(app, engineer)


async def test_a_task_is_told_a_task(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send("巡检"))
    assert said[0].startswith("“巡检”像是机器人做的具体任务，不是行业名称，没有保存。")
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize(("typed", "told"), [
    ("不对，应该是社区食堂", "“社区食堂”像是场景所在的场所，不是行业名称，没有保存。"),
    ("不对，应该是工业产线实训", "“工业产线实训”像是场景的笼统说法"),
    ("写错了，应为苏州市", "“苏州市”是地名"),
])
async def test_after_a_corrections_opener_the_rest_is_judged(engineer, app, typed, told):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(told)
    assert "像是一句描述" not in said[0]
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["工业机器人", "智能制造", "机器人制造", "汽车零部件", "纺织服装",
                                   "港口物流", "养老服务", "轨道交通", "3C电子"])
async def test_industries_are_saved(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == typed


async def test_a_corrected_industry_is_saved_without_the_opener(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("不对，应该是汽车制造")
    assert saved(app, engineer)["industry"] == "汽车制造"
