"""The whole intake through the real Application, as an engineer on a phone sees it."""

import pytest

from flows.row import user_unit_cell
from flows.step_messages import LOCKED_HINT
from tests.coordinators import sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.journey import (
    AT_ENTERPRISE,
    AT_SCENARIO_NAME,
    INDICATORS,
    PAIN,
    RESULTS,
    fill_to_summary,
    walk,
)


async def test_start_greets_and_asks_the_first_question(engineer, telegram):
    calls = await engineer.send("/start")
    shown = texts(calls)
    assert "场景填报助手" in shown[0]
    assert shown[-1].startswith("第 1/11 步 · 报送单位")
    assert "💡 例：江苏省工业和信息化厅 / XX中央企业" in shown[-1]
    assert engineer.last_buttons() == ["江苏省工业和信息化厅", "⏸ 暂停"]
    commands = [c for c in telegram.calls if c.endpoint == "setMyCommands"]
    assert [c["command"] for c in commands[0].params["commands"]] == ["start", "new", "drafts", "help"]


async def test_full_conversation_ends_in_a_summary_card_and_submits(engineer):
    await fill_to_summary(engineer)
    card = engineer.last_text()
    assert card.startswith("📋 请核对场景 #1 恒远工厂电池测试—柔性插接")
    assert "2. 用户单位：苏州市/苏州恒远动力电池有限公司" in card
    assert "4. 行业/方向：电子信息制造业/动力电池" in card
    assert f"5. 场景描述与关键技术要求：\n{PAIN}\n技术指标：{INDICATORS}\n预期成效：{RESULTS}" in card
    assert "7. 应用部署产品类型：☑人形机器人：轮式 ☐四足机器人：足式/轮式/其他" in card
    assert "8. 创新应用联合体成员：整机企业（或应用服务商）：恒远机器人有限公司、启明智能科技有限公司 其他：东南大学" in card
    assert "9. 整机应用目标：☑完成本单位内同类场景复制部署 ☐完成行业内同场景复制部署" in card
    assert "10. 部署总数：10台" in card
    assert "11. 可规模推广的其他标志性技术产品：模型算法：恒远具身智能操作大模型 关键零部件：恒远灵巧手" in card
    assert engineer.last_buttons()[:3] == ["✅ 提交", "✏️ 1 报送单位", "✏️ 2 用户单位"]

    calls = await engineer.press("✅ 提交")
    assert "✅ 场景 #1 已提交" in texts(calls)[-1]
    calls = await engineer.send("/drafts")
    assert "#1 恒远工厂电池测试—柔性插接 · 已提交待审核 · 已完成 11/11 步" in texts(calls)[-1]


async def test_pressed_button_is_recorded_in_its_message(engineer):
    await engineer.send("/start")
    calls = await engineer.press("江苏省工业和信息化厅")
    edited = [c for c in calls if c.endpoint == "editMessageText"]
    assert edited[0].params["text"].endswith("👉 江苏省工业和信息化厅")
    assert "reply_markup" not in edited[0].params
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")


async def test_typed_submitting_unit_replaces_the_preset(engineer):
    await engineer.send("/start")
    await engineer.send("中国恒远集团有限公司")
    await engineer.press("苏州市")
    await engineer.send("苏州恒远动力电池有限公司")
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    calls = await engineer.press("⬅️ 上一步")
    assert "当前答案：中国恒远集团有限公司" in texts(calls)[-1]


