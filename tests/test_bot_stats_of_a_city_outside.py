"""/stats 深圳: a place none of the province's cities that rows name (省外布局, or an imported
row's city) is counted in the province's 按城市, so a province coordinator may look at it as at
a city, told it is none of the province's; a place no row names is still refused."""

import re

import pytest

from bot.standing import OUTSIDE_CITY, UNKNOWN_PLACE
from flows.deployment_words import PROVINCE
from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers

AT_SHENZHEN = OUTSIDE_CITY.format(name="深圳市", **PROVINCE._asdict())


@pytest.fixture
def built_in_shenzhen(services):
    seed(services, 100, **scenario_answers(1, city="苏州市"))
    seed(services, 101, **scenario_answers(2, city="深圳市", enterprise="南京矿业深圳分公司"))
    seed(services, 102, **scenario_answers(3, city="深圳市", enterprise="常州精工深圳工厂"))


@pytest.mark.parametrize("typed", ["深圳", "深圳市", "广东省深圳市"])
async def test_a_city_outside_the_province_counted_by_city_is_shown(
        built_in_shenzhen, province, typed):
    whole = texts(await province.send("/stats"))[-1]
    assert "按城市：深圳市 2（省外布局） · 苏州市 1" in whole
    reply = texts(await province.send(f"/stats {typed}"))
    assert len(reply) == 1
    lines = reply[0].splitlines()
    assert lines[0] == AT_SHENZHEN == ("深圳市不是本省的城市，以下为所填城市为深圳市的场景"
                                       "（省外布局的计入全省统计）：")
    assert lines[1] == "📊 填报进度（范围：深圳市）"
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：2 个，其中已通过 0 个" in lines
    assert not [line for line in lines if line.startswith("按城市")]  # one city shown


async def test_a_place_no_row_names_is_still_refused(built_in_shenzhen, province):
    assert texts(await province.send("/stats 广州")) == [UNKNOWN_PLACE.format(
        asked="广州", cities="、".join(("南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市",
                                        "连云港市", "淮安市", "盐城市", "扬州市", "镇江市", "泰州市",
                                        "宿迁市")), **PROVINCE._asdict())]


async def test_a_city_coordinator_still_sees_only_their_city(built_in_shenzhen, suzhou):
    reply = texts(await suzhou.send("/stats 深圳"))
    assert reply == ["您是苏州市的协调员，只能查看本市的统计，请发送 /stats。"]


async def test_the_outside_citys_count_adds_up_with_the_province(built_in_shenzhen, province):
    whole = texts(await province.send("/stats"))[-1]
    shenzhen = texts(await province.send("/stats 深圳"))[-1]
    suzhou = texts(await province.send("/stats 苏州"))[-1]
    count = re.compile(r"重点场景.*?：(\d+) 个")
    assert int(count.search(whole)[1]) == int(count.search(shenzhen)[1]) + int(
        count.search(suzhou)[1])
