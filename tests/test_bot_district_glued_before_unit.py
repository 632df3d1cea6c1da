"""A district glued to a unit's name after its city (上海，浦东新区上海恒远…): the unit's name
says the same city again, so the district is no part of it; any other name may go on from the
district (浦东新区人民医院, 浦东新区华联超市有限公司) and is kept whole."""

import pytest

from tests.deployments import deployment, filed, saved
from tests.journey import walk


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("上海，浦东新区上海恒远智能有限公司", "上海市", "上海恒远智能有限公司"),
    ("上海，闵行区上海恒远智能有限公司", "上海市", "上海恒远智能有限公司"),
    ("北京，海淀区北京恒远科技有限公司", "北京市", "北京恒远科技有限公司"),
    ("苏州，吴中区苏州恒远科技有限公司", "苏州市", "苏州恒远科技有限公司"),
    ("南京，鼓楼区南京鼓楼医院", "南京市", "南京鼓楼医院"),
    ("苏州，工业园区苏州恒远科技有限公司", "苏州市", "苏州恒远科技有限公司"),
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_district_glued_before_a_unit_named_after_a_place_is_no_part_of_its_name(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("上海，浦东新区人民医院", "上海市", "浦东新区人民医院"),
    ("上海，上海浦东发展银行股份有限公司", "上海市", "上海浦东发展银行股份有限公司"),
    ("上海，浦东新区张江镇社区卫生服务中心", "上海市", "浦东新区张江镇社区卫生服务中心"),
    ("苏州，江宁区南京恒远科技有限公司", "苏州市", "江宁区南京恒远科技有限公司"),  # not 苏州's
    ("上海，浦东新区华联超市有限公司", "上海市", "浦东新区华联超市有限公司"),
    ("上海，浦东新区新城市建设有限公司", "上海市", "浦东新区新城市建设有限公司"),
    ("上海，浦东新区永辉超市有限公司", "上海市", "浦东新区永辉超市有限公司"),
    ("上海，浦东新区江苏恒远有限公司", "上海市", "浦东新区江苏恒远有限公司"),  # not 上海 again
    ("苏州，吴中区昆山恒远有限公司", "苏州市", "吴中区昆山恒远有限公司"),
    ("江苏省，苏州市吴中区苏州恒远科技有限公司", "苏州市", "苏州市吴中区苏州恒远科技有限公司"),
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_unit_that_goes_on_from_its_district_keeps_it(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


@pytest.mark.parametrize("typed", ["浦东新区人民医院", "浦东新区上海恒远智能有限公司",
                                   "上海浦东发展银行股份有限公司"])
async def test_a_unit_typed_alone_at_its_question_is_kept_as_typed(engineer, app, typed):
    await walk(engineer, 3)
    await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("苏州市", typed)


class TestInAMunicipality:
    @pytest.fixture
    def settings(self, tmp_path):
        return deployment(tmp_path, "上海市经济和信息化委员会", "浦东新区,闵行区")

    @pytest.mark.parametrize(("typed", "unit"), [
        ("上海，浦东新区上海恒远智能有限公司", "上海恒远智能有限公司"),
        ("上海市，浦东新区恒远有限公司", "浦东新区恒远有限公司"),
        ("上海，浦东新区人民医院", "浦东新区人民医院"),
    ])
    async def test_the_district_is_kept_as_the_city_and_dropped_only_before_a_place(
            self, engineer, app, typed, unit):
        await engineer.send("/start")
        await engineer.press("上海市经济和信息化委员会")
        await engineer.send(typed)
        assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (
            "浦东新区", unit)
