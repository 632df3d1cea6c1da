"""A deployment count corrected in a few words (10台不对应该是6台, 台数改成6台) typed at 现状与痛点,
预期成效 or a product question answers none of them: refused as the machines deployed, pointed
to 部署总数, the answer saved before kept. Pain points, indicators and results naming something
besides their counts of 台 are saved as before."""

import pytest

from flows.corrected_counts import corrects_a_count, count_meant
from flows.misfiled import count_typed
from tests.fake_bot_api import texts
from tests.journey import INDICATORS, JOURNEY, PAIN, RESULTS, fill_to_summary, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_indicators import AT_RESULTS, saved_as_results
from tests.test_bot_tech_products import AT_MODEL_ALGORITHM

AT_PAIN = JOURNEY.index(("send", PAIN))
MACHINES = "是部署的台数（在第 10 步“部署总数”填写）"
TO_SIX = "要改为 6 台，请在汇总页输入“部署总数：6台”（还没填到第 10 步的，到时填写即可）"


async def test_a_count_corrected_at_the_pain_point_of_a_returned_entry_keeps_the_pain_point(
        services, engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("第10项台数不对，第5项缺可靠性指标")
    await suzhou.send("5、10")
    await suzhou.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    calls = await engineer.send("10台不对应该是6台")
    assert texts(calls)[0] == (f"“10台不对应该是6台”{MACHINES}，不是现状与痛点，没有保存：{TO_SIX}。")
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求\n场景现状与痛点")
    assert f"当前答案：{PAIN}" in texts(calls)[-1]
    assert services.intake.store.load(1).answers["pain_point"] == PAIN


@pytest.mark.parametrize("typed", ["10台不对，应该是6台", "部署总数写错了，应该是6台", "台数不对，应该是6台",
                                   "第10项台数不对，应该是6台"])
async def test_a_count_corrected_at_the_pain_point_is_refused(engineer, app, typed):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"“{typed}”{MACHINES}，不是现状与痛点，没有保存：{TO_SIX}。"
    assert "pain_point" not in saved(app, engineer)


# Begun with the count's name (台数改成6台, 部署总数改为6台), an answer is refused before, as one
# for the question of 部署总数 (flows/step_messages.py).
@pytest.mark.parametrize("typed", ["10台不对应该是6台", "应该是6台", "不是10台是6台", "6台，不是10台"])
async def test_a_count_corrected_at_the_results_is_refused_and_the_results_kept(engineer, app,
                                                                                typed):
    await walk(engineer, AT_RESULTS + 1)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"“{typed}”{MACHINES}，不是预期成效，没有保存：{TO_SIX}。"
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    assert saved(app, engineer)["expected_results"] == RESULTS


async def test_a_count_only_taken_back_at_the_results_is_refused_without_a_count_to_change_to(
        engineer, app):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send("10台不对")
    assert texts(calls)[0] == f"“10台不对”{MACHINES}，不是预期成效，没有保存。"
    assert "expected_results" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["10台不对应该是6台", "不是10台，是6台", "不好意思，台数写错了，应该是六台"])
async def test_a_count_corrected_at_a_product_question_is_pointed_to_the_count(engineer, app,
                                                                               typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert f"“{typed}”是部署的台数，不是产品名称" in texts(calls)[0]
    assert "要改为 6 台，请在填完本步后的汇总页输入“部署总数：6台”" in texts(calls)[0]
    assert "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["现有10台AGV不够，需人工补位，夜班缺人", "10台老设备应该淘汰，人工上下料效率低",
                                   "原有10台设备不对外开放，物料靠人工搬运"])
async def test_a_pain_point_counting_machines_is_saved(engineer, app, typed):
    await walk(engineer, AT_PAIN)
    await engineer.send(typed)
    assert saved(app, engineer)["pain_point"] == typed


@pytest.mark.parametrize("typed", ["减少6台叉车", "叉车由10台减为6台", "替代3台叉车", "设备由10台改为6台"])
async def test_results_counting_other_machines_are_saved(engineer, app, typed):
    await saved_as_results(engineer, app, typed)


async def test_an_indicator_per_hundred_machines_is_saved(engineer, app):
    await walk(engineer, AT_PAIN + 1)
    await engineer.send("连续运行≥8小时，故障率不高于1次/100台")
    assert saved(app, engineer)["indicators"] == "连续运行≥8小时，故障率不高于1次/100台"
    assert INDICATORS not in saved(app, engineer).values()


@pytest.mark.parametrize(("typed", "meant"), [
    ("10台不对应该是6台", 6), ("台数改成6台", 6), ("应该是6台", 6), ("部署总数改为6台", 6),
    ("不是10台是6台", 6), ("不是10台，是6台", 6), ("6台，不是10台", 6), ("10台，改成6台", 6),
    ("10台不对，应该6台", 6), ("十台不对，应为六台", 6), ("10台不对", None), ("台数不是10台", None),
    ("经核实，部署总数应为6台", 6), ("核对后，10台不对，应为6台", 6)])
def test_a_count_corrected_is_read_with_the_count_it_means(typed, meant):
    assert corrects_a_count(typed) and count_meant(typed) == meant


@pytest.mark.parametrize("typed", [
    "6台", "部署6台", "部署总数为6台", "减少6台叉车", "叉车由10台减为6台", "由10台改为6台", "替代3台叉车",
    "扩大应用至20台", "应该部署6台叉车", "现有10台设备不是全自动", "不是所有10台都能用",
    "连续运行≥8小时，故障率不高于1次/100台", "10台改为6台以后节省成本",
    "不对，应该是6台，另外2台是备用的，年节约成本约30万元，替代4名工人", "经核实，现有10台AGV不够用"])
def test_an_answer_saying_more_than_a_count_corrected_is_none(typed):
    assert not corrects_a_count(typed)


def test_a_count_corrected_is_refused_at_the_innovation_point():
    assert count_typed("差异化创新点")("台数改成6台") == (
        f"“台数改成6台”{MACHINES}，不是差异化创新点，没有保存：{TO_SIX}。")
