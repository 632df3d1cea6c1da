"""Voice input says a question's label instead of typing it (城市是苏州, 我们单位是…), perhaps
after a hesitation (嗯，苏州): the lead-in is no part of the answer, at the questions whose
answer is a name, a choice or a count, and only there."""

import pytest

from flows.own_labels import without_own_label
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, AT_SCENARIO_TYPE, walk
from tests.test_bot_field_answers import saved

AT_CITY, AT_INDUSTRY, AT_SUB_DIRECTION, AT_PAIN = 2, 5, 6, 7
AT_MAKERS, AT_COUNT, AT_MODEL = 14, 18, 19


@pytest.mark.parametrize("typed", ["城市是苏州。", "城市是苏州市。", "嗯，苏州。", "我们在苏州。",
                                   "所在城市就是苏州", "嗯嗯，我们公司位于苏州市", "苏州。", "在苏州。",
                                   "是苏州", "嗯，是苏州。", "是，苏州", "是的，苏州", "就是苏州",
                                   "对，苏州", "是啊，苏州", "嗯是的，苏州", "是的是的，苏州",
                                   "行，苏州", "OK，苏州"])
async def test_a_city_said_after_its_lead_in_is_the_city(engineer, app, typed):
    await walk(engineer, AT_CITY)
    calls = await engineer.send(typed)
    assert saved(app, engineer)["city"] == "苏州市"
    assert not any("不在本省设区市名单中" in text for text in texts(calls))


@pytest.mark.parametrize(("moves", "key", "typed", "answer"), [
    (AT_ENTERPRISE, "enterprise", "我们单位是苏州汇川技术有限公司。", "苏州汇川技术有限公司"),
    (AT_ENTERPRISE, "enterprise", "用户单位是苏州汇川技术有限公司。", "苏州汇川技术有限公司"),
    (AT_ENTERPRISE, "enterprise", "单位全称是苏州汇川技术有限公司。", "苏州汇川技术有限公司"),
    (AT_ENTERPRISE, "enterprise", "嗯，苏州汇川技术有限公司。", "苏州汇川技术有限公司"),
    (AT_ENTERPRISE, "enterprise", "我司全称为苏州汇川技术有限公司", "苏州汇川技术有限公司"),
    (AT_SCENARIO_NAME, "scenario_name", "场景名称是电池包下线测试柔性插接。", "电池包下线测试柔性插接"),
    (AT_SCENARIO_NAME, "scenario_name", "名称叫电池包下线测试柔性插接。", "电池包下线测试柔性插接"),
    (AT_SCENARIO_NAME, "scenario_name", "嗯，电池包下线测试柔性插接。", "电池包下线测试柔性插接"),
    (AT_SCENARIO_NAME, "scenario_name", "呃…… 场景名称：电池包下线测试柔性插接", "电池包下线测试柔性插接"),
    (AT_INDUSTRY, "industry", "行业是汽车制造。", "汽车制造"),
    (AT_INDUSTRY, "industry", "所属行业是汽车制造。", "汽车制造"),
    (AT_INDUSTRY, "industry", "嗯，汽车制造。", "汽车制造"),
    (AT_INDUSTRY, "industry", "嗯，行业的话是汽车制造。", "汽车制造"),
    (AT_SUB_DIRECTION, "sub_direction", "方向是动力电池。", "动力电池"),
    (AT_SUB_DIRECTION, "sub_direction", "细分方向是动力电池。", "动力电池"),
    (AT_SUB_DIRECTION, "sub_direction", "嗯，动力电池。", "动力电池"),
    (AT_SCENARIO_TYPE, "scenario_type", "场景类型选工业", "工业"),
    (AT_SCENARIO_TYPE, "scenario_type", "嗯，服务", "服务"),
    (AT_MAKERS, "makers", "嗯，恒远机器人有限公司", ["恒远机器人有限公司"]),
    (AT_MAKERS, "makers", "企业是恒远机器人有限公司", ["恒远机器人有限公司"]),
    (AT_COUNT, "deployment_count", "台数是10台", 10),
    (AT_COUNT, "deployment_count", "部署台数是12台", 12),
    (AT_COUNT, "deployment_count", "部署数量是12台", 12),
    (AT_MODEL, "model_algorithm", "模型算法是恒远大模型", "恒远大模型"),
    (AT_MODEL, "model_algorithm", "嗯，恒远大模型", "恒远大模型"),
])
async def test_a_short_answer_said_after_its_lead_in_is_saved_without_it(
        engineer, app, moves, key, typed, answer):
    await walk(engineer, moves)
    await engineer.send(typed)
    assert saved(app, engineer)[key] == answer


