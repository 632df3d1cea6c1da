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
    ("识别准确率≥99%，节拍≤15秒，在-20℃下正常工作", "识别准确率 ≥ 99%；节拍 ≤ 15 秒\n"),
    ("识别准确率≥99%，节拍≤15秒，-20℃～50℃环境下连续工作8小时",
     "识别准确率 ≥ 99%；节拍 ≤ 15 秒；连续工作 8 小时"),
])
async def test_a_condition_is_no_indicator_and_leaves_no_name_behind(engineer, typed, echo):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"已识别指标：{echo}")
    assert "下正常工作" not in said[0] and "环境下" not in said[0] and "℃" not in said[0]
