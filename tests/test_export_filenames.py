"""The name of the file /export sends: whose rows it holds and whether any await review, so
two files downloaded the same day differ and neither passes for the province's submission."""

from datetime import UTC, datetime

import pytest

from bot.exporting import export_filename
from flows.draft import Status
from flows.export_menu import STATUS_FILTERS
from storage.people import Coordinator
from tests.fake_bot_api import FakeUser
from tests.scenarios import scenario_answers
from tests.test_cli_data import seed
from tests.test_export import answers
from tests.test_export_bot import coordinator, today

TITLE = "人形机器人与具身智能实景实训工作计划表"


def sent_name(calls) -> str:
    [document] = [c for c in calls if c.endpoint == "sendDocument"]
    [name] = document.filenames.values()
    return name


async def exported_name(user: FakeUser, *presses: str) -> str:
    await user.send("/export")
    for label in presses[:-1]:
        await user.press(label)
    return sent_name(await user.press(presses[-1]))


@pytest.fixture
def rows(services) -> None:
    """Approved and submitted rows in 苏州市 and 无锡市, and one of a central enterprise group."""
    seed(services, answers(1))
    seed(services, answers(2, city="无锡市"))
    seed(services, answers(3), Status.SUBMITTED)
    seed(services, scenario_answers(18, submitting_unit="中国电信集团有限公司"))
    seed(services, scenario_answers(19, submitting_unit="中国电信集团有限公司"), Status.SUBMITTED)


@pytest.mark.parametrize(("presses", "named"), [
    (("已通过", "全省"), "全省"),
    (("已通过", "苏州市"), "苏州市"),
    (("已提交", "全省"), "全省_待审核"),
    (("全部", "全省"), "全省_含待审核"),
    (("全部", "苏州市"), "苏州市_含待审核"),
    (("已通过", "中央企业"), "中央企业"),
    (("全部", "中央企业"), "中央企业_含待审核"),
])
async def test_a_province_coordinators_file_is_named_for_its_scope_and_unapproved_rows(
    app, telegram, services, rows, presses, named
):
    boss = coordinator(app, telegram, services, 2001)
    assert await exported_name(boss, *presses) == f"{TITLE}_{named}_{today()}.xlsx"


@pytest.mark.parametrize(("press", "named"), [("已通过", "苏州市"), ("已提交", "苏州市_待审核"),
                                              ("全部", "苏州市_含待审核")])
async def test_a_city_coordinators_file_is_named_for_the_city(
    app, telegram, services, rows, press, named
):
    suzhou = coordinator(app, telegram, services, 2002, "苏州市")
    assert await exported_name(suzhou, press) == f"{TITLE}_{named}_{today()}.xlsx"


async def test_the_files_of_one_day_have_different_names(app, telegram, services, rows):
    boss = coordinator(app, telegram, services, 2001)
    names = [await exported_name(boss, status, scope) for status in ("已通过", "已提交", "全部")
             for scope in ("全省", "苏州市", "中央企业")]
    assert len(set(names)) == len(names)


def test_a_configured_city_is_named_without_what_windows_refuses_in_a_name():
    noon = datetime(2026, 6, 1, 4, 0, tzinfo=UTC)
    name = export_filename(noon, Coordinator(1, '苏州/工业园区:"A"市'), STATUS_FILTERS[0])
    assert name == f"{TITLE}_苏州_工业园区__A_市_20260601.xlsx"
