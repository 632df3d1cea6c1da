"""The district question of a municipality's deployment (直辖市: 上海, 北京, 重庆), whose
buttons are its districts and counties: a place of another province, or a prefecture city
said with 市, is no district of it; a configured district beginning with the municipality's
name is that district; an autonomous county is known by its usual short name."""

import pytest

from bot.file_checks import checked_row, cleaned
from bot.settings import city_scope
from exports.cells import parse_user_unit
from exports.reader import ImportedRow
from flows.configuration import configure
from flows.navigation import Questionnaire
from flows.place_replies import NOT_A_DISTRICT
from flows.row import user_unit_cell
from flows.rules import first_error
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


@in_(SHANGHAI)
@pytest.mark.parametrize("typed", ["浙江省 普陀区 舟山恒远有限公司", "浙江省，普陀区舟山恒远有限公司",
                                   "浙江省普陀区"])
async def test_a_district_of_another_province_is_not_the_municipalitys_own(
        engineer, app, telegram, settings, typed):
    await at_district(engineer, SHANGHAI[0])
    await engineer.send(typed)
    assert saved(app, engineer).get("city") != "普陀区"
    assert "不在本市的区（县）名单中" in said(telegram, engineer)


@in_(SHANGHAI, BEIJING)
@pytest.mark.parametrize(("typed", "city"), [
    ("普陀市", "普陀市"), ("宝山市", "宝山市"), ("朝阳市", "朝阳市"), ("辽宁省朝阳市", "朝阳市")])
async def test_a_place_said_with_shi_is_a_city_elsewhere_not_a_district(
        engineer, app, settings, typed, city):
    await at_district(engineer, settings.submitting_unit)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == city


@in_(BEIJING)
async def test_a_prefecture_city_before_its_unit_is_filed_as_that_city(engineer, app, settings):
    await at_district(engineer, BEIJING[0])
    await engineer.send("朝阳市 朝阳恒远有限公司")
    assert saved(app, engineer)["city"] == "朝阳市"
    assert saved(app, engineer)["enterprise"] == "朝阳恒远有限公司"


@pytest.mark.parametrize(("settings", "typed", "district"), [
    (SHANGHAI, "普陀", "普陀区"), (SHANGHAI, "上海市普陀区", "普陀区"), (SHANGHAI, "宝山区", "宝山区"),
    (BEIJING, "朝阳", "朝阳区"), (BEIJING, "北京朝阳", "朝阳区"), (BEIJING, "北京市朝阳区", "朝阳区"),
], indirect=["settings"])
async def test_the_municipalitys_own_district_is_still_that_district(
        engineer, app, settings, typed, district):
    await at_district(engineer, settings.submitting_unit)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == district


@in_(BEIJING)
@pytest.mark.parametrize(("typed", "unit"), [
    ("北京经济技术开发区", None), ("北京市北京经济技术开发区", None),
    ("北京经济技术开发区 北京恒远有限公司", "北京恒远有限公司")])
async def test_a_configured_district_beginning_with_the_municipalitys_name_is_that_district(
        engineer, app, settings, typed, unit):
    await at_district(engineer, BEIJING[0])
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == "北京经济技术开发区"
    assert saved(app, engineer).get("enterprise") == unit


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


@pytest.mark.parametrize(("deployment_", "typed", "city"), [
    (SHANGHAI, "江苏省南通市", "南通市"), (SHANGHAI, "苏州", "苏州市"),
    (SHANGHAI, "江苏省苏州市", "苏州市"), (JIANGSU, "浙江省杭州市", "杭州市"),
    (JIANGSU, "杭州", "杭州市"), (JIANGSU, "神州", "神州"), (JIANGSU, "上海", "上海市"), (JIANGSU, "合肥市", "合肥市"),
    (JIANGSU, "合肥", "合肥市"), (JIANGSU, "恩施州", "恩施土家族苗族自治州")])
def test_a_city_elsewhere_is_stored_as_reimporting_the_export_stores_it(deployment_, typed, city):
    own, cities = deployment_
    survey = Questionnaire(configure(own, tuple(cities.split(","))))
    stored, error = first_error(survey.field("city").rule, typed)
    assert (stored, error) == (city, None)
    cell = user_unit_cell({"city": stored, "enterprise": "恒远智能装备有限公司"})
    row, _ = checked_row(survey, ImportedRow(row=5, answers=parse_user_unit(cell), problems=()))
    assert cleaned(survey, row.answers)["city"] == city


def test_a_coordinators_scope_of_a_district_beginning_with_the_municipalitys_name_is_it():
    cities = tuple(BEIJING[1].split(","))
    assert city_scope("北京经济技术开发区", cities, BEIJING[0]) == "北京经济技术开发区"
