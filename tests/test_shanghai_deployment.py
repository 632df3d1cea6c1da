"""A deployment in a municipality: 上海市经济和信息化委员会, whose cities are its districts."""

import os

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.settings import Settings
from flows.place_replies import OUTSIDE_DISTRICTS
from tests.deployments import deployment, jiangsu_in, saved

OWN = "上海市经济和信息化委员会"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return deployment(tmp_path, OWN, "浦东新区,闵行区")


async def at_city(engineer):
    await engineer.send("/start")
    await engineer.press(OWN)


async def test_the_district_buttons_are_the_districts_as_configured(engineer):
    await at_city(engineer)
    assert engineer.last_buttons()[:2] == ["浦东新区", "闵行区"]


@pytest.mark.parametrize("typed", ["上海市浦东新区", "上海浦东新区", "浦东新区"])
async def test_the_municipality_before_a_configured_district_is_that_district(
        engineer, app, typed):
    await at_city(engineer)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == "浦东新区"
    assert OUTSIDE_DISTRICTS.format(name="上海市") not in engineer.last_text()


@pytest.mark.parametrize(("typed", "district"), [
    ("浦东", "浦东新区"), ("上海浦东", "浦东新区"), ("闵行", "闵行区")])
async def test_a_district_without_its_ending_is_that_district(engineer, app, typed, district):
    await at_city(engineer)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == district


@pytest.mark.parametrize("typed", ["上海浦东发展银行", "浦东机场", "浦东张江",
                                   "上海浦东发展银行股份有限公司", "浦东智能机器人有限公司"])
async def test_a_longer_name_beginning_with_a_district_without_its_ending_is_not_that_district(
        engineer, app, typed):
    await at_city(engineer)
    await engineer.send(typed)
    assert "city" not in saved(app, engineer)
    assert engineer.last_buttons()[:2] == ["浦东新区", "闵行区"]


@pytest.mark.parametrize(("typed", "district", "unit"), [
    ("浦东 上海恒远智能机器人有限公司", "浦东新区", "上海恒远智能机器人有限公司"),
    ("浦东，上海恒远智能机器人有限公司", "浦东新区", "上海恒远智能机器人有限公司"),
    ("闵行 上海恒远有限公司", "闵行区", "上海恒远有限公司"),
    ("闵行, 上海恒远有限公司", "闵行区", "上海恒远有限公司"),
    ("浦东新区 上海恒远有限公司", "浦东新区", "上海恒远有限公司"),
    ("浦东、上海恒远有限公司", "浦东新区", "上海恒远有限公司"),
    ("浦东 恒远智能机器人（上海）有限公司", "浦东新区", "恒远智能机器人（上海）有限公司"),
    ("浦东 中国商用飞机有限责任公司", "浦东新区", "中国商用飞机有限责任公司"),
    ("闵行、上海交通大学", "闵行区", "上海交通大学"),
    ("上海市，浦东新区恒远有限公司", "浦东新区", "浦东新区恒远有限公司"),
])
async def test_a_district_set_apart_before_a_units_full_name_is_filed_without_it_in_the_name(
        engineer, app, typed, district, unit):
    await at_city(engineer)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == district
    assert saved(app, engineer)["enterprise"] == unit


async def test_two_districts_by_their_short_names_are_refused(engineer, app, telegram):
    await at_city(engineer)
    await engineer.send("浦东或者闵行")
    assert "city" not in saved(app, engineer)
    assert "提到了浦东新区、闵行区" in "\n".join(m.text for m in telegram.by_chat[engineer.id])


@pytest.mark.parametrize("typed", ["上海", "上海市"])
async def test_the_municipality_alone_is_asked_which_district_not_filed_outside(
        engineer, app, telegram, typed):
    await at_city(engineer)
    await engineer.send(typed)
    assert "city" not in saved(app, engineer)
    assert "请点击选择场景所在的区（县）：浦东新区、闵行区" in "\n".join(
        m.text for m in telegram.by_chat[engineer.id])


async def test_a_city_elsewhere_is_still_recorded_as_outside(engineer, app):
    await at_city(engineer)
    await engineer.send("北京市海淀区")
    assert saved(app, engineer)["city"] == "北京市"


async def test_the_city_question_asks_for_the_district_not_a_prefecture_city(engineer):
    await at_city(engineer)
    assert "用户单位所在的区：请点击选择；外地布局的场景请直接输入城市名。" in engineer.last_text()
    assert "设区市" not in engineer.last_text()


async def test_two_districts_are_refused_as_two_districts_not_two_prefecture_cities(
        engineer, telegram):
    await at_city(engineer)
    await engineer.send("浦东新区和闵行区")
    refusal = "\n".join(m.text for m in telegram.by_chat[engineer.id][-2:])
    assert "“浦东新区和闵行区”提到了浦东新区、闵行区：一个场景只对应一个区，请选择一个。" in refusal
    assert "设区市" not in refusal


