"""At 用户单位, a sector's words (智能制造), a numbered object (1号高炉) or a scenario's name
(光伏组件清洗, …送餐服务, 人形机器人汽车总装) are refused with what they look like and the question
asked again, and so are a phase or a contact too short for a name (一期, 张工); real units,
said in full or short (汇川技术, 徐工集团, 南京地铁, 国网苏州供电公司), are saved."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk

ASKED = "第 2/11 步（2/2） · 用户单位"
AGAIN = "请填写用户单位全称（与营业执照一致），例如“XX"


@pytest.mark.parametrize("typed,looks_like", [
    ("智能制造", "像是行业或方向的说法"),
    ("具身智能示范", "像是行业或方向的说法"),
    ("光伏组件清洗", "像是场景名称"),
    ("社区养老中心助餐送餐服务", "像是场景名称"),
    ("地铁隧道火灾应急搜救", "像是场景名称"),
    ("人形机器人汽车总装", "像是场景名称"),
    ("1号高炉", "像是场景里的设备或场所"),
])
async def test_a_sector_or_a_scenario_typed_for_the_unit_is_refused_with_what_it_looks_like(
        engineer, app, typed, looks_like):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”{looks_like}，不是单位名称")
    assert AGAIN in texts(calls)[0]
    assert texts(calls)[-1].startswith(ASKED)
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed,looks_like", [
    ("一期", "“一期”是项目的期次，不是用户单位全称，没有保存。"),
    ("张工", "“张工”像是联系人，不是用户单位全称，没有保存。联系人不填入计划表。"),
])
async def test_a_phase_or_a_contact_too_short_for_a_unit_is_told_what_it_is(
        engineer, app, typed, looks_like):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(looks_like)
    assert "内容过短" not in texts(calls)[0]
    assert texts(calls)[-1].startswith(ASKED)
    assert "enterprise" not in saved(app, engineer)


async def test_a_short_name_that_is_nothing_else_is_asked_for_in_full(engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("恒远")
    assert texts(calls)[0] == ("“恒远”像是单位的简称。用户单位请填写与营业执照一致的全称，"
                               "如“XX股份有限公司”“XX大学附属医院”（以营业执照或法人证书上的名称为准）。")


@pytest.mark.parametrize("name", [
    "国网苏州供电公司", "汇川技术", "徐工集团", "中石化金陵分公司", "南京地铁", "航空工业", "通用技术",
    "华东医药", "先导智能", "蓝星清洗", "南京地铁运营有限责任公司", "苏州市消防救援支队",
    "南京市栖霞区仙林街道养老服务中心", "苏州市吴中区长桥街道社区卫生服务中心", "5G应用创新中心",
])
async def test_a_real_unit_short_or_in_full_is_saved(engineer, app, name):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(name)
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    assert saved(app, engineer)["enterprise"] == name
