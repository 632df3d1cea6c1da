"""At 预期成效, an indicator corrected (节拍改为20秒) or added (补充：MTBF≥2000h) is not stored as
the results: the engineer is told how to change the indicators, and 预期成效 is asked again."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, INDICATORS, walk


@pytest.mark.parametrize("typed", ["节拍改为20秒", "不对，节拍是20秒", "单次插拔节拍应为20秒"])
async def test_a_corrected_indicator_is_not_stored_as_the_results(engineer, app, typed):
    await walk(engineer, AT_INDICATORS + 1)
    said = texts(await engineer.send(typed))
    assert said[0] == (f"“{typed}”读来是修改技术指标中的单次插拔节拍，没有存为预期成效。"
                       "要修改技术指标，请点“上一步”回到技术指标，把全部指标改好后重新发送"
                       "（也可以在最后的汇总页修改第 5 项）；这里请填写预期成效。")
    assert "预期成效：部署后能达到什么效果？" in said[-1]
    answers = saved(app, engineer)
    assert "expected_results" not in answers and answers["indicators"] == INDICATORS


async def test_an_indicator_added_after_supplement_is_not_stored_as_the_results(engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    said = texts(await engineer.send("补充：MTBF≥2000h"))
    assert said[0].startswith("“补充：MTBF≥2000h”读来是要补充的技术指标，没有存为预期成效。")
    assert "expected_results" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["单次插拔节拍从60秒降到15秒，替代2名测试工人",
                                   "补充：年节约人工成本50万元"])
async def test_results_naming_an_indicator_without_a_correction_are_stored(engineer, app, typed):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send(typed)
    assert saved(app, engineer)["expected_results"] == typed


@pytest.mark.parametrize("typed", ["定位精度应为±0.3mm", "定位误差改为0.3mm"])
async def test_a_metric_named_by_its_head_word_is_read_as_corrected(engineer, app, typed):
    await walk(engineer, AT_INDICATORS + 1)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{typed}”读来是修改技术指标中的插接位置精度，没有存为预期成效。")
    assert "expected_results" not in saved(app, engineer)


async def test_a_head_word_two_held_metrics_share_is_not_guessed(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，插接位置精度≤±0.5mm，抓取精度≤1mm，单次节拍≤15秒，"
                        "MTBF≥1000h")
    said = texts(await engineer.send("定位精度应为±0.3mm"))
    assert "修改技术指标" not in said[0]
