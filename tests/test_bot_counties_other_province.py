"""A place or a company of another province typed at the city question is never filed under
a configured city by a county of the province it happens to begin with or contain: 三门峡 is
no 三门 of 台州, 龙泉驿 no 龙泉 of 丽水, 和平区 no 和平 of 河源's 和平县, and 河北常山… no
常山 of 衢州. The own province before a county still files it (广东省普宁市 is 揭阳市's)."""

import pytest

from flows.place_replies import OUTSIDE
from tests.deployments import deployment, saved
from tests.fake_bot_api import texts

ZHEJIANG = ("浙江省经济和信息化厅", "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水")
GUANGDONG = ("广东省工业和信息化厅", "广州 深圳 珠海 汕头 佛山 韶关 河源 梅州 惠州 汕尾 东莞 中山 江门 "
             "阳江 湛江 茂名 肇庆 清远 潮州 揭阳 云浮")
DEPLOYMENTS = {"浙江": ZHEJIANG, "广东": GUANGDONG}
ZHEJIANG_COUNTY_CITIES = ("台州市", "衢州市", "丽水市", "温州市", "金华市")


@pytest.fixture
def settings(tmp_path, request):
    return deployment(tmp_path, *DEPLOYMENTS[request.param])


async def at_city(engineer, settings, typed: str) -> list[str]:
    await engineer.send("/start")
    await engineer.press(settings.submitting_unit)
    return texts(await engineer.send(typed))


@pytest.mark.parametrize("typed", [
    "三门峡市", "河南省三门峡市", "三门峡", "河北省常山县", "河北常山", "龙泉驿区", "龙泉驿",
])
@pytest.mark.parametrize("settings", ["浙江"], indirect=True)
async def test_a_place_of_another_province_is_not_filed_under_a_zhejiang_county(
        engineer, app, settings, typed):
    await at_city(engineer, settings, typed)
    assert saved(app, engineer).get("city") not in ZHEJIANG_COUNTY_CITIES


@pytest.mark.parametrize("settings", ["浙江"], indirect=True)
async def test_三门峡市_is_kept_as_a_city_outside_the_province(engineer, app, settings):
    replies = await at_city(engineer, settings, "河南省三门峡市")
    assert saved(app, engineer)["city"] == "三门峡市"
    assert OUTSIDE.format(name="三门峡市") in replies


@pytest.mark.parametrize("settings", ["广东"], indirect=True)
async def test_another_citys_和平区_is_not_河源s_和平县(engineer, app, settings):
    await at_city(engineer, settings, "和平区")
    assert saved(app, engineer).get("city") != "河源市"


@pytest.mark.parametrize(("settings", "typed"), [
    ("广东", "河北新兴恒远有限公司"), ("广东", "福建紫金矿业集团"), ("广东", "江苏省光明恒远有限公司"),
    ("浙江", "河北常山恒远有限公司"), ("浙江", "河北省常山恒远有限公司"),
    ("浙江", "河北常山生化药业股份有限公司"), ("浙江", "河南三门峡恒远有限公司"),
    ("浙江", "三门峡恒远有限公司"), ("浙江", "三门峡市恒远有限公司"), ("浙江", "江西永嘉恒远有限公司"),
    ("浙江", "安徽天台恒远有限公司"), ("浙江", "广东东阳光药业股份有限公司"),
    ("浙江", "龙泉驿区恒远有限公司"),
], indirect=["settings"])
async def test_a_company_of_another_province_is_not_filed_under_a_county_it_names(
        engineer, app, settings, typed):
    await at_city(engineer, settings, typed)
    assert "city" not in saved(app, engineer)


@pytest.mark.parametrize(("settings", "typed", "city"), [
    ("广东", "广东省普宁市", "揭阳市"), ("广东", "普宁恒远有限公司", "揭阳市"),
    ("广东", "广东普宁", "揭阳市"), ("广东", "和平县", "河源市"), ("浙江", "浙江常山", "衢州市"),
    ("浙江", "三门县", "台州市"), ("浙江", "龙泉市", "丽水市"), ("浙江", "浙江省义乌市", "金华市"),
], indirect=["settings"])
async def test_a_county_alone_or_after_its_own_province_is_still_filed_under_its_city(
        engineer, app, settings, typed, city):
    await at_city(engineer, settings, typed)
    assert saved(app, engineer)["city"] == city
