"""Rows a central enterprise group hands in (报送单位 中国电信集团有限公司) through /stats,
/export and the CLI: counted against the group's own minimum, exported on their own."""

from flows.draft import Status
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
        f"另有 1 个由中央企业报送的场景未导出（{GROUP} 1 个）：各央企单独报送，不计入本省。"
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

