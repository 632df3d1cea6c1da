"""A typed city is stored as its coordinator knows it; a city elsewhere is kept, with a warning."""

import pytest

from bot.settings import Settings
from flows import actions, engine
from flows.configuration import configure
from flows.navigation import Questionnaire
from flows.place_replies import NOT_A_PLACE, OUTSIDE, TWO_CITIES
from flows.places import resolve
from tests.test_flows_fields import SURVEY, at


@pytest.mark.parametrize(("typed", "stored"), [
    ("苏州", "苏州市"),
    ("苏州 市", "苏州市"),
    ("江苏省苏州市", "苏州市"),
    ("苏州工业园区", "苏州市"),
    ("苏州市吴中区", "苏州市"),
    ("连云港", "连云港市"),
    ("昆山市", "苏州市"),
    ("江苏省江阴", "无锡市"),
    ("丰县", "徐州市"),
    ("江苏苏州", "苏州市"),
    ("昆山开发区", "苏州市"),
    ("江苏省，苏州", "苏州市"),
    ("江苏，苏州市", "苏州市"),
    ("江苏省-苏州市", "苏州市"),
])
def test_a_province_city_however_typed_is_stored_as_on_its_button(typed, stored):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": stored}
    assert outcome.message is None
    assert outcome.draft.cursor == "enterprise"


@pytest.mark.parametrize(("typed", "cities"), [
    ("南京或者无锡", "南京市、无锡市"),
    ("南京、苏州", "南京市、苏州市"),
    ("常州还是江阴", "无锡市、常州市"),
])
def test_a_text_naming_two_cities_is_refused_and_asked_again(typed, cities):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.message == TWO_CITIES.format(name=typed, cities=cities)
    assert outcome.saved == {}
    assert outcome.screen.at == "city"


@pytest.mark.parametrize(("typed", "stored"), [
    ("苏州市昆山市", "苏州市"), ("盐城东台市", "盐城市"), ("南通如东", "南通市"),
])
def test_a_city_and_one_of_its_counties_name_one_city(typed, stored):
    assert engine.apply(SURVEY, at("city"), actions.Text(typed)).saved == {"city": stored}


@pytest.mark.parametrize(("typed", "kept"), [
    ("合肥市", "合肥市"), ("广西壮族自治区南宁市", "南宁市"), ("吉林市", "吉林市")])
def test_a_city_outside_the_list_is_kept_and_the_engineer_warned(typed, kept):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": kept}
    assert outcome.message == OUTSIDE.format(name=kept)
    assert outcome.draft.cursor == "enterprise"


@pytest.mark.parametrize("typed", ["巡检", "abc", "鼓楼区", "浦东新区", "浦东"])
def test_a_name_that_is_no_city_is_refused_and_asked_again(typed):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.message == NOT_A_PLACE.format(name=typed, examples="“深圳市”“上海市”")
    assert outcome.saved == {}
    assert outcome.screen.at == "city"


def test_another_province_resolves_against_its_own_cities():
    survey = Questionnaire(configure("浙江省经济和信息化厅", ("杭州市", "宁波市")))
    outcome = engine.apply(survey, at("city"), actions.Text("浙江省宁波"))
    assert outcome.saved == {"city": "宁波市"}
    outcome = engine.apply(survey, at("city"), actions.Text("苏州市"))
    assert outcome.message == OUTSIDE.format(name="苏州市")


def test_a_unit_name_at_the_city_question_is_read_against_the_configured_cities():
    survey = Questionnaire(configure("浙江省经济和信息化厅", ("杭州市", "宁波市")))
    outcome = engine.apply(survey, at("city", {}), actions.Text("杭州海康机器人股份有限公司"))
    assert outcome.saved == {"city": "杭州市", "enterprise": "杭州海康机器人股份有限公司"}


def test_configured_cities_are_spelt_in_full_so_their_counties_file_under_them():
    cities = Settings(cities="苏州, 南京市,苏州,合肥", _env_file=None).cities
    assert cities == ("苏州市", "南京市", "合肥市")
    assert resolve("昆山", cities) == "苏州市"


