"""Answers of the wrong kind typed at 整机企业, 用户单位 and 场景名称 (QA 405): a hospital or a
department listed as a robot maker, indicators' names as the user unit, an organisation with
no task, a part and a unit corrected one step late as the scenario's name. Each is refused, not saved,
told what it reads as and where it belongs; real answers of each are still saved."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk

AT_MAKERS = 14


def answers(services, engineer):
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("typed", "said", "send"), [
    ("苏州穿山甲机器人股份有限公司、苏州大学附属儿童医院", "“苏州大学附属儿童医院”是医院",
     "请只发送整机企业，如：苏州穿山甲机器人股份有限公司"),
    ("苏州穿山甲机器人股份有限公司、苏州市工业和信息化局", "“苏州市工业和信息化局”是政府部门",
     "请只发送整机企业，如：苏州穿山甲机器人股份有限公司"),
    ("南京鼓楼医院", "“南京鼓楼医院”是医院", "请填写整机企业（或应用服务商）的全称。"),
])
async def test_a_hospital_or_a_department_is_no_maker(services, engineer, typed, said, send):
    await walk(engineer, AT_MAKERS)
    shown = "\n".join(texts(await engineer.send(typed)))
    assert said in shown and "不是机器人整机企业（或应用服务商），没有保存" in shown
    assert "其他联合体成员" in shown and send in shown
    assert "makers" not in answers(services, engineer)


async def test_a_hospital_pasted_with_a_university_is_not_saved_as_a_maker(services, engineer):
    await walk(engineer, AT_MAKERS)
    shown = "\n".join(texts(await engineer.send(
        "苏州穿山甲机器人股份有限公司、苏州大学、苏州大学附属儿童医院")))
    assert "“苏州大学附属儿童医院”是医院" in shown
    assert "makers" not in answers(services, engineer)
    assert answers(services, engineer)["partners"] == ["苏州大学"]


@pytest.mark.parametrize("typed", ["识别准确率、续航时间", "识别准确率", "定位精度，节拍"])
async def test_indicators_names_are_no_user_unit(services, engineer, typed):
    await walk(engineer, AT_ENTERPRISE)
    shown = "\n".join(texts(await engineer.send(typed)))
    assert f"“{typed}”像是技术指标的名称，不是单位名称，没有保存。技术指标在第 5 步填写" in shown
    assert "enterprise" not in answers(services, engineer)


@pytest.mark.parametrize("typed", ["扬州市广陵区汶河街道社区养老服务中心", "南京奥体中心",
                                   "南京市第一中学", "苏州颐养中心"])
async def test_an_institution_with_no_task_is_no_scenario_name(services, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    shown = "\n".join(texts(await engineer.send(typed)))
    assert f"场景名称“{typed}”过于笼统：只写了场所或单位" in shown
    assert "scenario_name" not in answers(services, engineer)


async def test_a_unit_corrected_late_is_no_scenario_name(services, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    shown = "\n".join(texts(await engineer.send("不对，应该是国网江苏省电力有限公司南京供电分公司")))
    assert "像是在更正第 2 步的用户单位，不是场景名称，没有保存" in shown
    assert "要把用户单位改为“国网江苏省电力有限公司南京供电分公司”，请点“⬅️ 上一步”" in shown
    assert "scenario_name" not in answers(services, engineer)
    assert answers(services, engineer)["enterprise"] == "苏州恒远动力电池有限公司"


@pytest.mark.parametrize("typed", ["防爆激光雷达", "六维力传感器"])
async def test_a_part_is_no_scenario_name(services, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    shown = "\n".join(texts(await engineer.send(typed)))
    assert f"“{typed}”像是产品或零部件，不是场景名称，没有保存。关键零部件在第 11 步" in shown
    assert "scenario_name" not in answers(services, engineer)


@pytest.mark.parametrize(("at", "key", "typed", "stored"), [
    (AT_MAKERS, "makers", "苏州穿山甲机器人股份有限公司、江苏汇博机器人技术股份有限公司",
     ["苏州穿山甲机器人股份有限公司", "江苏汇博机器人技术股份有限公司"]),
    (AT_ENTERPRISE, "enterprise", "苏州大学附属儿童医院", "苏州大学附属儿童医院"),
    (AT_ENTERPRISE, "enterprise", "江苏省效率研究中心", "江苏省效率研究中心"),
    (AT_SCENARIO_NAME, "scenario_name", "社区养老服务中心助餐送餐", "社区养老服务中心助餐送餐"),
    (AT_SCENARIO_NAME, "scenario_name", "医院药品物流配送中心", "医院药品物流配送中心"),
    (AT_SCENARIO_NAME, "scenario_name", "数据中心巡检", "数据中心巡检"),
    (AT_SCENARIO_NAME, "scenario_name", "激光雷达标定", "激光雷达标定"),
    (AT_SCENARIO_NAME, "scenario_name", "锂电池搬运", "锂电池搬运"),
])
async def test_the_right_kind_is_still_saved(services, engineer, at, key, typed, stored):
    await walk(engineer, at)
    await engineer.send(typed)
    assert answers(services, engineer)[key] == stored
