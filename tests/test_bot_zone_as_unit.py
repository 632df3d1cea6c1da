"""A development zone, bonded zone or port area typed as the 用户单位 (张家港保税区, 太仓港区) is a
place, not the unit that provides the work site (填写说明 2): the unit's full name is asked for
and the city kept, in the chat as on import. A name going on from the zone is a unit's."""

import pytest

from flows.place_replies import NO_UNIT
from flows.places import no_unit
from flows.zones import ZONE_AS_UNIT
from tests.deployments import deployment, filed, saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk
from tests.one_cell_import import imported

ZONES = ["张家港保税区", "太仓港区", "苏州工业园区", "江宁开发区", "南京江北新区", "常州高新区",
         "苏州高新区", "昆山开发区"]


@pytest.mark.parametrize("typed", ZONES)
async def test_a_zone_alone_at_the_unit_asks_for_the_units_full_name(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    assert texts(await engineer.send(typed))[0] == ZONE_AS_UNIT.format(name=typed)
    assert saved(app, engineer) == {"submitting_unit": "江苏省工业和信息化厅", "city": "苏州市"}


def test_the_zone_refusal_names_the_zone_and_the_units_it_may_have():
    assert ZONE_AS_UNIT.format(name="张家港保税区") == (
        "“张家港保税区”是园区（开发区、港区）名称，不是用户单位。请填写用户单位全称，"
        "如“张家港保税区XX有限公司”或“张家港保税区管理委员会”。")


@pytest.mark.parametrize(("typed", "unit"), [
    ("苏州恒远有限公司 张家港保税区", "苏州恒远有限公司"),
    ("苏州恒远有限公司 工业园区", "苏州恒远有限公司"),
    ("苏州恒远有限公司 高新区", "苏州恒远有限公司"),
    ("苏州恒远有限公司，园区", "苏州恒远有限公司"),
    ("苏州大学附属第一医院 苏州工业园区", "苏州大学附属第一医院"),
    ("张家港保税区管理委员会 保税区", "张家港保税区管理委员会"),
])
async def test_a_unit_with_its_zone_said_after_it_is_saved_without_the_zone(
        engineer, app, typed, unit):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("苏州市", unit)
    assert texts(calls)[0] == f"已把这条消息填入：企业全称（{unit}）。"


@pytest.mark.parametrize(("typed", "unit"), [
    ("苏州恒远有限公司（工业园区）", "苏州恒远有限公司（工业园区）"),
    ("苏州恒远有限公司 苏州分公司", "苏州恒远有限公司苏州分公司"),
    ("苏州恒远 工业园区", None),
])
async def test_only_a_zone_after_a_full_name_is_dropped(engineer, app, typed, unit):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer).get("enterprise") == unit


def test_a_full_name_glued_to_a_zone_is_still_refused_as_places():
    assert no_unit("苏州恒远有限公司张家港保税区") == NO_UNIT.format(name="苏州恒远有限公司张家港保税区")


async def test_the_zone_refusal_quotes_the_zone_without_the_city_before_it(engineer, app):
    await walk(engineer, AT_ENTERPRISE)
    assert texts(await engineer.send("苏州，太仓港区"))[0] == ZONE_AS_UNIT.format(name="太仓港区")


@pytest.mark.parametrize("typed", [
    "张家港保税区管理委员会", "苏州工业园区管委会", "苏州工业园区恒远精密制造有限公司",
    "太仓港区码头有限公司", "常州高新区人民医院", "竹辉社区", "张家港保税区港务有限公司",
])
async def test_a_unit_named_after_its_zone_is_saved(engineer, app, typed):
    assert await filed(app, engineer, typed, AT_ENTERPRISE) == ("苏州市", typed)


@pytest.mark.parametrize("cell", ["苏州市/张家港保税区", "苏州市/太仓港区"])
def test_a_zone_alone_in_the_unit_cell_is_refused_on_import(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "C4")
    assert not stored
    assert f"用户单位：{ZONE_AS_UNIT.format(name=cell.split('/')[1])}" in output


class TestShanghai:
    """Shanghai's zones are named after no district a table knows (外高桥, 洋山): their kind of
    zone alone says they are places."""

    @pytest.fixture
    def settings(self, tmp_path):
        return deployment(tmp_path, "上海市经济和信息化委员会", "浦东新区,闵行区")

    async def unit(self, engineer, typed: str) -> list:
        await engineer.send("/start")
        await engineer.press("上海市经济和信息化委员会")
        await engineer.press("浦东新区")
        return await engineer.send(typed)

    @pytest.mark.parametrize("typed", ["外高桥保税区", "洋山深水港区", "漕河泾开发区", "外高桥港区"])
    async def test_a_zone_named_after_no_known_place_is_refused(self, engineer, app, typed):
        assert texts(await self.unit(engineer, typed))[0] == ZONE_AS_UNIT.format(name=typed)
        assert "enterprise" not in saved(app, engineer)

    @pytest.mark.parametrize("typed", [
        "上海外高桥港区码头有限公司", "上海综合保税区管理委员会", "外高桥保税区管委会",
        "洋山深水港区人民医院", "洋山深水港区集装箱码头",
    ])
    async def test_a_unit_named_after_such_a_zone_is_saved(self, engineer, app, typed):
        await self.unit(engineer, typed)
        assert saved(app, engineer)["enterprise"] == typed
