"""/stats 苏州市: a province coordinator sees one city as that city's coordinator does; a city
coordinator sees only their own city, and an unknown place is said to be one."""

import pytest

from bot.standing import OTHER_CITY, UNKNOWN_PLACE
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


async def test_a_province_coordinator_asking_for_the_province_sees_the_province(
        two_cities, province):
    assert texts(await province.send("/stats 全省")) == texts(await province.send("/stats"))


@pytest.mark.parametrize("typed", ["火星市", "深圳市", "苏州市,无锡市"])
async def test_a_place_not_a_city_of_the_province_is_said_to_be_none(province, typed):
    reply = texts(await province.send(f"/stats {typed}"))
    assert reply == [UNKNOWN_PLACE.format(place=typed, cities="、".join(
        ("南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市",
         "盐城市", "扬州市", "镇江市", "泰州市", "宿迁市")))]


@pytest.mark.parametrize("typed", ["无锡市", "全省", "火星市"])
async def test_a_city_coordinator_asking_elsewhere_is_told_only_their_city(suzhou, typed):
    assert texts(await suzhou.send(f"/stats {typed}")) == [OTHER_CITY.format(own="苏州市")]


async def test_a_city_coordinator_asking_their_own_city_sees_their_stats(two_cities, suzhou):
    assert texts(await suzhou.send("/stats 苏州")) == texts(await suzhou.send("/stats"))
