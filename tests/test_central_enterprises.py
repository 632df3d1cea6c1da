"""Rows a central enterprise group hands in (报送单位 中国电信集团有限公司) through /stats,
/export and the CLI: counted against the group's own minimum, exported on their own."""

import pytest

from flows.central_enterprises import LISTED
from flows.draft import Status
from flows.units import NOT_A_UNIT, submitting_unit_problem
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_cli_data import seed
from tests.test_export_bot import coordinator, exported_rows

GROUP = "中国电信集团有限公司"


def group_and_province(services) -> None:
    """#1 a group's 特种 scenario, #2 the province's 服务 one, both approved."""
    seed(services, scenario_answers(18, submitting_unit=GROUP))
    seed(services, scenario_answers(15))


async def test_stats_count_a_central_enterprises_rows_apart_from_the_provinces(services, province):
    group_and_province(services)
    report = texts(await province.send("/stats"))[-1]
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个，其中已通过 1 个" in report
    assert "❌ 至少覆盖 2 类场景类型：已覆盖 1 类（工业 0 · 服务 1 · 特种 0）" in report
    assert ("中央企业报送的场景（不计入本省；通知要求各央企不少于 10 个，含其在各地的场景）：\n"
            f"❌ {GROUP}：1 个，不少于 10 个：还差 9 个") in report


async def test_province_export_leaves_a_groups_rows_out_and_offers_them_apart(
    app, telegram, services
):
    group_and_province(services)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    assert boss.last_buttons()[-1] == "中央企业"
    calls = await boss.press("全省")
    assert texts(calls)[-1].startswith(
        "已导出 1 个场景（状态：已通过，范围：全省）。"
        f"另有 1 条由中央企业报送的场景未导出（{GROUP} 1 条；按条计，/stats 中相似场景按 1 项计）"
        "：各央企单独报送，不计入本省。"
        "省级协调员可在 /export 的范围中选择“中央企业”单独导出。")
    assert [row[1] for row in exported_rows(calls)] == ["江苏省工业和信息化厅"]
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("中央企业")
    assert texts(calls)[-1] == ("已导出 1 个场景（状态：已通过，范围：全省的中央企业）。\n"
                                f"报送前请注意：\n❌ {GROUP}：1 个，不少于 10 个：还差 9 个")
    assert [row[1] for row in exported_rows(calls)] == [GROUP]
    [document] = [c for c in calls if c.endpoint == "sendDocument"]
    assert "_中央企业_" in next(iter(document.filenames.values()))


@pytest.mark.parametrize(("stored", "exported"), [
    ("中国电科", "中国电子科技集团有限公司"),  # a listed group's short name: its full name
    ("中国电信", GROUP),
    (GROUP, GROUP),
    ("中国铁塔股份有限公司", "中国铁塔股份有限公司"),  # a group not listed: as it was written
])
async def test_the_central_file_names_a_listed_group_in_full_and_keeps_the_stored_name(
    app, telegram, services, stored, exported
):
    seed(services, scenario_answers(18, submitting_unit=stored))
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("中央企业")
    assert [row[1] for row in exported_rows(calls)] == [exported]
    assert services.reviews.store.entries()[0].answers["submitting_unit"] == stored


async def test_no_central_enterprise_button_without_their_rows(app, telegram, services):
    seed(services, scenario_answers(15))
    seed(services, scenario_answers(18, submitting_unit=GROUP), Status.SUBMITTED)
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    assert "中央企业" not in boss.last_buttons()


async def test_a_city_coordinator_cannot_export_the_groups_rows(app, telegram, services):
    group_and_province(services)
    suzhou = coordinator(app, telegram, services, 2002, "苏州市")
    await suzhou.send("/export")
    message = [m for m in telegram.messages.values() if m.chat_id == suzhou.id][-1].message_id
    calls = await suzhou.press_data("G0", message)
    assert texts(calls) == ["您只能导出本市（苏州市）的场景。"]
    assert not [c for c in calls if c.endpoint == "sendDocument"]



# --- who counts as a central enterprise group ------------------------------------------------

OWN_COMPANY = "苏州恒远动力电池有限公司"
NOT_CENTRAL = ("“{name}”不是中央企业集团。本省场景由省级工信主管部门报送，请填“江苏省工业和信息化厅”；"
               "只有中央企业集团直接报送时才填集团全称（填写说明 1）。")


@pytest.mark.parametrize("typed", [
    OWN_COMPANY,  # the engineer's own company, the commonest slip
    "江苏省国信集团有限公司",  # a provincial state-owned group
    "苏州工业园区国有资本投资运营控股集团有限公司",  # a city's
    "昆山恒远集团有限公司",  # a county's
    "深圳市恒远集团有限公司",  # a city elsewhere
    "中国移动通信集团江苏有限公司",  # a group's company in the province, not the group
    "中国电信集团有限公司苏州分公司",
    "中国石化集团南京化学工业有限公司",  # a central group's company, its city mid-name
    "亨通集团有限公司", "中天科技集团有限公司", "徐工集团工程机械股份有限公司",  # the province's
    "美的集团股份有限公司",  # a private group elsewhere
])
async def test_a_company_that_is_no_central_enterprise_group_is_refused_as_submitting_unit(
    engineer, typed
):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_CENTRAL.format(name=typed)
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")


@pytest.mark.parametrize("typed", ["亨通集团", "徐工集团", "沙钢集团"])
async def test_a_groups_short_name_is_asked_for_its_full_name(engineer, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_A_UNIT.format(name=typed)
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")


@pytest.mark.parametrize("typed", [
    GROUP, "哈尔滨电气集团有限公司", "国家电网有限公司", "中国南方电网有限责任公司",
    "中国商用飞机有限责任公司", "东风汽车集团有限公司", "华润（集团）有限公司",
    "有研科技集团有限公司", "招商局集团有限公司", "中粮集团有限公司",
    "中国通用技术（集团）控股有限责任公司",
])
async def test_a_central_enterprise_groups_full_name_is_taken_as_submitting_unit(engineer, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 2/11 步")


def test_every_group_on_sasacs_list_is_taken_as_submitting_unit():
    assert len(set(LISTED)) == 97  # SASAC's 95 of 2025, 中国长安汽车集团 and 中国雅江集团
    assert {name: submitting_unit_problem(name) for name in LISTED
            if submitting_unit_problem(name)} == {}


async def test_a_row_already_saved_with_a_company_as_submitting_unit_stays_in_the_province(
    app, telegram, services, province
):
    seed(services, scenario_answers(15, submitting_unit=OWN_COMPANY))
    report = texts(await province.send("/stats"))[-1]
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个，其中已通过 1 个" in report
    assert "中央企业" not in report
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    assert "中央企业" not in boss.last_buttons()
    calls = await boss.press("全省")
    assert texts(calls)[-1].startswith("已导出 1 个场景（状态：已通过，范围：全省）。")
    assert [row[1] for row in exported_rows(calls)] == [OWN_COMPANY]
