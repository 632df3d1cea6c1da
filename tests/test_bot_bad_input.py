"""Bad input gets a clear Chinese message and the same question again; nothing is lost."""

import pytest

from bot.edited_messages import EDITED, EDITED_KEPT
from flows.draft import SUMMARY, Status
from flows.menus import NO_CURRENT
from flows.scenario_types import TYPE_EXAMPLES
from flows.screens import screen_for
from flows.step_messages import (
    CAPTION_NOT_SAVED,
    GREETED,
    PRESS_OR_NAME,
    PRESS_OR_TYPE,
    locked,
)
from tests.fake_bot_api import FakeUser, texts
from tests.journey import (
    AT_ENTERPRISE,
    AT_SCENARIO_NAME,
    AT_SCENARIO_TYPE,
    JOURNEY,
    fill_to_summary,
    walk,
)
from tests.test_bot_typed_replies import at_the_offer
from tests.test_flows_fields import COMPLETE


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("   ", "回答不能为空，请重新输入。"),
        ("12345678", "这里需要文字说明，不能只填数字或符号。"),
        ("某" * 61, "内容过长：最多 60 字，您输入了 61 字，请精简后重新发送。"),
    ],
)
async def test_invalid_text_is_explained_and_asked_again(engineer, answer, message):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(answer)
    assert texts(calls) == [message, texts(calls)[-1]]
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")


async def test_editing_a_sent_answer_changes_nothing_and_says_how_to_correct(engineer, app):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send("苏州恒远动力电池有线公司")
    calls = await engineer.edit_last("苏州恒远动力电池有限公司")
    assert texts(calls)[0] == EDITED
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["enterprise"] == "苏州恒远动力电池有线公司"
    assert "scenario_name" not in answers


async def test_editing_a_message_after_submitting_does_not_point_to_the_back_button(
        engineer, services):  # a coordinator for its city
    await fill_to_summary(engineer)
    await engineer.send("提交")
    calls = await engineer.edit_last("提交了")
    assert texts(calls) == [EDITED_KEPT, locked(1, Status.SUBMITTED).text]



