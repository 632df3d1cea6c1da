"""A description pasted on one line with the writer's short labels (现状：… 指标：… 成效：…) is
split at each when the message opens with a label; a forward's header line (【微信转发】) before
the labels is dropped, not stored as the start of the pain point."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

PAIN = "电池包下线前需人工插拔高压插头，存在打火风险"
SPLIT = (PAIN, "识别准确率≥98%，节拍≤15秒", "替代2名测试工人")


def saved(services, engineer) -> tuple[str | None, ...]:
    answers = services.intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


@pytest.mark.parametrize("typed", [
    f"现状：{PAIN} 指标：识别准确率≥98%，节拍≤15秒 成效：替代2名测试工人",
    f"现状：{PAIN}，指标：识别准确率≥98%，节拍≤15秒，成效：替代2名测试工人",
    f"现状 ：{PAIN} 指标 ：识别准确率≥98%，节拍≤15秒 成效 ：替代2名测试工人",
])
async def test_labels_on_one_line_fill_each_part(engineer, services, typed):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(services, engineer) == SPLIT


@pytest.mark.parametrize("header", ["【微信转发】", "转自微信群：", "—— 转发自 张工 ——"])
async def test_a_forward_header_before_the_labels_is_dropped(engineer, services, header):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{header}\n现状：{PAIN}\n指标：识别准确率≥98%，节拍≤15秒\n"
                        "成效：替代2名测试工人")
    assert saved(services, engineer) == SPLIT
