"""Replies typed to the bot rather than as an answer (不用了, 暂时没有, 好的, 取消, 这个怎么填？)
are read for what they mean, and never land in a cell of the official row."""

import pytest

from flows.empty_answers import REQUIRED_PLACEHOLDER
from flows.step_messages import CARRY_ON
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_INDICATORS, AT_SCENARIO_TYPE, walk

AT_INDUSTRY = 5
AT_SUB_DIRECTION = 6
AT_MAKERS = 14
AT_PARTNERS = 15
AT_MODELS = 19


async def test_a_question_about_the_question_is_answered_and_asked_again(engineer):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("请问这个怎么填？")
    assert texts(calls)[0].startswith("填写场景所属行业（填写说明 4：所属行业及细分方向）")
    assert "这里请直接填写回答本身" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")


async def test_a_question_about_a_question_with_help_is_told_the_help(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("技术指标要写什么？")
    assert texts(calls)[0].startswith("指标须可量化评估（填写说明 5）")
    assert "关键技术指标" in texts(calls)[-1]


@pytest.mark.parametrize(("moves", "typed"), [
    (AT_ENTERPRISE, "是填集团还是填码头公司？"), (AT_ENTERPRISE + 1, "这个名称可以吗？"),
    (AT_INDUSTRY, "港口算哪个行业？"), (AT_INDUSTRY, "不知道选哪个?"),
    (AT_SUB_DIRECTION, "细分方向是指什么？"), (AT_INDICATORS - 1, "痛点是写安全风险还是效率问题？"),
    (AT_INDICATORS + 1, "成效要写经济效益吗？"), (AT_MAKERS, "还没确定厂家可以吗？"),
    (AT_MODELS, "自研的算法可以写吗？"),
])
async def test_a_question_typed_back_is_never_saved_as_the_answer(engineer, moves, typed):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert texts(calls)[0].endswith("如果这句话就是您的回答，请去掉末尾的问号再发送。")
    assert texts(calls)[-1].split("\n")[0] == asked
    assert "当前答案" not in texts(calls)[-1]


@pytest.mark.parametrize(("moves", "typed"), [
    (AT_MAKERS, "什么是联合体"), (AT_MAKERS, "整机企业是指什么"), (AT_MAKERS, "啥是整机企业"),
    (AT_ENTERPRISE + 1, "什么叫场景名称"), (AT_ENTERPRISE, "什么是用户单位"),
    (AT_INDUSTRY, "什么是所属行业"), (AT_INDICATORS + 1, "预期成效要写什么"),
    (AT_PARTNERS, "什么是其他成员"), (AT_MODELS, "什么是模型算法"),
    (AT_INDICATORS - 1, "什么是痛点呢"),
])
async def test_a_spoken_question_without_a_question_mark_is_not_saved(engineer, moves, typed):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert "这里请直接填写回答本身" in texts(calls)[0]
    assert texts(calls)[0].endswith("如果这句话就是您的回答，请换一种说法（写成陈述句）再发送。")
    assert texts(calls)[-1].split("\n")[0] == asked
    assert "当前答案" not in texts(calls)[-1]


async def test_cancel_pauses_and_nothing_is_saved_as_the_industry(engineer):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("取消")
    assert texts(calls)[-1].startswith("⏸ 已暂停，草稿已保存。")
    calls = await engineer.send("/start")
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    assert "当前答案" not in texts(calls)[-1]


async def test_carry_on_and_go_back_words_are_not_saved_as_the_unit(engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("继续填写")
    assert texts(calls)[0] == "好的，草稿已保存，我们从当前问题继续："
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    calls = await engineer.send("返回上一步")
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")


async def test_previous_question_words_go_back_from_an_optional_question(engineer):
    await walk(engineer, AT_SUB_DIRECTION)
    calls = await engineer.send("上一题")
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")


@pytest.mark.parametrize(("typed", "told"), [
    ("待确定", REQUIRED_PLACEHOLDER.format(text="待确定")),
    ("下一步", "此项必填，不能跳过。"),
])
async def test_a_required_unit_list_refuses_words_that_name_no_unit(engineer, typed, told):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == told
    assert texts(calls)[-1].startswith("第 8/11 步（1/2） · 创新应用联合体成员")


@pytest.mark.parametrize(("moves", "typed"), [
    (AT_PARTNERS, "暂时没有"), (AT_PARTNERS, "没有其他成员"), (AT_MODELS, "目前没有"),
    (AT_MODELS, "没有模型算法"), (AT_PARTNERS, "无其他单位"), (AT_PARTNERS, "其他：无"),
    (AT_PARTNERS, "其他成员：无"), (AT_MODELS, "模型算法：暂无"),
])
async def test_having_none_skips_an_optional_question(engineer, moves, typed):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert not texts(calls)[-1].startswith(asked)
    await engineer.press("⬅️ 上一步")
    assert "当前答案" not in engineer.last_text()


@pytest.mark.parametrize("typed", ["无", "没有其他成员", "无其他单位"])
async def test_none_typed_where_an_answer_is_shown_keeps_it_and_tells_how_to_clear(
        engineer, typed):
    await walk(engineer)
    await engineer.press("✏️ 8 创新应用联合体成员")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("已保留“其他成员”的当前答案：东南大学。"
                               "要清空此项，请回到这一问点“🗑 清空此项”。")
    assert "其他：东南大学" in texts(calls)[-1]
    await engineer.press("✏️ 8 创新应用联合体成员")
    await engineer.press("✔️ 保持不变")
    await engineer.press("🗑 清空此项")
    assert engineer.last_text().startswith("📋 请核对场景")
    assert "东南大学" not in engineer.last_text()


async def at_the_offer(engineer) -> None:
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次插拔节拍≤15秒")
    assert "是否补充" in engineer.last_text()


@pytest.mark.parametrize("typed", ["不需要，已经写了3项指标", "不需要补充", "不用补充了", "无需补充", "没了",
                                   "不要", "没必要", "暂时不需要"])
async def test_a_no_to_the_supplement_offer_is_read_as_no(engineer, typed):
    await at_the_offer(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    await walk_rest_and_check_indicators(engineer, "识别准确率不低于98%，单次插拔节拍≤15秒")


@pytest.mark.parametrize("typed", ["好的", "是", "需要", "需要补充", "补充一下", "是的，需要补充", "要补充"])
async def test_a_yes_to_the_supplement_offer_asks_for_the_supplement(engineer, typed):
    await at_the_offer(engineer)
    calls = await engineer.send(typed)
    assert "请补充缺少的指标" in texts(calls)[-1]


async def walk_rest_and_check_indicators(engineer, indicators: str) -> None:
    await walk(engineer, start=AT_INDICATORS + 1)
    assert f"技术指标：{indicators}\n预期成效" in engineer.last_text()


async def test_a_yes_with_the_supplement_saves_only_the_supplement(engineer):
    await at_the_offer(engineer)
    await engineer.send("好，补充：作业成功率不低于99%")
    await walk_rest_and_check_indicators(
        engineer, "识别准确率不低于98%，单次插拔节拍≤15秒；作业成功率不低于99%")


@pytest.mark.parametrize("typed", ["人工巡检效率低、漏检多，能否用四足机器人替代？",
                                   "高压插拔存在打火风险，如何保证作业人员安全？", "人工如何填补夜班空缺"])
async def test_an_answer_ending_in_a_question_mark_is_saved(engineer, typed):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(typed)
    assert "关键技术指标" in texts(calls)[-1]


async def test_none_for_now_keeps_an_answer_already_given(engineer):
    await walk(engineer)
    await engineer.press("✏️ 8 创新应用联合体成员")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send("暂时没有")
    assert "其他：东南大学" in texts(calls)[-1]


@pytest.mark.parametrize("typed", ["暂时不填", "先不填了", "以后再说", "不知道", "不清楚"])
async def test_not_now_words_skip_an_optional_question_and_are_not_saved(engineer, typed):
    await walk(engineer, AT_SUB_DIRECTION)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")
    await engineer.press("⬅️ 上一步")
    assert "当前答案" not in engineer.last_text()


@pytest.mark.parametrize(("moves", "typed"), [
    (AT_SUB_DIRECTION, "好的"), (AT_SUB_DIRECTION, "可以"), (AT_SUB_DIRECTION, "ok"),
    (AT_MODELS, "好的"), (AT_MODELS, "可以"), (AT_MODELS, "ok"), (AT_MODELS, "无误"),
    (AT_MODELS, "没问题"),
])
async def test_a_reply_to_the_bot_is_not_saved_at_an_optional_text_question(
        engineer, app, moves, typed):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert texts(calls)[0] == CARRY_ON
    assert texts(calls)[-1].split("\n")[0] == asked
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert typed not in answers.values()


@pytest.mark.parametrize("typed", ["港口属于工业吧", "属于哪类", "港口算哪一类"])
async def test_a_spoken_question_about_the_scenario_type_is_told_what_the_types_cover(
        engineer, typed):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("场景类型填写工业/服务/特种（填写说明 6）")
    assert "仓储物流" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
