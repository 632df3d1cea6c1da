"""A description part typed whole at another part's question (the indicators at 现状与痛点, the
results at 技术指标) is kept and asked about: one press files it where it belongs, 保持不变
keeps it. Pain points with today's figures and indicators with a result beside them are not."""

import pytest

from flows.description_sentences import requirements_only
from flows.misfiled import indicators_echo, pain_point_echo
from flows.suggestions import Suggested
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, INDICATORS, PAIN, walk

AT_PAIN_POINT = AT_INDICATORS - 1
TARGETS = "识别准确率不低于98%，插接精度≤1mm，节拍≤15秒"
RESULTS = "替代2名测试工人，效率提升30%"


def answers(app, user) -> dict:
    return app.bot_data["services"].intake.store.current(user.id).answers


async def test_indicators_typed_at_the_pain_point_are_kept_and_offered_as_the_indicators(
        engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    calls = await engineer.send(TARGETS)
    assert texts(calls)[0].startswith("这段读来是技术指标")
    assert {"填作技术指标", "✔️ 保持不变"} <= set(engineer.last_buttons())
    assert answers(app, engineer)["pain_point"] == TARGETS
    calls = await engineer.press("填作技术指标")
    assert "已填作技术指标，请重新填写现状与痛点。" in texts(calls)
    assert "pain_point" not in answers(app, engineer)
    assert answers(app, engineer)["indicators"] == TARGETS
    await engineer.send(PAIN)
    assert "技术指标还未涵盖" in engineer.last_text()  # on to the next open question
    assert answers(app, engineer)["pain_point"] == PAIN


async def test_indicators_kept_at_the_pain_point_stay_there(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    await engineer.press("✔️ 保持不变")
    assert engineer.last_text().startswith("第 5/11 步（2/3）")
    assert answers(app, engineer)["pain_point"] == TARGETS
    assert "indicators" not in answers(app, engineer)


async def test_results_typed_at_the_indicators_are_kept_and_offered_as_the_results(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(RESULTS)
    assert texts(calls)[0].startswith("这段读来是预期成效")
    assert answers(app, engineer)["indicators"] == RESULTS
    calls = await engineer.press("填作预期成效")
    assert "已填作预期成效，请重新填写技术指标。" in texts(calls)
    assert "indicators" not in answers(app, engineer)
    assert answers(app, engineer)["expected_results"] == RESULTS
    await engineer.send(INDICATORS)
    assert answers(app, engineer)["indicators"] == INDICATORS


@pytest.mark.parametrize("pain", [
    "人工检测准确率仅85%，每班需4人",
    "漏检率超过3%，合格率低于95%，客户投诉多",
    "汽车总装车间需人工搬运轮胎，单个重约20kg，工人每班搬运400次以上，劳动强度大",
    "仓库拆垛、码垛环节劳动强度大，招工困难，计划引入轮式人形机器人。",
    "要求识别准确率不低于98%，目前人工只能达到90%。",
    "人工识别准确率达到95%，漏检率≥3%",
    "现有产线节拍≤60秒，实际合格率仅92%",
    "当前巡检每次需3小时，漏检率不低于5%",
    "危化品仓库人工盘点风险大，需要机器人代替人工。",
])
async def test_a_pain_point_with_today_s_figures_is_saved_without_a_question(
        engineer, app, pain):
    await walk(engineer, AT_PAIN_POINT)
    calls = await engineer.send(pain)
    assert not any("读来是" in text for text in texts(calls))
    assert engineer.last_text().startswith("第 5/11 步（2/3）")
    assert answers(app, engineer)["pain_point"] == pain


@pytest.mark.parametrize("indicators", [
    "每台机器人每班可替代2名搬运工，投资回收期不超过3年。",
    "巡检时间由每次3小时缩短到1小时。",
    "识别准确率不低于98%，测试效率提升30%",
    "螺栓拧紧扭矩误差≤±3%，单个螺栓拧紧节拍≤8秒。",
])
async def test_indicators_with_at_most_some_results_are_saved_without_a_question(
        engineer, app, indicators):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(indicators)
    assert not any("读来是预期成效" in text for text in texts(calls))
    assert "填作预期成效" not in engineer.last_buttons()
    assert answers(app, engineer)["indicators"] == indicators


def test_a_part_already_answered_is_never_offered_to_be_replaced():
    assert not isinstance(pain_point_echo({"pain_point": TARGETS, "indicators": INDICATORS}),
                          Suggested)
    assert not isinstance(indicators_echo({"indicators": RESULTS, "expected_results": "零事故"}),
                          Suggested)


@pytest.mark.parametrize("result", ["效率 提升 30% 以上", "检测效率提升30%"])
async def test_one_result_alone_at_the_indicators_is_recognised_without_a_question(
        engineer, app, result):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(result)
    assert texts(calls)[0].startswith("已识别指标")
    assert "填作预期成效" not in engineer.last_buttons()
    assert "expected_results" not in answers(app, engineer)


@pytest.mark.parametrize("targets", [
    TARGETS,
    "识别准确率不低于99%，作业成功率不低于98%。",
    "缺陷检出率≥99.5%，误报率≤0.5%。",
    "续航时间不少于六小时，充电时间不超过一小时。",
])
def test_targets_alone_read_as_the_indicators(targets):
    assert requirements_only(targets)


async def test_a_pain_point_sent_over_the_offer_files_the_indicators_sent_first(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    calls = await engineer.send(PAIN)
    assert texts(calls)[0] == f"先前发送的“{TARGETS}”已填作技术指标。"
    assert answers(app, engineer)["pain_point"] == PAIN
    assert answers(app, engineer)["indicators"] == TARGETS
    assert "技术指标还未涵盖" in engineer.last_text()  # on to the next open question


async def test_indicators_sent_over_the_offer_files_the_results_sent_first(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(RESULTS)
    calls = await engineer.send(INDICATORS)
    said = texts(calls)[0].splitlines()
    assert said[0] == f"先前发送的“{RESULTS}”已填作预期成效。"
    assert said[1].startswith("已识别指标")
    assert answers(app, engineer)["indicators"] == INDICATORS
    assert answers(app, engineer)["expected_results"] == RESULTS


async def test_indicators_sent_again_over_the_offer_replace_the_first(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    corrected = "识别准确率不低于99%，插接精度≤0.5mm"
    calls = await engineer.send(corrected)
    assert texts(calls)[0].startswith(f"先前发送的“{TARGETS}”已由这一条替换。\n这段读来是技术指标")
    assert answers(app, engineer)["pain_point"] == corrected
    assert "indicators" not in answers(app, engineer)


@pytest.mark.parametrize("corrected", [
    TARGETS + "，平均无故障时间2000小时", "识别准确率98%，插接精度1mm，节拍15秒",
    "插接精度改成0.5毫米", "人工识别准确率不到98%，插接精度差",
    "人工检测准确率仅85%，每班需4人，漏检率超过3%", "当前巡检每次需3小时，漏检率不低于5%",
    "要求识别准确率不低于98%，目前人工只能达到90%。",
])
async def test_a_text_sent_over_the_offer_files_the_first_and_both_are_seen(
        engineer, app, corrected):
    """A correction and a pain point quoting the targets read alike: filing the first and
    saying so loses neither, where guessing which it is lost one."""
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    calls = await engineer.send(corrected)
    assert texts(calls)[0] == f"先前发送的“{TARGETS}”已填作技术指标。"
    assert answers(app, engineer)["pain_point"] == corrected
    assert answers(app, engineer)["indicators"] == TARGETS


@pytest.mark.parametrize("sent", [
    "减少夜班人员5名", "识别准确率≥99%，节拍≤15秒，可减少人工2名", "识别准确率不低于98%，测试效率提升30%",
])
async def test_a_text_sent_over_the_results_offer_files_the_first_results(engineer, app, sent):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(RESULTS)
    await engineer.send(sent)
    assert answers(app, engineer)["expected_results"] == RESULTS
    assert answers(app, engineer)["indicators"] == sent


async def test_a_pain_point_corrected_without_an_offer_is_replaced(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.press("⬅️ 上一步")
    corrected = "电池包下线前需人工插拔高压插头，存在打火风险。"
    calls = await engineer.send(corrected)
    assert not any("先前发送的" in text for text in texts(calls))
    assert answers(app, engineer)["pain_point"] == corrected
    assert "indicators" not in answers(app, engineer)


async def test_results_kept_at_the_indicators_are_echoed_as_indicators_are(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(RESULTS)
    calls = await engineer.press("✔️ 保持不变")
    assert any(text.startswith("已识别指标") for text in texts(calls))
    assert answers(app, engineer)["indicators"] == RESULTS


async def test_indicators_kept_at_the_pain_point_are_not_offered_again_after_going_back(
        engineer, app):
    """保持不变 answered the offer: back at 现状与痛点 the kept answer is replaced like any
    other, not filed as the indicators when the pain point is typed."""
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    await engineer.press("✔️ 保持不变")
    await engineer.press("⬅️ 上一步")
    assert "填作技术指标" not in engineer.last_buttons()
    assert not engineer.last_text().startswith("这段读来是")
    calls = await engineer.send(PAIN)
    assert not any("先前发送的" in text for text in texts(calls))
    assert answers(app, engineer)["pain_point"] == PAIN
    assert "indicators" not in answers(app, engineer)


async def test_results_kept_at_the_indicators_are_not_offered_again_after_going_back(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(RESULTS)
    await engineer.press("✔️ 保持不变")
    while "关键技术指标" not in engineer.last_text():
        await engineer.press("⬅️ 上一步")
    assert "填作预期成效" not in engineer.last_buttons()
    await engineer.send(INDICATORS)
    assert answers(app, engineer)["indicators"] == INDICATORS
    assert "expected_results" not in answers(app, engineer)


async def test_the_offer_stays_open_while_a_question_is_asked_about_it(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    await engineer.send("这个怎么填？")
    assert "填作技术指标" in engineer.last_buttons()
    calls = await engineer.press("填作技术指标")
    assert "已填作技术指标，请重新填写现状与痛点。" in texts(calls)
    assert answers(app, engineer)["indicators"] == TARGETS


async def test_the_offer_s_label_typed_files_the_answer_as_its_press_does(engineer, app):
    await walk(engineer, AT_PAIN_POINT)
    await engineer.send(TARGETS)
    calls = await engineer.send("填作技术指标")
    assert "已填作技术指标，请重新填写现状与痛点。" in texts(calls)
    assert answers(app, engineer)["indicators"] == TARGETS
