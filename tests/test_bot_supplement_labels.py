"""The supplement (补充指标) honours the labels typed in it as the indicators question does; a
whole description pasted there (现状与痛点：… 技术指标：…) is a new one, as anywhere."""

import io

import pytest
from openpyxl import load_workbook

from flows.step_messages import OLD_FOLLOWER_DROPPED
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, fill_to_summary, walk
from tests.test_bot_field_answers import saved

SHORT = "商品识别准确率不低于99%，单件上架时间不超过8秒"  # no reliability indicator
SUPPLEMENT = "连续无故障运行不少于8小时"
NEW_INDICATORS = "商品识别准确率≥99%，上架节拍≤8秒，连续运行≥10小时"
WHOLE = ("现状与痛点：门店夜间补货人手不足，缺货率高影响销售。\n"
         f"技术指标：{NEW_INDICATORS}\n预期成效：每店减少理货员2名")
NEW_DESCRIPTION = ("门店夜间补货人手不足，缺货率高影响销售。\n"
                   f"技术指标：{NEW_INDICATORS}\n预期成效：每店减少理货员2名")


async def exported_description(engineer, province) -> str:
    """The 场景描述与关键技术要求 cell of the engineer's row, submitted and exported."""
    await engineer.press("✅ 提交")
    await province.send("/export")
    await province.press("全部")
    calls = await province.press("全省")
    [document] = [c.files["document"] for c in calls if c.endpoint == "sendDocument"]
    return load_workbook(io.BytesIO(document)).active.cell(4, 6).value


async def at_the_supplement(engineer) -> None:
    """Indicators short of reliability, 补充 pressed: the supplement asked for the first time."""
    await walk(engineer, AT_INDICATORS)
    await engineer.send(SHORT)
    await engineer.press("补充")


async def filled_with_a_supplement(engineer) -> None:
    await at_the_supplement(engineer)
    await engineer.send(SUPPLEMENT)
    await walk(engineer, start=AT_INDICATORS + 1)


async def test_results_labelled_in_the_supplement_answer_the_results(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次节拍≤15秒")
    await engineer.press("补充")
    calls = await engineer.send("连续无故障运行≥8小时\n预期成效：替代2名测试工人，测试效率提升30%。")
    answers = saved(app, engineer)
    assert answers["indicators_more"] == "连续无故障运行≥8小时"
    assert answers["expected_results"] == "替代2名测试工人，测试效率提升30%。"
    assert "替代" not in texts(calls)[0]


async def test_results_labelled_in_a_supplement_typed_at_the_offer_are_exported_once(
        engineer, app, province):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：识别准确率≥99%，节拍≤10秒")
    calls = await engineer.send("连续运行24小时\n预期成效：替代3名工人")
    assert not any("替代 3 名" in text for text in texts(calls))
    answers = saved(app, engineer)
    assert (answers["indicators_more"], answers["expected_results"]) == ("连续运行24小时", "替代3名工人")
    cell = await exported_description(engineer, province)
    assert cell.count("预期成效：") == 1
    assert "预期成效：替代3名工人" in cell


async def test_a_whole_description_pasted_at_the_supplement_opened_from_the_summary_is_new(
        engineer, app, province):
    await filled_with_a_supplement(engineer)
    calls = await engineer.send("技术指标：商品识别准确率不低于99.5%，单件上架时间不超过6秒")
    assert f"“补充指标”保留不变：{SUPPLEMENT}" in texts(calls)[0]  # back at the summary
    calls = await engineer.send("补充指标")
    assert f"当前答案：{SUPPLEMENT}" in texts(calls)[-1]
    calls = await engineer.send(WHOLE)
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。\n"
                                      + OLD_FOLLOWER_DROPPED.format(text=SUPPLEMENT))
    assert f"5. 场景描述与关键技术要求：\n{NEW_DESCRIPTION}\n" in texts(calls)[-1]
    assert await exported_description(engineer, province) == NEW_DESCRIPTION


async def test_a_whole_description_pasted_at_the_supplement_while_filling_is_new(engineer, app):
    await at_the_supplement(engineer)
    calls = await engineer.send(WHOLE)
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    answers = saved(app, engineer)
    assert (answers["indicators"], answers["expected_results"]) == (NEW_INDICATORS, "每店减少理货员2名")
    assert "indicators_more" not in answers and "indicator_gap" not in answers


async def test_new_indicators_of_a_whole_description_still_short_are_offered_the_supplement_again(
        engineer, app, province):
    await filled_with_a_supplement(engineer)
    await engineer.send("技术指标：商品识别准确率不低于99.5%，单件上架时间不超过6秒")
    calls = await engineer.send(WHOLE.replace("，连续运行≥10小时", ""))
    assert OLD_FOLLOWER_DROPPED.format(text=SUPPLEMENT) in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    await engineer.send("连续运行≥10小时")
    calls = await engineer.press("✔️ 保持不变")  # 预期成效, as pasted
    assert "技术指标：商品识别准确率≥99%，上架节拍≤8秒；连续运行≥10小时\n" in texts(calls)[-1]
    assert SUPPLEMENT not in await exported_description(engineer, province)


