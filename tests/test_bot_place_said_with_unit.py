"""A place said with the unit's name, a voice pause apart or glued before a name that says its
city again: a zone or a town before a name opening with its own place (工业园区 苏州XX…), a
place after a whole name (上海XX有限公司 闵行), or the city and its district before the city's
name again (上海市闵行区上海XX…) is no part of the name; a name whose first word is no place
(中铁 上海工程局…) or that holds a place of its own (苏州恒远（昆山）…) is kept whole."""

import pytest

from tests.deployments import deployment, filed, saved

SHANGHAI = "上海市经济和信息化委员会"


@pytest.mark.parametrize(("typed", "unit"), [
    ("工业园区 苏州恒远有限公司", "苏州恒远有限公司"),
    ("高新区 苏州恒远有限公司", "苏州恒远有限公司"),
    ("园区 苏州恒远有限公司", "苏州恒远有限公司"),
    ("昆山 昆山恒远有限公司", "昆山恒远有限公司"),
    ("苏州恒远有限公司 工业园区", "苏州恒远有限公司"),
    ("苏州恒远有限公司 昆山", "苏州恒远有限公司"),
    ("苏州恒远机器人有限公司 相城区", "苏州恒远机器人有限公司"),
])
async def test_a_zone_or_place_said_apart_from_a_unit_named_after_its_place_is_dropped(
        engineer, app, typed, unit):
    assert await filed(app, engineer, typed, 3) == ("苏州市", unit)


@pytest.mark.parametrize(("typed", "unit"), [
    ("苏州工业园区 凌志软件股份有限公司", "苏州工业园区凌志软件股份有限公司"),
    ("苏州恒远（昆山）有限公司", "苏州恒远（昆山）有限公司"),
    ("昆山沪光汽车电器股份有限公司", "昆山沪光汽车电器股份有限公司"),
    ("苏州大学 独墅湖校区", "苏州大学独墅湖校区"),
    ("苏州恒远有限公司 昆山分公司", "苏州恒远有限公司昆山分公司"),
    ("吴中区 无锡恒远有限公司", "吴中区无锡恒远有限公司"),  # another city's district
    ("工业园区苏州恒远有限公司", "工业园区苏州恒远有限公司"),  # no city before it, no pause
    ("南京江宁恒远有限公司", "南京江宁恒远有限公司"),
    ("苏州恒远有限公司 上海", "苏州恒远有限公司上海"),  # outside the province: not split
])
async def test_a_name_holding_a_place_of_its_own_is_kept_whole(engineer, app, typed, unit):
    assert await filed(app, engineer, typed, 3) == ("苏州市", unit)


async def test_a_place_after_the_name_in_another_city_of_the_province_files_it_there(
        engineer, app):
    assert await filed(app, engineer, "恒远科技有限公司 无锡", 3) == ("无锡市", "恒远科技有限公司")


class TestInAMunicipality:
    @pytest.fixture
    def settings(self, tmp_path):
        return deployment(tmp_path, SHANGHAI, "浦东新区,闵行区")

    async def at_city(self, engineer, app, typed: str) -> tuple[str, str]:
        await engineer.send("/start")
        await engineer.press(SHANGHAI)
        await engineer.send(typed)
        return saved(app, engineer)["city"], saved(app, engineer)["enterprise"]

    async def at_unit(self, engineer, typed: str) -> None:
        await engineer.send("/start")
        await engineer.press(SHANGHAI)
        await engineer.press("浦东新区")
        await engineer.send(typed)

    @pytest.mark.parametrize(("typed", "city"), [
        ("临港新片区 上海恒远有限公司", "浦东新区"),
        ("漕河泾开发区 上海恒远有限公司", "浦东新区"),
        ("外高桥保税区 上海恒远有限公司", "浦东新区"),
        ("上海恒远有限公司 浦东", "浦东新区"),
        ("上海恒远有限公司 闵行", "闵行区"),
    ])
    async def test_a_zone_or_district_said_apart_from_the_name_is_no_part_of_it(
            self, engineer, app, typed, city):
        await self.at_unit(engineer, typed)
        assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (
            city, "上海恒远有限公司")

    @pytest.mark.parametrize("typed", ["中铁 上海工程局集团有限公司",
                                       "中国石化 上海石油化工股份有限公司",
                                       "上海交通大学 闵行校区"])
    async def test_a_first_word_that_is_no_place_is_kept_in_the_name(self, engineer, app, typed):
        await self.at_unit(engineer, typed)
        assert saved(app, engineer)["enterprise"] == typed.replace(" ", "")

    @pytest.mark.parametrize("typed", ["上海市闵行区上海恒远机器人有限公司",
                                       "上海 闵行区 上海恒远机器人有限公司",
                                       "上海闵行区上海恒远机器人有限公司"])
    async def test_the_city_and_district_before_the_name_saying_the_city_again_file_it_apart(
            self, engineer, app, typed):
        assert await self.at_city(engineer, app, typed) == ("闵行区", "上海恒远机器人有限公司")

    async def test_a_name_going_on_from_its_district_at_the_city_question_is_kept_whole(
            self, engineer, app):
        typed = "上海市闵行区恒远机器人有限公司"
        assert await self.at_city(engineer, app, typed) == ("闵行区", typed)
