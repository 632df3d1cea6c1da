"""At 预期成效: the 技术指标 pasted again are said to repeat them, not saved nor offered as
补充指标; words of a correction opening an answer (不对，应该是…) are not saved with it; an
indicator added after the results under 补充： is filed as 补充指标, the results kept."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, AT_SCENARIO_TYPE, INDICATORS, RESULTS, walk

AT_RESULTS = AT_SCENARIO_TYPE - 1


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", [INDICATORS, INDICATORS.rstrip("。"),
                                   INDICATORS.replace("，", " ")])
async def test_the_indicators_again_are_said_to_repeat_them(engineer, services, typed):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(typed)
    assert "与已填写的技术指标相同，没有存为预期成效，也不作补充指标" in texts(calls)[0]
    assert "填作补充指标" not in engineer.last_buttons()
    assert "expected_results" not in answers(services, engineer)
    assert "indicators_more" not in answers(services, engineer)


@pytest.mark.parametrize("typed,saved", [
    ("不对，应该是替代3名测试工人，效率提升40%", "替代3名测试工人，效率提升40%"),
    ("应该是替代3名测试工人", "替代3名测试工人"),
    ("写错了，应为替代3名测试工人", "替代3名测试工人"),
    ("更正：替代3名测试工人", "替代3名测试工人"),
])
async def test_correction_words_are_not_saved_with_the_results(engineer, services, typed, saved):
    await walk(engineer, AT_SCENARIO_TYPE)
    await engineer.press("⬅️ 上一步")
    await engineer.send(typed)
    assert answers(services, engineer)["expected_results"] == saved


async def test_correction_words_at_the_summary_are_not_saved(engineer, services):
    await walk(engineer)
    calls = await engineer.send("预期成效：不对，应该是替代3名测试工人")
    assert "已修改“场景描述与关键技术要求（预期成效）”：替代3名测试工人" in texts(calls)[0]
    assert answers(services, engineer)["expected_results"] == "替代3名测试工人"


async def test_correction_words_at_the_indicators_are_not_saved(engineer, services):
    await walk(engineer, AT_SCENARIO_TYPE)
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    await engineer.send("不对，应该是" + INDICATORS.replace("98%", "99%"))
    assert answers(services, engineer)["indicators"] == INDICATORS.replace("98%", "99%")


async def test_a_correction_of_an_indicator_is_still_refused_at_the_results(engineer, services):
    await walk(engineer, AT_SCENARIO_TYPE)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send("不对，应该是节拍20秒")
    assert "读来是修改技术指标中的单次插拔节拍" in texts(calls)[0]
    assert answers(services, engineer)["expected_results"] == RESULTS


async def test_an_indicator_added_after_the_results_is_filed_as_supplement(engineer, services):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send("替代2名工人。补充：平均无故障时间≥2000小时")
    assert texts(calls)[0].startswith("已把这条消息分别填入：补充指标、预期成效。")
    saved = answers(services, engineer)
    assert (saved["expected_results"], saved["indicators_more"]) == (
        "替代2名工人。", "平均无故障时间≥2000小时")


async def test_results_added_after_the_results_stay_the_results(engineer, services):
    await walk(engineer, AT_RESULTS)
    await engineer.send("替代2名工人。补充：年节约人工成本50万元")
    saved = answers(services, engineer)
    assert saved["expected_results"] == "替代2名工人。补充：年节约人工成本50万元"
    assert "indicators_more" not in saved


async def test_an_indicator_added_after_the_results_keeps_the_supplement_given(
        engineer, services):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.send("续航≥4小时")
    said = texts(await engineer.send("替代3名巡检工人。补充：MTBF≥2000h"))
    assert "续航 ≥ 4 小时；MTBF ≥ 2000 小时" in said[0]
    assert "补充指标原来的答案“续航≥4小时”仍保留，这次填入的接在其后。" in said[0]
    assert "已替换" not in said[0]
    saved = answers(services, engineer)
    assert (saved["expected_results"], saved["indicators_more"]) == (
        "替代3名巡检工人。", "续航≥4小时；MTBF≥2000h")
