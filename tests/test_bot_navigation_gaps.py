"""Ways around the questionnaire QA found confusing: a form picked again says it replaced the
first, a count typed at the goals says it is 部署总数's, 技术指标 retyped at the summary with a
supplement goes back to the summary keeping it, and a column opened from the summary (✏️ 5)
has its 上一步 as well as 返回汇总."""

from tests.fake_bot_api import texts
from tests.journey import INDICATORS, PAIN, RESULTS, fill_to_summary, walk
from tests.test_bot_field_answers import saved

AT_GOALS = 16
COUNT_WALKING = ("“20台”是部署的台数，属于第 10 步“部署总数”，没有存为整机应用目标。\n"
                 "请点击下方按钮选择整机应用目标，选好后点“完成”，下一问即填写部署总数。")
COUNT_EDITING = ("“20台”是部署的台数，属于第 10 步“部署总数”，没有存为整机应用目标"
                 "（当前部署总数：10台）。\n要修改部署总数，请点“⬅️ 返回汇总”，在汇总页发送“20台”即可。")
SUPPLEMENT = "节拍≤20秒，成功率≥99%"


async def test_a_form_tapped_again_on_its_picker_says_which_it_replaced(engineer, app):
    await walk(engineer, 11)
    await engineer.press("☐ 人形机器人")
    picker, legged = engineer.find_button("足式")
    await engineer.press("轮式")
    calls = await engineer.press_data(legged, picker.message_id)  # the second tap
    assert texts(calls)[0] == "已将“人形机器人”的形态改为足式（原为轮式）。"
    assert "☑ 人形机器人：足式" in engineer.last_buttons()
    assert saved(app, engineer)["product_types"] == {"人形机器人": "足式"}


async def test_a_count_typed_at_the_goals_is_said_to_be_the_deployment_count(engineer, app):
    await walk(engineer, AT_GOALS)
    await engineer.press("☐ 完成本单位内同类场景复制部署")
    calls = await engineer.send("20台")
    assert texts(calls)[0] == COUNT_WALKING
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    answers = saved(app, engineer)
    assert answers["deployment_goals"] == ["完成本单位内同类场景复制部署"]
    assert "deployment_count" not in answers


async def test_a_count_typed_at_the_goals_opened_from_the_summary_points_to_it(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 9")
    calls = await engineer.send("20台")
    assert texts(calls)[0] == COUNT_EDITING
    await engineer.press("⬅️ 返回汇总")
    calls = await engineer.send("20台")  # as the message says
    assert "10. 部署总数：20台" in texts(calls)[-1]
    assert saved(app, engineer)["deployment_count"] == 20


async def test_indicators_retyped_at_the_summary_keep_the_supplement_and_go_back(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：定位精度±1mm")
    await engineer.send(f"补充指标：{SUPPLEMENT}")
    calls = await engineer.send("技术指标：定位精度±2mm")
    assert f"“补充指标”保留不变：{SUPPLEMENT}（如需修改，请输入“补充指标：新内容”）" in texts(calls)[0]
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert f"技术指标：定位精度±2mm；{SUPPLEMENT}\n" in texts(calls)[-1]
    answers = saved(app, engineer)
    assert (answers["indicators"], answers["indicators_more"]) == ("定位精度±2mm", SUPPLEMENT)


async def test_a_column_opened_from_the_summary_goes_back_within_it(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 5")
    assert "⬅️ 上一步" not in engineer.last_buttons()  # its first question
    await engineer.press("✔️ 保持不变")
    await engineer.press("✔️ 保持不变")
    assert engineer.last_text().startswith("第 5/11 步（3/3）")
    assert engineer.last_buttons()[:2] == ["⬅️ 上一步", "⬅️ 返回汇总"]
    await engineer.press("⬅️ 上一步")
    assert f"当前答案：{INDICATORS}" in engineer.last_text()
    calls = await engineer.send("上一步")  # typed, as its button
    assert f"当前答案：{PAIN}" in texts(calls)[-1]
    assert "⬅️ 返回汇总" in engineer.last_buttons()
    calls = await engineer.press("⬅️ 返回汇总")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    answers = saved(app, engineer)
    assert (answers["pain_point"], answers["indicators"], answers["expected_results"]) == (
        PAIN, INDICATORS, RESULTS)
