"""A description answer sent by accident in the middle of a figure (定位精度±0. then 5mm，…):
refused alone, it is remembered, and the very next message there, opening with the rest of the
figure, is joined to it and checked as one answer, not stored alone without the metric's name.
Anything else done in between forgets it; answers accepted as they are behave as before."""

import pytest

from tests.fake_bot_api import FakeUser, texts
from tests.journey import JOURNEY, PAIN, walk

AT_PAIN = JOURNEY.index(("send", PAIN))
AT_INDICATORS, AT_RESULTS = AT_PAIN + 1, AT_PAIN + 2
CUT, REST = "定位精度±0.", "5mm，节拍≤15秒，抓取成功率≥99.5%"
JOINED = "定位精度±0.5mm，节拍≤15秒，抓取成功率≥99.5%"
AT_RESULTS_SCREEN = "第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def test_the_rest_of_a_figure_sent_next_is_joined_to_the_part_refused(services, engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(CUT)
    assert "没有识别到可量化的指标" in texts(calls)[0]
    assert "接着发送后半段即可，将接在“定位精度±0.”之后" in texts(calls)[0]
    assert "indicators" not in answers(services, engineer)
    calls = await engineer.send(REST)
    assert texts(calls)[0].startswith(f"已将上一条与这一条合为一段：“{JOINED}”")
    assert texts(calls)[-1].startswith(AT_RESULTS_SCREEN)
    assert answers(services, engineer)["indicators"] == JOINED


@pytest.mark.parametrize(("moves", "key", "cut", "rest"), [
    (AT_INDICATORS, "indicators", "重复定位精度≤0.", "05mm"),
    (AT_INDICATORS, "indicators", "抓取成功率不低于", "99%，定位精度±0.5mm"),
    (AT_INDICATORS, "indicators", "定位精度±0.5", "mm，节拍≤15秒"),
    (AT_RESULTS, "expected_results", "减少人工2", "名，年节约成本50万元"),
    (AT_RESULTS, "expected_results", "事故率降低至0.", "5%，减少巡检人员2名"),
    (AT_PAIN, "pain_point", "单个轮胎重约20.", "5kg，工人每班搬运400次以上，劳动强度大。"),
    (AT_INDICATORS, "indicators", "定位精度±0.", "5毫米以内，节拍≤15秒"),
    (AT_INDICATORS, "indicators", "重复定位精度≤0.", "05mm（重复定位），节拍≤15秒"),
    (AT_INDICATORS, "indicators", "抓取成功率不低于", "99%以上，节拍≤15秒"),
    (AT_INDICATORS, "indicators", "重复定位精度0.", "02mm，节拍≤15秒"),
    (AT_RESULTS, "expected_results", "故障率降低至0.", "5%以内"),
    (AT_PAIN, "pain_point", "工人每天搬运约", "2000次，劳动强度大，易疲劳受伤。"),
])
async def test_figures_cut_at_a_point_bound_or_unit_are_joined_in_each_part(
        services, engineer, moves, key, cut, rest):
    await walk(engineer, moves)
    await engineer.send(cut)
    assert key not in answers(services, engineer)
    calls = await engineer.send(rest)
    assert texts(calls)[0].startswith(f"已将上一条与这一条合为一段：“{cut}{rest}”")
    assert answers(services, engineer)[key] == cut + rest


async def test_the_part_refused_survives_a_restart(make_app, telegram):
    first = await make_app()
    engineer = FakeUser(first, telegram, 1001)
    await walk(engineer, AT_INDICATORS)
    await engineer.send(CUT)
    await first.shutdown()
    second = await make_app()
    engineer.app = second
    await engineer.send(REST)
    store = second.bot_data["services"].intake.store
    assert store.current(engineer.id).answers["indicators"] == JOINED
    await second.shutdown()


