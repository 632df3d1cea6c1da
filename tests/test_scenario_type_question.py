"""The 场景类型 question's words on the notice's focus areas: it does not say the notice assigns
them to a type, and a type saved from an area typed there is said back with why."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, walk


async def test_typing_an_area_at_the_type_question_echoes_the_type_saved(engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send("仓储物流")
    assert texts(calls)[0] == ("已按“工业”记录（仓储物流通常属于工业类场景，"
                               "如属服务或特种类请改选）。")
    assert texts(calls)[-1].startswith("第 7/11 步")


@pytest.mark.parametrize(("typed", "saved", "field"), [
    ("消防救援", "特种", "消防救援"), ("排爆", "特种", "排爆"), ("危化品处置", "特种", "危化品处置")])
async def test_typing_a_field_of_a_type_echoes_the_type_saved(engineer, typed, saved, field):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"已按“{saved}”记录（{field}通常属于{saved}类场景，"
                               "如属工业或服务类请改选）。")


@pytest.mark.parametrize("typed", ["服务类", "服务类，医疗康养", "特种（安全生产巡检）"])
async def test_typing_the_type_itself_is_saved_without_an_echo(engineer, typed):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert len(texts(calls)) == 1 and texts(calls)[0].startswith("第 7/11 步")


async def test_type_help_does_not_say_the_notice_assigns_the_areas(engineer):
    await walk(engineer, AT_SCENARIO_TYPE)
    said = texts(await engineer.send("这个怎么填？"))[0]
    assert "通知列出的重点领域，通常归类为：工业——生产制造" in said
    assert "按通知，工业含" not in said
