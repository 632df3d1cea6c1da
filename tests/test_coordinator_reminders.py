"""What coordinators are told of a row beyond its problems: what the chat would have refused
of an imported row, an engineer's 差异化创新点 beside a similarity warning, a 场景类型 at odds
with the row's 所属行业, fewer machines than product types ticked."""

from flows.draft import Status
from flows.row_reminders import NO_PAIN_POINT, NO_RESULTS, RESULTS_UNQUANTIFIED, chat_rules_unmet
from tests.coordinators import seed
from tests.fake_bot_api import FakeUser, texts
from tests.journey import JOURNEY, fill_to_summary
from tests.scenarios import scenario_answers
from tests.test_bot_lint_matches_export import export_all, lint
from tests.test_cli_data import seed as stored
from tests.test_flows_fields import COMPLETE

NO_FIGURES = "提升效率，降低成本，减少人工。"
TYPE_REMINDER = "所属行业“医疗康养”通常属于服务类场景，请确认场景类型（仅提醒）"


def imported(services, **changes) -> int:
    """An entry holding what only an import lets through: stored as submitted, unchecked."""
    return stored(services, {**COMPLETE, **changes}, Status.SUBMITTED)


async def test_review_card_warns_of_results_without_figures_as_the_chat_refuses_them(
        services, province):
    entry = imported(services, expected_results=NO_FIGURES)
    card = texts(await province.send(f"/review {entry}"))[-1]
    assert f"\n⚠️ {RESULTS_UNQUANTIFIED}" in card
    assert NO_PAIN_POINT not in card


async def test_review_card_warns_of_a_description_without_any_pain_point(services, province):
    entry = imported(services, pain_point=None)
    card = texts(await province.send(f"/review {entry}"))[-1]
    assert f"\n⚠️ {NO_PAIN_POINT}" in card
    assert RESULTS_UNQUANTIFIED not in card


async def test_a_row_as_the_chat_takes_it_gets_no_such_warning(services, province):
    for results in ("替代2名工人。", "效率翻番", "年节省成本三十万"):
        card = texts(await province.send(f"/review {imported(services, expected_results=results)}"))
        assert RESULTS_UNQUANTIFIED not in card[-1] and NO_PAIN_POINT not in card[-1]


async def test_a_pain_point_labelled_after_the_other_parts_is_no_missing_one(services, province):
    for label in ("现状：", "现状与痛点：", "存在问题：", "背景："):
        entry = imported(services, pain_point=None,
                         expected_results=f"减少4人。\n{label}人工巡检夜间漏检多，招工困难。")
        assert NO_PAIN_POINT not in texts(await province.send(f"/review {entry}"))[-1]


async def test_review_card_warns_of_a_description_without_any_expected_results(
        services, province):
    card = texts(await province.send(f"/review {imported(services, expected_results=None)}"))[-1]
    assert f"\n⚠️ {NO_RESULTS}" in card
    assert NO_PAIN_POINT not in card


async def test_results_labelled_inside_the_indicators_are_no_missing_ones(services, province):
    entry = imported(services, expected_results=None,
                     indicators="识别准确率≥98%，节拍≤15秒。预期效益：替代3名工人")
    assert NO_RESULTS not in texts(await province.send(f"/review {entry}"))[-1]


def test_a_row_without_a_description_is_told_missing_not_part_by_part():
    assert chat_rules_unmet({"pain_point": None, "indicators": "", "expected_results": None}) == ()


async def test_export_notes_name_the_rows_the_chat_would_have_refused(
        services, province, app, telegram):
    imported(services, scenario_name="钢卷打包穿带", expected_results=NO_FIGURES)
    imported(services, scenario_name="钢卷打包捆带", pain_point=None)
    note = texts(await export_all(province))[-1]
    assert f"⚠️ 第 4 行（序号 1） 钢卷打包穿带：{RESULTS_UNQUANTIFIED}" in note
    assert f"⚠️ 第 5 行（序号 2） 钢卷打包捆带：{NO_PAIN_POINT}" in note


async def test_lint_warns_of_a_row_without_a_pain_point(services, province, tmp_path, monkeypatch):
    imported(services, pain_point=None)
    assert f"  ⚠️ {NO_PAIN_POINT}" in lint(tmp_path, monkeypatch, await export_all(province))


async def test_lint_warns_of_a_row_without_expected_results(
        services, province, tmp_path, monkeypatch):
    imported(services, expected_results=None)
    report = lint(tmp_path, monkeypatch, await export_all(province))
    assert f"  ⚠️ {NO_RESULTS}" in report and NO_PAIN_POINT not in report