async def test_back_forgets_the_part_refused(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(CUT)
    await engineer.press("⬅️ 上一步")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send("5mm，抓取成功率≥99.5%，定位精度±0.5mm")
    assert not any("合为一段" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == "5mm，抓取成功率≥99.5%，定位精度±0.5mm"


@pytest.mark.parametrize("between", ["/start", "/help"])
async def test_a_command_forgets_the_part_refused(services, engineer, between):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(CUT)
    await engineer.send(between)
    calls = await engineer.send(REST)
    assert not any("合为一段" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == REST


async def test_a_button_forgets_the_part_refused(services, engineer):
    await walk(engineer, AT_RESULTS)
    await engineer.send("减少人工2")
    await engineer.press("⬅️ 上一步")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.send("名，年节约成本50万元")
    assert not any("合为一段" in text for text in texts(calls))
    assert answers(services, engineer)["expected_results"] == "名，年节约成本50万元"


async def test_words_not_opening_with_the_figure_answer_as_typed_and_forget_it(
        services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(CUT)
    calls = await engineer.send("抓取成功率≥99.5%")
    assert not any("合为一段" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == "抓取成功率≥99.5%"


async def test_a_refused_answer_then_words_then_a_figure_is_not_joined(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(CUT)
    await engineer.send("这个怎么填？")
    calls = await engineer.send(REST)
    assert not any("合为一段" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == REST


async def test_a_numbered_list_sent_after_the_part_refused_replaces_it(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("详见附件1.")
    typed = "1. 定位精度±0.5mm\n2. 节拍≤15秒\n3. 成功率≥99%"
    calls = await engineer.send(typed)
    assert not any("合为一段" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == typed


async def test_an_answer_accepted_as_it_is_is_stored_as_typed_and_not_joined(
        services, engineer):
    """Accepted answers stopping mid-figure (节拍≤1.) are finished by the next message at the
    next question (tests/test_bot_description_cut_after_accepted.py); IP65. is none."""
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("防护等级IP65.")
    assert not any("没写完" in text for text in texts(calls))
    calls = await engineer.send("30%效率提升")
    assert not any("合为一段" in text or "接在" in text for text in texts(calls))
    assert answers(services, engineer)["indicators"] == "防护等级IP65."


@pytest.mark.parametrize(("moves", "key", "cut", "again"), [
    (AT_INDICATORS, "indicators", "详见附件1.", "99%的识别准确率，定位精度±0.5mm，节拍≤15秒"),
    (AT_INDICATORS, "indicators", CUT, "0.5mm定位精度，节拍≤15秒，抓取成功率≥99%"),
    (AT_INDICATORS, "indicators", CUT, "①定位精度±0.5mm；②节拍≤15秒；③成功率≥99%"),
    (AT_INDICATORS, "indicators", CUT, "1 定位精度±0.5mm\n2 节拍≤15秒\n3 成功率≥99%"),
    (AT_INDICATORS, "indicators", CUT, "1.5米/秒行走速度，定位精度±0.5mm"),
    (AT_INDICATORS, "indicators", CUT, "2026年11月前达到：定位精度±0.5mm，节拍≤15秒"),
    (AT_INDICATORS, "indicators", "抓取成功率达到", "24小时连续运行无故障，抓取成功率≥99%"),
    (AT_INDICATORS, "indicators", "识别准确率不低于", "30%效率提升，识别准确率≥98%，定位精度±1mm"),
    (AT_INDICATORS, "indicators", "识别准确率不低于", "99%以上的识别准确率，定位精度±1mm"),
    (AT_INDICATORS, "indicators", "成功率不低于", "15秒/件，成功率99%，定位精度±0.5mm"),
    (AT_INDICATORS, "indicators", "节拍≤", "99%，节拍15秒，定位精度±0.5mm"),
    (AT_RESULTS, "expected_results", "事故率降低至0.", "0安全事故，测试效率提升30%，替代2名工人"),
    (AT_RESULTS, "expected_results", "测试效率提升至", "30%效率提升，替代2名测试工人"),
    (AT_PAIN, "pain_point", "单个轮胎重约20.", "20kg的轮胎全靠人工搬运，每班400次以上，劳动强度大。"),
])
async def test_an_answer_typed_again_opening_with_a_figure_is_not_joined(
        services, engineer, moves, key, cut, again):
    """Refused, engineers more often type the whole answer again than its rest: one going on
    with words after its first figure's unit is an answer of its own."""
    await walk(engineer, moves)
    await engineer.send(cut)
    calls = await engineer.send(again)
    assert not any("合为一段" in text for text in texts(calls))
    assert not answers(services, engineer)[key].startswith(cut)  # stored as its own


async def test_the_rest_typed_in_full_width_digits_is_joined(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("抓取成功率不低于")
    calls = await engineer.send("９９％，节拍≤15秒")
    assert texts(calls)[0].startswith("已将上一条与这一条合为一段：“抓取成功率不低于９９％，节拍≤15秒”")
    assert answers(services, engineer)["indicators"] == "抓取成功率不低于99%，节拍≤15秒"
