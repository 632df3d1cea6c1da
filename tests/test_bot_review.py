"""Coordinator review through the real Application: notify, return, fix, resubmit, approve."""

import asyncio
import re

import pytest

from bot.app import send_reminders
from bot.edited_messages import EDITED, EDITED_COMMAND
from bot.refusals import coordinators_only
from bot.review_handlers import HISTORY_USAGE, REVIEW_USAGE
from flows import actions
from flows.coaching import recognised
from flows.deployment_words import PROVINCE
from flows.draft import SUMMARY, Status
from flows.menus import COORDINATOR_HELP, COORDINATOR_HOME
from flows.review import (
    CHANGED_SINCE_CARD,
    COORDINATOR_EDITED,
    ENGINEER_MARKED,
    ENGINEER_REOPENED,
    MARK_CHAINED,
)
from flows.review_history import changes_text
from flows.review_queue import WAY_ON
from flows.row import description_cell
from flows.stats_text import CITY_SHARE
from storage.imports import ImportStore
from storage.people import TERMINAL_USER
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, revision_of, seed, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_ENTERPRISE, INDICATORS, PAIN, RESULTS, fill_to_summary, walk
from tests.scenarios import scenario_answers
from tests.test_flows_fields import COMPLETE
from tests.test_terminal import chat_in_terminal


async def return_and_recount(coordinator, engineer, comment: str, count: str) -> None:
    """The coordinator returns the newest entry; the engineer changes 部署总数 and resubmits."""
    await coordinator.press("↩️ 退回修改")
    await coordinator.send(comment)
    await coordinator.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send(count)
    await engineer.press("✅ 提交")


async def submitted_and_returned_on_9_and_10(engineer, coordinator) -> None:
    """The engineer submits the journey's row; the coordinator returns it flagging 9 and 10."""
    await submitted_and_returned(engineer, coordinator, "请核实台数和应用目标。",
                                 "9 整机应用目标", "10 部署总数")


