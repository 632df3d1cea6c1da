"""A part that stops in the middle of a figure (定位精度±0., 节拍≤, 成功率不低于), sent by
accident mid-number on a phone: held for its rest, as one stopping after a comma is
(tests/test_bot_description_parts_in_two_messages.py), and the rest joined to it with nothing
between, so the metric's name and value are kept whole rather than the rest stored alone."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import INDICATORS, JOURNEY, PAIN, RESULTS, walk

AT_PAIN = JOURNEY.index(("send", PAIN))
AT_INDICATORS, AT_RESULTS = AT_PAIN + 1, AT_PAIN + 2
REST = "5mm，节拍≤15秒，成功率≥99%"
AT_RESULTS_SCREEN = "第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def test_indicators_cut_after_a_decimal_point_wait_for_the_rest(services, engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("定位精度±0.")
    assert not any("没有识别到" in text for text in texts(calls))
    assert texts(calls)[0] == ("技术指标以“0.”结尾，像是还没写完：请接着发送后半段，将接在上面的内容之后；"
                               "已写完请点“保持不变”。")
    assert "当前答案：定位精度±0.（接着发送的内容将接在后面）" in texts(calls)[-1]


async def test_the_rest_of_a_cut_figure_is_joined_into_the_number(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±0.")
    calls = await engineer.send(REST)
    assert texts(calls)[-1].startswith(AT_RESULTS_SCREEN)
    assert answers(services, engineer)["indicators"] == "定位精度±0.5mm，节拍≤15秒，成功率≥99%"


@pytest.mark.parametrize(("first", "rest", "mark"), [
    ("定位精度±0.5mm，节拍≤", "15秒，成功率≥99%", "≤"),
    ("定位精度±0.5mm，成功率不低于", "99%", "不低于"),
    ("定位精度±", "0.5mm，节拍≤15秒", "±"),
    ("定位精度±0.5mm，节拍≤1.", "5秒", "1."),
])
async def test_indicators_stopping_at_a_sign_or_bound_wait_and_take_the_rest(
        services, engineer, first, rest, mark):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(first)
    assert texts(calls)[0].startswith(f"技术指标以“{mark}”结尾，像是还没写完")
    await engineer.send(rest)
    assert answers(services, engineer)["indicators"] == first + rest


async def test_a_pain_point_cut_mid_figure_takes_its_rest(services, engineer):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send("汽车总装车间需人工搬运轮胎，单个重约20.")
    assert texts(calls)[0].startswith("现状与痛点以“20.”结尾，像是还没写完")
    calls = await engineer.send("5kg，工人每班搬运400次以上，劳动强度大。")
    assert "关键技术指标" in texts(calls)[-1]
    assert answers(services, engineer)["pain_point"] == (
        "汽车总装车间需人工搬运轮胎，单个重约20.5kg，工人每班搬运400次以上，劳动强度大。")


async def test_the_results_cut_mid_figure_take_their_rest(services, engineer):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send("替代2名测试工人，测试效率提升不低于")
    assert texts(calls)[0].startswith("预期成效以“不低于”结尾，像是还没写完")
    await engineer.send("30%")
    assert answers(services, engineer)["expected_results"] == "替代2名测试工人，测试效率提升不低于30%"


async def test_a_cut_figure_sent_again_whole_replaces_it(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±0.")
    await engineer.send("定位精度±0.5mm，" + REST.removeprefix("5mm，"))
    assert answers(services, engineer)["indicators"] == "定位精度±0.5mm，节拍≤15秒，成功率≥99%"


async def test_a_cut_figure_refused_alone_is_refused_when_kept(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±0.")
    calls = await engineer.press("✔️ 保持不变")
    assert any("没有识别到可量化的指标" in text for text in texts(calls))
    await engineer.send(REST)
    assert answers(services, engineer)["indicators"] == "定位精度±0.5mm，节拍≤15秒，成功率≥99%"


@pytest.mark.parametrize("typed", [
    "定位精度0.5mm，节拍≤15秒。", "识别准确率不低于98%，测试效率提升30%", "定位精度±0.5mm，节拍≤15秒，版本2.0.",
    "定位精度±0.5mm，节拍≤15秒，成功率≥99%，要求如下：\n1. 连续运行720小时无故障\n2.",
])
async def test_indicators_with_every_figure_whole_are_not_held(services, engineer, typed):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert not any("像是还没写完" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == typed
    assert not services.intake.store.current(engineer.id).held


async def test_a_cut_figure_sent_at_the_summary_is_saved_as_typed_and_not_held(
        services, engineer):
    await walk(engineer)
    calls = await engineer.send("技术指标：定位精度±0.5mm，节拍≤1.")
    assert not any("像是还没写完" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == "定位精度±0.5mm，节拍≤1."
    assert not services.intake.store.current(engineer.id).held
    assert answers(services, engineer)["expected_results"] == RESULTS


async def test_a_cut_figure_alone_sent_at_the_summary_is_still_refused(services, engineer):
    await walk(engineer)
    calls = await engineer.send("技术指标：定位精度±0.")
    assert any("没有识别到可量化的指标" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == INDICATORS


async def test_words_after_a_cut_figure_refused_alone_answer_the_question_as_typed(
        services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("定位精度±0.")
    calls = await engineer.send("替代2名测试工人")
    assert not any("按原样保留" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == "替代2名测试工人"
