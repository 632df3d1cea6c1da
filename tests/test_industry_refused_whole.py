"""所属行业 typed as what describes the work, not a trade: when the first of two parts (two
lines, or the parts of a "/") is refused, the second is no direction either: nothing of the
message is saved, the direction answered before is kept, and the industry is asked again."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_INDUSTRY = AT_SCENARIO_NAME + 1
AT_PAIN_POINT = AT_SCENARIO_NAME + 3
TWO_LINES = "电池包下线前需人工插拔高压测试插头，存在打火风险。\n多品种小批量，难以自动化改造。"


def saved(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_two_lines_of_description_typed_back_at_the_industry_change_neither_answer(
        app, engineer):
    await walk(engineer, AT_PAIN_POINT)
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    said = texts(await engineer.send(TWO_LINES))
    assert "像是一句描述，不是行业名称，没有保存" in said[0] and "已保存" not in said[0]
    assert "“/”隔开一起写" in said[0]  # what to send instead
    assert said[-1].startswith("第 4/11 步（1/2）")
    answers = saved(app, engineer)
    assert (answers["industry"], answers["sub_direction"]) == ("电子信息制造业", "动力电池")


@pytest.mark.parametrize("typed", [
    TWO_LINES, "电池包下线前需人工插拔高压测试插头，存在打火风险/动力电池",
    "好的/动力电池", "工业/动力电池", "10台\n动力电池",
])
async def test_a_refused_industry_typed_first_time_saves_no_direction(app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert "不是行业名称" in said[0] and "已保存" not in said[0]
    assert said[-1].startswith("第 4/11 步（1/2）")
    assert not {"industry", "sub_direction"} & set(saved(app, engineer))


@pytest.mark.parametrize("typed", ["电子信息制造业\n动力电池", "3C电子/手机总装", "新能源汽车\n电池包测试"])
async def test_an_industry_and_its_direction_on_two_parts_are_both_still_saved(
        app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    industry, direction = typed.replace("/", "\n").split("\n")
    assert (saved(app, engineer)["industry"], saved(app, engineer)["sub_direction"]) == (
        industry, direction)
