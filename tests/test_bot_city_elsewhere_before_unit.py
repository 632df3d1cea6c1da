"""A city outside the province written without 市 (上海, 北京) and a mark before the unit's
name: the city is filed, the unit's name saved without it, never glued to it."""

import pytest

from flows.place_replies import NOT_A_PLACE
from tests.deployments import filed, saved
from tests.fake_bot_api import texts
from tests.journey import walk


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("上海，上海振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("北京，北京恒远智能有限公司", "北京市", "北京恒远智能有限公司"),
    ("上海 上海振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("上海/上海振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("上海-上海振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("上海、上海振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("上海/浦东新区/上海振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("上海市，上海振华重工有限公司", "上海市", "上海振华重工有限公司"),  # as before
    ("无锡，无锡华光锅炉股份有限公司", "无锡市", "无锡华光锅炉股份有限公司"),  # as before
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_municipality_without_市_before_a_unit_is_its_city_not_part_of_its_name(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


async def test_a_municipality_and_unit_before_a_later_label_fill_all_three(engineer, app):
    await walk(engineer, 2)
    calls = await engineer.send("上海，上海振华重工有限公司，场景名称：岸桥巡检")
    assert texts(calls)[0].startswith(
        "已把这条消息分别填入：所在城市（上海市）、企业全称（上海振华重工有限公司）、场景名称（岸桥巡检）。")
    assert saved(app, engineer)["enterprise"] == "上海振华重工有限公司"


async def test_a_city_elsewhere_without_市_before_a_unit_is_refused_with_nothing_saved(
        engineer, app):
    await walk(engineer, 2)
    typed = "深圳，深圳恒远智能有限公司"
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_A_PLACE.format(name=typed, examples="“深圳市”“上海市”")
    assert "city" not in saved(app, engineer) and "enterprise" not in saved(app, engineer)
