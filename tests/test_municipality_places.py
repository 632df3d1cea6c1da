"""The district question of a municipality's deployment (直辖市: 上海, 北京, 重庆), whose
buttons are its districts and counties: an autonomous county is known by its usual short
name."""

import pytest

from flows.place_replies import NOT_A_DISTRICT
from tests.deployments import deployment, saved

SHANGHAI = ("上海市经济和信息化委员会", "黄浦区,徐汇区,长宁区,静安区,普陀区,虹口区,杨浦区,闵行区,"
            "宝山区,嘉定区,浦东新区,金山区,松江区,青浦区,奉贤区,崇明区")
BEIJING = ("北京市经济和信息化局", "东城区,海淀区,朝阳区,大兴区,北京经济技术开发区")
CHONGQING = ("重庆市经济和信息化委员会", "渝中区,江北区,万州区,两江新区,巫山县,奉节县,"
             "石柱土家族自治县,酉阳土家族苗族自治县")
JIANGSU = ("江苏省工业和信息化厅", "南京市,无锡市,徐州市,常州市,苏州市,南通市,连云港市,淮安市,"
           "盐城市,扬州市,镇江市,泰州市,宿迁市")


@pytest.fixture
def settings(tmp_path, request):
    own, cities = request.param
    return deployment(tmp_path, own, cities)


async def at_district(engineer, own: str):
    await engineer.send("/start")
    await engineer.press(own)


def said(telegram, engineer) -> str:
    return "\n".join(message.text for message in telegram.by_chat[engineer.id])


def in_(*deployments):
    return pytest.mark.parametrize("settings", deployments, indirect=True,
                                   ids=[own[:2] for own, _ in deployments])


@in_(CHONGQING)
@pytest.mark.parametrize(("typed", "county"), [
    ("石柱", "石柱土家族自治县"), ("石柱县", "石柱土家族自治县"),
    ("石柱土家族自治县", "石柱土家族自治县"), ("酉阳", "酉阳土家族苗族自治县"),
    ("酉阳县", "酉阳土家族苗族自治县")])
async def test_an_autonomous_county_is_known_by_its_usual_short_name(
        engineer, app, settings, typed, county):
    await at_district(engineer, CHONGQING[0])
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == county


@in_(CHONGQING)
async def test_the_refusal_of_an_unknown_place_names_districts_and_counties_as_the_prompt(
        engineer, telegram, settings):
    await at_district(engineer, CHONGQING[0])
    await engineer.send("火星")
    assert "不在本市的区（县）名单中" in said(telegram, engineer)
    assert "请点击选择所在的区（县）" in said(telegram, engineer)


def test_the_refusal_of_a_place_in_a_municipality_says_district_or_county():
    assert "区（县）名单" in NOT_A_DISTRICT and "所在的区（县）" in NOT_A_DISTRICT
