"""What is sent after 技术指标 or 预期成效 held open for their rest (they stopped after a comma)
but is no rest of them: the results after the indicators are filed as 预期成效 though 是否补充
指标 is asked first; words the part's own check refuses alone, or that read as another part,
are not added to it; a labelled 预期成效 replaces the results held."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, PAIN, walk

AT_INDICATORS = JOURNEY.index(("send", PAIN)) + 1
AT_RESULTS = AT_INDICATORS + 1
# Two of the three dimensions missing: 是否补充指标 is asked once the indicators are kept.
PARTIAL = "识别准确率≥98%，定位精度±0.5mm，"
RESULTS_HELD = "替代2名工人，效率提升30%，"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize("results", [
    "减少人工2名，年节约成本50万元", "人员减少3人，合格率提升到99.5%", "降低劳动强度，减少人工2名",
    "减少人工2名", "替代2名测试工人，测试效率提升30%。",
])
async def test_results_after_held_indicators_missing_dimensions_are_saved_as_the_results(
        services, engineer, results):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(PARTIAL)
    calls = await engineer.send(results)
    assert texts(calls)[0].startswith("这条读来是预期成效：技术指标按原样保留，这条填作预期成效。")
    assert not any("没有存为补充指标" in text for text in texts(calls))
    assert "是否补充" in texts(calls)[-1]
    saved = answers(services, engineer)
    assert saved["indicators"] == "识别准确率≥98%，定位精度±0.5mm。"
    assert saved["expected_results"] == results
    assert "indicators_more" not in saved


async def test_the_offer_answered_after_results_filed_shows_them_kept(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(PARTIAL)
    await engineer.send("减少人工2名，年节约成本50万元")
    calls = await engineer.press("不需要")
    assert "当前答案：减少人工2名，年节约成本50万元（发送新内容即可修改）" in texts(calls)[-1]
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    assert answers(services, engineer)["expected_results"] == "减少人工2名，年节约成本50万元"


@pytest.mark.parametrize("typed", ["工业", "降低劳动强度，改善作业环境", "提高效率"])
async def test_words_no_indicator_after_held_indicators_are_not_added_to_them(
        services, engineer, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(PARTIAL)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("没有识别到可量化的指标")
    assert answers(services, engineer)["indicators"] == "识别准确率≥98%，定位精度±0.5mm。"


@pytest.mark.parametrize("typed", ["降低劳动强度，改善作业环境", "连续运行720小时无故障。"])
async def test_words_no_result_after_held_results_are_not_added_to_them(
        services, engineer, typed):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_HELD)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("请点击下方按钮选择：工业 / 服务 / 特种。")
    assert answers(services, engineer)["expected_results"] == "替代2名工人，效率提升30%。"
    assert "scenario_type" not in answers(services, engineer)


@pytest.mark.parametrize(("first", "rest"), [
    ("定位精度±0.5mm，节拍≤15秒，成功率≥99%，", "连续运行720小时无故障"),
    (PARTIAL, "节拍≤15秒"),
])
async def test_a_rest_of_held_indicators_is_still_added(services, engineer, first, rest):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(first)
    await engineer.send(rest)
    assert answers(services, engineer)["indicators"] == first + rest


@pytest.mark.parametrize("rest", ["年节约人工成本60万元", "高压作业零事故", "投资回收期2年"])
async def test_a_rest_of_held_results_is_still_added(services, engineer, rest):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_HELD)
    calls = await engineer.send(rest)
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    assert answers(services, engineer)["expected_results"] == RESULTS_HELD + rest


async def test_labelled_results_replace_the_results_held(services, engineer):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_HELD)
    await engineer.send("预期成效：替代2名工人")
    assert answers(services, engineer)["expected_results"] == "替代2名工人"


async def test_a_placeholder_ending_in_a_comma_is_refused_under_the_part_name(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("待定，")
    assert texts(calls)[0].startswith("场景描述与关键技术要求（技术指标）：“待定”不能作为回答。")


@pytest.mark.parametrize("word", ["不需要", "没有了", "无"])
@pytest.mark.parametrize(("at", "key", "held", "kept"), [
    (AT_INDICATORS, "indicators", PARTIAL, "识别准确率≥98%，定位精度±0.5mm。"),
    (AT_RESULTS, "expected_results", RESULTS_HELD, "替代2名工人，效率提升30%。"),
])
async def test_a_no_after_a_part_held_open_keeps_it_as_it_stands(
        engineer, services, word, at, key, held, kept):
    await walk(engineer, at)
    await engineer.send(held)
    calls = await engineer.send(word)
    assert "此项必填" not in "\n".join(texts(calls))
    assert services.intake.store.current(engineer.id).answers[key] == kept
