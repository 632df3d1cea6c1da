"""A whole scenario pasted in one message: the description's parts fill the description, and
what other columns' labels head (场景名称：, 场景类型：, 部署总数：) is quoted back, never saved
inside the description."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import (
    AT_INDICATORS,
    AT_SCENARIO_NAME,
    AT_SCENARIO_TYPE,
    INDICATORS,
    PAIN,
    walk,
)

OTHER_COLUMNS = ("场景名称：无锡某汽车零部件厂—发动机缸体上下料\n行业：汽车制造/发动机零部件",
                 "场景类型：工业\n部署总数：6台")
WHOLE = (f"{OTHER_COLUMNS[0]}\n场景描述：缸体重约25kg，人工上下料劳动强度大，易磕碰伤。\n"
         "技术指标：抓取成功率≥99.5%，定位精度±0.5mm，节拍≤45秒/件\n"
         f"预期成效：替代4名操作工，年节约人工成本80万元\n{OTHER_COLUMNS[1]}")


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_a_whole_scenario_pasted_at_the_pain_point_keeps_other_columns_out_of_the_description(
        engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    told = "\n".join(texts(await engineer.send(WHOLE)))
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        "缸体重约25kg，人工上下料劳动强度大，易磕碰伤。", "抓取成功率≥99.5%，定位精度±0.5mm，节拍≤45秒/件",
        "替代4名操作工，年节约人工成本80万元")
    assert answers["scenario_name"] == "恒远工厂电池测试—柔性插接"
    assert "已把这条消息分别填入：现状与痛点、技术指标、预期成效。" in told
    assert "没有填入场景描述" in told
    assert f"{OTHER_COLUMNS[0]}\n{OTHER_COLUMNS[1]}" in told


async def test_other_columns_alone_typed_at_the_pain_point_are_quoted_back_and_asked_again(
        engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(OTHER_COLUMNS[1])
    assert "pain_point" not in saved(app, engineer)
    assert OTHER_COLUMNS[1] in texts(calls)[0]
    assert "场景现状与痛点：" in engineer.last_text()


async def test_a_whole_description_pasted_at_the_indicators_fills_its_pain_point_too(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("现状与痛点：人工插拔效率低，存在高压风险。\n"
                                "技术指标：识别准确率≥98%，节拍≤15秒/件，连续运行≥8小时。\n"
                                "预期成效：替代3名工人。")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        "人工插拔效率低，存在高压风险。", "识别准确率≥98%，节拍≤15秒/件，连续运行≥8小时。", "替代3名工人。")


async def test_a_baseline_typed_with_the_indicators_stays_in_them(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("现状：人工节拍45秒/件\n目标：单次节拍≤15秒，识别准确率≥98%")
    answers = saved(app, engineer)
    assert answers["pain_point"] == PAIN
    assert answers["indicators"].startswith("现状：人工节拍45秒/件")


async def test_a_whole_scenario_too_long_for_an_early_question_says_where_to_paste_it(engineer):
    await engineer.send("/start")
    first = texts(await engineer.send(WHOLE))[0]
    await walk(engineer, AT_SCENARIO_NAME, start=1)
    at_name = texts(await engineer.send(WHOLE))[0]
    for told in (first, at_name):
        assert told.startswith("内容过长")
        assert "这条消息没有保存。整段场景描述可以在第 5 步“现状与痛点”" in told


async def test_a_pain_point_typed_too_early_without_labels_says_where_it_goes(engineer):
    await walk(engineer, AT_SCENARIO_NAME + 2)  # at 细分方向
    told = texts(await engineer.send("中央厨房每日生产包子5万只，成型工序依赖人工，夏季车间温度超过40度。"))[0]
    assert told.startswith("内容过长") and "第 5 步“现状与痛点”" in told


async def test_results_typed_at_a_later_question_are_said_unsaved_and_how_to_change_them(
        engineer, app):
    await walk(engineer, AT_SCENARIO_TYPE)
    before = saved(app, engineer)
    calls = await engineer.send("巡检周期由3天缩短到1天，减少运维人员5名，发电量损失降低2%")
    told = texts(calls)
    assert told[0].startswith("请点击下方按钮")
    assert told[0].endswith("这条消息没有保存。第 5 步场景描述已经填写；要修改其中一部分，"
                            "请在汇总页输入“预期成效：新内容”（或“技术指标：…”“现状与痛点：…”），"
                            "也可以点“上一步”回到该问题。")
    assert "“现状与痛点”一问中粘贴" not in told[0]
    assert told[-1].startswith("第 6/11 步 · 场景类型")
    assert saved(app, engineer) == before


async def test_other_columns_typed_after_the_expected_results_are_quoted_back_not_saved(
        engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    calls = await engineer.send(f"预期成效：替代4名操作工，年节约人工成本80万元\n{OTHER_COLUMNS[1]}")
    assert saved(app, engineer)["expected_results"] == "替代4名操作工，年节约人工成本80万元"
    assert OTHER_COLUMNS[1] in texts(calls)[0]


LABELLED = ("现状与痛点：汽车总装车间需人工搬运轮胎，劳动强度大。\n"
            "技术指标：识别准确率不低于98%，节拍≤15秒，连续运行≥8小时")


@pytest.mark.parametrize(("paste", "results", "asked"), [
    (f"{LABELLED}\n预期成效：替代2名工人", "替代2名工人", "第 6/11 步 · 场景类型"),
    (LABELLED, None, "第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效"),
    (f"预期成效：替代2名工人\n{LABELLED}", "替代2名工人", "第 6/11 步 · 场景类型"),
], ids=["with results", "without results", "results first"])
async def test_a_labelled_description_pasted_at_the_results_fills_each_part(
        engineer, app, paste, results, asked):
    await walk(engineer, AT_INDICATORS + 1)
    told = texts(await engineer.send(paste))
    assert told[0].startswith("已把这条消息分别填入：")
    assert f"现状与痛点原来的答案“{PAIN}”已替换为这次填入的内容。" in told[0]
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers.get("expected_results")) == (
        "汽车总装车间需人工搬运轮胎，劳动强度大。", "识别准确率不低于98%，节拍≤15秒，连续运行≥8小时", results)
    assert told[-1].startswith(asked)


async def test_the_template_cell_pasted_at_the_results_fills_its_unlabelled_pain_point(
        engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send("汽车总装车间需人工搬运轮胎，劳动强度大。\n技术指标：识别准确率不低于98%，节拍≤15秒，"
                        "连续运行≥8小时\n预期成效：替代2名工人")
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["expected_results"]) == (
        "汽车总装车间需人工搬运轮胎，劳动强度大。", "替代2名工人")


@pytest.mark.parametrize("results", [
    "替代2名工人，效率提升30%\n经济效益：年节省人工成本60万元",
    "替代2名工人\n差异化创新点：作业对象为800V高压插头",
    "现状：每班需4名搬运工\n部署后：每班1名，效率提升30%",
])
async def test_results_holding_no_earlier_part_label_are_saved_as_typed(engineer, app, results):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send(results)
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["expected_results"]) == (PAIN, results)


async def test_a_labelled_description_pasted_at_the_results_shows_on_the_summary_card(engineer):
    await walk(engineer)
    await engineer.send("✏️ 5")
    for _ in range(2):
        await engineer.press("✔️ 保持不变")
    calls = await engineer.send(f"{LABELLED}\n预期成效：替代2名工人")
    assert ("5. 场景描述与关键技术要求：\n汽车总装车间需人工搬运轮胎，劳动强度大。\n"
            "技术指标：识别准确率不低于98%，节拍≤15秒，连续运行≥8小时\n预期成效：替代2名工人\n") in texts(calls)[-1]


async def test_an_indicators_label_inside_a_list_of_results_stays_words_of_the_results(
        engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    results = "1、替代2名测试工人；2、测试效率提升30%；3、技术指标：插拔成功率提升至99.5%"
    told = texts(await engineer.send(results))
    answers = saved(app, engineer)
    assert (answers["indicators"], answers["expected_results"]) == (INDICATORS, results)
    assert told[-1].startswith("第 6/11 步 · 场景类型")


async def test_a_paste_opening_with_the_indicators_label_at_the_results_fills_each_part(
        engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send("技术指标：识别准确率不低于98%，节拍≤15秒\n预期成效：替代2名工人")
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        PAIN, "识别准确率不低于98%，节拍≤15秒", "替代2名工人")