async def test_back_returns_to_the_previous_question_with_its_answer(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    calls = await engineer.press("⬅️ 上一步")
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")
    assert "当前答案：苏州市" in texts(calls)[-1]
    calls = await engineer.press("无锡市")
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")


async def test_the_first_question_offers_no_back_but_the_next_one_does(engineer):
    await engineer.send("/start")
    assert "⬅️ 上一步" not in engineer.last_buttons()
    await engineer.press("江苏省工业和信息化厅")
    calls = await engineer.press("⬅️ 上一步")
    assert texts(calls)[-1].startswith("第 1/11 步")


async def test_required_question_offers_no_skip_and_optional_one_does(engineer):
    await engineer.send("/start")
    assert "⏭ 跳过" not in engineer.last_buttons()
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("苏州恒远动力电池有限公司")
    await engineer.send("恒远工厂电池测试—柔性插接")
    await engineer.press("汽车制造")
    assert "⏭ 跳过" in engineer.last_buttons()
    calls = await engineer.press("⏭ 跳过")
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")


async def test_multi_select_toggles_in_place_and_needs_one_choice(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 9 整机应用目标")
    calls = await engineer.press("☑ 完成本单位内同类场景复制部署")
    assert [c.endpoint for c in calls] == ["answerCallbackQuery", "editMessageText"]
    assert "☐ 完成本单位内同类场景复制部署" in engineer.last_buttons()
    calls = await engineer.press("完成")
    assert "请至少选择一项，再点“完成”。" in texts(calls)
    await engineer.press("☐ 完成跨行业/跨领域场景应用")
    await engineer.press("☐ 完成行业内同场景复制部署")
    calls = await engineer.press("完成")
    assert "9. 整机应用目标：☐完成本单位内同类场景复制部署 ☑完成行业内同场景复制部署 ☑完成跨行业/跨领域场景应用" in texts(calls)[-1]


async def test_product_type_asks_its_form_and_can_be_unticked(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7 应用部署产品类型")
    calls = await engineer.press("☐ 四足机器人")
    assert texts(calls)[-1].endswith("请选择“四足机器人”的形态：")
    assert engineer.last_buttons() == ["足式", "轮式", "其他", "取消"]
    await engineer.press("足式")
    await engineer.press("☑ 人形机器人：轮式")
    await engineer.press("☐ 其他类型产品")
    assert engineer.last_buttons() == ["仿人形机器人", "仿四足机器人", "取消"]
    await engineer.press("仿四足机器人")
    calls = await engineer.press("完成")
    assert (
        "7. 应用部署产品类型：☐人形机器人：足式/轮式/其他 ☑四足机器人：足式 ☑其他类型产品：仿四足机器人"
        in texts(calls)[-1]
    )


async def test_edit_from_summary_returns_to_summary(engineer):
    await fill_to_summary(engineer)
    calls = await engineer.press("✏️ 2 用户单位")
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")
    assert "⬅️ 返回汇总" in engineer.last_buttons()
    await engineer.press("南京市")
    calls = await engineer.send("南京恒远汽车有限公司")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert "2. 用户单位：南京市/南京恒远汽车有限公司" in texts(calls)[-1]


async def test_back_while_editing_returns_to_summary_unchanged(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 10 部署总数")
    calls = await engineer.press("⬅️ 返回汇总")
    assert "10. 部署总数：10台" in texts(calls)[-1]


async def test_pause_keeps_the_draft_and_drafts_resumes_it(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    calls = await engineer.press("⏸ 暂停")
    assert texts(calls)[-1].startswith("⏸ 已暂停，草稿已保存")
    calls = await engineer.send("/drafts")
    assert "#1 （未命名场景） · 草稿 · 已完成 1/11 步" in texts(calls)[-1]
    calls = await engineer.press("打开 #1")
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")


async def test_new_draft_keeps_the_old_one(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    calls = await engineer.send("/new")
    assert texts(calls)[0] == "已新建场景 #2。"
    calls = await engineer.send("/drafts")
    listed = texts(calls)[-1]
    assert "#2" in listed and "#1" in listed
    assert engineer.last_buttons() == ["打开 #2", "🗑 删除 #2", "打开 #1", "🗑 删除 #1", "➕ 新建场景"]


@pytest.mark.parametrize("again", ["/new", "➕ 新建场景"])
async def test_a_new_draft_asked_for_again_while_the_last_is_untouched_is_that_one(
        engineer, app, again):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    if not again.startswith("/"):
        await engineer.send("/drafts")
    calls = await (engineer.send(again) if again.startswith("/") else engineer.press(again))
    assert "场景草稿 #1 刚新建、还没有填写，请在其中填写，不另建草稿。" in texts(calls)
    assert texts(calls)[-1].startswith("第 2/11 步（1/2）")
    assert app.bot_data["services"].intake.store.info(2) is None


async def test_a_draft_never_handed_in_can_be_deleted_after_confirming(engineer, app):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("/new")
    await engineer.send("/drafts")
    calls = await engineer.press("🗑 删除 #1")
    assert texts(calls)[-1] == "确定删除场景草稿 #1 （未命名场景）？删除后无法恢复。"
    await engineer.press("取消")
    assert engineer.last_buttons()[:2] == ["打开 #2", "🗑 删除 #2"]
    assert app.bot_data["services"].intake.store.info(1) is not None
    await engineer.press("🗑 删除 #1")
    calls = await engineer.press("🗑 确认删除")
    assert texts(calls)[-2] == "已删除场景草稿 #1 （未命名场景）。"
    assert engineer.last_buttons() == ["打开 #2", "🗑 删除 #2", "➕ 新建场景"]
    assert app.bot_data["services"].intake.store.info(1) is None


async def test_deleting_the_current_draft_resumes_the_one_left_and_never_reuses_its_number(
    engineer, make_app, telegram
):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #2")
    calls = await engineer.press("🗑 确认删除")
    assert texts(calls)[-3:-1] == ["已删除场景草稿 #2 （未命名场景）。",
                                   "继续填写场景 #1（未命名场景）。发送 /new 可新建场景。"]
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")
    restarted = await make_app()
    calls = await FakeUser(restarted, telegram, engineer.id, engineer.name).send("/start")
    assert "继续填写场景 #1（未命名场景）。发送 /new 可新建场景。" in texts(calls)
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")
    calls = await engineer.send("/new")
    assert "已新建场景 #3。" in texts(calls)
    await restarted.shutdown()


async def test_a_submitted_scenario_cannot_be_deleted_even_by_forged_data(
        engineer, telegram, services):  # a coordinator for its city
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/drafts")
    assert "🗑 删除 #1" not in engineer.last_buttons()
    calls = await engineer.press_data("Y1", max(telegram.messages))
    assert "只能删除从未提交过的草稿；已提交的场景如需撤回，请点下面的按钮告诉协调员。" in texts(calls)
    assert engineer.last_buttons() == ["💬 联系协调员"]


async def test_start_resumes_the_draft_in_progress(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    calls = await engineer.send("/start")
    assert "继续填写场景 #1" in texts(calls)[1]
    assert texts(calls)[-1].startswith("第 2/11 步（1/2）")


async def test_help_lists_the_commands(engineer):
    calls = await engineer.send("/help")
    assert "/drafts 我的场景（草稿与已提交的）" in texts(calls)[0]


async def test_help_tells_the_user_their_telegram_id_for_adding_coordinators(engineer):
    calls = await engineer.send("/help")
    assert texts(calls)[-1].endswith(f"\n您的 Telegram 用户 ID：{engineer.id}"
                                     "（担任协调员时，请把这个数字发给设置本机器人的负责人）")
    assert "管理员" not in "".join(texts(calls))  # a role an engineer never meets


async def test_two_engineers_do_not_see_each_others_drafts(app, telegram, engineer):
    other = FakeUser(app, telegram, user_id=2002, name="李工")
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    calls = await other.send("/drafts")
    assert texts(calls)[-1] == "您还没有场景。发送 /new 开始填写第一个场景。"


async def test_opening_a_submitted_scenario_says_how_it_can_still_change(
        engineer, services):  # a coordinator for its city
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/drafts")
    calls = await engineer.press("打开 #1")
    assert texts(calls)[-1] == LOCKED_HINT
    assert engineer.last_buttons() == ["💬 联系协调员"]
    assert texts(calls)[-2].startswith("场景 #1 恒远工厂电池测试—柔性插接 · 已提交待审核")


async def test_opening_a_draft_says_which_one_is_open(engineer):
    await walk(engineer, AT_SCENARIO_NAME + 1)
    await engineer.send("/new")
    await engineer.send("/drafts")
    calls = await engineer.press("打开 #1")
    assert texts(calls)[-2] == "继续填写场景 #1 恒远工厂电池测试—柔性插接。发送 /new 可新建场景。"


async def test_a_button_of_a_deleted_draft_says_it_is_gone(engineer):
    await engineer.send("/start")
    await engineer.send("/new")
    await engineer.send("/drafts")
    opened, data = engineer.find_button("打开 #1")
    await engineer.press("🗑 删除 #1")
    await engineer.press("🗑 确认删除")
    calls = await engineer.press_data(data, opened.message_id)
    assert "该草稿已删除或不存在。" in texts(calls)


async def test_innovation_point_for_an_alike_scenario_is_added_to_the_description(app, telegram):
    first, second = FakeUser(app, telegram, 4001), FakeUser(app, telegram, 4002)
    await fill_to_summary(first)
    await first.press("✅ 提交")
    await fill_to_summary(second)
    await second.press("✅ 提交")
    calls = await second.press("✏️ 补充差异化创新点")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n与相似场景相比")
    calls = await second.send("作业对象为800V高压插头，需在高湿盐雾环境下完成")
    card = texts(calls)[-1]
    assert (f"{PAIN}\n技术指标：{INDICATORS}\n预期成效：{RESULTS}\n"
            "差异化创新点：作业对象为800V高压插头，需在高湿盐雾环境下完成") in card
    assert second.last_buttons()[0] == "✅ 提交"
    calls = await second.send("提交")
    assert "✅ 场景 #2 已提交" in texts(calls)[-1]


async def test_the_alike_warning_can_be_answered_in_words(app, telegram):
    first, second = FakeUser(app, telegram, 4001), FakeUser(app, telegram, 4002)
    for user in (first, second):
        await fill_to_summary(user)
        await user.press("✅ 提交")
    calls = await second.press("⬅️ 返回汇总")
    assert texts(calls)[-1].startswith("📋 请核对场景 #2")
    await second.press("✅ 提交")
    calls = await second.send("返回汇总")
    assert texts(calls) == [texts(calls)[-1]] and texts(calls)[-1].startswith("📋 请核对场景 #2")
    await second.press("✅ 提交")
    calls = await second.send("仍然提交")
    assert "✅ 场景 #2 已提交" in texts(calls)[-1]


async def test_start_after_submitting_lists_the_drafts_instead_of_opening_an_empty_one(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    calls = await engineer.send("/start")
    assert "#1 恒远工厂电池测试—柔性插接 · 已提交待审核" in texts(calls)[-1]
    assert "➕ 新建场景" in engineer.last_buttons()
    assert [d.id for d in app.bot_data["services"].intake.store.owned_by(engineer.id)] == [1]


async def test_a_full_unit_name_typed_at_the_city_question_answers_both_parts(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    calls = await engineer.send("昆山恒远精密机械有限公司")
    assert texts(calls)[0] == "已把这条消息分别填入：所在城市（苏州市）、企业全称（昆山恒远精密机械有限公司）。"
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    calls = await engineer.press("⬅️ 上一步")
    assert "当前答案：昆山恒远精密机械有限公司" in texts(calls)[-1]
    calls = await engineer.press("⬅️ 上一步")
    assert "当前答案：苏州市" in texts(calls)[-1]


async def unit_typed(engineer, app, typed: str, city: str | None = None) -> tuple[list, str]:
    """At the 用户单位 step, `city` pressed (typed, when it names a district) and then `typed`:
    the calls of that last message, and the 用户单位 cell saved."""
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    if city:
        await (engineer.press(city) if city.endswith("市") else engineer.send(city))
    calls = await engineer.send(typed)
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return calls, user_unit_cell(answers)


@pytest.mark.parametrize("typed", ["苏州市/苏州恒远动力电池有限公司", "苏州市 苏州恒远动力电池有限公司",
                                   "江苏省苏州市 苏州恒远动力电池有限公司", "苏州工业园区 苏州恒远动力电池有限公司",
                                   "苏州市-苏州恒远动力电池有限公司", "苏州市 — 苏州恒远动力电池有限公司",
                                   "苏州市－苏州恒远动力电池有限公司", "苏州市–苏州恒远动力电池有限公司",
                                   "苏州市，苏州恒远动力电池有限公司", "苏州, 苏州恒远动力电池有限公司",
                                   "苏州市、苏州恒远动力电池有限公司", "苏州、苏州恒远动力电池有限公司"])
@pytest.mark.parametrize("question", ["所在城市", "企业全称"])
async def test_the_user_unit_written_as_the_template_writes_it_fills_city_and_name(
        engineer, app, typed, question):
    calls, unit = await unit_typed(engineer, app, typed, "无锡市" if question == "企业全称" else None)
    replaced = "\n所在城市原来的答案“无锡市”已替换为这次填入的内容。" if question == "企业全称" else ""
    assert texts(calls)[0] == ("已把这条消息分别填入：所在城市（苏州市）、企业全称（苏州恒远动力电池有限公司）。"
                               + replaced)
    assert unit == "苏州市/苏州恒远动力电池有限公司"


@pytest.mark.parametrize("typed", ["江苏省-苏州市-苏州XYZ机器人有限公司", "苏州市-吴中区-苏州XYZ机器人有限公司",
                                   "苏州市/吴中区/苏州XYZ机器人有限公司"])
async def test_places_before_the_unit_each_with_a_dash_or_slash_are_dropped_but_the_city(
        engineer, app, typed):
    calls, unit = await unit_typed(engineer, app, typed, "苏州市")
    assert texts(calls)[0] == "已把这条消息分别填入：所在城市（苏州市）、企业全称（苏州XYZ机器人有限公司）。"
    assert unit == "苏州市/苏州XYZ机器人有限公司"


@pytest.mark.parametrize("typed", ["苏州市-", "苏州市—工业园区"])
async def test_places_alone_are_refused_as_no_unit_name(engineer, app, typed):
    calls, unit = await unit_typed(engineer, app, typed, "苏州市")
    assert texts(calls)[0].startswith(f"“{typed}”只写了地名，没有单位名称。请填写用户单位全称")
    assert unit == "苏州市"


@pytest.mark.parametrize(("typed", "unit"), [
    ("常州市武进区 颐和 康养中心", "常州市/常州市武进区颐和康养中心"),
    ("常州市武进区/颐和康养中心", "常州市/颐和康养中心"),
])
async def test_a_unit_name_beginning_with_its_district_keeps_it_when_spoken_with_pauses(
        engineer, app, typed, unit):
    assert (await unit_typed(engineer, app, typed, "武进区"))[1] == unit


@pytest.mark.parametrize(("typed", "unit"), [
    ("南京钢铁 南京分公司", "苏州市/南京钢铁南京分公司"),
    ("江苏省苏州市 恒远动力电池有限公司", "苏州市/恒远动力电池有限公司"),
])
async def test_a_space_splits_the_unit_only_after_a_place_alone(engineer, app, typed, unit):
    assert (await unit_typed(engineer, app, typed, "苏州市"))[1] == unit


async def test_a_unit_named_after_another_city_keeps_the_city_pressed(engineer, app):
    assert (await unit_typed(engineer, app, "苏州恒远动力电池有限公司", "无锡市"))[1] == (
        "无锡市/苏州恒远动力电池有限公司")


async def test_a_scenario_typed_as_the_user_unit_is_refused_and_asked_again(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    calls = await engineer.send("汽车焊装车间人形机器人物料搬运场景")
    assert texts(calls)[0].startswith("“汽车焊装车间人形机器人物料搬运场景”像是场景名称，不是单位名称。")
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    calls = await engineer.send("苏州市职业技能实训基地")
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")


@pytest.mark.parametrize("typed", [
    "苏州恒远动力电池有限公司 联系人张工 13800000000", "苏州恒远动力电池有限公司，电话：0512-66668888",
    "苏州恒远动力电池有限公司 13800000000", "苏州恒远动力电池有限公司（电话0512-66668888）",
    "苏州恒远动力电池有限公司（联系方式见附件）", "苏州恒远动力电池有限公司联系人张工",
    "苏州恒远动力电池有限公司 139-1234-5678", "苏州恒远动力电池有限公司 +86 139 1234 5678",
    "苏州恒远动力电池有限公司 0512 6666 8888", "苏州恒远动力电池有限公司 wang@hengyuan.com",
    "苏州恒远动力电池有限公司 0512-66668888-801",
])
async def test_contact_details_typed_with_the_user_unit_are_refused_and_the_name_suggested(
        engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("用户单位只填单位全称（与营业执照一致），联系人和电话不填入计划表。")
    assert "请只发送“苏州恒远动力电池有限公司”" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    assert "enterprise" not in app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", [
    "苏州恒远动力电池有限公司(王工 13912345678)", "苏州恒远动力电池有限公司 王经理13912345678",
    "苏州恒远动力电池有限公司，王经理 13912345678", "苏州恒远动力电池有限公司（王工，电话13912345678）",
])
async def test_a_contact_person_before_the_phone_is_left_out_of_the_name_suggested(
        engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert "请只发送“苏州恒远动力电池有限公司”。" in texts(calls)[0]
    calls = await engineer.send("苏州恒远动力电池有限公司")
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")


@pytest.mark.parametrize(("typed", "suggested"), [
    ("苏州恒远检测中心实验室 13912345678", "苏州恒远检测中心实验室"),
    ("苏州恒远动力电池有限公司研发部 13912345678", "苏州恒远动力电池有限公司研发部"),
    ("恒远电池 13912345678", "恒远电池"),
])
async def test_a_name_ending_as_a_unit_is_suggested_whole_before_its_phone(
        engineer, typed, suggested):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert f"请只发送“{suggested}”。" in texts(calls)[0]


@pytest.mark.parametrize("typed", ["苏州联系人力资源有限公司", "苏州手机3号科技有限公司"])
async def test_a_user_unit_whose_name_holds_contact_words_is_saved(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    assert app.bot_data["services"].intake.store.current(engineer.id).answers["enterprise"] == typed


async def test_after_resubmitting_a_returned_scenario_the_draft_in_progress_continues(
        engineer, suzhou, telegram):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("无锡市")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署总数请核实。")
    await suzhou.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("12台")
    calls = await engineer.press("✅ 提交")
    seen = sent_to(telegram, engineer.id, calls)
    assert seen[-2] == "继续填写场景 #2（未命名场景）。发送 /new 可新建场景。"
    assert seen[-1].startswith("第 2/11 步（2/2） · 用户单位")
    calls = await engineer.send("无锡恒通精密制造有限公司")
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")


async def test_a_first_submission_does_not_open_another_draft(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("/new")
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    assert texts(calls)[-2].startswith("✅ 场景 #2 已提交")
    assert texts(calls)[-1] == "您还有 1 个场景在填写或待修改，发送 /drafts 打开继续。"


@pytest.mark.parametrize("typed", ["姑苏区双塔街道竹辉社区", "苏州工业园区管理委员会"])
async def test_a_unit_ending_as_a_place_does_is_still_a_unit(engineer, app, typed):
    assert (await unit_typed(engineer, app, typed, "苏州市"))[1] == f"苏州市/{typed}"


@pytest.mark.parametrize(("typed", "unit"), [
    ("吴中区木渎镇 苏州恒远动力电池有限公司", "苏州市/苏州恒远动力电池有限公司"),
    ("木渎镇 苏州恒远动力电池有限公司", "苏州市/苏州恒远动力电池有限公司"),
    ("昆山市周市镇 昆山恒远精密机械有限公司", "苏州市/昆山恒远精密机械有限公司"),
    ("木渎镇 恒远动力电池有限公司", "苏州市/木渎镇恒远动力电池有限公司"),  # may be its name
    ("吴中区木渎镇 恒远动力电池有限公司", "苏州市/吴中区木渎镇恒远动力电池有限公司"),
])
async def test_a_town_set_apart_before_a_unit_named_with_its_own_place_is_no_part_of_the_name(
        engineer, app, typed, unit):
    assert (await unit_typed(engineer, app, typed, "苏州市"))[1] == unit
