"""The bot insists on quantified indicators and specific scenario names (填写说明 3 and 5)."""

import pytest

from flows.step_messages import FOLLOWER_DROPPED, OLD_FOLLOWER_DROPPED
from tests.fake_bot_api import texts
from tests.journey import (
    AT_INDICATORS,
    AT_SCENARIO_NAME,
    INDICATORS,
    PAIN,
    fill_to_summary,
    walk,
)
from tests.test_bot_field_answers import saved


async def test_vague_scenario_name_is_explained_and_asked_again(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send("工业产线实训")
    assert texts(calls)[0].startswith("场景名称“工业产线实训”过于笼统：只有“工业、产线、实训”这类通用词")
    assert "如“XX工厂电池测试—柔性插接”" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")


async def test_indicators_without_numbers_get_coached_and_asked_again(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("精度高、效率高、稳定可靠")
    coaching = texts(calls)[0]
    assert coaching.startswith("没有识别到可量化的指标。")
    assert "• 精度：识别准确率不低于98%、定位精度≤±0.5mm" in coaching
    assert "• 可靠性：作业成功率不低于99%、连续无故障运行≥8小时" in coaching
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求")


async def test_recognised_indicators_are_echoed(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(INDICATORS)
    assert texts(calls)[0] == (
        "已识别指标：识别准确率 ≥ 98%；插接位置精度 ≤ ±0.5 毫米；单次插拔节拍 ≤ 15 秒；成功率 ≥ 99%"
    )
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")


async def test_a_figured_condition_bracketed_after_a_metric_is_no_indicator_of_its_own(engineer):
    """识别准确率（负载5kg）: 5kg is what the accuracy is measured under, not a 负载 to meet."""
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("识别准确率（负载5kg）不低于95%，单次插拔节拍（满载10kg）≤20秒")
    assert texts(calls)[0].startswith("已识别指标：识别准确率 ≥ 95%；单次插拔节拍 ≤ 20 秒\n尚无可靠性指标")


async def test_spoken_两个毫米_is_a_precision_indicator(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("误差两个毫米，节拍三十秒，成功率百分之九十九")
    assert texts(calls)[0] == "已识别指标：误差 2 毫米；节拍 30 秒；成功率 99%"


async def test_a_unit_in_one_square_is_recognised_and_kept_as_typed(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("重复定位精度0.02㎜，负载10㎏")
    assert texts(calls)[0].startswith("已识别指标：重复定位精度 0.02 毫米；负载 10 千克\n")
    assert saved(app, engineer)["indicators"] == "重复定位精度0.02㎜，负载10㎏"


async def test_两个毫米级缺陷_is_no_precision_and_precision_is_still_asked_for(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("识别两个毫米级缺陷，节拍30秒")
    assert texts(calls)[0].startswith("已识别指标：识别 2 个；节拍 30 秒\n尚无精度指标")


async def test_missing_dimension_is_offered_once_and_supplement_is_kept(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    assert "尚无可靠性指标，例如：作业成功率不低于99%、连续无故障运行≥8小时" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    assert engineer.last_buttons()[:2] == ["补充", "不需要"]
    await engineer.press("补充")
    calls = await engineer.send("连续无故障运行不少于8小时")
    assert texts(calls)[0] == "已识别指标：识别准确率 ≥ 98%；单次节拍 ≤ 15 秒；连续无故障运行 ≥ 8 小时"
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    await engineer.press("⬅️ 上一步")
    calls = await engineer.press("⬅️ 上一步")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")


async def test_a_supplement_typed_at_the_offer_is_kept_as_if_补充_was_pressed(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    calls = await engineer.send("可靠性要高，不能停机")
    assert texts(calls)[0].startswith("没有识别到可量化的指标。")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    calls = await engineer.send("连续无故障运行不少于8小时")
    assert texts(calls)[0] == "已识别指标：识别准确率 ≥ 98%；单次节拍 ≤ 15 秒；连续无故障运行 ≥ 8 小时"
    assert "预期成效" in texts(calls)[-1]
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["indicator_gap"], answers["indicators_more"]) == ("补充", "连续无故障运行不少于8小时")


async def test_results_typed_at_the_offer_are_not_taken_for_the_missing_indicator(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    calls = await engineer.send("理货人员减少4人，缺货率降低百分之二十")
    assert texts(calls)[0].startswith("“理货人员减少4人，缺货率降低百分之二十”没有补上尚缺的可靠性指标")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    assert "indicators_more" not in app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_declining_the_offer_goes_on_to_the_results(engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%")
    calls = await engineer.press("不需要")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")


async def test_summary_card_lists_as_indicators_only_the_indicators_answers(engineer):
    await fill_to_summary(engineer)
    await engineer.send("现状与痛点：现在主要靠人工每天巡检2次，电站面积约2000亩，人员劳动强度大。")
    card = engineer.last_text()
    assert card.endswith("\n✅ 已识别指标：识别准确率 ≥ 98%；插接位置精度 ≤ ±0.5 毫米；"
                         "单次插拔节拍 ≤ 15 秒；成功率 ≥ 99%")


async def test_summary_card_shows_recognised_indicators_and_supplement(engineer):
    await fill_to_summary(engineer)
    assert "✅ 已识别指标：识别准确率 ≥ 98%" in engineer.last_text()
    await engineer.press("✏️ 5 场景描述与关键技术要求")
    await engineer.send(PAIN)
    await engineer.send("识别准确率不低于98%")
    await engineer.press("补充")
    await engineer.send("作业成功率不低于99%")
    calls = await engineer.send("替代2名测试工人。")
    assert "技术指标：识别准确率不低于98%；作业成功率不低于99%" in texts(calls)[-1]


async def editing_indicators_with_a_supplement(engineer, indicators: str, supplement: str) -> list:
    """Indicators with a supplement, the journey finished, then the indicators opened again
    from the summary; the calls of that last press."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(indicators)
    await engineer.press("补充")
    await engineer.send(supplement)
    await walk(engineer, start=AT_INDICATORS + 1)
    await engineer.press("✏️ 5 场景描述与关键技术要求")
    return await engineer.press("✔️ 保持不变")


async def test_new_indicators_holding_the_old_supplement_replace_it(engineer, app):
    await editing_indicators_with_a_supplement(engineer, "识别准确率不低于98%，单次节拍≤15秒",
                                               "连续无故障运行不少于8小时")
    calls = await engineer.send("识别准确率不低于98%，单次节拍≤15秒，连续无故障运行不少于8小时")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert "indicators_more" not in answers and "indicator_gap" not in answers


async def test_a_whole_description_pasted_at_the_first_part_fills_each_part(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{PAIN}\n技术指标：{INDICATORS}\n预期成效：替代2名测试工人。")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。\n已识别指标：")
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        PAIN, INDICATORS, "替代2名测试工人。")


async def test_a_pasted_description_missing_a_dimension_is_offered_the_supplement(engineer):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{PAIN}\n技术指标：识别准确率不低于98%\n预期成效：替代2名测试工人。")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    await engineer.send("单次节拍≤15秒")
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")


async def test_a_pasted_description_labelled_in_the_writers_own_words_is_split_too(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"现状与痛点：{PAIN}\n关键技术指标：{INDICATORS}\n预期效果：替代2名测试工人。")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        PAIN, INDICATORS, "替代2名测试工人。")


async def test_a_pasted_description_whose_indicators_say_nothing_stops_there(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{PAIN}技术指标：精度高，效率高。预期成效：替代2名工人。")
    assert texts(calls)[0].startswith("场景描述与关键技术要求（技术指标）：没有识别到可量化的指标。")
    assert texts(calls)[0].endswith("\n这条消息中，以下部分已保存：现状与痛点、预期成效。")
    assert "关键技术指标" in texts(calls)[-1]
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["pain_point"], answers["expected_results"]) == (PAIN, "替代2名工人。")
    assert "indicators" not in answers
    calls = await engineer.send(INDICATORS)
    assert texts(calls)[-1].startswith("第 6/11 步")  # the results kept, not asked anew
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["expected_results"] == "替代2名工人。"


async def test_a_pasted_description_whose_results_have_no_figures_stops_at_the_results(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{PAIN}\n技术指标：{INDICATORS}\n预期成效：降本增效。")
    assert texts(calls)[0].startswith("场景描述与关键技术要求（预期成效）：预期成效没有写出数字")
    assert texts(calls)[0].endswith("\n这条消息中，以下部分已保存：现状与痛点、技术指标。")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["pain_point"], answers["indicators"]) == (PAIN, INDICATORS)
    assert "expected_results" not in answers


async def test_见上_is_not_an_answer(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("见上")
    assert texts(calls)[0] == "“见上”不能作为回答。此项必填，请填写具体内容。"  # no 跳过 here


@pytest.mark.parametrize("typed", ["不用", "不需要了", "暂不补充", "算了", "跳过", "没有了。"])
async def test_a_typed_no_at_the_offer_declines_it(engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["indicator_gap"] == "不需要" and "indicators_more" not in answers


async def _paste_partly_refused_over_a_supplement(engineer, app, indicators: str):
    """Indicators with a supplement, then a paste whose pain point is refused: the indicators
    in it are kept. Returns the reply and the answers."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.press("补充")
    await engineer.send("连续无故障运行不少于8小时")
    await engineer.send("替代2名测试工人。")
    await engineer.press("⬅️ 上一步")
    for _ in range(3):
        await engineer.press("⬅️ 上一步")
    calls = await engineer.send(f"现状：太难\n技术指标：{indicators}\n预期效果：替代2名测试工人。")
    assert texts(calls)[0].startswith("场景描述与关键技术要求（现状与痛点）：内容过短")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["indicators"] == indicators
    return calls, answers


@pytest.mark.parametrize("indicators", ["识别准确率不低于99%，单次节拍≤12秒", INDICATORS])
async def test_a_partly_refused_whole_description_quotes_the_old_supplement_and_drops_it(
        engineer, app, indicators):
    calls, answers = await _paste_partly_refused_over_a_supplement(engineer, app, indicators)
    assert OLD_FOLLOWER_DROPPED.format(text="连续无故障运行不少于8小时") in texts(calls)[0]
    assert "indicators_more" not in answers and "indicator_gap" not in answers


async def test_a_labelled_paste_at_the_indicators_question_is_split_there(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(f"技术指标：{INDICATORS}\n预期成效：替代2名测试工人。")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["indicators"], answers["expected_results"]) == (INDICATORS, "替代2名测试工人。")


async def test_a_baseline_labelled_现状_in_the_indicators_stays_there(engineer, app):
    await walk(engineer, AT_INDICATORS)
    typed = "识别准确率≥98%，现状：目前人工目检准确率仅约85%，漏检频繁"
    await engineer.send(typed)
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["pain_point"], answers["indicators"]) == (PAIN, typed)


async def test_indicators_split_before_a_results_label_lose_the_comma(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(f"{INDICATORS[:-1]}，预期成效：替代2名测试工人。")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["indicators"], answers["expected_results"]) == (
        INDICATORS[:-1], "替代2名测试工人。")


async def test_editing_the_indicators_shows_the_supplement_and_keeps_it(engineer, app):
    calls = await editing_indicators_with_a_supplement(
        engineer, "识别准确率≥98%，定位精度±0.5mm", "单件节拍≤12秒，连续运行≥8小时无故障")
    assert "当前答案：识别准确率≥98%，定位精度±0.5mm（发送新内容即可修改）\n" \
           "补充指标：单件节拍≤12秒，连续运行≥8小时无故障（保留，" in texts(calls)[-1]
    calls = await engineer.send("识别准确率≥98%，定位精度±0.5毫米")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n请补充缺少的指标")
    assert "当前答案：单件节拍≤12秒，连续运行≥8小时无故障" in texts(calls)[-1]
    assert "✔️ 保持不变" in engineer.last_buttons()
    await engineer.press("✔️ 保持不变")
    calls = await engineer.press("✔️ 保持不变")
    assert "技术指标：识别准确率≥98%，定位精度±0.5毫米；单件节拍≤12秒，连续运行≥8小时无故障" \
           in texts(calls)[-1]


async def test_indicators_edited_to_cover_every_dimension_quote_the_old_supplement_and_drop_it(
        engineer, app):
    await editing_indicators_with_a_supplement(
        engineer, "识别准确率≥98%，定位精度±0.5mm", "单件节拍≤12秒，连续运行≥8小时无故障")
    calls = await engineer.send("识别准确率≥99%，定位精度±0.3mm，单件节拍≤10秒，连续运行≥24小时无故障")
    assert FOLLOWER_DROPPED.format(text="单件节拍≤12秒，连续运行≥8小时无故障") in texts(calls)[0]
    assert "请补充缺少的指标" not in texts(calls)[-1]
    assert "indicators_more" not in app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_keeping_indicators_that_miss_a_dimension_offers_the_supplement_again(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次插拔节拍≤15秒")
    await engineer.press("不需要")
    await walk(engineer, start=AT_INDICATORS + 1)
    await engineer.press("✏️ 5 场景描述与关键技术要求")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.press("✔️ 保持不变")
    assert "尚无可靠性指标" in texts(calls)[-2]
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    assert engineer.last_buttons()[:2] == ["补充", "不需要"]
    await engineer.send("插拔作业成功率不低于99%")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["indicators_more"], answers["expected_results"]) == (
        "插拔作业成功率不低于99%", "替代2名测试工人，测试效率提升30%。")


async def test_a_dimension_still_missing_after_the_supplement_is_only_a_reminder_before_the_results(
        engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%")
    await engineer.press("补充")
    calls = await engineer.send("单次节拍≤15秒")
    assert texts(calls)[0] == ("已识别指标：识别准确率 ≥ 98%；单次节拍 ≤ 15 秒\n"
                               "仍未涉及可靠性指标（仅提醒）。下一问请填写预期成效。")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")


async def test_indicators_typed_at_the_offer_are_kept_even_without_the_missing_dimension(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    calls = await engineer.send("定位精度±1mm，重复定位精度±0.1mm。")
    assert texts(calls)[0] == (
        "已识别指标：识别准确率 ≥ 98%；单次节拍 ≤ 15 秒；定位精度 ±1 毫米；重复定位精度 ±0.1 毫米\n"
        "仍未涉及可靠性指标（仅提醒）。下一问请填写预期成效。")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["indicator_gap"], answers["indicators_more"]) == (
        "补充", "定位精度±1mm，重复定位精度±0.1mm。")


@pytest.mark.parametrize("typed", ["测试效率提升30%", "年节省人工成本120万元", "替代2名测试工人"])
async def test_outcomes_typed_at_the_offer_are_still_not_taken_for_indicators(engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”没有补上尚缺的可靠性指标")
    assert "indicators_more" not in app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("label", ["技术指标：", "补充指标：", "【补充指标】"])
async def test_a_supplement_typed_with_an_indicator_label_is_saved_without_it(engineer, app, label):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.press("补充")
    await engineer.send(f"{label}连续无故障运行不少于8小时")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["indicators_more"] == "连续无故障运行不少于8小时"


AT_RESULTS = AT_INDICATORS + 1


async def saved_as_results(engineer, app, typed: str) -> None:
    """`typed` at 预期成效 is saved as typed, with no word of missing figures, and 场景类型 asked."""
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(typed)
    assert not any("没有写出" in text for text in texts(calls))
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    assert app.bot_data["services"].intake.store.current(engineer.id).answers["expected_results"] == typed


RESULTS_EXAMPLES = "例如：减少巡检人员2名、效率提升30%、年节省成本120万元。"


@pytest.mark.parametrize("typed", ["效率提升", "降本增效", "提高效率、降低成本、保障安全", "大幅降低成本",
                                   "效率显著提升", "降成本", "提效率"])
async def test_results_without_figures_are_coached_and_asked_again(engineer, app, typed):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("预期成效没有写出数字，无法量化评估（填写说明 5）。")
    assert texts(calls)[0].endswith(RESULTS_EXAMPLES)
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    assert "expected_results" not in app.bot_data["services"].intake.store.current(engineer.id).answers


NUMBERED_WITHOUT_FIGURES = ["1、提高效率；2、降低成本", "（1）提高效率（2）降低成本",
                            "1. 提高效率 2. 降低成本", "1）提高效率；2）降低成本"]


@pytest.mark.parametrize("typed", NUMBERED_WITHOUT_FIGURES)
async def test_results_numbered_as_a_list_without_figures_are_told_they_have_no_figures(
        engineer, app, typed):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"预期成效没有写出数字，无法量化评估（填写说明 5）。请写出部署后的变化有多大，{RESULTS_EXAMPLES}"
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    assert "expected_results" not in app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", [text.replace("提高效率", "精度高").replace("降低成本", "效率高")
                                   for text in NUMBERED_WITHOUT_FIGURES])
async def test_indicators_numbered_as_a_list_without_figures_are_told_they_have_no_figures(
        engineer, typed):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("没有识别到可量化的指标。回答中没有数字")


async def test_results_whose_only_figure_is_a_year_say_what_the_figure_is(engineer):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send("2026年实现无人化作业")
    assert texts(calls)[0].startswith("预期成效没有写出成效的数字：“2026年”是年份、日期或时刻")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")


@pytest.mark.parametrize("typed", [
    "产能翻番", "效率提升一倍", "不良率减半", "替代两名工人", "高压作业零事故", "效率提高三成",
    "推广至5个车间", "培养10名技术骨干", "2年收回投资", "实现无人值守，节省4个班组"])
async def test_results_quantified_in_words_or_by_counts_are_accepted(engineer, app, typed):
    await saved_as_results(engineer, app, typed)


@pytest.mark.parametrize("typed", ["零事故", "零伤亡", "零差错"])
async def test_results_that_are_a_three_character_zero_target_are_accepted(engineer, app, typed):
    await saved_as_results(engineer, app, typed)


@pytest.mark.parametrize("typed", [
    "减少两名巡检人员", "减少三名夜班人员", "不良品率下降一个百分点", "巡检覆盖率达到百分百", "节省两个班组"])
async def test_results_counted_in_chinese_numerals_are_accepted(engineer, app, typed):
    await saved_as_results(engineer, app, typed)


@pytest.mark.parametrize("typed", [
    "年节省成本百万元以上", "年节省成本约百万元", "年节省人工成本近千万元", "实现倒闸操作人员零暴露"])
async def test_results_with_an_amount_in_magnitude_words_or_a_zero_target_are_accepted(
        engineer, app, typed):
    await saved_as_results(engineer, app, typed)


async def test_a_pasted_description_whose_results_count_in_chinese_numerals_is_saved_whole(
        engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{PAIN}\n技术指标：{INDICATORS}\n预期成效：减少两名巡检人员，消除夜间巡检安全风险")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        PAIN, INDICATORS, "减少两名巡检人员，消除夜间巡检安全风险")


async def test_results_counted_in_chinese_numerals_typed_at_the_summary_are_saved(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("预期成效：减少两名巡检人员")
    assert not any("没有写出" in text for text in texts(calls))
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["expected_results"] == "减少两名巡检人员"


async def test_results_without_figures_typed_at_the_summary_are_not_saved(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("预期成效：降本增效")
    assert any(text.startswith("预期成效没有写出数字") for text in texts(calls))
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["expected_results"] == "替代2名测试工人，测试效率提升30%。"


async def test_indicators_corrected_after_back_from_the_results_are_not_added_as_a_supplement(
        engineer, app):
    """上一步 from 预期成效 opens 是否补充; corrected indicators typed there would put two
    targets for one metric on the row."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send("语音交互识别率95%以上，响应延迟小于1秒。")
    await engineer.press("不需要")
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send("语音交互识别率98%以上，响应延迟小于0.5秒。")
    assert texts(calls)[0].startswith("“语音交互识别率98%以上，响应延迟小于0.5秒。”写的是技术指标中已有的"
                                      "语音交互识别率、响应延迟，没有存为补充指标。要修改技术指标，请点“上一步”")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert "indicators_more" not in answers
    assert answers["indicators"] == "语音交互识别率95%以上，响应延迟小于1秒。"
    await engineer.press("⬅️ 上一步")
    await engineer.send("语音交互识别率98%以上，响应延迟小于0.5秒。")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["indicators"] == "语音交互识别率98%以上，响应延迟小于0.5秒。"


async def test_a_figure_without_a_name_at_the_offer_is_no_restated_indicator(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率98%以上，15秒/件")
    await engineer.send("7×24小时")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["indicators_more"] == "7×24小时"
