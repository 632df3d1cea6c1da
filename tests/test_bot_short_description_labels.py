"""A whole description typed at 现状与痛点 with the short labels people say (现状/痛点, 指标,
成效/效果), said in order (第一，… 第二，…) or on lines of their own, is split as one with the
template's labels: the ordinals are no part of the parts, and the indicators are not kept in
the pain point to be asked for again. Where 指标 or 效果 are words of a sentence they stay."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, JOURNEY, PAIN, walk

AT_PAIN = JOURNEY.index(("send", PAIN))
TODAY = "药房处方调配全靠人工，差错时有发生"
SPEC = "药品核对准确率达到百分之百，单张处方调配时间≤90s"
GAINS = "药师减少2人。"
SPLIT = "已把这条消息分别填入：现状与痛点、技术指标、预期成效。"


def parts(services, engineer) -> tuple:
    answers = services.intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


@pytest.mark.parametrize("typed", [
    f"第一，现状：{TODAY}；第二，指标：{SPEC}；第三，成效：{GAINS}",
    f"第一、痛点：{TODAY}；第二、技术要求：{SPEC}；第三、效果：{GAINS}",
    f"一、现状：{TODAY}；二、指标：{SPEC}；三、成效：{GAINS}",
    f"1. 现状：{TODAY}；2. 关键技术要求：{SPEC}；3. 预期效果：{GAINS}",
    f"现状：{TODAY}；指标：{SPEC}；成效：{GAINS}",
    f"痛点：{TODAY}\n指标：{SPEC}\n成效：{GAINS}",
    f"第一，现状：{TODAY}\n第二，指标：{SPEC}\n第三，效果：{GAINS}",
])
async def test_a_description_with_short_labels_fills_each_part_without_its_ordinals(
        services, engineer, typed):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(SPLIT)
    assert parts(services, engineer) == (TODAY, SPEC, GAINS)


@pytest.mark.parametrize("typed", [
    "现场需人工插拔高压插头，存在打火风险，指标：漏检率高达5%",
    "现状：试用过传统视觉方案，效果：不理想，差错时有发生",
    "药房处方调配全靠人工，各项指标：准确率、时效均难以保证",
    "药房处方调配全靠人工，调配效果难以保证，成效指标：无",
])
async def test_short_labels_after_a_comma_are_words_of_the_pain_point(services, engineer, typed):
    await walk(engineer, AT_PAIN)
    await engineer.send(typed)
    pain = typed.removeprefix("现状：")
    assert parts(services, engineer) == (pain, None, None)


async def test_a_target_labelled_beside_its_baseline_at_the_indicators_is_kept_as_typed(
        services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("现状：人工节拍45秒；指标：节拍≤15秒")
    assert parts(services, engineer)[1] == "现状：人工节拍45秒；指标：节拍≤15秒"

