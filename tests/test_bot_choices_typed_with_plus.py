"""Choices typed joined with + (本单位+同行业, 1+2) or circled numbers (①③), as engineers type a
list on a phone: ticked as when listed with 、; two types of scene so joined are asked which."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, walk
from tests.test_bot_typed_choices import ACROSS, AT_GOALS, OWN_UNIT, SAME_INDUSTRY, answers


@pytest.mark.parametrize("typed, ticked", [
    ("本单位+同行业", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位＋跨行业", [OWN_UNIT, ACROSS]),
    ("1+2", [OWN_UNIT, SAME_INDUSTRY]),
    ("①③", [OWN_UNIT, ACROSS]),
    ("①②③", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
])
async def test_goals_joined_with_plus_or_circled_numbers_are_ticked(
        app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == ticked


async def test_a_plus_inside_a_word_does_not_part_goals(app, engineer):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send("5G+跨行业推广")
    assert texts(calls)[0] == f"已选：{ACROSS}。选好后点“完成”。"


async def test_two_scene_types_joined_with_plus_are_asked_which(app, engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send("工业+服务")
    assert texts(calls)[0] == "场景类型只能选一项，请点击下方按钮选择：工业 / 服务 / 特种。"
    assert "scenario_type" not in answers(app, engineer)
