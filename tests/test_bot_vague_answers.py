"""Answers QA found too vague or misread, refused or read right through the real Application:
a site as the 场景名称, a count of machines or stations as the indicator, a voice-typed space or
a numbered list in the 联合体, an abbreviated 报送单位 and two cities at once."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, AT_SCENARIO_NAME, JOURNEY, walk

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))


@pytest.mark.parametrize("name", ["焊装车间", "理想汽车常州基地", "连云港新东方国际货柜码头有限公司",
                                  "汽车总装智能化示范", "总装车间具身智能实训场景"])
async def test_site_or_workshop_as_scenario_name_is_refused_and_asked_again(engineer, app, name):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(name)
    assert texts(calls)[0].startswith(f"场景名称“{name}”过于笼统")
    assert "没有写明机器人" in texts(calls)[0]
    # how to write it: in general, or the workshop itself with a task after it
    assert ("建议写成“对象+具体任务”" in texts(calls)[0]
            or f"请在后面加上机器人做什么，例如“{name}巡检”" in texts(calls)[0])
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert "scenario_name" not in answers


@pytest.mark.parametrize("name", ["服务器巡检", "服务器上下料作业"])
async def test_a_server_is_no_generic_service_in_a_scenario_name(engineer, app, name):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(name)
    assert not any("过于笼统" in text for text in texts(calls))
    assert app.bot_data["services"].intake.store.current(engineer.id).answers["scenario_name"] == name


@pytest.mark.parametrize(("indicators", "reason"), [
    ("需要10台机器人", "“10台”是部署的台数（在第 10 步“部署总数”填写）"),
    ("在2个工位开展", "“2个工位”是工位、场所的个数"),
    ("计划在3个车间推广", "“3个车间”是工位、场所的个数"),
    ("基于GB 11291.1-2011开展工业机器人安全评估。", "“GB 11291.1-2011”是标准编号"),
    ("2025年底已完成产线改造，2026年将引入机器人开展实训。", "“2025年”“2026年”是年份、日期或时刻"),
    ("由2家整机企业和1所高校组成联合体共同攻关。", "“2家”“1所”是单位或人员的数量"),
    ("采用Unitree Go2四足机器人和H1人形机器人开展联合巡检。", "“Go2”“H1”是型号或名称的一部分"),
    ("准确率99，节拍15", "“99”“15”没有单位"),
    ("准确率98以上", "“98”没有单位"),
    ("成功率要高，误差要小，1年内完成验证", "“1年”是工期或期限"),
])
async def test_figures_that_are_no_indicator_are_named_with_what_they_are(engineer, indicators,
                                                                          reason):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(indicators)
    assert texts(calls)[0].startswith(
        f"没有识别到可量化的指标：{reason}，不能用来评估精度、效率或可靠性。请写出指标的数字和单位，例如：\n"
        "• 精度：识别准确率不低于98%、定位精度≤±0.5mm\n")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求")


async def test_number_of_models_handled_is_still_an_indicator(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("兼容3种车型")
    assert texts(calls)[0].startswith("已识别指标：兼容 3 种")


@pytest.mark.parametrize(("typed", "makers"), [
    ("北京人形机器人创新中心 有限公司", ["北京人形机器人创新中心有限公司"]),
    ("1.优必选科技股份有限公司 2.智元机器人有限公司", ["优必选科技股份有限公司", "智元机器人有限公司"]),
])
async def test_voice_space_before_a_legal_ending_and_inline_numbering_are_read_as_meant(
        engineer, app, typed, makers):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert app.bot_data["services"].intake.store.current(engineer.id).answers["makers"] == makers


async def test_abbreviated_submitting_unit_is_asked_for_its_full_name(engineer, app):
    await engineer.send("/start")
    calls = await engineer.send("省工信厅")
    assert texts(calls)[0].startswith("“省工信厅”不是省级主管部门或中央企业集团的全称")
    assert "请写全称，如“江苏省工业和信息化厅”" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")
    assert "submitting_unit" not in app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_two_cities_at_once_are_refused_and_one_city_still_resolves(engineer, app):
    await walk(engineer, 2)
    calls = await engineer.send("南京或者无锡")
    assert texts(calls)[0] == "“南京或者无锡”提到了南京市、无锡市：一个场景只对应一个设区市，请选择一个。"
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")
    await engineer.send("苏州工业园区")
    assert app.bot_data["services"].intake.store.current(engineer.id).answers["city"] == "苏州市"