async def test_a_whole_description_typed_at_the_offer_is_new_even_still_short(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(SHORT)
    calls = await engineer.send(WHOLE.replace("连续运行≥10小时", "定位精度±1mm"))
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    answers = saved(app, engineer)
    assert (answers["indicators"], answers["pain_point"]) == (
        NEW_INDICATORS.replace("连续运行≥10小时", "定位精度±1mm"), "门店夜间补货人手不足，缺货率高影响销售。")
    assert "indicators_more" not in answers and "indicator_gap" not in answers


async def test_a_whole_description_pasted_at_the_supplement_of_a_returned_draft_is_new(
        engineer, app, suzhou):
    await filled_with_a_supplement(engineer)
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实技术指标和台数。")
    await suzhou.press("☐ 5 场景描述与关键技术要求")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.press("✔️ 保持不变")
    calls = await engineer.press("✔️ 保持不变")
    assert f"当前答案：{SUPPLEMENT}" in texts(calls)[-1]
    calls = await engineer.send(WHOLE)
    assert OLD_FOLLOWER_DROPPED.format(text=SUPPLEMENT) in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    calls = await engineer.send("6台")
    assert f"5. 场景描述与关键技术要求：\n{NEW_DESCRIPTION}\n" in texts(calls)[-1]


PAIN_ONLY = "现状与痛点：门店夜间补货需人工搬运，单箱重约20kg，"
NEW_PAIN = "门店夜间补货需人工搬运，单箱重约20kg"


async def test_a_pain_point_pasted_at_the_offer_replaces_it_and_asks_the_offer_again(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(SHORT)
    calls = await engineer.send(PAIN_ONLY)
    assert texts(calls)[0].startswith("已把这条消息填入：现状与痛点。\n现状与痛点原来的答案“")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n技术指标还未涵盖")
    answers = saved(app, engineer)
    assert answers["pain_point"] == NEW_PAIN
    assert "indicators_more" not in answers and "indicator_gap" not in answers


async def test_a_pain_point_pasted_at_the_supplement_replaces_it_and_asks_the_supplement_again(
        engineer, app):
    await at_the_supplement(engineer)
    calls = await engineer.send(PAIN_ONLY)
    assert texts(calls)[0].startswith("已把这条消息填入：现状与痛点。\n现状与痛点原来的答案“")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n请补充缺少的指标")
    answers = saved(app, engineer)
    assert answers["pain_point"] == NEW_PAIN and "indicators_more" not in answers
    await engineer.send(SUPPLEMENT)
    calls = await engineer.send("每店减少理货员2名")
    await walk(engineer, start=AT_INDICATORS + 2)
    assert (f"5. 场景描述与关键技术要求：\n{NEW_PAIN}\n技术指标：{SHORT}；{SUPPLEMENT}\n"
            "预期成效：每店减少理货员2名\n") in engineer.last_text()


INDICATORS_FIRST = ("技术指标：" + NEW_INDICATORS + "\n现状与痛点：门店夜间补货人手不足，缺货率高影响销售。\n"
                    "预期成效：每店减少理货员2名")


@pytest.mark.parametrize("pressed", [True, False], ids=["at the supplement", "at the offer"])
async def test_a_whole_description_with_its_indicators_first_is_new_at_the_supplement(
        engineer, app, pressed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(SHORT)
    if pressed:
        await engineer.press("补充")
    calls = await engineer.send(INDICATORS_FIRST)
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    answers = saved(app, engineer)
    assert (answers["indicators"], answers["expected_results"]) == (NEW_INDICATORS, "每店减少理货员2名")
    assert "indicators_more" not in answers and "indicator_gap" not in answers


async def test_a_whole_description_with_its_indicators_first_drops_the_old_supplement(
        engineer, province):
    await filled_with_a_supplement(engineer)
    await engineer.send("技术指标：商品识别准确率不低于99.5%，单件上架时间不超过6秒")
    calls = await engineer.send(INDICATORS_FIRST)
    assert OLD_FOLLOWER_DROPPED.format(text=SUPPLEMENT) in texts(calls)[0]
    assert f"5. 场景描述与关键技术要求：\n{NEW_DESCRIPTION}\n" in texts(calls)[-1]
    assert await exported_description(engineer, province) == NEW_DESCRIPTION


async def test_a_whole_description_whose_indicators_are_refused_keeps_the_old_supplement(
        engineer, app):
    """The supplement goes with the indicators it completed: while they stay, so does it."""
    await filled_with_a_supplement(engineer)
    calls = await engineer.send("现状与痛点：门店夜间补货人手不足，缺货率高影响销售。\n技术指标：精度高、效率高")
    assert not any(OLD_FOLLOWER_DROPPED.format(text=SUPPLEMENT) in text for text in texts(calls))
    answers = saved(app, engineer)
    assert (answers["indicators"], answers["indicators_more"]) == (SHORT, SUPPLEMENT)
