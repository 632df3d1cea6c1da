"""所属行业 typed with its 细分方向 after it: a button's industry said first, whole, with pauses
inside or without its 业, is the industry and the words after it the direction."""

import pytest

from tests.journey import walk

AT_INDUSTRY = 5


def saved(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("typed", "industry", "direction"), [
    ("电子信息制造 动力电池", "电子信息制造业", "动力电池"),
    ("电力 行业 巡检", "电力", "巡检"),
    ("汽车 制造 总装", "汽车制造", "总装"),
    ("汽车制造业 总装", "汽车制造", "总装"),
    ("医疗 康养 养老院", "医疗康养", "养老院"),
])
async def test_a_button_industry_said_first_is_split_from_its_direction(
        engineer, app, typed, industry, direction):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == industry
    assert saved(app, engineer)["sub_direction"] == direction


@pytest.mark.parametrize(("typed", "industry"), [
    ("港口 物流", "港口物流"), ("汽车零部件", "汽车零部件"), ("汽车 零部件", "汽车零部件"),
    ("电子信息", "电子信息"), ("电子 信息 制造业", "电子信息制造业"),
    ("医疗康养 产业", "医疗康养产业"),
    ("电子信息 动力电池", "电子信息动力电池"),  # which industry is meant is not guessed
    ("电子信息制造业、动力电池", "电子信息制造业、动力电池"),
    ("电子信息制造业中的动力电池", "电子信息制造业中的动力电池"),
])
async def test_a_name_only_beginning_like_a_button_is_kept_as_one_industry(
        engineer, app, typed, industry):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == industry
    assert "sub_direction" not in saved(app, engineer)


@pytest.mark.parametrize(("typed", "industry", "direction"), [
    ("汽车制造 焊装/涂装", "汽车制造", "焊装/涂装"),
    ("电子信息制造业 动力电池/储能电池", "电子信息制造业", "动力电池/储能电池"),
    ("汽车 制造 焊装 / 涂装", "汽车制造", "焊装/涂装"),
    ("汽车制造/焊装 涂装", "汽车制造", "焊装涂装"),
    ("港口 物流/集装箱", "港口物流", "集装箱"),
    ("电子信息 动力电池/储能", "电子信息动力电池", "储能"),  # which industry is meant is not guessed
])
async def test_a_slash_after_a_button_industry_and_a_pause_parts_the_directions_not_the_industry(
        engineer, app, typed, industry, direction):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == industry
    assert saved(app, engineer)["sub_direction"] == direction
