"""The supplement (补充指标) honours the labels typed in it as the indicators question does."""

import io

from openpyxl import load_workbook

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, fill_to_summary, walk
from tests.test_bot_field_answers import saved


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
    await engineer.press("✅ 提交")
    await province.send("/export")
    await province.press("全部")
    calls = await province.press("全省")
    [document] = [c.files["document"] for c in calls if c.endpoint == "sendDocument"]
    cell = load_workbook(io.BytesIO(document)).active.cell(4, 6).value
    assert cell.count("预期成效：") == 1
    assert "预期成效：替代3名工人" in cell
