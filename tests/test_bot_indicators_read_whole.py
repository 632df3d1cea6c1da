"""At 技术指标, values offered as options (续航4/6/8小时) are echoed whole, a condition with no
value of a metric (在-20℃下正常工作) is no indicator, and a chip's compute (NVIDIA Orin
275TOPS) is a part's spec, not the scenario's indicator."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk


async def test_options_of_one_metric_are_echoed_whole(engineer, app):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send("续航4/6/8小时，定位精度±1mm，节拍≤15秒"))
    assert said[0] == "已识别指标：续航 4/6/8 小时；定位精度 ±1 毫米；节拍 ≤ 15 秒"
    assert saved(app, engineer)["indicators"] == "续航4/6/8小时，定位精度±1mm，节拍≤15秒"


@pytest.mark.parametrize("typed, echo", [
    ("支持3/5/10kg三档负载", "负载 3/5/10 千克"), ("可选3/5/10kg负载", "负载 3/5/10 千克"),
    ("支持3/5/10kg，定位精度±1mm", "3/5/10 千克；定位精度 ±1 毫米"),
])
async def test_options_offered_by_a_verb_are_named_by_the_noun_after_or_not_at_all(
        engineer, app, typed, echo):
    """支持 offers the options and names no metric: the echo said 支持 3/5/10 千克."""
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"已识别指标：{echo}")
    assert "支持" not in said[0] and "可选" not in said[0]
    assert saved(app, engineer)["indicators"] == typed


@pytest.mark.parametrize("typed, echo", [
    ("识别准确率≥99%，节拍≤15秒，在-20℃下正常工作", "识别准确率 ≥ 99%；节拍 ≤ 15 秒\n"),
    ("识别准确率≥99%，节拍≤15秒，-20℃～50℃环境下连续工作8小时",
     "识别准确率 ≥ 99%；节拍 ≤ 15 秒；连续工作 8 小时"),
])
async def test_a_condition_is_no_indicator_and_leaves_no_name_behind(engineer, typed, echo):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"已识别指标：{echo}")
    assert "下正常工作" not in said[0] and "环境下" not in said[0] and "℃" not in said[0]


async def test_a_condition_alone_is_said_to_be_a_condition(engineer, app):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send("在-20℃下正常工作"))
    assert said[0].startswith("没有识别到可量化的指标：“-20℃”是工作条件（写明在这一条件下要达到的数值"
                              "才算指标，如“在-20℃下续航不低于4小时”）")
    assert "indicators" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["主控采用NVIDIA Orin 275TOPS", "搭载NVIDIA Orin 275TOPS算力平台"])
async def test_a_chips_compute_is_no_indicator(engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send(typed))
    assert said[0].startswith("没有识别到可量化的指标：“275TOPS”是芯片或零部件的规格"
                              "（写明“算力”才算指标，如“算力不低于200TOPS”）")
    assert "indicators" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["主控采用Orin NX 100TOPS，8核CPU", "8核CPU"])
async def test_a_chips_cores_are_a_parts_spec_as_its_compute_is(engineer, app, typed):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send(typed))
    figures = "“100TOPS”“8核”" if "TOPS" in typed else "“8核”"
    assert said[0].startswith(f"没有识别到可量化的指标：{figures}是芯片或零部件的规格"
                              "（写明“算力”才算指标，如“算力不低于200TOPS”），")
    assert "场景情况" not in said[0]
    assert "indicators" not in saved(app, engineer)


async def test_a_chips_compute_beside_indicators_is_kept_in_the_text_but_not_echoed(engineer, app):
    await walk(engineer, AT_INDICATORS)
    typed = "采用NVIDIA Orin 275TOPS，识别准确率≥99%，节拍≤15秒"
    said = texts(await engineer.send(typed))
    assert said[0].startswith("已识别指标：识别准确率 ≥ 99%；节拍 ≤ 15 秒\n")
    assert saved(app, engineer)["indicators"] == typed