async def submitted_and_returned(engineer, coordinator, comment: str, *flagged: str) -> None:
    """The engineer submits the journey's row; the coordinator returns it flagging columns."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await coordinator.press("↩️ 退回修改")
    await coordinator.send(comment)
    for column in flagged:
        await coordinator.press(f"☐ {column}")
    await coordinator.press("📨 发送退回")


async def test_review_loop_from_submit_to_approval(engineer, province, suzhou, wuxi, telegram):
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    assert any(t.startswith("📥 新提交的场景，请审核") for t in sent_to(telegram, PROVINCE_ID, calls))
    assert any("🔎 场景 #1 恒远工厂电池测试—柔性插接 · 已提交待审核 · 苏州市/" in t
               for t in sent_to(telegram, SUZHOU_ID, calls))
    assert sent_to(telegram, WUXI_ID, calls) == []

    await suzhou.press("↩️ 退回修改")
    assert suzhou.last_text() == "请输入退回意见（将原文发给填报人）："
    await suzhou.send("部署总数与产线规模不符，请核实；技术指标请补充可靠性。")
    await suzhou.press("☐ 10 部署总数")
    calls = await suzhou.press("📨 发送退回")
    assert "↩️ 已退回场景 #1 恒远工厂电池测试—柔性插接，已通知填报人。" in texts(calls)
    notice = sent_to(telegram, engineer.id, calls)[-1]
    assert notice.startswith("↩️ 您的场景 #1 恒远工厂电池测试—柔性插接 被协调员（苏州市李科）退回修改。")
    assert "协调员意见：部署总数与产线规模不符，请核实；技术指标请补充可靠性。" in notice
    assert "需要修改：10 部署总数" in notice

    calls = await engineer.press("✏️ 去修改")
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    calls = await engineer.send("6台")
    assert "10. 部署总数：6台" in texts(calls)[-1]
    calls = await engineer.press("✅ 提交")
    to_suzhou = "\n".join(sent_to(telegram, SUZHOU_ID, calls))
    assert "📥 退回修改后重新提交的场景，请审核：" in to_suzhou
    assert "✏️ 自退回以来的修改：\n• 部署总数：10台 → 6台" in to_suzhou

    calls = await suzhou.press("✅ 通过")
    assert "✅ 已审核通过场景 #1 恒远工厂电池测试—柔性插接。" in texts(calls)
    assert sent_to(telegram, engineer.id, calls) == ["✅ 您的场景 #1 恒远工厂电池测试—柔性插接 已审核通过。"]
    calls = await engineer.send("/drafts")
    assert "· 已通过 ·" in texts(calls)[-1]
    await engineer.press("打开 #1")
    calls = await engineer.send("想再改一下")
    assert texts(calls) == ["场景 #1 已审核通过，不能再修改。如需修改，请点“💬 联系协调员”说明，"
                            "由协调员退回后再改；发送 /new 可填写下一个场景。"]


async def test_review_queue_is_scoped_and_oldest_first(services, suzhou, wuxi, province):
    first = seed(services, 11, scenario_name="电池包下线测试—高压插头柔性插接")
    seed(services, 12, city="无锡市", scenario_name="发动机缸盖螺栓拧紧工位", pain_point="发动机装配线螺栓拧紧依赖人工，劳动强度大。")
    third = seed(services, 13, scenario_name="危化品仓库四足机器人夜间盘点巡检", pain_point="危化品仓库夜间盘点风险高，人工巡检不到位。")
    calls = await suzhou.send("/review")
    listed = texts(calls)[-1]
    assert listed.startswith("📥 待审核场景 2 个（第 1–2 个，最早提交的在前）：")
    assert listed.index(f"#{first} ") < listed.index(f"#{third} ")
    assert "无锡市" not in listed
    calls = await province.send("/review")
    assert texts(calls)[-1].startswith("📥 待审核场景 3 个")


async def test_review_queue_pages_by_five(services, province):
    for owner in range(20, 27):
        seed(services, owner, scenario_name=f"第{owner}号产线电池模组搬运上料",
             pain_point=f"模组搬运上料环节{owner}依赖人工，重复劳动强度大。")
    await province.send("/review")
    assert province.last_buttons()[-1] == "下一页 ➡️"
    calls = await province.press("下一页 ➡️")
    assert texts(calls)[-1].startswith("📥 待审核场景 7 个（第 6–7 个")
    assert province.last_buttons() == ["审核 #6", "审核 #7", "⬅️ 上一页"]


async def test_a_city_typed_short_reaches_that_city_coordinator(engineer, suzhou, wuxi, telegram):
    await walk(engineer, 2)
    await engineer.send("苏州")
    await walk(engineer, start=3)
    assert "2. 用户单位：苏州市/苏州恒远动力电池有限公司" in engineer.last_text()
    calls = await engineer.press("✅ 提交")
    assert any("已提交待审核 · 苏州市/" in t for t in sent_to(telegram, SUZHOU_ID, calls))
    assert sent_to(telegram, WUXI_ID, calls) == []


async def test_approving_from_a_card_the_engineer_has_since_changed_shows_the_new_content(
    engineer, province, suzhou, services
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    first_card, approve_data = province.find_button("✅ 通过")
    await return_and_recount(suzhou, engineer, "部署总数请核实。", "300台")
    calls = await province.press_data(approve_data, first_card.message_id)
    assert texts(calls)[-2] == CHANGED_SINCE_CARD.format(items="部署总数")
    assert not [c for c in calls if c.endpoint == "editMessageText"]  # not marked 👉 通过
    assert "10. 部署总数：300台" in texts(calls)[-1]
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED
    calls = await province.press("✅ 通过")
    assert "✅ 已审核通过场景 #1 恒远工厂电池测试—柔性插接。" in texts(calls)


async def test_a_coordinator_who_turns_to_a_draft_is_not_taken_as_commenting(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    calls = await suzhou.send("/start")
    assert texts(calls)[0] == f"已取消对场景 #{entry} 的退回（尚未输入退回意见）。"
    assert texts(calls)[-1] == COORDINATOR_HOME.text
    await suzhou.press("➕ 新建场景")
    await suzhou.press("江苏省工业和信息化厅")
    await suzhou.press("苏州市")
    calls = await suzhou.send("苏州恒通精密制造有限公司")
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    assert services.intake.store.current(SUZHOU_ID).answers["enterprise"] == "苏州恒通精密制造有限公司"
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_city_coordinator_cannot_act_outside_the_city(services, wuxi, telegram):
    entry = seed(services, 11)
    await wuxi.send("/review")
    message_id = next(iter(telegram.messages))
    for data in (f"a{entry}.0", f"v{entry}", f"r{entry}.0", f"h{entry}"):
        calls = await wuxi.press_data(data, message_id)
        assert "该场景不在您的审核范围内。" in texts(calls)
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_a_coordinators_start_offers_a_draft_instead_of_making_one(services, suzhou):
    calls = await suzhou.send("/start")
    assert texts(calls) == [COORDINATOR_HOME.text]
    assert services.intake.store.owned_by(SUZHOU_ID) == []
    calls = await suzhou.press("➕ 新建场景")
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")


async def test_help_lists_the_review_commands_for_coordinators_only(suzhou, engineer):
    calls = await suzhou.send("/help")
    assert texts(calls)[-1] == COORDINATOR_HELP
    calls = await engineer.send("/help")
    assert COORDINATOR_HELP not in texts(calls)


async def test_non_coordinator_gets_no_review_tools(services, engineer, telegram):
    entry = seed(services, 11)
    for command in ("/review", "/stats", "/stale", f"/history {entry}"):
        calls = await engineer.send(command)
        assert texts(calls) == [coordinators_only(engineer.id)], command
    await engineer.send("/start")
    message_id = max(telegram.messages)
    calls = await engineer.press_data(f"a{entry}.0", message_id)
    assert coordinators_only(engineer.id) in texts(calls)
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


@pytest.mark.parametrize("command", [
    "/review", "/stats", "/export", "/stale", "/history 1", "/history", "/history 十二",
    "/review 十二", "/stats 苏州市 无锡市", "/stats 火星市"])
async def test_a_coordinator_command_refused_tells_the_user_id_to_send_the_operator(
    app, telegram, command
):
    stranger = FakeUser(app, telegram, 1234)
    assert texts(await stranger.send(command)) == [
        "仅协调员可使用此功能。如您是协调员，请把下面的用户 ID 发给管理员添加。\n"
        "您的 Telegram 用户 ID：1234（管理员添加协调员时需要这个数字）"]


async def test_two_coordinators_at_once_one_wins(services, province, suzhou):
    entry = seed(services, 11)
    await province.send(f"/review {entry}")
    await suzhou.send("/review")
    await suzhou.press(f"审核 #{entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充")
    calls = await province.press("✅ 通过")
    assert f"✅ 已审核通过场景 #{entry} 恒远工厂电池测试—柔性插接。" in texts(calls)
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已通过。", "以下意见没有发出：请补充"]
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")  # the fresh card, to reopen from
    assert services.reviews.store.entry(entry).info.status == Status.APPROVED


async def test_second_approval_of_the_same_entry_is_told_it_was_handled(services, province, suzhou):
    entry = seed(services, 11)
    await province.send(f"/review {entry}")
    await suzhou.send(f"/review {entry}")
    card, return_data = suzhou.find_button("↩️ 退回修改")
    await province.press("✅ 通过")
    calls = await suzhou.press("✅ 通过")
    assert texts(calls)[0] == "该场景已被其他协调员处理，当前状态：已通过。"
    calls = await suzhou.press_data(return_data, card.message_id)
    assert texts(calls)[0] == "该场景已被其他协调员处理，当前状态：已通过。"
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")


async def test_coordinator_reopens_an_approved_entry(services, province):
    entry = seed(services, 11)
    services.reviews.act(PROVINCE_ID, actions.Approve(entry, revision_of(services, entry)))
    calls = await province.send(f"/review {entry}")
    assert " · 已通过 · " in texts(calls)[-1]
    calls = await province.press("🔓 重新打开")
    assert sent_to(province.telegram, PROVINCE_ID, calls)[-2] == (
        f"🔓 已重新打开场景 #{entry} 恒远工厂电池测试—柔性插接，状态改为待审核。")
    assert " · 已提交待审核 · " in sent_to(province.telegram, PROVINCE_ID, calls)[-1]
    assert province.last_buttons()[:2] == ["✅ 通过", "↩️ 退回修改"]  # the card again, to decide
    assert sent_to(province.telegram, 11, calls) == [ENGINEER_REOPENED.format(
        title=f"#{entry} 恒远工厂电池测试—柔性插接")]
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_history_shows_who_did_what_with_old_and_new_values(services, province, engineer):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await return_and_recount(province, engineer, "请核实台数", "8台")
    calls = await province.send("/history 1")
    history = texts(calls)[-1]
    assert history.startswith("📜 场景 #1 的历史记录：")
    assert "张工 填写草稿（" in history
    assert "张工 状态：草稿 → 已提交待审核" in history
    assert "省厅王处 状态：已提交待审核 → 已退回待修改（意见：请核实台数）" in history
    assert "张工 修改 部署总数：10台 → 8台" in history
    assert "张工 状态：已退回待修改 → 已提交待审核" in history


async def test_an_engineers_own_alike_scenario_is_named_in_the_warning(engineer, province):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    assert texts(calls)[-1].startswith("⚠️ 场景 #2 与以下已提交的场景高度相似：\n"
                                       "• #1 恒远工厂电池测试—柔性插接\n按填写说明 5")


async def test_history_without_a_number_explains_usage(province):
    calls = await province.send("/history")
    assert texts(calls) == ["用法：/history 场景编号，例如 /history 12"]


async def test_similar_submission_warns_the_engineer_and_shows_the_group(services, engineer, province):
    first = seed(services, 11, city="无锡市", enterprise="无锡启明新能源有限公司",
                 pain_point=PAIN, indicators=INDICATORS, expected_results=RESULTS)
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    warning = texts(calls)[-1]
    assert warning.startswith("⚠️ 场景 #2 与以下已提交的场景高度相似：\n"
                              "• 其他填报人已提交的 1 个场景（内容仅协调员可见）\n")
    assert "柔性插接" not in warning
    assert engineer.last_buttons() == ["✏️ 补充差异化创新点", "仍然提交", "⬅️ 返回汇总"]
    calls = await engineer.press("✏️ 补充差异化创新点")
    assert texts(calls)[-1].startswith("第 5/11 步")
    await engineer.press("⬅️ 返回汇总")
    await engineer.press("✅ 提交")
    calls = await engineer.press("仍然提交")
    assert "✅ 场景 #2 已提交" in texts(calls)[1]
    card = sent_to(engineer.telegram, PROVINCE_ID, calls)[-1]
    assert f"⚠️ 与 #{first} 恒远工厂电池测试—柔性插接 高度相似" in card
    calls = await province.press(f"标记为 #{first} 的重复")
    assert sent_to(engineer.telegram, PROVINCE_ID, calls) == [
        f"已将场景 #2 标记为 #{first} 的重复场景，统计时按 1 项计算。", WAY_ON]
    assert sent_to(engineer.telegram, engineer.id, calls) == [ENGINEER_MARKED.format(
        title="#2 恒远工厂电池测试—柔性插接", of=first)]
    calls = await province.send("/stats")
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个" in texts(calls)[-1]


async def test_a_duplicate_mark_can_be_taken_back(services, province):
    first, second = seed(services, 11), seed(services, 12, enterprise="无锡启明新能源有限公司")
    await province.send(f"/review {second}")
    await province.press(f"标记为 #{first} 的重复")
    calls = await province.send(f"/review {second}")
    assert f"（已标记为 #{first} 的重复场景）" in texts(calls)[-1]
    assert f"标记为 #{first} 的重复" not in province.last_buttons()
    calls = await province.press("取消重复标记")
    assert sent_to(province.telegram, PROVINCE_ID, calls)[-2] == (
        f"已取消场景 #{second} 的重复标记，统计和导出时单独计算。")
    assert sent_to(province.telegram, 12, calls) == [
        f"ℹ️ 您的场景 #{second} 恒远工厂电池测试—柔性插接 已取消重复标记，统计和报送时单独计算。"]
    assert services.reviews.store.entry(second).duplicate_of is None
    calls = await province.send(f"/history {second}")
    assert texts(calls)[-1].endswith("取消重复标记")


async def test_duplicate_marks_never_form_a_cycle_nor_touch_settled_entries(services, province, telegram):
    first, second = seed(services, 11), seed(services, 12, enterprise="无锡启明新能源有限公司")
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(second, first))
    await province.send(f"/review {first}")
    card = max(telegram.messages)
    calls = await province.press_data(f"x{first}.{second}", card)
    assert texts(calls)[-1] == MARK_CHAINED.format(ids=f"#{second}", id=first)
    services.reviews.act(PROVINCE_ID, actions.Approve(first, revision_of(services, first)))
    third = seed(services, 13, enterprise="南京ZZ机器人有限公司")
    calls = await province.press_data(f"x{first}.{third}", card)
    assert texts(calls)[0] == "该场景您已处理过，当前状态：已通过。"  # and its fresh card
    assert services.reviews.store.entry(first).duplicate_of is None


@pytest.mark.parametrize("data", ["a1.{revision}", "r1.{revision}", "m1"])
async def test_a_forged_decision_on_a_draft_never_submitted_says_it_is_not_submitted(
        services, engineer, suzhou, telegram, data):
    await walk(engineer, 8)
    await suzhou.send("/help")
    calls = await suzhou.press_data(data.format(revision=revision_of(services, 1)),
                                    max(telegram.messages))
    assert texts(calls)[0] == "该场景尚未提交（当前状态：草稿），不能审核。"
    assert services.reviews.store.entry(1).info.status == Status.DRAFT


async def test_returning_an_entry_lifts_the_duplicate_marks_on_it(services, province):
    first, second = seed(services, 11), seed(services, 12, enterprise="无锡启明新能源有限公司")
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(second, first))
    services.reviews.act(PROVINCE_ID, actions.Return(first, revision_of(services, first)))
    services.reviews.comment(PROVINCE_ID, "请补充差异化创新点。")
    reply = services.reviews.act(PROVINCE_ID, actions.SendReturn(first))
    assert services.reviews.store.entry(second).duplicate_of is None
    assert [(n.chat_id, n.reply.messages) for n in reply.notices[1:]] == [
        (12, (f"ℹ️ 您的场景 #{second} 恒远工厂电池测试—柔性插接 所重复的 #{first} 被退回修改，"
              f"重复标记随之取消，目前单独计算；#{first} 重新提交后协调员会重新判断。",))]
    calls = await province.send("/stats")
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个" in texts(calls)[-1]


async def test_stats_show_the_notice_rules_on_a_seeded_database(services, province, suzhou):
    for index in range(18):
        city = "苏州市" if index % 2 else "无锡市"
        seed(services, 100 + index, **scenario_answers(index, city=city))
    # Submitted before the rule existed (or edited in the database): the report must still flag it.
    services.intake.store.seen(200, "工程师200")
    vague = services.intake.store.create(200, SUMMARY, scenario_answers(
        18, indicators="要求在浓烟中可靠行进", expected_results="提升搜救能力"))
    services.reviews.store.transition(vague.id, [Status.DRAFT], Status.SUBMITTED, 200)
    calls = await province.send("/stats")
    report = texts(calls)[-1]
    assert report.startswith("📊 填报进度（范围：全省）")
    assert "状态：草稿 0 · 已提交待审核 19 · 已退回待修改 0 · 已通过 0" in report
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：19 个" in report
    assert "❌ 不少于 20 个：还差 1 个" in report
    assert "✅ 至少覆盖 2 类场景类型：已覆盖 3 类（工业 15 · 服务 3 · 特种 1）" in report
    assert "⚠️ 工业类占 78.9%，注意避免场景类型扎堆。" in report
    assert "按城市：苏州市 10 · 无锡市 9" in report
    assert "按行业：汽车制造 2 · 电子信息制造业 2 · 装备制造 2 · 医疗康养 2 · 石化化工 1" in report
    assert "缺少量化指标：#19" in report
    assert "相似场景组：无" in report
    calls = await suzhou.send("/stats")
    assert texts(calls)[-1].startswith("📊 填报进度（范围：苏州市）")
    city_report = texts(calls)[-1]
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：10 个" in city_report
    share = CITY_SHARE.format(**PROVINCE._asdict())
    assert share in city_report
    assert "不少于 20 个" not in city_report.replace(share, "")


async def test_city_stats_say_which_of_its_scenarios_the_province_counts_with_another_citys(
        services, suzhou, wuxi):
    seed(services, 100, **scenario_answers(1, city="苏州市"))
    seed(services, 101, **scenario_answers(1, city="无锡市", enterprise="无锡启明新能源有限公司"))
    seed(services, 102, **scenario_answers(2, city="无锡市"))
    report = texts(await wuxi.send("/stats"))[-1]
    assert "其中 #2 与外市编号在前的场景高度相似，全省统计时与之按 1 项计，计在外市。" in report
    assert "全省统计时本市计 1 个（相似与否由省级协调员判断），少于上面的数字。" in report
    assert "相似场景组：无" in report  # the other city's entry is not shown
    report = texts(await suzhou.send("/stats"))[-1]
    assert "其中 #1 与外市编号在后的场景高度相似，全省统计时与之按 1 项计，计在本市。" in report
    assert "全省统计时本市计 1 个（相似与否由省级协调员判断），与上面的数字相同。" in report


async def test_twenty_scenarios_over_two_types_meet_the_notice(services, province):
    for index in range(20):
        seed(services, 100 + index, **scenario_answers(index))
    report = texts(await province.send("/stats"))[-1]
    assert "✅ 不少于 20 个：已达到（含待审核 20 个，已通过 0 个）\n" in report
    assert "超出" not in report


async def test_stale_draft_gets_one_reminder_from_the_job_queue(app, services, clock, engineer, telegram, province):
    engineer.username = "zhang"
    await walk(engineer, AT_ENTERPRISE)
    services.intake.store.db.execute("update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    await app.start()
    try:
        for _ in range(2):
            app.job_queue.run_once(send_reminders, when=0)
            await asyncio.sleep(0.3)
    finally:
        await app.stop()
    reminders = [c for c in telegram.calls if c.endpoint == "sendMessage"
                 and c.params["text"].startswith("您好！以下场景草稿已超过 3 天没有更新")]
    assert len(reminders) == 1
    assert "#1 （未命名场景）" in reminders[0].params["text"]
    calls = await province.send("/stale")
    assert texts(calls)[-1].startswith("⏰ 超过 3 天未更新的草稿（1 个）：\n#1 （未命名场景） · 苏州市 · 草稿（已完成 1/11 步） · 张工（@zhang）")


async def test_stale_leaves_out_blank_drafts_and_says_how_many(app, telegram, services, engineer, province):
    await walk(engineer, AT_ENTERPRISE)
    await FakeUser(app, telegram, 1002, "李工").send("/start")
    await walk(FakeUser(app, telegram, 1003, "王工"), 2)  # only the 报送单位 button every draft offers
    services.intake.store.db.execute("update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    listing = texts(await province.send("/stale"))[-1].splitlines()
    assert [line.split(" · ")[0] for line in listing[1:-1]] == ["#1 （未命名场景）"]
    assert listing[0] == "⏰ 超过 3 天未更新的草稿（1 个）："
    assert listing[-1] == "另有 2 份空白草稿（除报送单位外未填写任何内容）未列出。"


async def test_stale_with_only_blank_drafts_says_there_is_nothing_to_chase(app, telegram, services, province):
    await FakeUser(app, telegram, 1002, "李工").send("/start")
    services.intake.store.db.execute("update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    assert texts(await province.send("/stale"))[-1].splitlines() == [
        "没有超过 3 天未更新、已填写内容的草稿。",
        "另有 1 份空白草稿（除报送单位外未填写任何内容）未列出。",
    ]


def test_a_draft_without_an_answer_of_the_engineers_own_brings_no_reminder(services, clock):
    store = services.intake.store
    store.seen(21, "工程师21")
    begun = store.create(21, "enterprise", {"submitting_unit": "江苏省工业和信息化厅", "city": "苏州市"})
    store.create(21, "city", {"submitting_unit": "江苏省工业和信息化厅"})
    store.create(21, "submitting_unit")
    store.db.execute("update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    [notice] = services.followups.reminders(3)
    assert notice.reply.screen.text.splitlines()[2:] == [f"#{begun.id} （未命名场景）"]


def test_resubmission_names_flagged_columns_left_unchanged(services):
    survey = services.reviews.survey
    text = changes_text(survey, {"deployment_count": (10, 6)}, (5, 10))
    assert text.splitlines() == [
        "✏️ 自退回以来的修改：",
        "• 部署总数：10台 → 6台",
        "⚠️ 标注需修改但未改动：5 场景描述与关键技术要求",
    ]


async def test_resubmitted_card_warns_of_a_flagged_column_left_as_it_was(engineer, suzhou, telegram):
    await submitted_and_returned_on_9_and_10(engineer, suzhou)
    await engineer.press("✏️ 去修改")
    await engineer.press("⬅️ 返回汇总")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("6台")
    calls = await engineer.press("✅ 提交")
    card = sent_to(telegram, SUZHOU_ID, calls)[-1]
    assert card.endswith("• 部署总数：10台 → 6台\n⚠️ 标注需修改但未改动：9 整机应用目标")


async def test_review_with_something_not_a_number_explains_usage(province):
    calls = await province.send("/review abc")
    assert texts(calls) == [REVIEW_USAGE]


async def test_a_circled_or_superscript_digit_after_a_command_explains_usage(services, province):
    entry = seed(services, 11)
    assert texts(await province.send("/review ①")) == [REVIEW_USAGE]
    assert texts(await province.send("/history ²")) == [HISTORY_USAGE]
    card = texts(await province.send(f"/review {chr(0xFF10 + entry)}"))[-1]  # a full-width digit
    assert card.startswith(f"🔎 场景 #{entry} ")


async def test_a_return_comment_over_the_limit_is_asked_to_be_shortened(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    calls = await suzhou.send("请" * 3001)
    assert texts(calls) == ["退回意见最多 3000 字，您输入了 3001 字，请精简后重新发送："]
    calls = await suzhou.send("请核实。")
    assert texts(calls)[-1].startswith("退回意见：请核实。")


async def test_a_comment_over_the_limit_after_one_taken_says_the_first_is_still_the_one_sent(
        services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实部署总数。")
    said = texts(await suzhou.send("请" * 3001))
    assert said[:2] == ["退回意见最多 3000 字，您输入了 3001 字，请精简后重新发送：",
                        "退回意见未改动：请核实部署总数。\n勾选需要修改的项目后请点“📨 发送退回”；"
                        "如需改写意见，直接发送新的文字；放弃退回请点“取消”。"]
    assert "📨 发送退回" in suzhou.last_buttons()


def test_a_change_to_one_part_of_a_column_names_the_part(services):
    text = changes_text(services.reviews.survey, {"pain_point": ("旧痛点描述", "新痛点描述")})
    assert text.splitlines()[1] == "• 场景描述与关键技术要求（现状与痛点）：旧痛点描述 → 新痛点描述"


async def test_a_return_started_before_a_resubmission_is_not_sent_on_the_new_content(
    engineer, province, suzhou, services
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实部署总数。")
    await return_and_recount(province, engineer, "请补充指标。", "12台")
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls)[-3:-1] == [CHANGED_SINCE_CARD.format(items="部署总数"),
                                   "以下意见没有发出：请核实部署总数。"]
    assert "10. 部署总数：12台" in texts(calls)[-1]
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED


async def test_a_coordinator_editing_the_return_comment_corrects_it(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数")
    await suzhou.press("☐ 10 部署总数")
    calls = await suzhou.edit_last("请核实部署总数。")
    assert texts(calls)[-1].startswith("退回意见：请核实部署总数。")
    assert "☑ 10 部署总数" in suzhou.last_buttons()
    calls = await suzhou.press("📨 发送退回")
    notice = sent_to(suzhou.telegram, 11, calls)[-1]
    assert "协调员意见：请核实部署总数。" in notice


async def test_a_coordinator_editing_a_comment_already_sent_is_told_the_engineer_keeps_it(
    services, engineer, suzhou
):
    await submitted_and_returned(engineer, suzhou, "请核实台数，应为5台")
    calls = await suzhou.edit_last("请核实台数，应为6台")
    assert texts(calls) == [COORDINATOR_EDITED]
    assert sent_to(suzhou.telegram, engineer.id, calls) == []


async def test_a_coordinator_with_a_draft_in_progress_editing_a_message_is_told_both_ways(
    engineer, suzhou
):
    await submitted_and_returned(engineer, suzhou, "请核实台数")
    await suzhou.send("/start")
    await suzhou.press("➕ 新建场景")
    await suzhou.press("江苏省工业和信息化厅")
    await suzhou.send("苏州市")
    calls = await suzhou.edit_last("无锡市")
    assert texts(calls)[:2] == [COORDINATOR_EDITED, EDITED]
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")


async def test_a_coordinator_who_never_sent_a_return_is_told_only_of_the_answer_edited(suzhou):
    await suzhou.send("/start")
    await suzhou.press("➕ 新建场景")
    await suzhou.press("江苏省工业和信息化厅")
    await suzhou.send("苏州市")
    calls = await suzhou.edit_last("无锡市")
    assert texts(calls)[0] == EDITED
    assert COORDINATOR_EDITED not in texts(calls)


async def test_an_edited_command_is_not_run_and_says_to_send_it_again(province):
    await province.send("/review 3")
    calls = await province.edit_last("/review 1")
    assert texts(calls) == [EDITED_COMMAND]


async def test_a_coordinator_added_while_the_bot_runs_gets_the_review_menu_on_start(
    services, app, telegram
):
    services.reviews.people.add_coordinator(777, "南京市")
    calls = await FakeUser(app, telegram, 777, "南京市钱科").send("/start")
    menus = [c for c in calls if c.endpoint == "setMyCommands"]
    assert [c.params["scope"] for c in menus] == [{"type": "chat", "chat_id": 777}]
    assert "review" in [command["command"] for command in menus[0].params["commands"]]


async def test_a_removed_coordinator_using_the_old_menu_gets_the_engineers_menu_back(
    services, app, telegram
):
    services.reviews.people.add_coordinator(777, "南京市")
    former = FakeUser(app, telegram, 777, "南京市钱科")
    await former.send("/start")
    services.reviews.people.remove_coordinator(777)
    calls = await former.send("/stats")
    assert texts(calls) == [coordinators_only(777)]
    assert [c.params["scope"] for c in calls if c.endpoint == "deleteMyCommands"] == [
        {"type": "chat", "chat_id": 777}]


async def test_a_coordinators_review_command_leaves_their_menu_alone(suzhou):
    calls = await suzhou.send("/stats")
    assert not [c for c in calls if c.endpoint == "deleteMyCommands"]


async def test_back_at_the_summary_a_returned_draft_names_flagged_items_still_unchanged(
    engineer, suzhou
):
    await submitted_and_returned_on_9_and_10(engineer, suzhou)
    await engineer.press("✏️ 去修改")
    await engineer.press("☐ 完成行业内同场景复制部署")
    await engineer.press("完成")
    calls = await engineer.press("⬅️ 返回汇总")
    assert texts(calls)[-2] == (
        "↩️ 协调员标注需要修改、尚未改动的项目：10 部署总数。请点击对应项目修改后再提交。")
    assert texts(calls)[-1].startswith("📋 请核对场景 #1")


async def test_a_flagged_product_type_ticked_but_awaiting_its_form_is_not_called_unchanged(
    engineer, suzhou
):
    await submitted_and_returned(engineer, suzhou, "请补充四足机器人。", "7 应用部署产品类型")
    await engineer.press("✏️ 去修改")
    await engineer.press("☐ 四足机器人")
    calls = await engineer.send("返回汇总")
    assert not any("尚未改动" in text for text in texts(calls))
    assert "⚠️ 应用部署产品类型：“四足机器人”还没有选择形态" in texts(calls)[-1]


async def test_fixing_walks_the_flagged_columns_in_order_then_the_summary(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实技术指标和台数。",
                                 "5 场景描述与关键技术要求", "10 部署总数")
    calls = await engineer.press("✏️ 去修改")
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求\n场景现状与痛点")
    await engineer.press("✔️ 保持不变")
    await engineer.send(INDICATORS.replace("98%", "99%"))
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-2] == "接着修改协调员标注的下一项：10 部署总数"
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    calls = await engineer.send("6台")
    assert "10. 部署总数：6台" in texts(calls)[-1]
    assert not [t for t in texts(calls) if t.startswith("↩️ 协调员标注")]


async def test_a_column_not_flagged_edited_after_fixing_returns_to_the_summary(engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实技术指标和台数。",
                                 "5 场景描述与关键技术要求", "10 部署总数")
    await engineer.press("✏️ 去修改")
    for _ in range(3):
        await engineer.press("✔️ 保持不变")
    await engineer.send("6台")
    await engineer.press("✏️ 2 用户单位")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send("苏州恒远新能源电池有限公司")
    assert "接着修改协调员标注的下一项" not in "".join(texts(calls))
    assert texts(calls)[-1].startswith("📋 请核对场景")


async def test_fixing_again_goes_to_the_flagged_column_still_unchanged(engineer, suzhou):
    await submitted_and_returned_on_9_and_10(engineer, suzhou)
    fix, data = engineer.find_button("✏️ 去修改")
    await engineer.press("✏️ 去修改")
    await engineer.press("☐ 完成行业内同场景复制部署")
    calls = await engineer.press("⏸ 暂停")
    assert not [t for t in texts(calls) if t.startswith("↩️ 协调员标注")]
    calls = await engineer.press_data(data, fix.message_id)
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")


async def test_card_and_stats_remind_of_indicator_dimensions_as_lint_does(services, province):
    answers = {"indicators": "单次插拔节拍≤15秒", "expected_results": "替代2名测试工人。"}
    entry = seed(services, 11, **answers)
    calls = await province.send(f"/review {entry}")
    assert "\nℹ️ 指标未涉及：精度、可靠性（填写说明 5，仅提醒）" in texts(calls)[-1]
    lint = recognised(description_cell({**COMPLETE, **answers})).splitlines()[1:]
    assert [line.split("，")[0] for line in lint] == ["尚无精度指标", "尚无可靠性指标"]
    report = texts(await province.send("/stats"))[-1]
    assert "缺少量化指标：无\n" in report
    assert f"指标未涉及的维度（仅提醒）：尚无精度指标 #{entry}；尚无可靠性指标 #{entry}\n" in report


async def test_returning_an_entry_says_which_duplicate_marks_it_lifts(services, province):
    first = seed(services, 11)
    second = seed(services, 12, enterprise="无锡启明新能源有限公司")
    third = seed(services, 13, enterprise="南京ZZ机器人有限公司")
    for duplicate in (second, third):
        services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(duplicate, first))
    calls = await province.send(f"/review {first}")
    assert f"（#{second}、#{third} 已标记为本场景的重复）" in texts(calls)[-1]
    await province.press("↩️ 退回修改")
    await province.send("请补充差异化创新点。")
    calls = await province.press("📨 发送退回")
    assert sent_to(province.telegram, PROVINCE_ID, calls)[-2] == (
        f"↩️ 已退回场景 #{first} 恒远工厂电池测试—柔性插接，已通知填报人。\n"
        f"#{second}、#{third} 的重复标记已随之取消，统计和导出时单独计算；本场景重新提交后请重新判断。")


async def test_resubmission_and_history_leave_out_the_internal_indicator_question(
    services, engineer, province, telegram
):
    entry = seed(services, engineer.id, indicators="识别准确率不低于98%", indicator_gap="不需要")
    await province.send(f"/review {entry}")
    await province.press("↩️ 退回修改")
    await province.send("请补充可靠性指标。")
    await province.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 5 场景描述与关键技术要求")
    await engineer.press("✔️ 保持不变")
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒，连续无故障运行不少于8小时")
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    calls = await engineer.press("✅ 提交")
    card = sent_to(telegram, PROVINCE_ID, calls)[-1]
    assert "• 场景描述与关键技术要求（技术指标）：识别准确率不低于98% → " in card
    assert "是否补充指标" not in card
    history = texts(await province.send(f"/history {entry}"))[-1]
    assert "修改 场景描述与关键技术要求（技术指标）" in history
    assert "是否补充指标" not in history


async def test_resubmission_card_names_the_last_return_its_author_and_time(
    engineer, suzhou, province, telegram
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await return_and_recount(suzhou, engineer, "部署总数请核实。", "6台")
    to_province = sent_to(telegram, PROVINCE_ID, telegram.calls)[-1]
    assert re.search(r"\n↩️ 上次退回意见（苏州市李科，\d{4}-\d\d-\d\d \d\d:\d\d）：部署总数请核实。\n"
                     r"✏️ 自退回以来的修改：\n• 部署总数：10台 → 6台", to_province)
    calls = await province.send("/review 1")
    assert "↩️ 上次退回意见（苏州市李科，" in texts(calls)[-1]


async def test_a_reopened_card_leaves_out_the_return_its_approval_settled(
    engineer, suzhou, province, telegram
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await return_and_recount(suzhou, engineer, "部署总数请核实。", "6台")
    await suzhou.press("✅ 通过")
    await province.send("/review 1")
    calls = await province.press("🔓 重新打开")
    card = sent_to(telegram, PROVINCE_ID, calls)[-1]
    assert card.startswith("🔎 场景 #1 ")
    assert "上次退回意见" not in card and "自退回以来" not in card


async def test_a_coordinator_cannot_decide_on_their_own_scenario(services, suzhou, province, telegram):
    await suzhou.send("/start")
    await suzhou.press("➕ 新建场景")
    await walk(suzhou, start=1)
    calls = await suzhou.press("✅ 提交")
    assert not [t for t in sent_to(telegram, SUZHOU_ID, calls) if t.startswith("🔎 场景")]
    assert "✅ 通过" in province.last_buttons()
    calls = await suzhou.send("/review 1")
    assert texts(calls)[-1].endswith("\nℹ️ 这是您本人填报的场景，需由其他协调员审核。")
    assert suzhou.last_buttons() == ["📜 历史记录"]
    card = max(telegram.messages)
    revision = revision_of(services, 1)
    for data in (f"a1.{revision}", f"r1.{revision}", "s1", "x1.2", "X1.2"):
        calls = await suzhou.press_data(data, card)
        assert texts(calls) == ["不能审核自己填报的场景，请由其他协调员审核。"], data
    assert services.reviews.store.entry(1).info.status == Status.SUBMITTED
    calls = await province.press("✅ 通过")
    assert "✅ 已审核通过场景 #1 恒远工厂电池测试—柔性插接。" in texts(calls)
    calls = await suzhou.press_data(f"R1.{revision_of(services, 1)}", card)
    assert texts(calls) == ["不能审核自己填报的场景，请由其他协调员审核。"]


async def test_stats_count_the_approved_among_the_scenarios(services, province):
    for index in range(20):
        seed(services, 100 + index, **scenario_answers(index))
    for entry in (3, 7):
        services.reviews.act(PROVINCE_ID, actions.Approve(entry, revision_of(services, entry)))
    report = texts(await province.send("/stats"))[-1]
    assert "（已提交与已通过，重复与相似场景按 1 项计）：20 个，其中已通过 2 个\n" in report


async def test_a_city_coordinator_is_not_shown_other_cities_similar_titles(
    services, wuxi, province
):
    first = seed(services, 11, scenario_name="恒远工厂电池测试—柔性插接工位")
    second = seed(services, 12, city="无锡市", enterprise="无锡启明新能源有限公司")
    card = texts(await wuxi.send(f"/review {second}"))[-1]
    assert "柔性插接工位" not in card and f"#{first}" not in card
    assert ("⚠️ 与您审核范围外的 1 个场景高度相似，按填写说明 5 可能只按 1 项计算，"
            "由省级协调员判断。") in card
    assert not [b for b in wuxi.last_buttons() if b.startswith("标记为 #")]
    card = texts(await province.send(f"/review {second}"))[-1]
    assert f"⚠️ 与 #{first} 恒远工厂电池测试—柔性插接工位 高度相似" in card
    assert f"标记为 #{first} 的重复" in province.last_buttons()


async def test_an_entry_outside_the_province_is_marked_on_its_card(services, province):
    inside = seed(services, 11)
    outside = seed(services, 12, city="上海市", enterprise="苏州汽车零部件集团上海临港工厂",
                   scenario_name="汽车座椅骨架焊点视觉检测")
    card = texts(await province.send(f"/review {outside}"))[-1]
    assert card.startswith(f"🔎 场景 #{outside} 汽车座椅骨架焊点视觉检测 · 已提交待审核 · "
                           "上海市/苏州汽车零部件集团上海临港工厂（省外布局，填写说明 12）\n")
    assert "省外布局" not in texts(await province.send(f"/review {inside}"))[-1]


async def test_pressing_approve_on_ones_own_older_card_says_it_is_already_handled(
    services, suzhou
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    old_card, approve = suzhou.find_button("✅ 通过")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("✅ 通过")
    calls = await suzhou.press_data(approve, old_card.message_id)
    assert texts(calls)[0] == "该场景您已处理过，当前状态：已通过。"
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")  # the fresh card


async def test_a_coordinator_cannot_mark_another_units_entry_a_duplicate_of_their_own(
    services, suzhou, province, telegram
):
    theirs = seed(services, 11)
    own = seed(services, SUZHOU_ID, enterprise="苏州启航智能装备有限公司")
    card = texts(await suzhou.send(f"/review {theirs}"))[-1]
    assert f"\nℹ️ #{own} 是您本人填报的场景：与其有关的重复标记由其他协调员处理。" in card
    assert suzhou.last_buttons() == ["✅ 通过", "↩️ 退回修改", "🔗 标记为其他场景的重复", "📜 历史记录"]
    calls = await suzhou.press_data(f"x{theirs}.{own}", max(telegram.messages))
    assert texts(calls) == [f"#{own} 是您本人填报的场景，与它有关的重复标记（标记或取消）请由其他协调员处理。"]
    assert sent_to(telegram, 11, calls) == []
    await province.send(f"/review {theirs}")
    await province.press(f"标记为 #{own} 的重复")
    card = texts(await suzhou.send(f"/review {theirs}"))[-1]
    assert f"（已标记为 #{own} 的重复场景）" in card and "取消重复标记" not in suzhou.last_buttons()
    calls = await suzhou.press_data(f"X{theirs}.{own}", max(telegram.messages))
    assert texts(calls) == [f"#{own} 是您本人填报的场景，与它有关的重复标记（标记或取消）请由其他协调员处理。"]
    assert services.reviews.store.entry(theirs).duplicate_of == own


async def test_a_coordinator_cannot_lift_the_mark_on_their_own_entry_by_returning_the_other(
    services, suzhou, province, telegram
):
    theirs = seed(services, 11)
    own = seed(services, SUZHOU_ID, enterprise="苏州启航智能装备有限公司")
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(own, theirs))
    card = texts(await suzhou.send(f"/review {theirs}"))[-1]
    assert f"ℹ️ 退回本场景会取消您本人填报的 #{own} 的重复标记，需由其他协调员退回。" in card
    assert suzhou.last_buttons() == ["✅ 通过", "📜 历史记录"]
    refusal = f"您本人填报的 #{own} 已标记为本场景的重复，退回本场景会取消该标记，请由其他协调员处理。"
    for data in (f"r{theirs}.{revision_of(services, theirs)}", f"s{theirs}"):
        calls = await suzhou.press_data(data, max(telegram.messages))
        assert texts(calls) == [refusal], data
    assert services.reviews.store.entry(own).duplicate_of == theirs
    await province.send(f"/review {theirs}")
    assert "↩️ 退回修改" in province.last_buttons()


async def test_typing_cancel_during_a_return_cancels_it_and_tells_the_engineer_nothing(
    services, suzhou, telegram
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    calls = await suzhou.send("取消")
    assert texts(calls)[0] == "已取消退回。" and texts(calls)[1].startswith(f"🔎 场景 #{entry} ")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数。")
    calls = await suzhou.send("取消退回")
    assert texts(calls)[0] == "已取消退回，以下意见没有发出：请核实台数。"
    assert sent_to(telegram, 11, telegram.calls) == []
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_typed_labels_and_a_second_comment_during_a_return(services, suzhou, telegram):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    calls = await suzhou.send("发送退回")
    assert texts(calls) == ["请先发送退回意见，再勾选需要修改的项目、点“发送退回”。",
                            "请输入退回意见（将原文发给填报人）："]
    calls = await suzhou.send("请核实台数")
    assert texts(calls)[-1].endswith("如需改写意见，直接发送新的意见，将替换上面这条。")
    calls = await suzhou.send("请核实部署总数，并补充可靠性指标。")
    assert texts(calls)[0] == "已用新的文字替换退回意见。原来的意见：请核实台数"
    assert texts(calls)[1].startswith("退回意见：请核实部署总数，并补充可靠性指标。\n")
    await suzhou.send("10 部署总数")
    assert "☑ 10 部署总数" in suzhou.last_buttons()
    await suzhou.send("用户单位")  # a title alone ticks its item too, and is no new comment
    await suzhou.send("2")
    assert "☐ 2 用户单位" in suzhou.last_buttons()
    calls = await suzhou.send("📨 发送退回")
    assert "↩️ 已退回场景 #1 恒远工厂电池测试—柔性插接，已通知填报人。" in texts(calls)
    notice = sent_to(telegram, 11, calls)[-1]
    assert "协调员意见：请核实部署总数，并补充可靠性指标。\n需要修改：10 部署总数" in notice


async def test_a_return_left_unsent_for_a_draft_ends_and_shows_the_unsent_comment(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数。")
    calls = await suzhou.send("/start")
    assert texts(calls)[0] == f"已取消对场景 #{entry} 的退回，以下意见没有发出：请核实台数。"
    await suzhou.press("➕ 新建场景")
    await suzhou.press("江苏省工业和信息化厅")
    await suzhou.press("苏州市")
    await suzhou.send("苏州恒通精密制造有限公司")
    assert services.intake.store.current(SUZHOU_ID).answers["enterprise"] == "苏州恒通精密制造有限公司"
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_a_sole_coordinators_own_scenario_says_nobody_else_can_review_it(app, telegram):
    app.bot_data["services"].reviews.people.add_coordinator(PROVINCE_ID)
    sole = FakeUser(app, telegram, PROVINCE_ID, "省厅王处")
    await sole.send("/start")
    await sole.press("➕ 新建场景")
    await walk(sole, start=1)
    calls = await sole.press("✅ 提交")
    assert texts(calls)[-1] == (
        "ℹ️ 注意：本场景需由其他协调员审核，但目前没有其他协调员负责苏州市，暂时无人审核。"
        "请联系系统管理员添加一位负责苏州市的协调员，添加后对方发送 /review 1 即可审核。")


async def test_returning_an_imported_entry_tells_the_coordinator_what_to_do_in_plain_words(
    services, suzhou, telegram
):
    entry = ImportStore(services.intake.store).add(COMPLETE, Status.SUBMITTED, "plan.xlsx", 4, 0)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充可靠性指标。")
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls)[-2] == (
        f"↩️ 已退回场景 #{entry} 恒远工厂电池测试—柔性插接。该场景由表格导入，"
        "没有可在 Telegram 通知的填报人：请将意见转告报送单位，改好的表格请交系统管理员重新导入，"
        "导入后场景回到待审核。")


async def test_returning_an_entry_typed_in_the_terminal_says_it_is_fixed_there(services, suzhou):
    entry = seed(services, TERMINAL_USER)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充可靠性指标。")
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls)[-2] == (
        f"↩️ 已退回场景 #{entry} 恒远工厂电池测试—柔性插接。该场景是在终端（scenario-intake chat）"
        "中录入的，没有可在 Telegram 通知的填报人：请转告录入人，下次运行 scenario-intake chat "
        "时会看到退回意见，可在终端修改后重新提交。")
    assert "请补充可靠性指标。" in chat_in_terminal(services, [])


async def test_a_return_reaches_the_terminal_while_another_scenario_is_in_progress(
        services, suzhou):
    entry = seed(services, TERMINAL_USER)
    chat_in_terminal(services, ["/new", "1", "5", "苏州另一家机械有限公司"])
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充可靠性指标。")
    await suzhou.press("📨 发送退回")
    shown = chat_in_terminal(services, [])
    assert (f"↩️ 您的场景 #{entry} 恒远工厂电池测试—柔性插接 被协调员（苏州市李科）退回修改。\n"
            "协调员意见：请补充可靠性指标。\n"
            f"修改：输入 /fix {entry}") in shown
    assert "继续填写场景 #2" in shown  # the scenario in progress is still where answers go
    listed = chat_in_terminal(services, ["/drafts"])
    number = re.search(rf"\[(\d+)\] 打开 #{entry}", listed)[1]
    shown = chat_in_terminal(services, ["/drafts", number])
    assert f"继续填写场景 #{entry} 恒远工厂电池测试—柔性插接" in shown.split("🗂 我的场景：")[-1]


async def test_fix_in_the_terminal_opens_a_returned_scenario_at_its_flagged_column_as_the_button_does(
        services, suzhou):
    entry = seed(services, TERMINAL_USER)
    chat_in_terminal(services, ["/new", "1", "5"])
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实部署总数。")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")
    shown = chat_in_terminal(services, [f"/fix {entry}", "6台"])
    fixed = shown.split(f"修改：输入 /fix {entry}")[-1]
    assert "协调员意见：请核实部署总数。" in fixed
    assert "第 10/11 步 · 部署总数" in fixed
    assert services.intake.store.answers(entry)["deployment_count"] == 6
    assert "/fix 编号 修改被退回的场景" in chat_in_terminal(services, ["/help"])


@pytest.mark.parametrize("typed", ["/fix", "/fix 十二", "/fix 1 2"])
def test_fix_without_a_scenario_number_in_the_terminal_says_how_and_asks_again(
        services, typed):
    shown = chat_in_terminal(services, ["1", "5", typed]).split("用法：/fix 场景编号，例如 /fix 12")
    assert len(shown) == 2
    assert shown[1].lstrip().startswith("第 2/11 步")
    assert services.intake.store.current(TERMINAL_USER).answers == {
        "submitting_unit": "江苏省工业和信息化厅", "city": "苏州市"}


def test_fix_of_a_scenario_that_is_not_there_in_the_terminal_says_so_and_asks_again(services):
    shown = chat_in_terminal(services, ["1", "5", "/fix 99"]).split("该草稿已删除或不存在。")
    assert len(shown) == 2
    assert shown[1].lstrip().startswith("第 2/11 步")


async def test_an_engineer_whose_city_has_no_coordinator_is_told(app, telegram, engineer):
    app.bot_data["services"].reviews.people.add_coordinator(WUXI_ID, "无锡市")
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    assert sent_to(telegram, WUXI_ID, calls) == []
    assert texts(calls)[-1] == ("ℹ️ 注意：目前还没有负责苏州市的协调员，本场景暂时无人审核，"
                                "设置协调员后即可审核。如有疑问，请联系组织填报的工信部门。")


async def test_start_at_a_returned_draft_repeats_the_comment_and_the_flagged_items(engineer, suzhou):
    await submitted_and_returned_on_9_and_10(engineer, suzhou)
    calls = await engineer.send("/start")
    shown = texts(calls)
    assert "协调员意见：请核实台数和应用目标。" in shown
    assert "↩️ 协调员标注需要修改、尚未改动的项目：9 整机应用目标、10 部署总数。请点击对应项目修改后再提交。" in shown


async def test_opening_a_returned_draft_from_the_list_repeats_the_comment_as_start_does(
        engineer, suzhou):
    await submitted_and_returned_on_9_and_10(engineer, suzhou)
    await engineer.send("/new")  # another draft in progress when the return arrives
    await engineer.send("/drafts")
    shown = texts(await engineer.press("打开 #1"))
    assert "协调员意见：请核实台数和应用目标。" in shown
    assert "↩️ 协调员标注需要修改、尚未改动的项目：9 整机应用目标、10 部署总数。请点击对应项目修改后再提交。" in shown


async def test_a_return_on_an_entry_moved_out_of_scope_ends_with_its_unsent_comment_shown(
        services, engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实台数")
    services.reviews.people.add_coordinator(SUZHOU_ID, "无锡市")
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls) == ["该场景不在您的审核范围内。", "已取消对场景 #1 的退回，以下意见没有发出：请核实台数"]
    assert services.reviews.store.pending(SUZHOU_ID) is None


async def test_a_coordinator_without_a_draft_editing_a_message_gets_no_engineers_words(suzhou):
    await suzhou.send("谢谢")
    calls = await suzhou.edit_last("谢谢！")
    assert texts(calls) == ["修改已发送的消息不会生效；如需操作，请重新发送。"]


async def test_a_long_return_comment_reaches_the_engineer_whole_in_one_message(
    services, suzhou, telegram
):
    """3,000 characters, a long memo: with the title and every column flagged, the notice still
    fits in one Telegram message (4,096), so its 去修改 button sits under the whole comment."""
    entry = seed(services, 11)
    memo = "".join(f"{i % 10}. 请补充该项的量化指标与依据。" for i in range(250))[:3000]
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(memo)
    await suzhou.send("1-11")
    calls = await suzhou.press("📨 发送退回")
    [notice] = sent_to(telegram, 11, calls)
    assert memo in notice and len(notice) <= 4096


async def test_review_takes_the_full_width_number_sign_of_a_chinese_keyboard(services, province):
    entry = seed(services, 11)
    card = texts(await province.send(f"/review ＃{entry}"))[-1]
    assert card.startswith(f"🔎 场景 #{entry} ")
