"""所属行业 typed as what describes the work, not a trade: a count of people, machines or
shifts is refused as a sentence is; and when the first of two parts (two lines, or the parts
of a "/") is refused, the second is no direction either: nothing of the message is saved,
the direction answered before is kept, and the industry is asked again."""

import pytest

from flows.industries import direction_problem, industry_problem
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
    "每班需2名工人轮流操作\n动力电池", "好的/动力电池", "工业/动力电池", "10台\n动力电池",
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


@pytest.mark.parametrize("typed", ["每班需2名工人轮流操作", "每班2人", "3个车间", "两名工人", "两班倒",
                                   "三班", "40秒", "8小时"])
async def test_a_count_of_people_machines_or_shifts_is_refused_as_a_description(
        app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert f"“{typed}”像是一句描述，不是行业名称，没有保存" in said[0]
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["3C电子", "5G通信", "3D打印", "新能源汽车", "集成电路（28nm）",
                                   "工业4.0", "汽车4S店", "二次电池", "三轮车", "第三产业"])
async def test_an_industry_with_digits_or_numeral_words_is_kept(app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == typed


def test_numbers_inside_a_name_measure_no_one():
    assert all(industry_problem(text) is None for text in (
        "6S管理", "K12教育", "1号线地铁", "24小时便利店", "12英寸晶圆制造", "三人行", "一人一档",
        "一站式服务", "五星级酒店", "两化融合", "班车客运"))


@pytest.mark.parametrize("typed", ["汽车制造/每班需2名工人", "汽车制造/两班倒", "汽车制造\n3个车间"])
async def test_a_direction_counting_people_machines_or_shifts_is_refused_and_asked_again(
        app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    direction = typed.replace("\n", "/").split("/")[1]
    assert f"“{direction}”写的是人数、台数、班次或车间、产线等的数量，不是细分方向，没有保存。" in "\n".join(said)
    assert "sub_direction" not in saved(app, engineer)
    assert said[-1].startswith("第 4/11 步（2/2）")


@pytest.mark.parametrize("typed", ["电力/500千伏变电站", "电子信息制造业/12英寸晶圆", "港口/2号码头"])
async def test_a_direction_with_a_figure_that_counts_no_one_is_kept(app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["sub_direction"] == typed.split("/")[1]


def test_a_power_read_as_a_numbers_unit_counts_nothing():
    """As the industry it is a site (`industry_lookalikes`), told so, but counts nothing."""
    assert "场所" in industry_problem("500千伏变电站")
    assert direction_problem("500千伏变电站") is None
