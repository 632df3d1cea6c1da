"""A city no table lists, written in full (合肥市) before a unit's name with a mark, or with a
space before a name beginning with it again: filed as the city question files 合肥市 alone,
never refused as no city nor glued to the unit's name. Without 市 (合肥) it is no city any
table knows, and is refused as 合肥 alone is."""

import pytest

from tests.deployments import saved
from tests.journey import walk


@pytest.mark.parametrize(("typed", "unit"), [
    ("合肥市，恒远科技有限公司", "恒远科技有限公司"),
    ("合肥市/合肥恒远科技有限公司", "合肥恒远科技有限公司"),
    ("合肥市-合肥恒远科技有限公司", "合肥恒远科技有限公司"),
    ("合肥市 合肥恒远科技有限公司", "合肥恒远科技有限公司"),
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_city_elsewhere_in_full_before_a_unit_is_its_city(engineer, app, typed, unit, moves):
    await walk(engineer, moves)
    await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("合肥市", unit)


@pytest.mark.parametrize("typed", ["合肥工业大学", "合肥市第一人民医院", "合肥市 第一人民医院",
                                   "苏果超市，苏果超市有限公司", "北京市海淀区学院路街道办事处"])
async def test_a_unit_beginning_with_a_city_elsewhere_is_kept_whole_at_its_question(
        engineer, app, typed):
    await walk(engineer, 3)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == "苏州市"
    assert saved(app, engineer)["enterprise"] == typed.replace(" ", "")
