"""A city no table lists, written in full (合肥市, or after its province in full: 安徽省合肥市)
before a unit's name that begins with it again (合肥恒远…), with a mark or a space: filed as the
city question files 合肥市 alone, never refused as no city nor glued to the unit's name. Any
other word ending in 市 before a unit (a typo such as 苏洲市, 位于合肥市, 大都市) or a name that
does not say the city again (合肥市，中国科学技术大学) is kept as it was: refused at the city
question, and at 用户单位 the city answered stays and the text is the unit's name as typed."""

import pytest

from tests.deployments import filed, saved
from tests.journey import walk


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("合肥市，合肥恒远科技有限公司", "合肥市", "合肥恒远科技有限公司"),
    ("合肥市/合肥恒远科技有限公司", "合肥市", "合肥恒远科技有限公司"),
    ("合肥市-合肥恒远科技有限公司", "合肥市", "合肥恒远科技有限公司"),
    ("合肥市 合肥恒远科技有限公司", "合肥市", "合肥恒远科技有限公司"),
    ("安徽省合肥市，合肥恒远科技有限公司", "合肥市", "合肥恒远科技有限公司"),
    ("浙江省杭州市，杭州恒远有限公司", "杭州市", "杭州恒远有限公司"),
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_city_elsewhere_in_full_before_a_unit_named_after_it_is_its_city(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


NO_CITY_ELSEWHERE = ["苏洲市，苏州恒远动力电池有限公司", "位于合肥市，合肥恒远智能有限公司",
                     "在合肥市，合肥恒远智能有限公司", "安徽合肥市，合肥恒远智能有限公司",
                     "大都市，恒远物业有限公司", "恒远门市，恒远有限公司", "合肥市，中国科学技术大学",
                     "合肥市，恒远智能有限公司", "苏果超市，苏果超市有限公司"]


@pytest.mark.parametrize("typed", NO_CITY_ELSEWHERE)
async def test_a_word_in_shi_before_a_unit_not_named_after_it_keeps_the_city_at_its_question(
        engineer, app, typed):
    await walk(engineer, 3)  # the city answered: 苏州市
    await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("苏州市", typed)


@pytest.mark.parametrize("typed", NO_CITY_ELSEWHERE)
async def test_a_word_in_shi_before_a_unit_not_named_after_it_is_no_city(engineer, app, typed):
    await walk(engineer, 2)
    await engineer.send(typed)
    assert "city" not in saved(app, engineer)
    assert "用户单位所在的设区市" in engineer.last_text()


@pytest.mark.parametrize("typed", ["合肥工业大学", "合肥市第一人民医院", "合肥市 第一人民医院",
                                   "北京市海淀区学院路街道办事处"])
async def test_a_unit_beginning_with_a_city_elsewhere_is_kept_whole_at_its_question(
        engineer, app, typed):
    await walk(engineer, 3)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == "苏州市"
    assert saved(app, engineer)["enterprise"] == typed.replace(" ", "")
