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


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("深圳市，南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("广东省深圳市，南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("深圳市/南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("深圳市 南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("广州市，天河区广州恒远科技有限公司", "广州市", "广州恒远科技有限公司"),
    ("杭州市，余杭区杭州恒远科技有限公司", "杭州市", "杭州恒远科技有限公司"),
    ("成都市，武侯区成都恒远科技有限公司", "成都市", "成都恒远科技有限公司"),
    ("合肥市，肥西县合肥恒远科技有限公司", "合肥市", "合肥恒远科技有限公司"),
    ("深圳市，深圳市南山区人民医院", "深圳市", "深圳市南山区人民医院"),
    ("无锡，梁溪区无锡恒远科技有限公司", "无锡市", "无锡恒远科技有限公司"),
    ("常州市，武进区常州恒远科技有限公司", "常州市", "常州恒远科技有限公司"),
    ("徐州，沛县徐州恒远科技有限公司", "徐州市", "徐州恒远科技有限公司"),
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_district_glued_before_a_unit_naming_a_city_elsewhere_again_is_dropped(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("无锡，梁溪区人民医院", "无锡市", "梁溪区人民医院"),
    ("常州，新北区华联超市有限公司", "常州市", "新北区华联超市有限公司"),
])
@pytest.mark.parametrize("moves", [2, 3])  # at the city question, at 用户单位
async def test_a_unit_going_on_from_its_district_in_the_province_keeps_it(
        engineer, app, typed, city, unit, moves):
    assert await filed(app, engineer, typed, moves) == (city, unit)


@pytest.mark.parametrize("typed", ["深圳市，南山区人民医院", "深圳市，南山区华联超市有限公司",
                                   "广州市，天河区江苏恒远有限公司", "杭州市，西湖区人民医院"])
async def test_a_city_elsewhere_is_not_split_off_a_name_going_on_from_its_district(
        engineer, app, typed):
    await walk(engineer, 3)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == typed


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
