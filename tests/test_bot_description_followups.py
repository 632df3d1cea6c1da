"""Step 5 follow-ups: a level typed again with the results is not filed twice, a level typed
over another says it replaced it, a supplement pasted after the results goes on as before it,
a placeholder is not offered a rest, and a count alone at 现状与痛点 points to 部署总数."""

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_review import submitted_and_returned

AT_PAIN_POINT = AT_INDICATORS - 1
AT_RESULTS = AT_INDICATORS + 1
LEVEL = "成功率提高到99.5%"
SCENARIO_TYPE = "第 6/11 步 · 场景类型"
PAIN_POINT = "第 5/11 步（1/3） · 场景描述与关键技术要求\n场景现状与痛点"
COUNT_AT_PAIN_POINT = ("“12台”是部署的台数（在第 10 步“部署总数”填写），不是现状与痛点，没有保存："
                       "要改为 12 台，请在汇总页输入“部署总数：12台”（还没填到第 10 步的，到时填写即可）。")


async def test_results_holding_the_level_asked_about_replace_it_and_file_nothing_else(
        engineer, app):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(LEVEL)
    assert "填作补充指标" in engineer.last_buttons()
    calls = await engineer.send(f"替代4名巡检工人，{LEVEL}")
    assert not any("已填作补充指标" in text for text in texts(calls))
    assert texts(calls)[-1].startswith(SCENARIO_TYPE)
    answers = saved(app, engineer)
    assert answers["expected_results"] == f"替代4名巡检工人，{LEVEL}"
    assert "indicators_more" not in answers


async def test_a_level_typed_over_another_says_the_first_was_replaced(engineer, app):
    await walk(engineer, AT_RESULTS)
    await engineer.send(f"{LEVEL}，节拍降至15秒")
    calls = await engineer.send("OEE提高到85%")
    assert texts(calls)[0].startswith(f"先前发送的“{LEVEL}，节拍降至15秒”已由这一条替换。\n“OEE提高到85%”")
    assert "填作补充指标" in engineer.last_buttons()
    assert saved(app, engineer)["expected_results"] == "OEE提高到85%"


async def test_results_then_a_supplement_at_the_offer_go_on_as_the_other_order_does(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±1mm，节拍≤20秒")
    calls = await engineer.send("预期成效：替代4名巡检工人\n补充指标：平均无故障时间≥1000小时")
    assert texts(calls)[0].startswith("已把这条消息分别填入：补充指标、预期成效。")
    assert texts(calls)[-1].startswith(SCENARIO_TYPE)
    answers = saved(app, engineer)
    assert (answers["indicator_gap"], answers["indicators_more"], answers["expected_results"]) == (
        "补充", "平均无故障时间≥1000小时", "替代4名巡检工人")


async def test_a_placeholder_ending_in_a_number_is_not_offered_a_rest(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    calls = await engineer.send("见附件1")
    assert texts(calls)[0] == "“见附件1”不能作为回答。此项必填，请填写具体内容。"
    assert not any("后半段" in text for text in texts(calls))
    await engineer.send("号，人工巡检每天两次，夜间风险大")
    assert "见附件1" not in saved(app, engineer).get("pain_point", "")


async def test_a_count_alone_at_the_pain_point_points_to_the_deployment_count(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    calls = await engineer.send("12台")
    assert texts(calls)[0] == COUNT_AT_PAIN_POINT
    assert "pain_point" not in saved(app, engineer)


async def test_a_count_alone_at_the_first_flagged_question_points_to_the_deployment_count(
        engineer, app, suzhou):
    await submitted_and_returned(engineer, suzhou, "请核实痛点和台数。",
                                 "5 场景描述与关键技术要求", "10 部署总数")
    before = saved(app, engineer)["pain_point"]
    calls = await engineer.press("✏️ 去修改")
    assert texts(calls)[-1].startswith(PAIN_POINT)
    calls = await engineer.send("12台")
    assert texts(calls)[0] == COUNT_AT_PAIN_POINT
    assert saved(app, engineer)["pain_point"] == before

