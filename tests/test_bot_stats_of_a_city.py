"""/stats 苏州市: a province coordinator sees one city as that city's coordinator does; a city
coordinator sees only their own city, and an unknown place is said to be one. A county (昆山)
shows its city, said to be its city; two cities at once are asked for one at a time."""

import pytest

from bot.standing import IN_CITY, OTHER_CITY, UNKNOWN_PLACE
from flows.deployment_words import PROVINCE
from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers


@pytest.fixture
def two_cities(services):
    seed(services, 100, **scenario_answers(1, city="苏州市"))
    seed(services, 101, **scenario_answers(2, city="无锡市"))
    seed(services, 102, **scenario_answers(1, city="无锡市", enterprise="无锡新能源有限公司"))


@pytest.mark.parametrize("typed", ["苏州市", "苏州", " 苏州市 "])
async def test_a_province_coordinator_sees_a_city_as_its_coordinator_does(
        two_cities, province, suzhou, typed):
    city_report = texts(await suzhou.send("/stats"))
    assert texts(await province.send(f"/stats {typed}")) == city_report
    assert "范围：苏州市" in city_report[-1]


@pytest.mark.parametrize("typed", ["苏州市", "苏州"])
async def test_a_city_glued_to_the_command_is_that_city(two_cities, province, suzhou, typed):
    assert texts(await province.send(f"/stats{typed}")) == texts(await suzhou.send("/stats"))


async def test_a_province_coordinator_asking_for_the_province_sees_the_province(
        two_cities, province):
    assert texts(await province.send("/stats 全省")) == texts(await province.send("/stats"))


@pytest.mark.parametrize("typed", ["火星市", "深圳市", "苏洲"])
async def test_a_place_not_a_city_of_the_province_is_said_to_be_none(province, typed):
    reply = texts(await province.send(f"/stats {typed}"))
    assert reply == [UNKNOWN_PLACE.format(asked=typed, cities="、".join(
        ("南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市",
         "盐城市", "扬州市", "镇江市", "泰州市", "宿迁市")), **PROVINCE._asdict())]
    assert reply[0].startswith(f"“{typed}”不是本省的城市，请发送 /stats 查看全省，或 /stats 城市名查看一个市")


@pytest.mark.parametrize("typed", ["无锡市", "全省", "火星市", "苏州市 无锡市", "江阴"])
async def test_a_city_coordinator_asking_elsewhere_is_told_only_their_city(suzhou, typed):
    assert texts(await suzhou.send(f"/stats {typed}")) == [OTHER_CITY.format(city="苏州市", short="市")]


async def test_a_city_coordinator_asking_their_own_city_sees_their_stats(two_cities, suzhou):
    assert texts(await suzhou.send("/stats 苏州")) == texts(await suzhou.send("/stats"))


@pytest.mark.parametrize("typed", ["苏州市 无锡市", "苏州市,无锡市", "苏州、无锡", "苏州市和无锡市",
                                   "苏州与无锡"])
async def test_two_cities_at_once_are_asked_for_one_at_a_time(two_cities, province, typed):
    assert texts(await province.send(f"/stats {typed}")) == [
        f"一次只能指定一个城市（收到“{typed}”），多个城市请分别执行。"]


@pytest.mark.parametrize("typed", ["昆山", "昆山市", "江苏省昆山市"])
async def test_a_county_shows_its_city_said_to_be_its_city(two_cities, province, suzhou, typed):
    city_report = texts(await suzhou.send("/stats"))
    in_city = IN_CITY.format(county="昆山市", city="苏州市")
    for coordinator in (province, suzhou):
        reply = texts(await coordinator.send(f"/stats {typed}"))
        assert reply == [f"{in_city}\n{city_report[-1]}"]
    assert in_city == "昆山市属于苏州市，统计按市汇总，以下为苏州市的情况："


@pytest.mark.parametrize("typed", ["苏州工业园区", "江苏省苏州市", "全省"])
async def test_a_city_named_itself_is_shown_without_a_word_of_counties(two_cities, province, typed):
    assert texts(await province.send(f"/stats {typed}"))[-1].startswith("📊 填报进度")


@pytest.mark.parametrize("typed", ["江苏省 苏州市", "江苏 苏州", "江苏省，苏州", "苏州市 江苏省"])
async def test_a_city_after_its_province_is_that_city(two_cities, province, typed):
    assert texts(await province.send(f"/stats {typed}")) == texts(await province.send("/stats 苏州市"))


@pytest.mark.parametrize("typed", ["江苏省", "江苏"])
async def test_the_province_by_name_is_the_whole_province(two_cities, province, typed):
    assert texts(await province.send(f"/stats {typed}")) == texts(await province.send("/stats"))


@pytest.mark.parametrize("typed", ["本市", "全市", " 本市。"])
async def test_a_city_coordinator_naming_their_city_as_theirs_sees_their_stats(
        two_cities, suzhou, typed):
    assert texts(await suzhou.send(f"/stats {typed}")) == texts(await suzhou.send("/stats"))
