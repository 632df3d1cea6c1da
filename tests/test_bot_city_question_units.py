"""A unit's name typed at the city question: filed under the city the scenario is in, the name
kept whole or refused, never silently dropped or glued to the place said before it."""

import pytest

from flows.paste_parts import LEFT_FOR_LATER
from flows.place_replies import BRANCH_ELSEWHERE, NOT_A_PLACE, OUTSIDE, TWO_CITIES, UNIT_NOT_KEPT
from tests.coordinators import SUZHOU_ID, WUXI_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import walk


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def at_city(engineer, typed: str) -> list:
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    return await engineer.send(typed)


async def test_a_branch_typed_at_the_city_question_reaches_the_branchs_city_coordinator(
        engineer, suzhou, wuxi, telegram):
    await walk(engineer, 2)
    await engineer.send("苏州恒远智能装备有限公司无锡分公司")
    await walk(engineer, start=4)
    assert "2. 用户单位：无锡市/苏州恒远智能装备有限公司无锡分公司" in engineer.last_text()
    calls = await engineer.press("✅ 提交")
    assert any("已提交待审核 · 无锡市/" in t for t in sent_to(telegram, WUXI_ID, calls))
    assert sent_to(telegram, SUZHOU_ID, calls) == []


@pytest.mark.parametrize(("typed", "city"), [
    ("南京钢铁股份有限公司盐城分公司", "盐城市"),
    ("无锡先导智能装备股份有限公司常州分公司", "常州市"),
    ("苏州恒远智能装备有限公司昆山分公司", "苏州市"),  # the branch in the parent's own city
    ("徐工集团工程机械股份有限公司上海分公司", "上海市"),
    # a word in brackets or a subsidiary's trade that is no place keeps the parent's city
    ("苏州恒远科技（集团）股份有限公司", "苏州市"),
    ("南京钢铁集团冶金铸造有限公司", "南京市"),
    ("苏州恒远 销售分公司", "苏州市"),  # 销售 is no place: 苏州恒远销售分公司, as before
])
async def test_a_branch_named_after_its_place_and_分公司_is_filed_under_the_branchs_city(
        engineer, app, typed, city):
    await at_city(engineer, typed)
    unit = typed.replace(" ", "")  # a pause of voice input
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (city, unit)


@pytest.mark.parametrize(("typed", "cities"), [
    ("苏州恒远智能装备（宿迁）有限公司", "苏州市、宿迁市"),
    ("南京鼓楼医院集团宿迁医院有限公司", "南京市、宿迁市"),
    ("苏州恒远智能装备有限公司无锡工厂", "无锡市、苏州市"),
    ("昆山恒远精密 江阴工厂", "无锡市、苏州市"),
])
async def test_a_branch_in_another_city_not_said_as_分公司_is_asked_which_city(
        engineer, app, typed, cities):
    calls = await at_city(engineer, typed)
    assert texts(calls)[0] == TWO_CITIES.format(name=typed.replace(" ", ""), cities=cities)
    assert "city" not in saved(app, engineer)