async def alike_at_another_unit(app, telegram, engineer, innovation: str | None):
    """The journey's scenario at another city's unit, submitted after the first, with or
    without its engineer's answer to what sets it apart."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    other = FakeUser(app, telegram, 1002, "李工")
    journey = list(JOURNEY)
    journey[2:5] = [("press", "无锡市"), ("send", "无锡恒达新能源电池有限公司"),
                    ("send", "恒达工厂电池测试—柔性插接")]
    for kind, value in journey:
        await (other.send(value) if kind == "send" else other.press(value))
    await other.press("✅ 提交")
    if innovation:
        await other.press("✏️ 补充差异化创新点")
        await other.send(innovation)
        await other.press("✅ 提交")
    return await other.press("仍然提交") if "仍然提交" in other.last_buttons() else None


async def test_card_says_beside_the_similarity_warning_that_the_engineer_set_it_apart(
        app, telegram, engineer, province):
    await alike_at_another_unit(app, telegram, engineer,
                                "作业对象为800V储能电池簇高压插头，需在高湿盐雾的海上平台环境完成")
    card = texts(await province.send("/review 2"))[-1]
    warning = "⚠️ 与 #1 恒远工厂电池测试—柔性插接 高度相似，按填写说明 5 可能只按 1 项计算。"
    assert (f"{warning}\nℹ️ 填报人已写明差异化创新点（见第 5 项），请据此判断是否为同类场景；"
            "如不是，请点“与 #1 不是同类场景”，分别计数。") in card
    assert "与 #1 不是同类场景" in province.last_buttons()
    assert "填报人已写明差异化创新点" not in texts(await province.send("/review 1"))[-1]


async def test_card_says_nothing_of_an_innovation_point_never_written(
        app, telegram, engineer, province):
    await alike_at_another_unit(app, telegram, engineer, None)
    card = texts(await province.send("/review 2"))[-1]
    assert "高度相似" in card and "差异化创新点" not in card


async def test_summary_and_card_remind_of_a_type_at_odds_with_the_industry(
        services, engineer, province):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 4 行业/方向")
    await engineer.press("医疗康养")
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-1].endswith(f"\nℹ️ {TYPE_REMINDER}")
    entry = seed(services, 1100, industry="医疗康养", scenario_type="特种")
    assert f"\nℹ️ {TYPE_REMINDER}" in texts(await province.send(f"/review {entry}"))[-1]


async def test_no_type_reminder_for_an_area_of_the_row_s_own_type_or_another_industry(
        services, province):
    for industry, kind in (("医疗康养", "服务"), ("汽车制造", "特种"), ("仓储物流", "工业"),
                           ("仓储物流", "服务"), ("安全生产", "工业")):  # a hospital's, a refinery's
        entry = seed(services, 1100, industry=industry, scenario_type=kind)
        assert "请确认场景类型" not in texts(await province.send(f"/review {entry}"))[-1]


async def test_lint_reminds_of_a_type_at_odds_with_the_industry(
        services, province, tmp_path, monkeypatch):
    seed(services, 1100, **scenario_answers(16, scenario_type="特种"))
    assert f"  ⚠️ {TYPE_REMINDER}" in lint(tmp_path, monkeypatch, await export_all(province))


FEWER = "部署总数1台，少于第 7 步勾选的2类产品（人形机器人、四足机器人），请核对（仅提醒）"


async def test_summary_card_and_lint_remind_of_fewer_machines_than_types_ticked(
        services, engineer, province, tmp_path, monkeypatch):
    await fill_to_summary(engineer)
    await engineer.send("部署总数：1台")
    calls = await engineer.send("应用部署产品类型：人形机器人：轮式，四足机器人：足式")
    assert texts(calls)[-1].endswith(f"\nℹ️ {FEWER}")
    entry = seed(services, 1100, deployment_count=1,
                 product_types={"人形机器人": "轮式", "四足机器人": "足式"})
    assert f"\nℹ️ {FEWER}" in texts(await province.send(f"/review {entry}"))[-1]
    assert f"  ⚠️ {FEWER}" in lint(tmp_path, monkeypatch, await export_all(province))


async def test_as_many_machines_as_types_ticked_get_no_reminder(services, engineer):
    await fill_to_summary(engineer)
    await engineer.send("部署总数：2台")
    calls = await engineer.send("应用部署产品类型：人形机器人：轮式，四足机器人：足式")
    assert "请核对（仅提醒）" not in texts(calls)[-1]
