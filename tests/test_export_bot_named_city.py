"""/export 苏州: a city typed after /export is exported, as its button gives it, or refused
with a clear message; never silently ignored for the whole province."""

import pytest

from tests.fake_bot_api import texts
from tests.test_export import answers, expected
from tests.test_export_bot import coordinator, entries, exported_rows, services  # noqa: F401

ASK_SUZHOU = "📤 导出苏州市的工作计划表：请选择要导出的场景（标记为重复的场景不导出）。"


@pytest.mark.parametrize("typed", ["/export 苏州", "/export 苏州市", "/export苏州"])
async def test_a_province_coordinator_naming_a_city_exports_that_city(
        app, telegram, services, entries, typed):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send(typed)
    assert texts(calls) == [ASK_SUZHOU]
    assert boss.last_buttons() == ["已通过", "已提交", "全部"]
    calls = await boss.press("全部")
    assert texts(calls)[-1].splitlines()[0].startswith(
        "已导出 2 个场景（状态：已提交待审核、已通过，范围：苏州市）。")
    assert exported_rows(calls) == [expected(answers(1), 1), expected(answers(3), 2)]


async def test_a_county_is_exported_with_its_city_and_said_so(
        app, telegram, services, entries):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send("/export 昆山")
    assert texts(calls) == ["昆山市属于苏州市，导出按市汇总，以下为苏州市的场景。\n" + ASK_SUZHOU]
    calls = await boss.press("已通过")
    assert exported_rows(calls) == [expected(answers(1), 1)]


async def test_a_city_coordinator_naming_another_city_is_refused(
        app, telegram, services, entries):  # noqa: F811
    wuxi = coordinator(app, telegram, services, 2002, "无锡市")
    calls = await wuxi.send("/export 苏州")
    assert texts(calls) == ["您是无锡市的协调员，只能导出本市的场景，请发送 /export。"]
    assert not [c for c in calls if c.endpoint == "sendDocument"]
    assert wuxi.last_buttons() == []


@pytest.mark.parametrize("typed", ["/export 无锡", "/export 本市"])
async def test_a_city_coordinator_naming_their_own_city_gets_their_menu(
        app, telegram, services, entries, typed):  # noqa: F811
    wuxi = coordinator(app, telegram, services, 2002, "无锡市")
    await wuxi.send(typed)
    calls = await wuxi.press("全部")
    assert exported_rows(calls) == [expected(answers(2, city="无锡市"), 1)]


async def test_an_unknown_word_is_told_with_the_usage(app, telegram, services, entries):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send("/export 火星")
    [said] = texts(calls)
    assert said.startswith("“火星”不是本省的城市。用法：/export 按状态和范围选择要导出的场景；"
                           "/export 城市名 导出一个市的场景（可选：南京市、无锡市")
    assert boss.last_buttons() == []


@pytest.mark.parametrize("typed", ["/export 苏州 全部", "/export 全部 苏州", "/export 苏州市，全部"])
async def test_a_status_typed_with_the_city_exports_it(
        app, telegram, services, entries, typed):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send(typed)
    assert texts(calls)[-1].splitlines()[0].startswith(
        "已导出 2 个场景（状态：已提交待审核、已通过，范围：苏州市）。")
    assert exported_rows(calls) == [expected(answers(1), 1), expected(answers(3), 2)]


@pytest.mark.parametrize("typed", ["/export 苏州 已审核", "/export 苏州 已通过"])
async def test_an_approved_status_typed_with_the_city_exports_the_approved(
        app, telegram, services, entries, typed):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send(typed)
    assert exported_rows(calls) == [expected(answers(1), 1)]


async def test_a_status_typed_with_a_county_is_said_to_be_its_city(
        app, telegram, services, entries):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send("/export 昆山 已通过")
    assert texts(calls)[-1].startswith("昆山市属于苏州市，导出按市汇总，以下为苏州市的场景。\n已导出 1 个场景")
    assert exported_rows(calls) == [expected(answers(1), 1)]


async def test_a_status_alone_asks_the_province_coordinator_for_the_place(
        app, telegram, services, entries):  # noqa: F811
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send("/export 全部")
    assert texts(calls)[-1].startswith("导出已提交待审核、已通过的场景：请选择范围。")
    assert boss.last_buttons()[:2] == ["全省", "南京市"]


async def test_a_status_with_another_city_is_refused_to_a_city_coordinator(
        app, telegram, services, entries):  # noqa: F811
    wuxi = coordinator(app, telegram, services, 2002, "无锡市")
    calls = await wuxi.send("/export 苏州 全部")
    assert texts(calls) == ["您是无锡市的协调员，只能导出本市的场景，请发送 /export。"]
    calls = await wuxi.send("/export 本市 全部")
    assert exported_rows(calls) == [expected(answers(2, city="无锡市"), 1)]
