"""At 是否补充指标 a result (the staff saved, the cost saved) typed straight is not stored as the
supplement whichever dimension the indicators lack, while an indicator of that dimension is."""

import pytest

from flows.coaching import not_filling_the_gap
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

NO_EFFICIENCY = "识别准确率不低于99%，定位精度±1mm，平均无故障时间不少于1000小时"
NO_RELIABILITY = "识别准确率不低于98%，单次节拍≤15秒"
NO_ACCURACY = "单次节拍≤15秒，平均无故障时间不少于1000小时"
STAFF_AND_COST = ["理货人员减少4人", "年节省人工成本120万元", "减少夜班人员4名，年节约人工成本约120万元",
                  "替代2名测试工人", "减少用工4人", "人工成本降低30%", "夜班人员由6人减少到2人"]


@pytest.mark.parametrize("typed", ["理货人员减少4人", "年节省人工成本120万元",
                                   "减少夜班人员4名，年节约人工成本约120万元"])
async def test_staff_or_cost_saved_typed_at_the_offer_is_not_taken_for_the_missing_efficiency(
        engineer, services, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(NO_EFFICIENCY)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”没有补上尚缺的效率指标")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    assert "indicators_more" not in services.intake.store.current(engineer.id).answers


async def test_results_typed_with_their_label_at_the_offer_are_the_results(engineer, services):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(NO_RELIABILITY)
    await engineer.send("预期成效：替代2名测试工人，年节约人工成本60万元")
    answers = services.intake.store.current(engineer.id).answers
    assert answers["expected_results"] == "替代2名测试工人，年节约人工成本60万元"
    assert "indicators_more" not in answers


async def test_the_offer_is_asked_again_after_results_typed_there_and_takes_the_supplement(
        engineer, services):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(NO_RELIABILITY)
    calls = await engineer.send("预期成效：替代2名测试工人，年节约人工成本60万元")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    await engineer.send("连续无故障运行≥8小时")
    answers = services.intake.store.current(engineer.id).answers
    assert answers["indicators_more"] == "连续无故障运行≥8小时"
    assert answers["expected_results"] == "替代2名测试工人，年节约人工成本60万元"


@pytest.mark.parametrize("typed", ["节拍缩短至15秒", "巡检时间由3小时缩短到1小时", "效率提升30%"])
async def test_an_efficiency_figure_typed_at_the_offer_fills_the_missing_efficiency(
        engineer, services, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(NO_EFFICIENCY)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    assert services.intake.store.current(engineer.id).answers["indicators_more"] == typed


@pytest.mark.parametrize("indicators", [NO_EFFICIENCY, NO_RELIABILITY, NO_ACCURACY])
@pytest.mark.parametrize("typed", STAFF_AND_COST)
def test_staff_or_cost_saved_fills_no_missing_dimension(indicators, typed):
    assert not_filling_the_gap({"indicators": indicators}, typed).startswith(f"“{typed}”没有补上")


@pytest.mark.parametrize(("indicators", "typed"), [
    (NO_EFFICIENCY, "人工巡检时间缩短50%"), (NO_EFFICIENCY, "人效提升30%"),
    (NO_EFFICIENCY, "巡检人员不超过2人"), (NO_RELIABILITY, "故障率降低50%"),
    (NO_ACCURACY, "误检率降低50%"), (NO_RELIABILITY, "作业成功率不低于99%")])
def test_a_change_of_the_missing_dimension_itself_fills_it(indicators, typed):
    assert not_filling_the_gap({"indicators": indicators}, typed) is None


@pytest.mark.parametrize("indicators", [NO_EFFICIENCY, NO_RELIABILITY, NO_ACCURACY])
@pytest.mark.parametrize("typed", ["人工换型时间由40分钟缩短至10分钟", "人工干预次数由每班5次减少到1次",
                                   "人工复检比例由20%降低到5%", "人工巡检频次由每天4次降低到1次"])
def test_a_level_of_the_staffs_work_with_its_baseline_is_an_indicator_not_a_result(
        indicators, typed):
    assert not_filling_the_gap({"indicators": indicators}, typed) is None