async def test_editing_a_message_with_no_draft_left_does_not_point_to_the_back_button(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    await engineer.press("🗑 确认删除")
    calls = await engineer.edit_last("我的草稿")
    assert texts(calls) == [EDITED_KEPT, NO_CURRENT]


async def test_photo_gets_asked_for_words(engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send_photo()
    assert texts(calls)[0] == "请用文字回答。"
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")


async def test_photo_at_a_button_question_asks_for_a_tap(engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send_photo()
    assert texts(calls)[0] == "请点击下方按钮选择。"


async def test_photo_while_a_types_forms_are_shown_keeps_them_on_screen(engineer):
    await walk(engineer, AT_SCENARIO_TYPE + 1)
    await engineer.press("☐ 人形机器人")
    forms = engineer.last_buttons()
    calls = await engineer.send_photo()
    assert texts(calls)[0] == "请点击下方按钮选择。"
    assert engineer.last_buttons() == forms
    await engineer.press("轮式")
    assert "☑ 人形机器人：轮式" in engineer.last_buttons()


async def test_photo_at_the_offer_to_add_indicators_asks_for_a_tap_or_typed_words(engineer):
    await at_the_offer(engineer)
    calls = await engineer.send_photo()
    assert texts(calls)[0] == PRESS_OR_TYPE
    assert "是否补充" in texts(calls)[-1]


@pytest.mark.parametrize("at", [AT_ENTERPRISE, AT_SCENARIO_TYPE])
async def test_a_caption_sent_with_a_photo_is_said_to_be_unsaved(engineer, services, at):
    await walk(engineer, at)
    before = services.intake.store.load(1).answers
    photo = {**engineer._message_json(), "caption": "苏州恒远动力电池有限公司",
             "photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}
    calls = await engineer._process({"message": photo})
    assert texts(calls)[0] == CAPTION_NOT_SAVED
    assert services.intake.store.load(1).answers == before


async def test_typed_text_at_a_choice_question_must_be_one_of_the_choices(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 6 场景类型")
    calls = await engineer.send("农业")
    assert texts(calls)[0] == "请点击下方按钮选择：工业 / 服务 / 特种。" + TYPE_EXAMPLES
    calls = await engineer.send("服务")
    assert "6. 场景类型：服务" in texts(calls)[-1]


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("很多", "请填写台数，例如：10 或 10台 或 十台。"),
        ("0台", "部署总数必须大于 0 台。"),
        ("2.5台", "台数须为整数，例如：10台。"),
        ("10-20台", "请填写一个确定的台数，不要写范围，例如：20台。"),
        ("十至二十台", "请填写一个确定的台数，不要写范围，例如：20台。"),
        ("两三台", "请填写一个确定的台数，不要写范围，例如：20台。"),
        ("5台人形机器人和3台四足", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。"),
        ("首批5台，年底扩至20台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
        ("首批5台后续扩至20台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
        ("目前3台，计划10台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
        ("人形机器人2台，四足机器人1台", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。"),
        *((text, "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。")
          for text in ("6+4台", "6＋4台", "6 + 4 台", "6+4", "人形6台+四足4台", "6+4=12台", "人形6+四足4=12台")),
        ("10 5", "“10 5”中有两个数，表格只记一个数。请只填写部署总数，例如：15台。"),
        ("10\n5台", "“10 5台”中有两个数，表格只记一个数。请只填写部署总数，例如：15台。"),
        ("2026", "“2026”像是年份。请填写部署的台数，例如：10台。"),
        ("已部署3台", "“已部署”的是现有台数。请填写到 2026 年 11 月的部署总数（含已部署的），例如：10台。"),
        ("2台/年", "“2台/年”是每年的台数。请填写到 2026 年 11 月的部署总数，例如：10台。"),
        ("截至2025年底已部署3台",
         "“已部署”的是现有台数。请填写到 2026 年 11 月的部署总数（含已部署的），例如：10台。"),
        *((text, f"“{text}”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，例如：12台。")
          for text in ("10多台", "10余台", "二十余台", "超过10台", "逾10台", "10台多", "10+台", "10台+")),
        *((text, f"“{text}”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），例如：20台。")
          for text in ("第一批10台", "首批10台", "一期部署10台", "第一阶段部署5台", "一阶段5台")),
        *((text, f"“{text}”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，例如：12台。")
          for text in ("十几台", "几十台", "上百台", "百来台", "二十来台", "数十台", "近20台")),
        *((text, f"“{text}”只是台数的上限，不是确定的台数，表格只记一个数。"
                 "请填写计划部署的确切台数，例如：20台。")
          for text in ("20台以内", "不超过20台", "最多20台", "至多20台", "20台以下", "不到20台",
                       "少于20台", "<20台", "≤20台", "20以内", "2026年11月前最多部署20台",
                       "人形机器人不超过20台")),
        ("今年5台明年15台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
        ("第一阶段5台，第二阶段15台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ],
)
async def test_bad_deployment_count_is_refused(engineer, answer, message):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 10 部署总数")
    calls = await engineer.send(answer)
    assert texts(calls)[0] == message
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")


@pytest.mark.parametrize(("answer", "message"), [
    *((text, f"“{text}”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），例如：20台。")
      for text in ("5台（首批）", "5台（第一阶段）", "8台（一期）", "5台(第一批)", "5台，首批",
                   "5台（第一批次）", "5台（首期）", "5台（一期项目）", "5台（首批、后续视效果追加）")),
    *((text, f"“{text}”说的是 2027 年的台数。部署总数只算到 2026 年 11 月，请填写届时的部署总数，例如：10台。")
      for text in ("20台（2027年底前）", "2027年底前部署20台", "20台，2027年底前完成",
                   "计划2027年部署20台", "20台，预计2027年全部到位", "20台（截至2027年底）",
                   "20台（2027年6月完成部署）", "20台（2027年）", "20台（2026年5台、2027年15台）")),
    *((text, f"“{text}”中到 2026 年 11 月部署的是 6 台。部署总数只算到 2026 年 11 月，"
             "请填写届时的部署总数，例如：6台。")
      for text in ("10台（其中2026年11月前6台）", "10台，其中11月底前6台")),
])
async def test_a_remark_naming_one_batch_a_later_year_or_a_smaller_part_by_the_deadline_is_refused(
        engineer, app, answer, message):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 10 部署总数")
    calls = await engineer.send(answer)
    assert texts(calls)[0] == message
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert app.bot_data["services"].intake.store.current(engineer.id).answers[
        "deployment_count"] == COMPLETE["deployment_count"]


@pytest.mark.parametrize("answer", [
    "20台不到", "20台不足", "二十台不到", "20台还不到", "20台不到吧", "预计20台不到", "20台之内",
    "20台封顶", "顶多20台", "20台以下吧", "控制在20台以内", "控制在20台", "20台内", "20台为上限",
    "20台最多", "人形机器人20台不到"])
async def test_a_ceiling_written_after_the_count_or_as_a_limit_is_refused_as_only_a_ceiling(
        engineer, app, answer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 10 部署总数")
    calls = await engineer.send(answer)
    assert texts(calls)[0] == (f"“{answer}”只是台数的上限，不是确定的台数，表格只记一个数。"
                               "请填写计划部署的确切台数，例如：20台。")
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert app.bot_data["services"].intake.store.current(engineer.id).answers[
        "deployment_count"] != 20


@pytest.mark.parametrize(("answer", "shown"), [
    ("12", "12台"), ("12台", "12台"), ("一百二十台", "120台"), ("约10台", "10台"),
    ("10台左右", "10台"), ("共 1,000 台", "1000台"),
    ("10台（人形8台、四足2台）", "10台"),
    ("10台。", "10台"), ("12台人形机器人", "12台"), ("不少于10台", "10台"),
    ("至少部署10台", "10台"), ("100台以上", "100台"), ("≥10台", "10台"), (">=10台", "10台"),
    ("10台，其中人形5台、四足5台", "10台"), ("共10台：人形5台、四足5台", "10台"),
    ("一共10台", "10台"), ("2026年11月前部署10台", "10台"), ("11月底前计划部署10台", "10台"),
    ("2026年11月：10台", "10台"), ("年底前10台", "10台"), ("人形8台，四足2台，共10台", "10台"),
    ("暂定3台", "3台"), ("部署总数：4台", "4台"), ("大概12台", "12台"), ("2030台", "2030台"),
    ("今年先部署2台，2026年11月前累计10台", "10台"), ("2026年11月前完成部署10台", "10台"),
    ("总计：10台", "10台"), ("今年先部署2台，2026年11月前累计部署10台", "10台"),
    ("现已部署6台，年底前累计达到12台", "12台"), ("计划于2026年11月前完成部署10台", "10台"),
    ("已部署3台，计划总计10台", "10台"), ("部署总数10台", "10台"),
    ("已部署3台，拟于2026年底前累计部署10台", "10台"),
    ("共部署人形机器人10台", "10台"), ("俩台", "2台"), ("5台人形+2台四足 共7台", "7台"),
    ("人形10台", "10台"), ("四足 5 台", "5台"), ("轮式人形10台", "10台"), ("机器狗6台", "6台"),
    ("好的，10台", "10台"), ("就10台", "10台"), ("是十台", "10台"), ("对，12台", "12台"),
    ("首批5台，共20台", "20台"), ("10台，覆盖30多个工位", "10台"),
    ("20台，首批10台", "20台"), ("10台，其中首批5台", "10台"), ("共20台，其中一期10台", "20台"),
    ("20台，一期10台、二期10台", "20台"), ("共计20台，首批10台已到货", "20台"),
    ("20台（首批10台，二期10台）", "20台"), ("20台（分三期）", "20台"), ("20台（分两批部署）", "20台"),
    ("10台（2026年11月前10台）", "10台"), ("10台（其中2025年底前已部署6台）", "10台"),
    ("20台（2026年11月前全部部署，2027年运维）", "20台"), ("20台（质保至2028年）", "20台"),
    ("10台（首批已到货）", "10台"), ("10台，首批已到货", "10台"), ("10台（一期工程全部部署）", "10台"),
    ("10台（首批测试验证）", "10台"), ("20台（2027年扩展至50台）", "20台"),
])
async def test_deployment_count_accepts_digits_units_and_chinese_numerals(engineer, answer, shown):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 10 部署总数")
    calls = await engineer.send(answer)
    # what is said beside the total is quoted as not saved: test_bot_count_remarks
    assert texts(calls)[0].splitlines()[0] == f"已记录部署总数：{shown[:-1]} 台。"
    assert f"10. 部署总数：{shown}" in texts(calls)[-1]


async def test_all_four_technical_products_skipped_are_refused(app, telegram):
    user = FakeUser(app, telegram, 3003)
    await fill_to_summary(user)
    await user.press("✏️ 11 可规模推广的其他标志性技术产品")
    for label in ("🗑 清空此项", "⏭ 跳过", "⏭ 跳过", "🗑 清空此项"):
        calls = await user.press(label)
    assert texts(calls)[-2] == ("模型算法、操作系统、仿真平台、关键零部件至少填写一项。"
                                "“关键零部件”是本步唯一填写的一项，没有清空；"
                                "要改填其他项，请先填好那一项，再清空此项。")
    assert texts(calls)[-1].startswith("第 11/11 步（4/4）")
    assert "当前答案：恒远灵巧手" in texts(calls)[-1]


async def test_button_of_an_old_message_has_expired(engineer, telegram):
    await engineer.send("/start")
    first_question, _ = engineer.find_button("江苏省工业和信息化厅")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    calls = await engineer.press_data(
        engineer_callback(telegram, first_question.message_id), first_question.message_id
    )
    answer = [c for c in calls if c.endpoint == "answerCallbackQuery"][0]
    assert answer.params["text"] == "该按钮已过期，请按当前问题作答。"
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")


def engineer_callback(telegram, message_id: int) -> str:
    """The callback data the keyboard of a message had when it was first sent."""
    sent = [c for c in telegram.calls if c.endpoint == "sendMessage" and c.params.get("reply_markup")]
    for call in sent:
        if telegram.messages[message_id].text.startswith(call.params["text"]):
            return call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    raise AssertionError("message not found")


@pytest.mark.parametrize("data", ["garbage", "", "1:city:p999", "99:city:p1", "1:city:x"])
async def test_forged_callback_data_changes_nothing(engineer, data):
    await engineer.send("/start")
    message, _ = engineer.find_button("江苏省工业和信息化厅")
    calls = await engineer.press_data(data, message.message_id)
    assert any(c.endpoint == "answerCallbackQuery" for c in calls)
    calls = await engineer.send("/drafts")
    assert "已完成 0/11 步" in texts(calls)[-1]


async def test_unknown_command_is_explained_and_question_repeated(engineer):
    await engineer.send("/start")
    calls = await engineer.send("/foo")
    assert texts(calls)[0] == "无法识别的命令。发送 /help 查看可用命令。"
    assert texts(calls)[-1].startswith("第 1/11 步")


async def test_text_without_a_draft_points_to_new(engineer):
    await engineer.send("你好")
    assert engineer.last_text() == "当前没有正在填写的草稿。发送 /new 新建，或发送 /drafts 选择草稿继续。"


async def test_submitted_draft_cannot_be_changed_by_text(
        engineer, services):  # a coordinator for its city
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    calls = await engineer.send("随便写点")
    assert texts(calls) == ["场景 #1 已提交，不能再修改。如需修改，请点“💬 联系协调员”说明，由协调员退回后再改；"
                            "发送 /new 可填写下一个场景。"]


async def test_a_summary_too_long_for_one_message_is_sent_whole_in_several(engineer, app, telegram):
    services = app.bot_data["services"]
    makers = [f"第{n}家{'苏州恒通机器人智能装备' * 5}有限公司" for n in range(20)]
    long_row = {**COMPLETE, "pain_point": "人工插拔高压插头存在打火风险。" * 50,
                "indicators": "识别准确率不低于98%，" * 60, "expected_results": "效率提升30%。" * 60,
                "makers": makers, "partners": [f"{m[:50]}研究院" for m in makers]}
    await engineer.send("/start")
    services.intake.store.create(engineer.id, SUMMARY, long_row)
    calls = await engineer.send("/start")
    sent = [c for c in calls if c.endpoint == "sendMessage"]
    summary = screen_for(services.intake.survey, services.intake.store.current(engineer.id))
    assert len(summary.text) > 4096
    assert all(len(c.params["text"]) <= 4096 for c in sent)
    assert "\n".join(c.params["text"] for c in sent).endswith(summary.text)
    assert [bool(c.params.get("reply_markup")) for c in sent[-2:]] == [False, True]


async def test_keeping_answers_while_editing_a_step_changes_only_the_one_retyped(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 11 可规模推广的其他标志性技术产品")
    for label in ("✔️ 保持不变", "⏭ 跳过", "⏭ 跳过"):
        await engineer.press(label)
    assert "✔️ 保持不变" in engineer.last_buttons()
    calls = await engineer.send("恒远灵巧手、恒远关节模组")
    assert ("11. 可规模推广的其他标志性技术产品：模型算法：恒远具身智能操作大模型 "
            "关键零部件：恒远灵巧手、恒远关节模组") in texts(calls)[-1]


async def test_an_unanswered_question_offers_no_keep(engineer):
    await walk(engineer, AT_ENTERPRISE)
    assert "✔️ 保持不变" not in engineer.last_buttons()
    await engineer.press("⬅️ 上一步")
    assert "✔️ 保持不变" in engineer.last_buttons()
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")


async def test_unticking_every_product_from_the_summary_keeps_the_question_until_one_is_ticked(
        engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7 应用部署产品类型")
    await engineer.press("☑ 人形机器人")
    calls = await engineer.press("⬅️ 返回汇总")
    assert ("还没有勾选任何一项：应用部署产品类型必填，请至少勾选一项后再返回汇总；"
            "要稍后再填，请点“⏸ 暂停”。") in texts(calls)
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    await engineer.press("☐ 四足机器人")
    await engineer.press("足式")
    calls = await engineer.press("⬅️ 返回汇总")
    assert "7. 应用部署产品类型：☐人形机器人：足式/轮式/其他 ☑四足机器人：足式" in texts(calls)[-1]


async def test_a_number_typed_at_a_question_with_buttons_asks_for_a_press_or_a_name(engineer):
    await walk(engineer, 2)
    calls = await engineer.send("5")
    assert texts(calls) == [PRESS_OR_NAME, texts(calls)[-1]]
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")


@pytest.mark.parametrize("greeting", ["你好！", "您好，", "在吗？", "Hi there"])
async def test_a_greeting_after_a_pause_is_not_taken_as_the_answer(engineer, app, greeting):
    await walk(engineer, AT_SCENARIO_NAME + 1)
    await engineer.press("⏸ 暂停")
    calls = await engineer.send(greeting)
    assert texts(calls)[0] == GREETED
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    assert "industry" not in app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_an_old_skip_button_does_not_delete_an_answer_given_since(app, engineer):
    await walk(engineer, JOURNEY.index(("send", "动力电池")))
    old, data = engineer.find_button("⏭ 跳过")
    await engineer.send("动力电池")
    await engineer.press("⬅️ 上一步")
    await engineer.press_data(data, old.message_id)
    assert app.bot_data["services"].intake.store.current(engineer.id).answers["sub_direction"] == "动力电池"


async def test_a_double_tap_that_leaves_the_message_as_it_is_is_no_error(engineer, telegram):
    await walk(engineer, AT_SCENARIO_TYPE + 1)
    message, data = engineer.find_button("☐ 人形机器人")
    await engineer.press("☐ 人形机器人")
    calls = await engineer.press_data(data, message.message_id)
    assert not any("出了点问题" in text for text in texts(calls))
    assert engineer.last_buttons()[:3] == ["足式", "轮式", "其他"]


async def test_unticking_every_goal_and_typing_back_to_the_summary_keeps_the_question(
        engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 9 整机应用目标")
    await engineer.press("☑ 完成本单位内同类场景复制部署")
    calls = await engineer.send("返回汇总")
    assert any(t.startswith("还没有勾选任何一项：整机应用目标必填") for t in texts(calls))
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["deployment_goals"] == []
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_a_product_left_without_its_form_does_not_count_as_ticked_on_leaving(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 7 应用部署产品类型")
    await engineer.press("☑ 人形机器人")
    await engineer.press("☐ 四足机器人")
    calls = await engineer.send("返回汇总")
    assert any(t.startswith("还没有勾选任何一项：应用部署产品类型必填") for t in texts(calls))
