"""A paragraph typed at 现状与痛点 with the pain point, the indicators and the results is offered
to be filed as the three parts; at 技术指标, a pain point opening the indicators is offered to
be added to the pain point with the results filed apart."""

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, PAIN, walk

PAIN_TYPED = "变电站人工巡检每天2次，每次4小时，夜间风险大"
INDICATORS_TYPED = "要求表计识别准确率≥99%，定位误差≤5cm，续航≥4h"
RESULTS_TYPED = "预计减少巡检人员4名，年节约人工成本约60万元"
WHOLE = f"{PAIN_TYPED}。{INDICATORS_TYPED}。{RESULTS_TYPED}。"
AT_INDICATORS_TYPED = "人工巡检劳动强度大。要求识别准确率99%，定位精度±5mm。预计减少人员3名，效率提升50%。"


async def test_three_parts_at_the_pain_point_are_offered_apart(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    said = texts(await engineer.send(WHOLE))
    assert said[0] == (f"这段读来包含场景描述的三部分：现状与痛点“{PAIN_TYPED}”，"
                       f"技术指标“{INDICATORS_TYPED}”，预期成效“{RESULTS_TYPED}”。"
                       "分开填写请点“分三部分填写”；整段作现状与痛点请点“保持不变”。")
    assert {"分三部分填写", "✔️ 保持不变"} <= set(engineer.last_buttons())


async def test_the_press_files_each_part(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(WHOLE)
    said = texts(await engineer.press("分三部分填写"))
    assert said[1].startswith(f"已分开填写：现状与痛点为“{PAIN_TYPED}”，技术指标为“{INDICATORS_TYPED}”，"
                              f"预期成效为“{RESULTS_TYPED}”。\n已识别指标：")
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        f"{PAIN_TYPED}。", INDICATORS_TYPED, RESULTS_TYPED)


async def test_kept_the_paragraph_stays_the_pain_point(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(WHOLE)
    said = texts(await engineer.press("✔️ 保持不变"))
    assert "关键技术指标" in said[-1]
    answers = saved(app, engineer)
    assert answers["pain_point"] == WHOLE and "indicators" not in answers


async def test_a_pain_point_with_figures_of_today_is_not_offered(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send("人工巡检效率低。目前识别准确率≥90%，定位误差≤5cm。预计减少巡检人员4名，年节约成本60万元。")
    assert "分三部分填写" not in engineer.last_buttons()


async def test_a_pain_point_opening_the_indicators_is_offered_to_the_pain_point(engineer, app):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send(AT_INDICATORS_TYPED))
    assert said[0] == ("技术指标开头的“人工巡检劳动强度大”读来是现状与痛点，最后的“预计减少人员3名，效率提升50%”"
                       "读来是预期成效。分开填写请点“分开填写”：开头接在已填的现状与痛点之后，"
                       "最后一段填作预期成效，技术指标保留中间的“要求识别准确率99%，定位精度±5mm”；"
                       "确是技术指标请点“保持不变”。")
    said = texts(await engineer.press("分开填写"))
    assert said[1].startswith("已将“人工巡检劳动强度大”接在现状与痛点之后。\n"
                              "已将“预计减少人员3名，效率提升50%”填作预期成效，"
                              "技术指标为：“要求识别准确率99%，定位精度±5mm”。")
    answers = saved(app, engineer)
    assert answers["pain_point"] == PAIN + "人工巡检劳动强度大。"
    assert answers["indicators"] == "要求识别准确率99%，定位精度±5mm"
    assert answers["expected_results"] == "预计减少人员3名，效率提升50%"


async def test_a_pain_point_typed_over_the_offer_files_both_later_parts(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(WHOLE)
    said = texts(await engineer.send(PAIN))
    assert said[0] == (f"先前发送的“{INDICATORS_TYPED}”已填作技术指标。"
                       f"先前发送的“{RESULTS_TYPED}”已填作预期成效。")
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        PAIN, INDICATORS_TYPED, RESULTS_TYPED)
