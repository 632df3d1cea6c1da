"""What a typed answer may be, per question, through the real Application: evasive
placeholders, sentences at 所属行业, a scenario at 用户单位, spoken counts and names."""

import pytest

from flows.rules import PLACEHOLDER
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, JOURNEY, RESULTS, walk

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
AT_RESULTS = JOURNEY.index(("send", RESULTS))


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("moves", "key"), [
    (AT_SCENARIO_NAME, "scenario_name"), (AT_MAKERS, "makers"), (AT_RESULTS, "expected_results"),
])
@pytest.mark.parametrize("typed", ["详见附件", "详见附件材料", "暂时还没想好", "还没确定", "另行报送",
                                   "正在洽谈中"])
async def test_an_evasive_placeholder_is_refused_at_a_required_question(
        engineer, app, moves, key, typed):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert texts(calls)[0] == PLACEHOLDER.format(text=typed)
    assert texts(calls)[-1].split("\n")[0] == asked
    assert key not in saved(app, engineer)


async def test_a_member_list_with_an_evasive_entry_is_refused(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("恒远机器人有限公司、暂时还没想好")
    assert texts(calls)[0] == PLACEHOLDER.format(text="暂时还没想好")
    assert "makers" not in saved(app, engineer)


async def test_voice_typed_spaces_and_full_stops_are_not_kept_in_names(engineer, app):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("昆山 沪光 汽车电器 股份有限公司。")
    await engineer.send("线束 总装 工位 插接件 自动 插装。")
    await engineer.send("汽车 制造。")
    await engineer.send("汽车 线束。")
    answers = saved(app, engineer)
    assert answers["enterprise"] == "昆山沪光汽车电器股份有限公司"
    assert answers["scenario_name"] == "线束总装工位插接件自动插装"
    assert answers["industry"] == "汽车制造"
    assert answers["sub_direction"] == "汽车线束"


async def test_spaces_inside_a_latin_name_are_kept(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("ABB Robotics、UBTECH Robotics Corp., Ltd.")
    assert saved(app, engineer)["makers"] == ["ABB Robotics", "UBTECH Robotics Corp., Ltd."]