async def test_a_city_elsewhere_is_said_to_be_outside_the_municipality_not_the_province(
        engineer, telegram):
    await at_city(engineer)
    await engineer.send("北京市海淀区")
    warning = "\n".join(m.text for m in telegram.by_chat[engineer.id][-3:])
    assert "“北京市”不是本市的区，已按外地布局的场景记录（填写说明 12）" in warning
    assert "请改选所在的区" in warning and "所属区的协调员看不到这个场景" in warning
    assert "设区市" not in warning and "本省" not in warning


async def test_a_unit_typed_at_the_district_question_files_under_its_district(engineer, app):
    await at_city(engineer)
    await engineer.send("上海市闵行区XX机器人有限公司")
    assert saved(app, engineer)["city"] == "闵行区"


async def test_an_unknown_place_names_examples_outside_shanghai(engineer, telegram):
    await at_city(engineer)
    await engineer.send("火星")
    assert "例如“深圳市”“北京市”" in engineer.last_text() + "".join(
        m.text for m in telegram.by_chat[engineer.id])


@pytest.mark.parametrize("typed", ["火星", "浦东张江 上海恒远有限公司"])
async def test_an_unknown_place_is_told_to_press_its_district_not_a_prefecture_city(
        engineer, telegram, typed):
    await at_city(engineer)
    await engineer.send(typed)
    refusal = "\n".join(m.text for m in telegram.by_chat[engineer.id])
    assert "不在本市的区（县）名单中，也不是城市全称。本市场景请点击选择所在的区（县）" in refusal
    assert "设区市名单" not in refusal and "地级市" not in refusal


@pytest.mark.parametrize("typed", ["上海市经信委", "上海经信委", "上海市经济和信息化委"])
async def test_a_short_spelling_of_the_commission_is_saved_as_its_full_name(
        engineer, app, typed):
    await engineer.send("/start")
    await engineer.send(typed)
    assert saved(app, engineer)["submitting_unit"] == OWN


async def test_no_jiangsu_text_is_shown_to_a_shanghai_engineer(engineer, telegram):
    await engineer.send("/start")
    await engineer.send("省工信厅")
    await engineer.press(OWN)
    await engineer.send("火星")
    await engineer.send("上海")
    await engineer.press("浦东新区")
    await engineer.send("焊装车间")
    await engineer.send("巡检机器人实训场景")
    assert jiangsu_in(telegram, engineer) == []


@pytest.fixture
def shanghai_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("INTAKE_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("INTAKE_SUBMITTING_UNIT", OWN)
    monkeypatch.setenv("INTAKE_CITIES", "浦东新区,闵行区")


@pytest.mark.parametrize("typed", ["浦东新区", "上海市浦东新区", "上海浦东新区", "浦东"])
def test_a_coordinator_of_a_district_is_scoped_to_the_district_as_the_chat_reads_it(
        shanghai_env, typed):
    result = CliRunner().invoke(main, ["coordinators", "add", "7", "--city", typed,
                                       "--db", "c.db"])
    assert result.output.splitlines()[0] == "已添加协调员 7，审核范围：浦东新区。"


@pytest.mark.parametrize("typed", ["上海市", "全市"])
def test_the_municipality_alone_is_the_whole_municipalitys_coordinator_scope(shanghai_env, typed):
    result = CliRunner().invoke(main, ["coordinators", "add", "7", "--city", typed,
                                       "--db", "c.db"])
    assert result.output.splitlines()[0] == "已添加协调员 7，审核范围：全市。"


def test_a_configured_coordinator_with_the_municipality_before_the_district_is_scoped_to_it(
        shanghai_env, monkeypatch):
    monkeypatch.setenv("INTAKE_COORDINATORS", "7:上海市闵行区")
    assert Settings(_env_file=None).coordinators[0].city == "闵行区"


@pytest.mark.parametrize(("typed", "unit"), [
    ("浦东新区张江镇 上海恒远有限公司", "上海恒远有限公司"),
    ("张江镇 上海恒远有限公司", "上海恒远有限公司"),
    ("浦东新区张江镇 恒远智能机器人有限公司", "恒远智能机器人有限公司"),
    ("张江镇 恒远智能机器人有限公司", "张江镇恒远智能机器人有限公司"),  # may be its name
])
async def test_a_town_set_apart_before_the_units_name_is_no_part_of_it(engineer, app, typed, unit):
    await at_city(engineer)
    await engineer.press("浦东新区")
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == "浦东新区"
    assert saved(app, engineer)["enterprise"] == unit


async def test_a_town_and_a_unit_typed_at_the_district_question_file_under_its_district(
        engineer, app):
    await at_city(engineer)
    await engineer.send("浦东新区张江镇 上海恒远有限公司")
    assert saved(app, engineer)["city"] == "浦东新区"
    assert saved(app, engineer)["enterprise"] == "上海恒远有限公司"


@pytest.mark.parametrize("typed", ["上海/浦东/上海恒远有限公司", "上海-浦东-上海恒远有限公司"])
async def test_the_municipality_district_and_unit_with_slashes_file_the_unit_under_its_district(
        engineer, app, typed):
    await at_city(engineer)
    await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (
        "浦东新区", "上海恒远有限公司")
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    await engineer.press("闵行区")
    await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (
        "浦东新区", "上海恒远有限公司")