@pytest.mark.parametrize(("typed", "city"), [
    ("苏州恒远科技有限公司研发分公司", "苏州市"), ("南京恒远科技有限公司第二分公司", "南京市"),
    ("苏州恒远科技有限公司工业园区分公司", "苏州市"),
    ("常州恒立液压有限公司合肥分公司", "常州市"),  # no place this bot knows, as 研发
])
async def test_a_branch_named_by_a_word_that_is_no_known_place_is_filed_at_the_parents_city(
        engineer, app, typed, city):
    await at_city(engineer, typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (city, typed)


async def test_a_factory_in_a_municipality_of_a_parent_named_for_a_city_is_asked_its_city(
        engineer, app):
    typed = "苏州恒远智能装备有限公司上海工厂"
    calls = await at_city(engineer, typed)
    assert texts(calls)[0] == BRANCH_ELSEWHERE.format(
        name=typed, where="设区市", outside="省外", examples="“深圳市”“上海市”")
    assert "city" not in saved(app, engineer)


async def test_a_branch_whose_place_is_no_place_alone_is_not_read_as_one(engineer, app):
    typed = "国网江苏省电力有限公司苏州供电分公司"  # 苏州供电: refused, as before
    calls = await at_city(engineer, typed)
    assert texts(calls)[0] == NOT_A_PLACE.format(name=typed, examples="“深圳市”“上海市”")


@pytest.mark.parametrize("typed", ["苏州工业园区管理委员会", "苏州市/苏州工业园区/苏州工业园区管理委员会"])
async def test_a_government_body_typed_at_the_city_question_is_recorded_as_the_unit(
        engineer, app, typed):
    calls = await at_city(engineer, typed)
    assert texts(calls)[0] == "已把这条消息分别填入：所在城市（苏州市）、企业全称（苏州工业园区管理委员会）。"
    assert saved(app, engineer)["enterprise"] == "苏州工业园区管理委员会"


@pytest.mark.parametrize(("typed", "city"), [("南京港", "南京市"), ("昆山花桥", "苏州市")])
async def test_more_than_a_place_at_the_city_question_says_the_rest_was_not_saved(
        engineer, app, typed, city):
    calls = await at_city(engineer, typed)
    assert texts(calls)[0] == UNIT_NOT_KEPT.format(name=typed, city=city)
    assert saved(app, engineer) == {"submitting_unit": "江苏省工业和信息化厅", "city": city}


@pytest.mark.parametrize("typed", ["苏州", "江苏省苏州市", "苏州工业园区", "昆山开发区", "合肥市"])
async def test_a_place_alone_at_the_city_question_has_no_note(engineer, typed):
    calls = await at_city(engineer, typed)
    assert not any(t.startswith("已把“") for t in texts(calls))


@pytest.mark.parametrize(("typed", "city", "unit"), [
    ("江苏省 江阴市 江阴兴澄特种钢铁有限公司", "无锡市", "江阴兴澄特种钢铁有限公司"),
    # a pause inside one name: kept whole
    ("苏州 恒远智能有限公司", "苏州市", "苏州恒远智能有限公司"),
    ("苏州 恒远市政工程有限公司", "苏州市", "苏州恒远市政工程有限公司"),
    ("昆山市 第一人民医院", "苏州市", "昆山市第一人民医院"),
    ("张家港 恒远港务有限公司", "苏州市", "张家港恒远港务有限公司"),  # a county, not a port
    ("连云港 恒远港务有限公司", "连云港市", "连云港恒远港务有限公司"),
    ("上海 振华重工有限公司", "上海市", "上海振华重工有限公司"),
    ("无锡 江阴 兴澄特种钢铁有限公司", "无锡市", "江阴兴澄特种钢铁有限公司"),
    ("南京 钢铁股份有限公司盐城分公司", "盐城市", "南京钢铁股份有限公司盐城分公司"),
    ("江阴市周庄镇 江苏恒远电缆有限公司", "无锡市", "江苏恒远电缆有限公司"),
    ("吴江区盛泽镇 恒力集团有限公司", "苏州市", "吴江区盛泽镇恒力集团有限公司"),  # may be one name
    ("南京钢铁股份有限公司 盐城分公司", "盐城市", "南京钢铁股份有限公司盐城分公司"),
])
async def test_a_place_set_apart_before_a_full_name_is_no_part_of_it(
        engineer, app, typed, city, unit):
    await at_city(engineer, typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (city, unit)


@pytest.mark.parametrize("typed", [
    "苏州工业园区 凌志软件股份有限公司", "张家港港 务集团有限公司", "昆山开发区 龙腾光电有限公司",
    "太仓港 上港正和集装箱码头有限公司", "南京港 龙潭集装箱码头",
])
async def test_a_zone_or_port_before_a_pause_is_kept_in_the_name_many_legal_names_begin_with(
        engineer, app, typed):
    await at_city(engineer, "苏州市")
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == typed.replace(" ", "")


async def test_the_echo_of_a_split_shows_a_city_outside_the_province(engineer):
    calls = await at_city(engineer, "上海市/江苏恒立液压股份有限公司上海分公司")
    assert texts(calls)[0] == (
        "已把这条消息分别填入：所在城市（上海市）、企业全称（江苏恒立液压股份有限公司上海分公司）。\n"
        + OUTSIDE.format(name="上海市"))


@pytest.mark.parametrize("typed", ["苏州：苏州工业园区管委会", "苏州市:苏州恒远智能有限公司"])
async def test_a_city_and_a_colon_before_the_unit_are_no_part_of_its_name(engineer, app, typed):
    await at_city(engineer, typed)
    assert saved(app, engineer)["city"] == "苏州市"
    assert saved(app, engineer)["enterprise"] == typed.split("：")[-1].split(":")[-1]


SCENARIO = "变电站巡检四足机器人表计识别"


@pytest.mark.parametrize("typed", [
    f"无锡，无锡华光智能装备有限公司，场景名称：{SCENARIO}",
    f"无锡市/无锡华光智能装备有限公司\n场景名称：{SCENARIO}",
    f"无锡市 无锡华光智能装备有限公司 场景名称：{SCENARIO}",
])
async def test_a_city_and_unit_before_a_later_label_at_the_city_question_fill_all_three(
        engineer, app, typed):
    calls = await at_city(engineer, typed)
    assert texts(calls)[0] == ("已把这条消息分别填入：所在城市（无锡市）、企业全称（无锡华光智能装备有限公司）、"
                               f"场景名称（{SCENARIO}）。")
    assert {key: saved(app, engineer)[key] for key in ("city", "enterprise", "scenario_name")} == {
        "city": "无锡市", "enterprise": "无锡华光智能装备有限公司", "scenario_name": SCENARIO}


async def test_the_industrys_labels_after_a_city_and_unit_at_the_city_question_are_filed_too(
        engineer, app):
    await at_city(engineer, f"无锡市 无锡华光智能装备有限公司 场景名称：{SCENARIO}，"
                            "所属行业：电力，细分方向：变电巡检")
    answers = saved(app, engineer)
    assert (answers["enterprise"], answers["industry"], answers["sub_direction"]) == (
        "无锡华光智能装备有限公司", "电力", "变电巡检")


async def test_a_label_past_the_scenario_name_after_a_city_and_unit_is_said_unsaved_for_it(
        engineer, app):
    calls = await at_city(engineer, "无锡，无锡华光智能装备有限公司，所属行业：电力")
    assert texts(calls)[0] == ("已把这条消息分别填入：所在城市（无锡市）、企业全称（无锡华光智能装备有限公司）。\n"
                               + LEFT_FOR_LATER.format(parts="所属行业：电力"))
    assert "industry" not in saved(app, engineer)


async def test_a_city_alone_before_a_later_label_still_leaves_the_label_for_its_question(
        engineer, app):
    calls = await at_city(engineer, f"无锡，场景名称：{SCENARIO}")
    assert texts(calls)[0] == ("已把这条消息填入：所在城市（无锡市）。\n"
                               + LEFT_FOR_LATER.format(parts=f"场景名称：{SCENARIO}"))
    assert "enterprise" not in saved(app, engineer)
