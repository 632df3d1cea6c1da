"""A coordinator's /export through the real Application: buttons, scope, and the xlsx file."""

import io
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from bot.callbacks import encode
from bot.exporting import export_filename
from flows.beijing import BEIJING
from flows.draft import Status
from flows.export_actions import ExportCity, ExportStatus
from flows.export_cities import city_button, whole_button
from flows.export_menu import STATUS_FILTERS
from storage.people import PROVINCE, Coordinator
from tests.fake_bot_api import FakeUser, texts
from tests.scenarios import scenario_answers
from tests.test_cli_data import seed
from tests.test_export import answers, expected, values

# To user 3003, the stranger below.
COORDINATORS_ONLY = ("仅协调员可使用此功能。如您是协调员，请把下面的用户 ID 发给管理员添加。\n"
                     "您的 Telegram 用户 ID：3003（管理员添加协调员时需要这个数字）")


@pytest.fixture
def services(app):
    return app.bot_data["services"]


@pytest.fixture
def entries(services) -> None:
    """#1 and #2 approved (苏州市, 无锡市), #3 submitted, #4 a draft that is never exported."""
    seed(services, answers(1))
    seed(services, answers(2, city="无锡市"))
    seed(services, answers(3), Status.SUBMITTED)
    seed(services, answers(4), Status.DRAFT)


def coordinator(app, telegram, services, user_id: int, city: str = PROVINCE) -> FakeUser:
    services.reviews.people.add_coordinator(user_id, city)
    return FakeUser(app, telegram, user_id=user_id, name="李处")


def exported_rows(calls) -> list[list]:
    """The table rows of the one file sent, down to the 填写说明."""
    [document] = [c.files["document"] for c in calls if c.endpoint == "sendDocument"]
    sheet = load_workbook(io.BytesIO(document)).active
    rows = []
    while isinstance(sheet.cell(4 + len(rows), 1).value, int):
        rows.append(values(sheet, 4 + len(rows)))
    return rows


def last_message_id(telegram, user: FakeUser) -> int:
    return [m for m in telegram.messages.values() if m.chat_id == user.id][-1].message_id


def today() -> str:
    return f"{datetime.now(BEIJING):%Y%m%d}"


async def test_province_coordinator_picks_status_and_city_and_receives_the_file(
    app, telegram, services, entries
):
    boss = coordinator(app, telegram, services, 2001)
    calls = await boss.send("/export")
    assert texts(calls) == ["📤 导出工作计划表：请选择要导出的场景（标记为重复的场景不导出）。"]
    assert boss.last_buttons() == ["已通过", "已提交", "全部"]
    await boss.press("已通过")
    assert boss.last_text() == "导出已通过的场景：请选择范围。"
    assert boss.last_buttons()[:4] == ["全省", "南京市", "无锡市", "徐州市"]
    calls = await boss.press("全省")
    assert texts(calls)[-1].splitlines()[0] == "已导出 2 个场景（状态：已通过，范围：全省）。"
    assert exported_rows(calls) == [expected(answers(1), 1), expected(answers(2, city="无锡市"), 2)]
    sent = [c for c in calls if c.endpoint == "sendDocument"]
    assert list(sent[0].filenames.values()) == [f"人形机器人与具身智能实景实训工作计划表_全省_{today()}.xlsx"]


async def test_province_coordinator_can_export_one_city_of_every_status(app, telegram, services, entries):
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("全部")
    calls = await boss.press("苏州市")
    assert texts(calls)[-1] == ("已导出 2 个场景（状态：已提交待审核、已通过，范围：苏州市）。"
                                "其中 1 个尚待审核：报送的文件请导出“已通过”的场景。")
    assert exported_rows(calls) == [expected(answers(1), 1), expected(answers(3), 2)]


async def test_city_coordinator_gets_only_their_city_without_a_city_choice(app, telegram, services, entries):
    wuxi = coordinator(app, telegram, services, 2002, "无锡市")
    await wuxi.send("/export")
    calls = await wuxi.press("全部")
    assert texts(calls)[-1] == "已导出 1 个场景（状态：已提交待审核、已通过，范围：无锡市）。"
    assert exported_rows(calls) == [expected(answers(2, city="无锡市"), 1)]


