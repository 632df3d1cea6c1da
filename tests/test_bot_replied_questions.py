"""A message sent in reply to one of the bot's earlier questions changes that question's answer,
under its rules, and the current question is asked again; it is never saved as the answer to
the question on screen."""

import pytest

from flows.draft import SUMMARY
from flows.replied_questions import quoted_question
from flows.step_messages import GREETED
from tests.fake_bot_api import DATE, texts
from tests.journey import INDICATORS, PAIN, fill_to_summary, walk
from tests.test_bot_review import submitted_and_returned
from tests.test_bot_which_draft import second_draft_at_pain

NAME = "恒远工厂电池包下线测试—高压插头柔性插接"
NEW_PAIN = "电池包下线前需人工插拔数百伏高压测试插头，存在打火风险，每班需4名测试工。"
AT_INDUSTRY, AT_PAIN, AT_RESULTS = 5, 7, 9


def sent(telegram, user, starts: str, draft: int | None = None) -> dict:
    """The first message the bot sent the user opening with `starts` (below the 📝 line naming
    `draft`), as Telegram quotes it in a reply."""
    above = f"📝 场景 #{draft}（" if draft else ""
    mine = [m for m in telegram.by_chat[user.id]
            if m.text.startswith(above) and m.text.partition("\n")[2 if draft else 0]
            .startswith(starts)]
    assert mine, starts
    return telegram.message_json(mine[0])


async def reply(user, text: str, quoted: dict) -> list:
    """Long-press `quoted` and reply to it with `text`."""
    message = {**user._message_json(), "text": text, "reply_to_message": quoted}
    return await user._process({"message": message})


def answers(services, user) -> dict:
    return services.intake.store.current(user.id).answers


def cursor(services, user) -> str:
    return services.intake.store.current(user.id).cursor


