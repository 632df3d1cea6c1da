"""Outside Jiangsu too, a county or district typed for the city is filed under its city, an
autonomous prefecture is known by its usual names, and INTAKE_CITIES is read against the
country's prefectures."""

import pytest

from bot.file_checks import checked_row, cleaned
from bot.settings import Settings, city_scope
from exports.cells import parse_user_unit
from exports.reader import ImportedRow
from flows.configuration import configure
from flows.counties import COUNTIES
from flows.navigation import Questionnaire
from flows.place_replies import WHICH_CITY
from flows.place_spellings import county_names, resolve
from flows.questionnaire import JIANGSU_CITIES
from flows.rules import first_error

GUANGDONG = ("广东省工业和信息化厅", "广州 深圳 珠海 汕头 佛山 韶关 河源 梅州 惠州 汕尾 东莞 中山 江门 "
             "阳江 湛江 茂名 肇庆 清远 潮州 揭阳 云浮")
ZHEJIANG = ("浙江省经济和信息化厅", "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水")
SICHUAN = ("四川省经济和信息化厅", "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 "
           "广安 达州 雅安 巴中 资阳 阿坝州 甘孜州 凉山州")
JIANGSU = ("江苏省工业和信息化厅", " ".join(JIANGSU_CITIES))


def survey(deployment: tuple[str, str]) -> Questionnaire:
    own, cities = deployment
    return Questionnaire(configure(own, Settings(cities=cities, _env_file=None).cities))


def typed_city(deployment: tuple[str, str], typed: str) -> tuple[str | None, str | None]:
    return first_error(survey(deployment).field("city").rule, typed)


@pytest.mark.parametrize(("deployment", "typed", "city"), [
    (GUANGDONG, "普宁市", "揭阳市"), (GUANGDONG, "台山市", "江门市"), (GUANGDONG, "英德市", "清远市"),
    (GUANGDONG, "罗定市", "云浮市"), (GUANGDONG, "广东省普宁市", "揭阳市"), (GUANGDONG, "宝安", "深圳市"),
    (GUANGDONG, "顺德", "佛山市"), (GUANGDONG, "顺德区", "佛山市"), (GUANGDONG, "番禺", "广州市"),
    (GUANGDONG, "增城", "广州市"), (GUANGDONG, "南山区", "深圳市"), (GUANGDONG, "东莞", "东莞市"),
    (GUANGDONG, "深圳南山", "深圳市"), (GUANGDONG, "杭州", "杭州市"),
    (ZHEJIANG, "义乌市", "金华市"), (ZHEJIANG, "义乌", "金华市"), (ZHEJIANG, "慈溪", "宁波市"),
    (ZHEJIANG, "余杭", "杭州市"), (ZHEJIANG, "萧山区", "杭州市"), (ZHEJIANG, "乐清", "温州市"),
    (SICHUAN, "双流", "成都市"), (SICHUAN, "双流区", "成都市"), (SICHUAN, "阿坝州", "阿坝藏族羌族自治州"),
    (SICHUAN, "阿坝", "阿坝藏族羌族自治州"), (SICHUAN, "阿坝县", "阿坝藏族羌族自治州"),
    (SICHUAN, "甘孜", "甘孜藏族自治州"), (SICHUAN, "凉山州", "凉山彝族自治州"),
    (SICHUAN, "四川省凉山彝族自治州", "凉山彝族自治州"), (SICHUAN, "西昌市", "凉山彝族自治州"),
])
def test_a_county_or_short_name_is_filed_under_the_configured_city(deployment, typed, city):
    assert typed_city(deployment, typed) == (city, None)


@pytest.mark.parametrize(("deployment", "typed"), [
    (GUANGDONG, "松山湖"), (GUANGDONG, "长安镇"), (GUANGDONG, "横琴"), (GUANGDONG, "前海"),
    (SICHUAN, "天府新区"),
])
def test_a_town_or_zone_no_table_lists_is_still_refused(deployment, typed):
    stored, error = typed_city(deployment, typed)
    assert stored is None and "不在本省设区市名单中" in error


@pytest.mark.parametrize(("deployment", "typed", "city"), [
    (JIANGSU, "通州", "南通市"), (JIANGSU, "神州", "神州"), (JIANGSU, "吉林", None),
    (GUANGDONG, "通州", "通州"), (GUANGDONG, "恩施", None),
])
def test_a_short_name_also_a_countys_elsewhere_gets_no_市(deployment, typed, city):
    assert typed_city(deployment, typed)[0] == city


@pytest.mark.parametrize(("deployment", "typed"), [
    (GUANGDONG, "广东"), (GUANGDONG, "广东省"), (SICHUAN, "四川省"), (JIANGSU, "江苏省"),
])
def test_the_own_province_at_the_city_question_is_asked_which_city(deployment, typed):
    cities = survey(deployment).field("city").choices
    assert typed_city(deployment, typed) == (None, WHICH_CITY.format(
        name=typed, cities="、".join(cities)))


@pytest.mark.parametrize(("configured", "cities"), [
    ("成都 阿坝州 甘孜州 凉山州", ("成都市", "阿坝藏族羌族自治州", "甘孜藏族自治州", "凉山彝族自治州")),
    ("阿坝 大兴安岭 锡林郭勒 神农架", ("阿坝藏族羌族自治州", "大兴安岭地区", "锡林郭勒盟", "神农架林区")),
    ("苏州 南京市 浦东新区 两江新区", ("苏州市", "南京市", "浦东新区", "两江新区")),
])
def test_configured_cities_are_read_against_the_countrys_prefectures(configured, cities):
    assert Settings(cities=configured, _env_file=None).cities == cities


@pytest.mark.parametrize("cell", ["普宁市/普宁市恒远纺织有限公司", "广东省普宁市/普宁恒远纺织有限公司"])
def test_an_imported_unit_at_a_county_is_filed_under_its_city(cell):
    checked = survey(GUANGDONG)
    row, problems = checked_row(checked, ImportedRow(row=5, answers=parse_user_unit(cell),
                                                     problems=()))
    assert cleaned(checked, row.answers)["city"] == "揭阳市"


def test_stats_of_a_county_is_its_city():
    cities = Settings(cities=GUANGDONG[1], _env_file=None).cities
    assert city_scope("普宁", cities, GUANGDONG[0]) == "揭阳市"
    assert city_scope("顺德", cities, GUANGDONG[0]) == "佛山市"


def test_jiangsu_counties_are_as_the_old_table_had_them_with_淮安区_added_and_鼓楼区_shared():
    counties = dict(county_names(JIANGSU_CITIES))
    assert "鼓楼区" in COUNTIES["南京市"] and "鼓楼区" in COUNTIES["徐州市"]
    assert "鼓楼区" not in counties["南京市"] and "鼓楼区" not in counties["徐州市"]
    assert {"昆山市", "昆山", "吴江区", "吴江"} <= set(counties["苏州市"])
    assert "淮安区" in counties["淮安市"]


@pytest.mark.parametrize(("typed", "city"), [
    ("海南区", "乌海市"), ("内蒙古海南区", "乌海市"), ("海南省海口市", None), ("海南海口", None),
])
def test_a_county_whose_name_begins_as_a_provinces_is_its_city_after_no_other_province(
        typed, city):
    assert resolve(typed, ("呼和浩特市", "乌海市")) == city