async def test_city_coordinator_cannot_forge_a_province_wide_export(app, telegram, services, entries):
    wuxi = coordinator(app, telegram, services, 2002, "无锡市")
    await wuxi.send("/export")
    message = last_message_id(telegram, wuxi)
    cities = services.exports.cities
    for forged in (encode(whole_button(2)), encode(city_button(2, cities, 5))):  # 全省, 苏州市
        calls = await wuxi.press_data(forged, message)
        assert texts(calls) == ["您只能导出本市（无锡市）的场景。"]
        assert not [c for c in calls if c.endpoint == "sendDocument"]


async def test_non_coordinator_is_refused_on_the_command_and_on_a_forged_button(app, telegram, entries):
    stranger = FakeUser(app, telegram, user_id=3003, name="王工")
    calls = await stranger.send("/export")
    assert texts(calls) == [COORDINATORS_ONLY]
    message = last_message_id(telegram, stranger)
    for forged in ("E0", "C2.0"):
        calls = await stranger.press_data(forged, message)
        assert texts(calls) == [COORDINATORS_ONLY]
        assert not [c for c in calls if c.endpoint == "sendDocument"]


async def test_nothing_to_export_is_said_with_the_rows_of_the_other_status_and_their_button(
        app, telegram, services):
    seed(services, answers(1), Status.SUBMITTED)
    seed(services, answers(2), Status.SUBMITTED)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1].splitlines() == [
        "没有可导出的场景（状态：已通过，范围：全省），未生成文件。",
        "另有 2 个已提交待审核的场景：可重新发送 /export 并选择“已提交”导出。"]
    assert not [c for c in calls if c.endpoint == "sendDocument"]
    await boss.send("/export")
    await boss.press("已提交")
    calls = await boss.press("全省")
    assert texts(calls)[-1].startswith("已导出 2 个场景（状态：已提交待审核，范围：全省）")


async def test_nothing_in_either_status_says_only_that_nothing_was_exported(
        app, telegram, services):
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1] == "没有可导出的场景（状态：已通过，范围：全省），未生成文件。"


async def test_duplicates_are_left_out_and_counted(app, telegram, services, entries):
    services.reviews.store.mark_duplicate(2, 1, 2001)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1].splitlines()[0] == "已导出 1 个场景（状态：已通过，范围：全省）。另有 1 个标记为重复的场景未导出。"
    assert exported_rows(calls) == [expected(answers(1), 1)]


async def test_an_approved_duplicate_of_a_row_awaiting_review_is_named_as_left_out(
        app, telegram, services, entries):
    services.reviews.store.mark_duplicate(1, 3, 2001)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1].splitlines()[0] == "已导出 1 个场景（状态：已通过，范围：全省）。另有 1 个标记为重复的场景未导出。"
    assert ("⚠️ 以下场景标记为重复，而它所重复的场景不是本次导出的状态，两者都不在文件中："
            "#1 → #3（已提交待审核）") in texts(calls)[-1].splitlines()
    assert exported_rows(calls) == [expected(answers(2, city="无锡市"), 1)]


async def test_a_duplicate_of_another_city_s_row_is_named_as_not_in_the_city_s_file(
        app, telegram, services, entries):
    services.reviews.store.mark_duplicate(1, 2, 2001)
    suzhou = coordinator(app, telegram, services, 2002, city="苏州市")
    await suzhou.send("/export")
    calls = await suzhou.press("已通过")
    assert texts(calls)[-1].splitlines() == [
        "没有可导出的场景（状态：已通过，范围：苏州市），未生成文件。另有 1 个标记为重复的场景未导出。",
        "另有 1 个已提交待审核的场景：可重新发送 /export 并选择“已提交”导出。",
        "报送前请注意：",
        "⚠️ 以下场景标记为重复，它所重复的是其他城市的场景，不在本市的文件中：#1 → #2（无锡市）"]