@pytest.mark.parametrize("typed, city", [("武进区", "常州市"), ("江宁", "南京市"), ("吴江区", "苏州市"),
                                         ("苏州市吴江区", "苏州市"), ("海门", "南通市")])
def test_a_district_is_filed_under_its_city(typed, city):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": city}


@pytest.mark.parametrize("typed", ["上海", "上海。", "上海市浦东新区"])
def test_a_municipality_without_市_is_kept_as_its_full_name(typed):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": "上海市"}
    assert outcome.message == OUTSIDE.format(name="上海市")


@pytest.mark.parametrize("typed", ["天津滨海新区", "天津市滨海新区"])
def test_a_municipalitys_district_is_not_filed_under_a_county_of_the_same_name(typed):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": "天津市"}
    assert outcome.message == OUTSIDE.format(name="天津市")


JILIN = Questionnaire(configure("吉林省工业和信息化厅", ("长春市", "吉林市", "延边朝鲜族自治州")))


@pytest.mark.parametrize(("typed", "stored"), [
    ("吉林省长春市", "长春市"), ("吉林长春", "长春市"), ("吉林省，长春市", "长春市"),
    ("吉林省延边朝鲜族自治州", "延边朝鲜族自治州"), ("吉林", "吉林市"), ("吉林省吉林市", "吉林市"),
    ("吉林延边朝鲜族自治州", "延边朝鲜族自治州"),
])
def test_a_city_after_a_province_named_like_one_of_its_cities_is_that_city(typed, stored):
    outcome = engine.apply(JILIN, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": stored}


def test_the_province_alone_is_no_city_though_a_city_shares_its_name():
    outcome = engine.apply(JILIN, at("city"), actions.Text("吉林省"))
    assert outcome.saved == {}


@pytest.mark.parametrize("typed", ["吉林、长春", "吉林，长春", "吉林和长春", "吉林/长春"])
def test_a_province_named_like_a_city_in_a_list_is_that_city_beside_another(typed):
    outcome = engine.apply(JILIN, at("city"), actions.Text(typed))
    assert outcome.saved == {}


@pytest.mark.parametrize("typed", ["江苏省，苏州恒远智能装备有限公司", "江苏，苏州恒远智能装备有限公司"])
def test_a_province_and_a_comma_before_a_units_name_are_no_part_of_it(typed):
    outcome = engine.apply(SURVEY, at("city"), actions.Text(typed))
    assert outcome.saved == {"city": "苏州市", "enterprise": "苏州恒远智能装备有限公司"}


@pytest.mark.parametrize("typed", ["吉林省延吉市", "吉林省人民医院", "吉林省，北京市", "吉林延吉市"])
def test_a_place_after_the_province_that_no_table_lists_is_never_filed_under_its_namesake(typed):
    outcome = engine.apply(JILIN, at("city"), actions.Text(typed))
    assert outcome.saved.get("city") != "吉林市"


@pytest.mark.parametrize(("typed", "stored"), [
    ("江苏省，苏州恒远智能装备有限公司", "苏州恒远智能装备有限公司"),
    ("江苏省 苏州恒远智能装备有限公司", "苏州恒远智能装备有限公司"),
    ("江苏：江苏恒立液压股份有限公司", "江苏恒立液压股份有限公司"),
    ("江苏省 人民医院", "江苏省人民医院"),  # a pause of voice input inside one name
    ("江苏省，人民医院", "江苏省，人民医院"),
    ("江苏省苏州恒远智能装备有限公司", "江苏省苏州恒远智能装备有限公司"),
])
def test_the_province_said_apart_before_a_unit_named_after_a_place_is_no_part_of_it(typed, stored):
    outcome = engine.apply(SURVEY, at("enterprise"), actions.Text(typed))
    assert outcome.saved["enterprise"] == stored


@pytest.mark.parametrize("typed", ["南京 江苏省人民医院", "南京，江苏省人民医院"])
def test_a_city_said_apart_before_a_unit_named_after_the_province_is_its_city(typed):
    outcome = engine.apply(SURVEY, at("enterprise"), actions.Text(typed))
    assert outcome.saved == {"city": "南京市", "enterprise": "江苏省人民医院"}
