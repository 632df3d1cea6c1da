"""A description part accepted for its other figures though it stops mid-figure (人工由4人减至
1人，效率提升不低于): the figure's rest sent next at the next question (30%。) is added to the
stored part, saved and echoed, and the question asked again, rather than refused there and
lost. A real answer to that question opening with a figure, anything else sent or pressed
first, forgets it."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import INDICATORS, JOURNEY, PAIN, walk
from tests.test_bot_review import submitted_and_returned

AT_PAIN = JOURNEY.index(("send", PAIN))
AT_INDICATORS, AT_RESULTS = AT_PAIN + 1, AT_PAIN + 2
RESULTS_CUT = "人工由4人减至1人，效率提升不低于"
AT_TYPE = "第 6/11 步 · 场景类型"
AT_GAP = "第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖"
AT_INDICATORS_SCREEN = "第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标"
AT_RESULTS_SCREEN = "第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def test_the_rest_of_a_figure_sent_at_the_scenario_type_finishes_the_results(
        services, engineer):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_CUT)
    calls = await engineer.send("30%。")
    assert texts(calls)[0] == (
        "已将这一条接在预期成效之后，预期成效现为：“人工由4人减至1人，效率提升不低于30%。”")
    assert texts(calls)[-1].startswith(AT_TYPE)
    assert answers(services, engineer)["expected_results"] == "人工由4人减至1人，效率提升不低于30%。"
    assert "scenario_type" not in answers(services, engineer)


@pytest.mark.parametrize(("moves", "key", "cut", "rest", "screen"), [
    (AT_PAIN, "pain_point", "人工目检，效率低，漏检率高，准确率仅为", "85%。", AT_INDICATORS_SCREEN),
    (AT_INDICATORS, "indicators", "定位精度±0.5mm，节拍≤1.", "5秒", AT_GAP),
    (AT_RESULTS, "expected_results", "替代2名测试工人，事故率降低至0.", "5%", AT_TYPE),
])
async def test_the_rest_of_a_figure_finishes_the_part_stored_before_whatever_is_asked(
        services, engineer, moves, key, cut, rest, screen):
    await walk(engineer, moves)
    await engineer.send(cut)
    calls = await engineer.send(rest)
    assert texts(calls)[0].startswith("已将这一条接在")
    assert texts(calls)[-1].startswith(screen)
    assert answers(services, engineer)[key] == cut + rest


async def test_a_reliability_figure_finished_no_longer_offers_the_supplement(services, engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("定位精度±0.5mm，节拍≤15秒，平均无故障时间不低于")
    assert texts(calls)[-1].startswith(AT_GAP)
    calls = await engineer.send("500小时")
    assert texts(calls)[-1].startswith(AT_RESULTS_SCREEN)
    assert answers(services, engineer)["indicators"] == (
        "定位精度±0.5mm，节拍≤15秒，平均无故障时间不低于500小时")


async def test_the_rest_of_a_figure_finishes_the_supplement(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±0.5mm，节拍≤15秒")
    await engineer.press("补充")
    await engineer.send("作业成功率≥99%，平均无故障时间不低于")
    calls = await engineer.send("500小时")
    assert texts(calls)[0] == ("已将这一条接在补充指标之后，补充指标现为："
                               "“作业成功率≥99%，平均无故障时间不低于500小时”")
    assert texts(calls)[-1].startswith(AT_RESULTS_SCREEN)
    assert answers(services, engineer)["indicators_more"] == "作业成功率≥99%，平均无故障时间不低于500小时"


@pytest.mark.parametrize(("cut", "rest"), [
    (RESULTS_CUT, "30%"), (RESULTS_CUT, "30%以上"), (RESULTS_CUT, "3倍。"),
    ("替代2名工人，年节约成本约", "50万元"), ("替代2名工人，年节约成本约", "50万元。")])
async def test_a_figure_alone_with_closing_punctuation_or_none_finishes_the_part(
        services, engineer, cut, rest):
    await walk(engineer, AT_RESULTS)
    await engineer.send(cut)
    calls = await engineer.send(rest)
    assert texts(calls)[0].startswith("已将这一条接在预期成效之后")
    assert answers(services, engineer)["expected_results"] == cut + rest


@pytest.mark.parametrize("answer", [
    "99%以上的识别准确率，定位精度±1mm，节拍≤15秒", "0.5mm定位精度，节拍≤15秒，成功率≥99%",
    "1. 定位精度±0.5mm\n2. 节拍≤15秒",
    "98%，定位精度±0.5mm，节拍≤15秒，MTBF≥500小时", "85%，夜班缺人。"])
async def test_indicators_opening_with_a_figure_answer_their_question(services, engineer, answer):
    await walk(engineer, AT_PAIN)
    await engineer.send("人工目检，效率低，漏检率高，准确率仅为")
    calls = await engineer.send(answer)
    assert not any("接在" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == answer
    assert answers(services, engineer)["pain_point"] == "人工目检，效率低，漏检率高，准确率仅为"


async def test_another_message_first_forgets_the_figure_cut(services, engineer):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_CUT)
    await engineer.send("工业")
    calls = await engineer.send("30%。")
    assert not any("接在" in text for text in texts(calls))
    assert answers(services, engineer)["expected_results"] == RESULTS_CUT


async def test_a_button_first_forgets_the_figure_cut(services, engineer):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_CUT)
    await engineer.press("工业")
    calls = await engineer.send("30%。")
    assert not any("接在" in text for text in texts(calls))
    assert answers(services, engineer)["expected_results"] == RESULTS_CUT


@pytest.mark.parametrize(("cut", "after"), [
    ("替代2名测试工人，年节约成本50万元，详见附件2", "元"),  # a bare number: no bound cut
    ("替代2名测试工人，成功率不低于", "15秒/件"),  # the metric takes no time
    ("替代2名工人，年节约成本约", "6台"),  # a count of machines is no cost
    (RESULTS_CUT, "6台"),  # nor an efficiency
])
async def test_what_is_no_figure_rest_answers_the_next_question(services, engineer, cut, after):
    await walk(engineer, AT_RESULTS)
    await engineer.send(cut)
    calls = await engineer.send(after)
    assert not any("接在" in text for text in texts(calls))
    assert answers(services, engineer)["expected_results"] == cut


async def test_a_figure_and_more_clauses_at_the_supplement_is_not_joined(services, engineer):
    """The rest of 识别准确率不低于 going on with results is no finishing figure: as before,
    it answers 是否补充指标 (refused there as no reliability indicator)."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±0.5mm，节拍≤15秒，识别准确率不低于")
    calls = await engineer.send("30%，替代2名工人，年节约成本50万元")
    assert not any("接在" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == "定位精度±0.5mm，节拍≤15秒，识别准确率不低于"


@pytest.mark.parametrize(("cut", "count", "stored"), [
    ("替代2名工人，年节约成本约", "6台", 6), (RESULTS_CUT, "6台", 6),
    ("替代2名工人，年节约成本约", "12台，含2台备用", 12)])
async def test_a_count_at_the_next_flagged_question_is_its_answer_not_the_results_rest(
        services, engineer, suzhou, cut, count, stored):
    """A returned draft flagged 5 and 10 goes from 预期成效 to 部署总数: the count sent there
    is the count, never the rest of the figure 预期成效 stops at."""
    await submitted_and_returned(engineer, suzhou, "请核实", "5 场景描述与关键技术要求", "10 部署总数")
    await engineer.press("✏️ 去修改")
    await engineer.send(PAIN)
    await engineer.send(INDICATORS)
    await engineer.send(cut)
    calls = await engineer.send(count)
    assert not any("接在" in text for text in texts(calls))
    assert answers(services, engineer)["expected_results"] == cut
    assert answers(services, engineer)["deployment_count"] == stored
