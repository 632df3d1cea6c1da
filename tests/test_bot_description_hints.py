"""Where a description refused at a question is said to go, only where that is true: not back
to the question the engineer is on, not to a summary there is none of yet, and by the button
the screen shows (上一步 walking through the questions, 返回汇总 when editing from it)."""

import pytest

from flows.step_messages import DESCRIPTION_ANSWERED, PASTE_AT_PAIN_POINT
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, PAIN, fill_to_summary, walk

PAIN_SENTENCES = ("同时多品种小批量，传统自动化改造难度大，人工成本高。",
                  "工人劳动强度大，夜间巡检存在安全风险，招工困难。")
AT_RESULTS = AT_INDICATORS + 1
RESULTS_SENTENCE = "巡检周期由3天缩短到1天，减少运维人员5名，发电量损失降低2%"


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("at", [AT_INDICATORS, AT_RESULTS])
@pytest.mark.parametrize("typed", PAIN_SENTENCES)
async def test_a_pain_point_typed_at_a_later_part_says_to_go_back_to_it_with_the_back_button(
        engineer, app, at, typed):
    await walk(engineer, at)
    before = saved(app, engineer)
    told = texts(await engineer.send(typed))
    assert "这句话读来是现状与痛点，不是本题的回答；要修改现状与痛点，请点“上一步”回到该问题。" in told[0]
    assert "汇总页" not in told[0] and "已经填写" not in told[0]
    assert saved(app, engineer) == before


async def test_a_pain_point_typed_at_a_part_edited_from_the_summary_says_to_change_it_there(
        engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 5 场景描述")
    await engineer.press("✔️ 保持不变")  # on to the indicators, still editing
    told = texts(await engineer.send(PAIN_SENTENCES[1]))
    assert told[0].endswith("这句话读来是现状与痛点，不是本题的回答；要修改现状与痛点，"
                            "请点“返回汇总”，在汇总页输入“现状与痛点：新内容”。")
    assert saved(app, engineer)["pain_point"] == PAIN


async def test_a_description_too_long_at_the_pain_point_is_not_sent_to_the_pain_point(engineer):
    await walk(engineer, AT_INDICATORS - 1)
    text = "人工搬运轮胎，劳动强度大。" * 245
    told = texts(await engineer.send(text))
    assert told[0] == f"内容过长：最多 800 字，您输入了 {len(text)} 字，请精简后重新发送。"
    assert told[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")


async def test_the_rest_of_a_held_pain_point_too_long_is_not_sent_to_the_pain_point(engineer):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send("汽车总装车间需人工搬运轮胎，单个重约20kg，")
    told = texts(await engineer.send("工人每班搬运400次以上，劳动强度大。" * 50))
    assert told[0].startswith("内容过长") and "第 5 步" not in told[0]


async def test_a_description_typed_before_it_is_complete_is_not_said_to_be_answered(engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")  # back at 细分方向, the indicators still unanswered
    told = texts(await engineer.send("中央厨房每日生产包子5万只，成型工序依赖人工，夏季车间温度超过40度。"))
    assert told[0].startswith("内容过长") and told[0].endswith(PASTE_AT_PAIN_POINT)


async def test_a_description_typed_at_a_question_edited_from_the_summary_says_to_go_back_to_it(
        engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 6 场景类型")
    told = texts(await engineer.send(RESULTS_SENTENCE))
    assert told[0].endswith("这条消息没有保存。第 5 步场景描述已经填写；要修改其中一部分，"
                            "请点“返回汇总”，在汇总页输入“预期成效：新内容”（或“技术指标：…”“现状与痛点：…”）。")
    assert DESCRIPTION_ANSWERED not in told[0]
