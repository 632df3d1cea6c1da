"""A place elsewhere that begins with a county's name is not filed under the county's city,
through the real Application: 金平县 is Yunnan's, not 汕头's 金平区; 曲江新区 Xi'an's, not
韶关's 曲江区; 宁海路, 和平里, 平湖街道 and 南沙群岛 are a street's or islands'. A zone in a
county and a county's old name are still its city's, and a company after another province's
name names none of the province's counties inside it (福建德清…: no 建德, no 德清). At 用户单位
a municipality's district is advised as that municipality (上海市普陀区: no 舟山's 普陀区), and
a prefecture's or county's full name anywhere (滨海新区, 浦东新区) is only a place."""

import pytest

from flows.place_replies import NO_UNIT
from tests.deployments import deployment, saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk
from tests.test_bot_counties_other_province import GUANGDONG, ZHEJIANG

JIANGSU = ("江苏省工业和信息化厅", "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁")
DEPLOYMENTS = {"江苏": JIANGSU, "浙江": ZHEJIANG, "广东": GUANGDONG}


@pytest.fixture
def settings(tmp_path, request):
    return deployment(tmp_path, *DEPLOYMENTS[getattr(request, "param", "江苏")])


async def at_city(engineer, settings, typed: str) -> list[str]:
    await engineer.send("/start")
    await engineer.press(settings.submitting_unit)
    return texts(await engineer.send(typed))


async def at_unit(engineer, settings, city: str, typed: str) -> str:
    await engineer.send("/start")
    await engineer.press(settings.submitting_unit)
    await engineer.press(city)
    return "\n".join(texts(await engineer.send(typed)))


@pytest.mark.parametrize(("settings", "typed", "city"), [
    ("广东", "金平县", "汕头市"), ("广东", "金平县恒远有限公司", "汕头市"),
    ("广东", "曲江新区恒远有限公司", "韶关市"), ("广东", "和平里", "河源市"),
    ("广东", "南沙群岛", "广州市"), ("浙江", "平湖街道恒远有限公司", "嘉兴市"),
    ("浙江", "宁海路恒远有限公司", "宁波市"), ("浙江", "象山区", "宁波市"),
    ("江苏", "栖霞市", "南京市"),
], indirect=["settings"])
async def test_a_place_going_on_past_a_countys_name_is_not_that_countys_city(
        engineer, app, settings, typed, city):
    await at_city(engineer, settings, typed)
    assert saved(app, engineer).get("city") != city


@pytest.mark.parametrize(("settings", "typed", "city"), [
    ("江苏", "昆山开发区恒远有限公司", "苏州市"), ("江苏", "江宁高新区恒远有限公司", "南京市"),
    ("江苏", "吴中区木渎镇", "苏州市"), ("广东", "顺德恒远有限公司", "佛山市"),
    ("江苏", "吴江市恒远纺织有限公司", "苏州市"), ("江苏", "通州市", "南通市"),
    ("广东", "顺德市", "佛山市"), ("广东", "曲江县", "韶关市"), ("广东", "金平区", "汕头市"),
    ("浙江", "宁海县", "宁波市"), ("江苏", "昆山市场监督管理局", "苏州市"),
    ("浙江", "普陀区", "舟山市"), ("浙江", "江北区", "宁波市"), ("浙江", "浙江德清", "湖州市"),
    ("江苏", "昆山路桥工程有限公司", "苏州市"), ("江苏", "江阴路桥恒远有限公司", "无锡市"),
], indirect=["settings"])
async def test_a_zone_in_a_county_or_its_old_name_is_still_its_city(
        engineer, app, settings, typed, city):
    await at_city(engineer, settings, typed)
    assert saved(app, engineer)["city"] == city


@pytest.mark.parametrize("settings", ["浙江"], indirect=True)
async def test_a_company_after_another_provinces_name_names_no_two_of_its_cities(
        engineer, app, settings):
    replies = await at_city(engineer, settings, "福建德清恒远有限公司")
    assert not any("提到了" in reply for reply in replies)
    assert "city" not in saved(app, engineer)


@pytest.mark.parametrize(("settings", "pressed", "typed", "meant"), [
    ("浙江", "宁波市", "上海市普陀区", "上海市"), ("浙江", "宁波市", "重庆市江北区", "重庆市"),
    ("江苏", "苏州市", "北京市通州区", "北京市"),
], indirect=["settings"])
async def test_a_municipalitys_district_at_the_unit_is_advised_as_that_municipality(
        engineer, app, settings, pressed, typed, meant):
    reply = await at_unit(engineer, settings, pressed, typed)
    assert f"如需改为{meant}" in reply
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["滨海新区", "浦东新区", "河北省常山县", "天津市滨海新区"])
async def test_a_place_of_the_country_in_full_at_the_unit_is_only_a_place(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    assert NO_UNIT.format(name=typed) in texts(await engineer.send(typed))
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["江宁区人民医院", "浦东新区人民医院", "张家港市恒远有限公司"])
async def test_a_unit_named_after_its_district_is_saved(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == typed