def test_file_is_dated_in_beijing_time():
    late_evening_utc = datetime(2026, 5, 31, 17, 0, tzinfo=UTC)
    assert export_filename(late_evening_utc, Coordinator(1, PROVINCE), STATUS_FILTERS[0]) == (
        "人形机器人与具身智能实景实训工作计划表_全省_20260601.xlsx")


async def test_a_refused_export_choice_is_not_shown_as_chosen(app, telegram, services, entries):
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("全部")
    menu = last_message_id(telegram, boss)
    services.reviews.people.add_coordinator(2001, "无锡市")  # re-scoped since the menu
    calls = await boss.press("全省", menu)
    assert texts(calls) == ["您只能导出本市（无锡市）的场景。"]
    assert telegram.messages[menu].text == "导出已提交待审核、已通过的场景：请选择范围。"
    assert telegram.messages[menu].keyboard  # still there to pick again
    for expired in (ExportStatus(9), ExportCity(0, 99, 0)):
        assert services.exports.act(2001, expired).refused


def short_of_the_notice(services) -> None:
    """Six approved rows over three types, #1 and #6 alike and not marked: five scenarios."""
    for index in (0, 15, 18, 1, 2):
        seed(services, scenario_answers(index))
    seed(services, scenario_answers(0, enterprise="南通恒远机械有限公司"))


ALIKE = "发动机缸盖螺栓拧紧工位"
SHORT = ("\n报送前请注意：\n❌ 不少于 20 个：还差 15 个（6 个场景中 1 个与其他场景高度相似，按 1 项计）\n"
         f"⚠️ 相似场景未标记为重复：第 4 行（序号 1） {ALIKE} ≈ 第 9 行（序号 6） {ALIKE}（报送后按 1 项计，填写说明 5）")


async def test_province_export_says_which_notice_rules_the_file_does_not_meet(app, telegram, services):
    short_of_the_notice(services)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1] == "已导出 6 个场景（状态：已通过，范围：全省）。" + SHORT
    assert len(exported_rows(calls)) == 6
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("苏州市")  # a city's file is its share: the rules are the province's
    assert texts(calls)[-1] == "已导出 6 个场景（状态：已通过，范围：苏州市）。"


async def test_a_file_of_rows_awaiting_review_names_their_similar_rows_and_no_minimums(
        app, telegram, services):
    for index in (0, 15, 18, 1, 2):
        seed(services, scenario_answers(index), Status.SUBMITTED)
    seed(services, scenario_answers(0, enterprise="南通恒远机械有限公司"), Status.SUBMITTED)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已提交")
    calls = await boss.press("全省")
    assert texts(calls)[-1] == ("已导出 6 个场景（状态：已提交待审核，范围：全省）。" + SHORT.replace(
        "报送前请注意：\n❌ 不少于 20 个：还差 15 个（6 个场景中 1 个与其他场景高度相似，按 1 项计）",
        "请注意："))


async def test_the_similar_rows_note_names_them_by_the_files_numbers_not_the_entries(
    app, telegram, services
):
    draft = seed(services, scenario_answers(3), Status.DRAFT)  # #1, not in the file
    short_of_the_notice(services)  # #2…#7, the file's 序号 1…6
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1] == "已导出 6 个场景（状态：已通过，范围：全省）。" + SHORT
    rows = exported_rows(calls)
    assert draft == 1 and [(rows[i][0], rows[i][3]) for i in (0, 5)] == [(1, ALIKE), (6, ALIKE)]


async def test_province_export_meeting_the_minimums_says_only_that_one_type_clusters(
        app, telegram, services):
    for index in range(20):  # 15 工业
        seed(services, scenario_answers(index))
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1] == ("已导出 20 个场景（状态：已通过，范围：全省）。\n报送前请注意：\n"
                                "⚠️ 工业类占 75%，注意避免场景类型扎堆。")


async def test_province_export_meeting_the_notice_says_nothing_more(app, telegram, services):
    for index in range(20):  # 5 of the 15 工业 read as 服务: no type above 60%
        answers = scenario_answers(index)
        seed(services, {**answers, "scenario_type": "服务"} if index < 5 else answers)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("全省")
    assert texts(calls)[-1] == "已导出 20 个场景（状态：已通过，范围：全省）。"
