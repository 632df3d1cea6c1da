"""A supplement labelled before the results at 预期成效 (补充指标：…↵预期成效：…) is split as after
them; typed at the summary over an old one, the reply says the words it replaced."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_indicators import AT_RESULTS

MORE, RESULTS = "续航≥6小时", "替代4名巡检工人"


@pytest.mark.parametrize("typed", [f"补充指标：{MORE}\n预期成效：{RESULTS}",
                                   f"预期成效：{RESULTS}\n补充指标：{MORE}",
                                   f"补充：{MORE}\n预期成效：{RESULTS}"])
async def test_a_supplement_and_results_labelled_at_the_results_are_each_saved(
        engineer, app, typed):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已把这条消息分别填入：补充指标、预期成效。")
    answers = saved(app, engineer)
    assert (answers["indicators_more"], answers["expected_results"]) == (MORE, RESULTS)
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")


async def test_a_supplement_before_results_adds_to_the_one_given(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.press("补充")
    await engineer.send("连续无故障运行≥8小时")
    await engineer.send(f"补充指标：{MORE}\n预期成效：{RESULTS}")
    answers = saved(app, engineer)
    assert answers["indicators_more"] == f"连续无故障运行≥8小时；{MORE}"
    assert answers["expected_results"] == RESULTS


async def test_results_after_a_supplement_naming_no_indicator_stay_whole(engineer, app):
    await walk(engineer, AT_RESULTS)
    typed = "补充说明：后续推广到集团内其他工厂\n预期成效：替代4名巡检工人"
    await engineer.send(typed)
    assert saved(app, engineer)["expected_results"] == typed
    assert "indicators_more" not in saved(app, engineer)


async def test_a_supplement_typed_at_the_summary_says_what_it_replaced(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.press("补充")
    await engineer.send("连续无故障运行≥8小时")
    await walk(engineer, start=AT_INDICATORS + 1)
    calls = await engineer.send(f"补充指标：{MORE}")
    assert texts(calls)[0].startswith(
        f"已修改“场景描述与关键技术要求（补充指标）”：{MORE}（原为：连续无故障运行≥8小时）\n已识别指标：")
    assert saved(app, engineer)["indicators_more"] == MORE
    calls = await engineer.send(f"补充指标：{MORE}")  # the same again: nothing replaced
    assert "原为" not in texts(calls)[0]