@pytest.mark.parametrize(("moves", "key", "typed", "answer"), [
    (AT_ENTERPRISE, "enterprise", "是恒远动力电池有限公司", "恒远动力电池有限公司"),
    (AT_ENTERPRISE, "enterprise", "嗯，是苏州恒远动力电池有限公司", "苏州恒远动力电池有限公司"),
    (AT_ENTERPRISE, "enterprise", "是德科技（成都）有限公司", "是德科技（成都）有限公司"),
    (AT_ENTERPRISE, "enterprise", "是的，苏州恒远动力电池有限公司", "苏州恒远动力电池有限公司"),
    (AT_SCENARIO_NAME, "scenario_name", "好的，恒远工厂电池测试", "恒远工厂电池测试"),
    (AT_INDUSTRY, "industry", "是汽车制造业", "汽车制造业"),
    (AT_INDUSTRY, "industry", "是电子信息制造业", "电子信息制造业"),
    (AT_INDUSTRY, "industry", "就是电子信息制造业", "电子信息制造业"),
    (AT_INDUSTRY, "industry", "是装备制造", "装备制造"),
    (AT_SUB_DIRECTION, "sub_direction", "是的，动力电池", "动力电池"),
    (AT_MAKERS, "makers", "是恒远机器人有限公司", ["恒远机器人有限公司"]),
    (AT_MAKERS, "makers", "是德科技有限公司", ["是德科技有限公司"]),
])
async def test_a_bare_copula_before_a_short_answer_is_not_kept(
        engineer, app, moves, key, typed, answer):
    await walk(engineer, moves)
    await engineer.send(typed)
    assert saved(app, engineer)[key] == answer


@pytest.mark.parametrize("typed", ["行业是劳动密集型，工人每班搬运400次以上，劳动强度大。",
                                   "嗯，目前电池包下线前需人工插拔高压插头，存在打火风险。"])
async def test_a_description_beginning_like_a_lead_in_is_kept_whole(engineer, app, typed):
    await walk(engineer, AT_PAIN)
    await engineer.send(typed)
    assert saved(app, engineer)["pain_point"] == typed


@pytest.mark.parametrize(("key", "typed", "answer"), [
    ("enterprise", "单位是是德科技（成都）有限公司", "是德科技（成都）有限公司"),
    ("enterprise", "单位为升科技有限公司", "单位为升科技有限公司"),  # 为升科技 or 升科技?
    ("enterprise", "为升科技有限公司", "为升科技有限公司"),
    ("city", "额尔古纳市", "额尔古纳市"),  # a hesitation only with a pause after it
    ("city", "嗯", "嗯"),
    ("city", "城市是", "城市是"),
    ("city", "是", "是"),
    ("city", "是的", "是的"),
    # Where an answer may begin with 是 of its own, 是 alone is no copula.
    ("scenario_name", "是非判别质检", "是非判别质检"),
    ("scenario_name", "是德仪器校准测试", "是德仪器校准测试"),
    ("sub_direction", "是非标装配", "是非标装配"),
    ("model_algorithm", "是一大模型", "是一大模型"),
    ("scenario_name", "是否可以用机器人巡检", "是否可以用机器人巡检"),
    ("enterprise", "是一科技有限公司", "是一科技有限公司"),  # a name beginning with 是
    ("pain_point", "是人工搬运，劳动强度大", "是人工搬运，劳动强度大"),
    ("sub_direction", "方向盘总成装配", "方向盘总成装配"),
    ("scenario_name", "名称管理系统智能巡检", "名称管理系统智能巡检"),
    ("indicators", "嗯，识别准确率≥98%", "嗯，识别准确率≥98%"),
])
def test_only_a_whole_lead_in_before_an_answer_is_read_as_one(key, typed, answer):
    assert without_own_label(key, typed) == answer