async def test_a_reply_to_the_name_question_at_the_industry_changes_the_name(
        engineer, services, telegram):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await reply(engineer, NAME, sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert said[0] == f"已按您回复的问题修改“场景名称”：{NAME}"
    assert said[-1].startswith("第 4/11 步（1/2） · 行业/方向\n所属行业")
    assert answers(services, engineer)["scenario_name"] == NAME
    assert "industry" not in answers(services, engineer)
    assert cursor(services, engineer) == "industry"


@pytest.mark.parametrize("typed", ["好的，改成恒远工厂二期", "OK，名称是恒远工厂二期", "收到，已改为恒远工厂二期"])
async def test_words_opened_by_a_yes_in_reply_to_an_old_question_change_nothing(
        engineer, services, telegram, typed):
    await walk(engineer, AT_RESULTS)
    before = dict(answers(services, engineer))
    said = texts(await reply(engineer, typed, sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert said[0].startswith("这条回复没有保存：您回复的是“场景名称”一问，消息以“好的”")
    assert answers(services, engineer) == before
    assert cursor(services, engineer) == "expected_results"


async def test_a_reply_to_the_name_question_at_the_pain_point_is_not_stored_as_the_pain_point(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    await reply(engineer, NAME, sent(telegram, engineer, "第 3/11 步 · 场景名称"))
    assert answers(services, engineer)["scenario_name"] == NAME
    assert "pain_point" not in answers(services, engineer)
    assert cursor(services, engineer) == "pain_point"


async def test_a_corrected_pain_point_replied_to_its_question_at_the_results_changes_it(
        engineer, services, telegram):
    await walk(engineer, AT_RESULTS)
    said = texts(await reply(engineer, NEW_PAIN, sent(telegram, engineer, "第 5/11 步（1/3）")))
    assert said[0].startswith("已按您回复的问题修改“场景描述与关键技术要求（现状与痛点）”")
    assert answers(services, engineer)["pain_point"] == NEW_PAIN
    assert "expected_results" not in answers(services, engineer)
    assert cursor(services, engineer) == "expected_results"
    await engineer.send("替代4名测试工人，测试效率提升30%。")  # the current question still
    assert answers(services, engineer)["expected_results"] == "替代4名测试工人，测试效率提升30%。"


async def test_a_reply_its_question_refuses_is_not_saved_and_the_current_question_stays(
        engineer, services, telegram):
    await walk(engineer, AT_INDUSTRY)
    before = dict(answers(services, engineer))
    said = texts(await reply(engineer, "测试", sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert said[0].startswith("您回复的是“场景名称”一问，这条回复没有保存：\n")
    assert said[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    assert answers(services, engineer) == before
    assert cursor(services, engineer) == "industry"


async def test_a_reply_to_the_current_question_is_its_answer(engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    await reply(engineer, PAIN, sent(telegram, engineer, "第 5/11 步（1/3）"))
    assert answers(services, engineer)["pain_point"] == PAIN
    assert cursor(services, engineer) == "indicators"


@pytest.mark.parametrize("quoted", ["✅ 已记录", "苏州恒远动力电池有限公司"])
async def test_a_reply_to_a_message_that_is_no_question_is_an_answer_as_before(
        engineer, services, telegram, quoted):
    await walk(engineer, AT_PAIN)
    other = {"message_id": 1, "date": DATE, "chat": {"id": engineer.id, "type": "private"},
             "from": engineer.user_json, "text": quoted}
    await reply(engineer, PAIN, other)
    assert answers(services, engineer)["pain_point"] == PAIN


async def test_a_question_quoted_from_the_engineer_s_own_message_is_an_answer_as_before(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    own = {**sent(telegram, engineer, "第 3/11 步 · 场景名称"), "from": engineer.user_json}
    await reply(engineer, PAIN, own)
    assert answers(services, engineer)["pain_point"] == PAIN


async def test_skip_replied_to_an_old_question_skips_neither_it_nor_the_current_one(
        engineer, services, telegram):
    await walk(engineer, 20)  # at 操作系统, 其他成员 (第 8/11 步（2/2）) answered
    said = texts(await reply(engineer, "跳过", sent(telegram, engineer, "第 8/11 步（2/2）")))
    assert said[0].startswith("这条回复没有保存：您回复的是“创新应用联合体成员（其他成员）”一问，"
                              "按钮上的字只对当前问题有效。要清空")
    assert said[-1].startswith("第 11/11 步（2/4）")
    assert cursor(services, engineer) == "operating_system"
    assert answers(services, engineer)["partners"] == ["东南大学"]


async def test_keep_replied_to_an_answered_old_question_says_it_stays_and_asks_the_current_one(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    said = texts(await reply(engineer, "保持不变", sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert said[0] == "“场景名称”保持不变：恒远工厂电池测试—柔性插接"
    assert said[-1].startswith("第 5/11 步（1/3）")
    assert cursor(services, engineer) == "pain_point"


async def test_back_replied_to_an_old_question_goes_back_from_the_current_one(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    await reply(engineer, "上一步", sent(telegram, engineer, "第 3/11 步 · 场景名称"))
    assert cursor(services, engineer) == "sub_direction"


async def test_a_greeting_replied_to_an_old_question_is_answered_at_the_current_one(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    said = texts(await reply(engineer, "你好", sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert said[0] == GREETED
    assert answers(services, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert cursor(services, engineer) == "pain_point"


async def test_a_reply_to_a_later_answered_question_after_going_back_changes_it(
        engineer, services, telegram):
    await walk(engineer, AT_RESULTS)
    pain_question = sent(telegram, engineer, "第 5/11 步（1/3）")
    for _ in range(5):  # back to 场景名称
        await engineer.press("⬅️ 上一步")
    assert cursor(services, engineer) == "scenario_name"
    said = texts(await reply(engineer, NEW_PAIN, pain_question))
    assert said[0].startswith("已按您回复的问题修改“场景描述与关键技术要求（现状与痛点）”")
    assert answers(services, engineer)["pain_point"] == NEW_PAIN
    assert cursor(services, engineer) == "scenario_name"


async def test_a_reply_to_a_later_question_while_editing_from_the_summary_changes_it(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    await engineer.send("场景名称")  # editing 场景名称, opened from the summary
    said = texts(await reply(engineer, "12台", sent(telegram, engineer, "第 10/11 步 · 部署总数")))
    assert said[0].startswith("已按您回复的问题修改“部署总数”：12台")
    assert answers(services, engineer)["deployment_count"] == 12
    assert cursor(services, engineer) == "scenario_name"


async def test_a_reply_to_an_unanswered_question_after_going_back_from_it_is_refused(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    pain_question = sent(telegram, engineer, "第 5/11 步（1/3）")
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    assert cursor(services, engineer) == "industry"
    said = texts(await reply(engineer, NEW_PAIN, pain_question))
    assert said[0].startswith("这条回复没有保存：您回复的是“场景描述与关键技术要求（现状与痛点）”一问，"
                              "本草稿当前在它之前的“行业/方向（所属行业）”。")
    assert "pain_point" not in answers(services, engineer)
    assert cursor(services, engineer) == "industry"


async def test_a_reply_to_a_question_of_another_draft_is_not_saved_and_names_it(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)  # #1 at 现状与痛点
    await second_draft_at_pain(engineer)  # #2, current, at 现状与痛点 too
    await engineer.send("/drafts")
    await engineer.press("打开 #1")  # #1 current again, its questions named above them
    await engineer.send(PAIN)  # #1 at 技术指标
    quoted = sent(telegram, engineer, "第 3/11 步 · 场景名称", draft=2)
    said = texts(await reply(engineer, NAME, quoted))
    assert said[0].startswith("这条回复没有保存：您回复的是场景 #2 的问题，当前正在填写的是场景 #1")
    assert "/drafts" in said[0]
    assert services.intake.store.load(2).answers["scenario_name"] == "星河车间焊接—机器人上下料"
    assert answers(services, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert cursor(services, engineer) == "indicators"


async def test_a_reply_to_a_question_named_for_the_current_draft_changes_it(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    await second_draft_at_pain(engineer)  # #2 current, at 现状与痛点
    quoted = sent(telegram, engineer, "第 3/11 步 · 场景名称", draft=2)
    await reply(engineer, "星河车间焊接—机器人上下料二期", quoted)
    assert answers(services, engineer)["scenario_name"] == "星河车间焊接—机器人上下料二期"
    assert services.intake.store.load(1).answers["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert cursor(services, engineer) == "pain_point"


async def test_a_question_shown_before_another_draft_was_begun_names_no_draft_and_is_not_saved(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)  # #1 alone: its questions name no draft
    await second_draft_at_pain(engineer)
    said = texts(await reply(engineer, NAME, sent(telegram, engineer, "第 3/11 步 · 场景名称")))
    assert "看不出它是哪个场景的问题" in said[0]
    assert services.intake.store.load(1).answers["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert answers(services, engineer)["scenario_name"] == "星河车间焊接—机器人上下料"
    assert "pain_point" not in answers(services, engineer)


async def test_a_reply_at_the_summary_changes_its_question_and_shows_the_summary_again(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    said = texts(await reply(engineer, "12台", sent(telegram, engineer, "第 10/11 步 · 部署总数")))
    assert said[0].startswith("已按您回复的问题修改“部署总数”：12台")
    assert said[-1].startswith("📋 请核对场景 #1")
    assert answers(services, engineer)["deployment_count"] == 12
    assert cursor(services, engineer) == SUMMARY


@pytest.mark.parametrize("typed", ["确认提交", "提交吧", "场景类型"])
async def test_the_summary_s_own_words_in_reply_at_the_summary_do_what_they_do_there(
        engineer, services, telegram, typed):
    await fill_to_summary(engineer)
    await reply(engineer, typed, sent(telegram, engineer, "第 3/11 步 · 场景名称"))
    assert answers(services, engineer)["scenario_name"] != typed


async def test_a_labelled_change_in_reply_at_the_summary_is_made_as_typed_there(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    await reply(engineer, "部署总数：12台", sent(telegram, engineer, "第 3/11 步 · 场景名称"))
    assert answers(services, engineer)["deployment_count"] == 12


async def test_a_number_in_reply_to_the_count_at_the_summary_is_the_count(
        engineer, services, telegram):
    await fill_to_summary(engineer)
    await reply(engineer, "6", sent(telegram, engineer, "第 10/11 步 · 部署总数"))
    assert answers(services, engineer)["deployment_count"] == 6
    assert cursor(services, engineer) == SUMMARY


@pytest.mark.parametrize("typed", ["👍", "确认", "好的，我核实一下"])
async def test_a_yes_in_reply_at_the_summary_is_answered_as_typed_there(
        engineer, services, telegram, typed):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    said = texts(await reply(engineer, typed, sent(telegram, engineer, "第 10/11 步 · 部署总数")))
    assert not any("这条回复没有保存" in text for text in said)
    assert answers(services, engineer) == before


async def test_a_flagged_item_changed_in_reply_counts_as_changed(
        engineer, suzhou, services, telegram):
    await submitted_and_returned(engineer, suzhou, "名称和台数请核实。", "3 场景名称", "10 部署总数")
    await engineer.press("✏️ 去修改")  # at 场景名称, flagged
    await engineer.press("✔️ 保持不变")  # on to 部署总数, the other flagged
    assert cursor(services, engineer) == "deployment_count"
    await reply(engineer, NAME, sent(telegram, engineer, "第 3/11 步 · 场景名称"))
    assert answers(services, engineer)["scenario_name"] == NAME
    assert services.reviews.flags(1)[1] == (10,)
    await engineer.send("12台")
    assert cursor(services, engineer) == "summary"


async def handed_in_then_second_at_industry(engineer, clock) -> None:
    """#1 filled alone and handed in, its questions naming no draft; #2 begun some minutes
    later, at 所属行业."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    clock.advance(minutes=5)
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("无锡市")
    await engineer.send("无锡星河机械有限公司")
    await engineer.send("星河车间焊接—机器人上下料")


async def test_a_question_of_a_scenario_handed_in_before_this_one_was_begun_does_not_change_it(
        engineer, services, telegram, clock):
    await handed_in_then_second_at_industry(engineer, clock)
    said = texts(await reply(engineer, "恒远工厂电池测试—柔性插拔",
                             sent(telegram, engineer, "第 3/11 步 · 场景名称")))  # #1's
    assert said[0] == ("这条回复没有保存：您回复的是“场景名称”一问，它发出时您最新的场景是 #1，"
                       "不能确定是当前场景 #2（星河车间焊接—机器人上下料）的问题。场景 #1 已提交，"
                       "如需修改，请发送 /drafts 打开它，点“💬 联系协调员”说明，由协调员退回后再改。")
    assert answers(services, engineer)["scenario_name"] == "星河车间焊接—机器人上下料"
    assert services.intake.store.load(1).answers["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert cursor(services, engineer) == "industry"


async def test_an_earlier_scenario_s_current_question_is_not_this_one_s_answer(
        engineer, services, telegram, clock):
    await handed_in_then_second_at_industry(engineer, clock)
    await engineer.press("装备制造")
    await engineer.press("⏭ 跳过")  # #2 at 现状与痛点, as #1's quoted question
    said = texts(await reply(engineer, NEW_PAIN, sent(telegram, engineer, "第 5/11 步（1/3）")))
    assert "它发出时您最新的场景是 #1" in said[0]
    assert "pain_point" not in answers(services, engineer)
    assert cursor(services, engineer) == "pain_point"


async def test_a_question_of_this_scenario_changes_it_with_another_handed_in_before(
        engineer, services, telegram, clock):
    await handed_in_then_second_at_industry(engineer, clock)
    clock.advance(minutes=3)
    await engineer.press("装备制造")
    ours = [m for m in telegram.by_chat[engineer.id] if m.text.startswith("第 3/11 步 · 场景名称")]
    await reply(engineer, "星河车间焊接—机器人上下料二期", telegram.message_json(ours[-1]))
    assert answers(services, engineer)["scenario_name"] == "星河车间焊接—机器人上下料二期"
    assert cursor(services, engineer) == "sub_direction"


async def test_a_reply_to_a_question_of_a_deleted_draft_says_it_was_deleted(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    await second_draft_at_pain(engineer)
    quoted = sent(telegram, engineer, "第 3/11 步 · 场景名称", draft=2)
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #2")
    await engineer.press("🗑 确认删除")
    said = texts(await reply(engineer, "星河车间焊接—机器人上下料二期", quoted))
    assert said[0].startswith("这条回复没有保存：您回复的是场景 #2 的问题，场景 #2 已删除。")
    assert answers(services, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert cursor(services, engineer) == "pain_point"


async def test_a_reply_to_a_question_of_a_draft_handed_in_since_says_it_cannot_change(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    await second_draft_at_pain(engineer)
    quoted = sent(telegram, engineer, "第 3/11 步 · 场景名称", draft=2)
    await engineer.send("/drafts")
    await engineer.press("打开 #1")
    await walk(engineer, start=AT_PAIN)
    await engineer.press("✅ 提交")  # #1 handed in
    await engineer.send("/drafts")
    await engineer.press("打开 #2")
    await engineer.send(PAIN)
    said = texts(await reply(engineer, INDICATORS, sent(telegram, engineer, "第 5/11 步（2/3）",
                                                        draft=1)))
    assert said[0].startswith("这条回复没有保存：您回复的是场景 #1 的问题，该场景已提交，不能再修改")
    assert quoted  # #2's own question, named, still changes it
    await reply(engineer, "星河车间焊接—机器人上下料二期", quoted)
    assert answers(services, engineer)["scenario_name"] == "星河车间焊接—机器人上下料二期"


def test_a_question_s_first_lines_name_it_and_the_draft_line_above_them_its_draft(services):
    survey = services.intake.survey
    asked = "第 3/11 步 · 场景名称\n场景名称：写清对象和具体任务，避免“工业产线实训”这类笼统表述。\n💡 …"
    assert quoted_question(survey, asked).key == "scenario_name"
    named = quoted_question(survey, f"📝 场景 #4（某某）（有多份草稿在填写，发送 /drafts 切换）\n{asked}")
    assert (named.key, named.draft_id) == ("scenario_name", 4)
    assert quoted_question(survey, "第 3/11 步 · 场景名称\n请选择“人形机器人”的形态：") is None
    assert quoted_question(survey, "📋 请核对场景 #1 …") is None
