"""At the name questions, the ways people open a correction (不对不对，应该是…, 不好意思，应该是…,
刚才写错了，…, 修改为…, 换成…, 不是这个，是…, and the question's own label: 场景名称改为…) are
no part of the name: what follows is saved when it passes the question's rules alone."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk

AT_INDUSTRY = AT_SCENARIO_NAME + 1
OPENERS = ["不对不对，应该是", "不好意思，应该是", "对不起写错了，改成", "刚才写错了，应该是", "修改为",
           "换成", "不是这个，是"]
QUESTIONS = [(AT_ENTERPRISE, "enterprise", "苏州恒远动力电池有限公司", "用户单位"),
             (AT_SCENARIO_NAME, "scenario_name", "医院物资配送", "场景名称"),
             (AT_INDUSTRY, "industry", "交通运输", "行业")]


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize(("at", "key", "name", "label"), QUESTIONS)
async def test_a_corrections_opener_is_not_saved_with_the_name(engineer, app, opener, at, key,
                                                               name, label):
    await walk(engineer, at)
    await engineer.send(opener + name)
    assert saved(app, engineer)[key] == name


@pytest.mark.parametrize(("at", "key", "name", "label"), QUESTIONS)
async def test_the_questions_own_label_before_改为_is_not_saved(engineer, app, at, key, name,
                                                               label):
    await walk(engineer, at)
    await engineer.send(f"{label}改为{name}")
    assert saved(app, engineer)[key] == name


async def test_what_follows_a_new_opener_is_judged_by_the_questions_rules(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send("不对不对，应该是社区食堂"))
    assert said[0].startswith("“社区食堂”像是场景所在的场所，不是行业名称，没有保存。")
    assert "industry" not in saved(app, engineer)


async def test_another_questions_label_is_not_taken_for_the_questions_own(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send("用户单位改为苏州恒远动力电池有限公司"))
    assert "scenario_name" not in saved(app, engineer) and "没有保存" in said[0]
