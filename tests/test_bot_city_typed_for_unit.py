"""A city typed for 用户单位 (用户单位：连云港市 at the summary, 连云港市 at the unit's question)
is the city, never the unit's name: the summary changes the city and says the name is kept,
the unit's question refuses it and says how to change the city."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, fill_to_summary, walk

UNIT = "苏州恒远动力电池有限公司"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("typed", "city"), [
    ("用户单位：连云港市", "连云港市"), ("用户单位：江苏省无锡市", "无锡市"),
    ("用户单位：无锡市", "无锡市"), ("用户单位：常州", "常州市"), ("用户单位：昆山市", "苏州市"),
    ("用户单位改为无锡", "无锡市"), ("2：无锡", "无锡市"), ("企业全称：合肥市", "合肥市"),
    ("2. 江苏省连云港市", "连云港市"),
])
async def test_a_city_typed_for_the_unit_at_the_summary_changes_the_city_not_the_name(
        services, engineer, typed, city):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["city"] == city
    assert answers(services, engineer)["enterprise"] == UNIT
    assert f"2. 用户单位：{city}/{UNIT}" in texts(calls)[-1]


async def test_a_city_changed_under_a_unit_naming_the_old_city_says_the_name_is_kept(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("用户单位：连云港市")
    assert texts(calls)[0] == (
        "已修改“用户单位（所在城市）”：连云港市\n"
        f"只修改了所在城市，用户单位全称仍是“{UNIT}”（名称中是苏州市）。"
        "如用户单位也要改，请输入“企业全称：新的全称”。")


async def test_the_same_city_typed_for_the_unit_at_the_summary_says_nothing_of_the_name(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("用户单位：昆山市")
    assert texts(calls)[0] == "“用户单位（所在城市）”与原来相同，没有改动：苏州市"


async def test_a_city_and_a_new_name_typed_together_at_the_summary_say_nothing_more(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("城市：南京，企业全称：南京恒远电池有限公司")
    assert "只修改了所在城市" not in texts(calls)[0]


@pytest.mark.parametrize("typed", ["连云港市", "江苏省无锡市", "无锡", "用户单位：连云港市"])
async def test_a_city_typed_at_the_units_question_is_refused_saying_how_to_change_the_city(
        services, engineer, typed):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 2")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send(typed)
    told = texts(calls)[0]
    assert told.startswith(f"“{typed.removeprefix('用户单位：')}”是地名，不是用户单位的全称。"
                           "所在城市现为苏州市，如需改为")
    assert "请点“⬅️ 上一步”修改城市。请填写用户单位全称（与营业执照一致）" in told
    assert answers(services, engineer)["enterprise"] == UNIT
    assert answers(services, engineer)["city"] == "苏州市"


@pytest.mark.parametrize("typed", ["苏州市", "江苏省-苏州市", "苏州市吴中区"])
async def test_the_units_own_city_typed_at_its_question_is_refused_as_the_city_kept(
        services, engineer, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"“{typed}”是地名，不是用户单位的全称。所在城市已是苏州市。"
                               "请填写用户单位全称（与营业执照一致），例如“XX电池有限公司”。")
    assert "enterprise" not in answers(services, engineer)


@pytest.mark.parametrize("name", ["无锡市第二人民医院", "连云港市港口集团有限公司",
                                  "昆山市第一人民医院", "苏州超市有限公司", "合肥市恒远科技有限公司",
                                  "苏州市吴中区人民医院"])
async def test_a_name_going_on_from_its_city_is_still_the_units_name(services, engineer, name):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(name)
    assert answers(services, engineer)["enterprise"] == name


@pytest.mark.parametrize("typed", ["用户单位：无锡市第二人民医院", "用户单位：昆山市 第一人民医院"])
async def test_a_name_going_on_from_its_city_at_the_summary_changes_the_name(
        services, engineer, typed):
    await fill_to_summary(engineer)
    await engineer.send(typed)
    assert answers(services, engineer)["city"] == "苏州市"
    assert answers(services, engineer)["enterprise"] == typed.removeprefix("用户单位：").replace(
        " ", "")


async def test_the_same_city_typed_with_a_new_name_says_nothing_of_the_city_changed(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("城市：苏州\n用户单位：无锡恒远动力电池有限公司")
    assert "只修改了所在城市" not in texts(calls)[0]
