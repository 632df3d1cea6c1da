"""用户单位 written with its city in brackets after the unit's name, as clerks fill the plan by
hand (苏州星辰新能源科技有限公司（苏州市）): the bracket is the city, not a word of the name, in a
file as in the chat. A bracket that is part of a name, or holds anything but one place, stays."""

import pytest

from bot.file_checks import checked_row
from exports.reader import import_row
from flows.row import row_cells
from tests.deployments import filed
from tests.test_export import answers
from tests.test_import import SURVEY

PLACED = [
    ("苏州星辰新能源科技有限公司（苏州市）", "苏州市", "苏州星辰新能源科技有限公司"),
    ("苏州星辰新能源科技有限公司(苏州)", "苏州市", "苏州星辰新能源科技有限公司"),
    ("星辰新能源科技有限公司（昆山）", "苏州市", "星辰新能源科技有限公司"),  # a county of 苏州
    ("星辰新能源科技有限公司（吴中区）", "苏州市", "星辰新能源科技有限公司"),
    ("星辰新能源科技有限公司（江苏省无锡市）", "无锡市", "星辰新能源科技有限公司"),
    # The bracket says where the unit is, whatever city its name begins with.
    ("苏州星辰新能源科技有限公司（无锡）", "无锡市", "苏州星辰新能源科技有限公司"),
    # A stamp's remark is no word of the name.
    ("苏州市/星辰新能源科技有限公司（盖章）", "苏州市", "星辰新能源科技有限公司"),
    ("苏州市/星辰新能源科技有限公司(盖章)", "苏州市", "星辰新能源科技有限公司"),
]
# Brackets of the name's own, or naming no place alone: the name is kept whole.
KEPT = ["苏州星辰（集团）有限公司", "苏州星辰有限公司（筹）", "苏州星辰（中国）有限公司",
        "星辰有限公司（南京分公司）", "星辰有限公司（工业园区）", "星辰有限公司（苏州、无锡）",
        "苏州星辰职业技术学院（昆山）"]  # a campus

def imported(cell: str):
    row, problems = checked_row(SURVEY, import_row(4, {**row_cells(answers(1), 1),
                                                       "user_unit": cell}))
    return row.answers.get("city"), row.answers.get("enterprise"), problems


@pytest.mark.parametrize(("cell", "city", "unit"), PLACED)
def test_a_place_in_brackets_after_the_unit_in_a_file_is_its_city(cell, city, unit):
    assert imported(cell) == (city, unit, [])


@pytest.mark.parametrize("cell", KEPT)
def test_a_bracket_of_the_units_own_name_in_a_file_stays_in_it(cell):
    assert imported(cell)[1] == cell


@pytest.mark.parametrize("cell", ["星辰有限公司（筹）", "星辰（中国）有限公司", "星辰有限公司（南京分公司）"])
def test_a_bracket_naming_no_city_of_the_deployment_leaves_the_city_missing(cell):
    *_, problems = imported(cell)
    assert problems == [("用户单位", "缺少所在城市，请写成“苏州市/企业全称”。")]


@pytest.mark.parametrize(("typed", "city", "unit"), PLACED)
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_place_in_brackets_after_the_unit_typed_in_the_chat_is_its_city(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


@pytest.mark.parametrize("typed", KEPT)
async def test_a_bracket_of_the_units_own_name_typed_in_the_chat_stays_in_it(
        engineer, app, typed):
    assert await filed(app, engineer, typed, 3) == ("苏州市", typed)
