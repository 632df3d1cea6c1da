"""At 场景名称, a unit with its branch is told it is a unit's name (not a list of units), a kind
of hospital that it is a site or an industry with a scenario made of it, and a phase, a contact
or an industry too short for a name (一期, 张工, 电力) what it is, not only that it is short."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

ASKED = "第 3/11 步 · 场景名称"


@pytest.mark.parametrize("typed", ["国网江苏省电力有限公司，南京供电分公司", "苏州大学，附属第一医院"])
async def test_a_unit_with_its_branch_is_told_it_is_a_unit_s_name(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”像是单位名称，不是场景名称，没有保存。用户单位在第 2 步填写")
    assert "列了几家单位" not in texts(calls)[0]
    assert texts(calls)[-1].startswith(ASKED)
    assert "scenario_name" not in saved(app, engineer)


async def test_units_listed_are_still_told_they_are_a_list(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send("东南大学、南京大学")
    assert texts(calls)[0].startswith("“东南大学、南京大学”列了几家单位")


@pytest.mark.parametrize("kind", ["中医医院", "儿童医院"])
async def test_a_kind_of_hospital_is_told_it_is_a_site_with_a_name_to_write(engineer, app, kind):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(kind)
    assert texts(calls)[0] == (f"“{kind}”是一类医院，说的是场所或所属行业，不是场景名称，没有保存。"
                               f"请在后面加上机器人做什么，例如“{kind}导诊”。")
    assert texts(calls)[-1].startswith(ASKED)
    assert "scenario_name" not in saved(app, engineer)


async def test_the_example_given_for_a_kind_of_hospital_is_saved(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send("中医医院")
    await engineer.send("中医医院导诊")
    assert saved(app, engineer)["scenario_name"] == "中医医院导诊"


@pytest.mark.parametrize("typed,said", [
    ("一期", "“一期”是项目的期次，不是场景名称，没有保存。"),
    ("张工", "“张工”像是联系人，不是场景名称，没有保存。联系人不填入计划表。"),
    ("电力", "“电力”是行业名称，不是场景名称，没有保存。所属行业在第 4 步填写。"),
])
async def test_a_short_phase_contact_or_industry_is_told_what_it_is(engineer, app, typed, said):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(said + "这里请填写场景名称")
    assert "内容过短" not in texts(calls)[0]
    assert texts(calls)[-1].startswith(ASKED)
    assert "scenario_name" not in saved(app, engineer)


async def test_a_short_name_that_is_nothing_else_is_still_told_it_is_short(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send("巡检")
    assert texts(calls)[0] == "内容过短：至少 4 个字。"


@pytest.mark.parametrize("unit", ["恒远集团", "恒远有限公司"])
async def test_a_short_company_name_is_told_it_names_only_a_unit_with_no_company_example(
        engineer, unit):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(unit)
    assert texts(calls)[0].startswith(f"场景名称“{unit}”过于笼统：只写了场所或单位")
    assert f"{unit}巡检" not in texts(calls)[0]
