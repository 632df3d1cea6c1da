"""A central enterprise group's rows are nationwide (填写说明 1) and counted apart from the
province's, so a city outside the province is only recorded for them: 省外布局 (填写说明 12) is the
province's own enterprises' scenarios built elsewhere, which the engineer is warned about."""

import pytest

from flows.outside_province import GROUP_ELSEWHERE
from flows.place_replies import OUTSIDE
from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_cli_data import seed as seed_row
from tests.test_export_bot import coordinator, exported_rows

GROUP = "中国中车集团有限公司"
ELSEWHERE = "湖南省株洲市"
STORED = "株洲市"  # its province no part of the city's name, as a file's 用户单位 is read


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_a_groups_city_outside_the_province_is_recorded_without_the_outside_notice(
        engineer, app):
    await engineer.send("/start")
    await engineer.send(GROUP)
    calls = await engineer.send(ELSEWHERE)
    assert not any("省外布局" in text for text in texts(calls))
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert saved(app, engineer)["city"] == STORED


@pytest.mark.parametrize(("typed", "stored"), [("宿州市", "宿州市"), (ELSEWHERE, STORED)])
async def test_a_groups_city_none_of_the_provinces_is_said_to_be_so_in_case_it_is_a_slip(
        engineer, app, typed, stored):
    await engineer.send("/start")
    await engineer.send(GROUP)
    calls = await engineer.send(typed)
    assert GROUP_ELSEWHERE.format(name=stored) in texts(calls)
    assert saved(app, engineer)["city"] == stored


async def test_the_provinces_own_row_outside_it_is_still_warned(engineer, app):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    calls = await engineer.send(ELSEWHERE)
    assert OUTSIDE.format(name=STORED) in texts(calls)


async def test_a_groups_card_outside_the_province_is_not_labelled_outside(services, province):
    entry = seed(services, 11, submitting_unit=GROUP, city=ELSEWHERE,
                 enterprise="中车株洲电力机车有限公司")
    card = texts(await province.send(f"/review {entry}"))[-1]
    assert f"{ELSEWHERE}/中车株洲电力机车有限公司\n" in card
    assert "省外布局" not in card


async def test_a_groups_row_elsewhere_is_exported_with_its_city_among_the_groups(
        app, telegram, services):
    seed_row(services, scenario_answers(18, submitting_unit=GROUP, city=ELSEWHERE))
    boss = coordinator(app, telegram, services, 2001)
    report = texts(await boss.send("/stats"))[-1]
    assert "省外" not in report and f"{GROUP}：1 个" in report
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("中央企业")
    [row] = exported_rows(calls)
    assert row[1] == GROUP and row[2].startswith(ELSEWHERE)


async def test_the_echo_of_a_groups_unit_split_at_the_city_question_shows_its_city(engineer):
    await engineer.send("/start")
    await engineer.send(GROUP)
    calls = await engineer.send("上海市/中车上海电力机车有限公司")
    assert any("所在城市（上海市）" in text for text in texts(calls))
