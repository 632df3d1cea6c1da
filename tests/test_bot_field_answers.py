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
