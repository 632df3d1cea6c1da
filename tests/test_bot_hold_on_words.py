"""Words typed when the answer needs time (稍后发您, 这个要问技术部, 明天再填, 在开会，晚点回) are
said to the bot, never an answer: at every kind of question they are answered as 继续 is and the
question asked again, nothing saved. 跳过 said with them still skips; the words the row refuses
as standing in for an answer (待定, 稍后补充) are still refused; answers holding such words in a
sentence, or starting with one, are saved."""

import pytest

from flows.empty_answers import REQUIRED_PLACEHOLDER
from flows.step_messages import REQUIRED
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, JOURNEY, walk
from tests.test_bot_acknowledgements import held_on

AT_INDUSTRY, AT_SUB_DIRECTION, AT_PAIN, AT_INDICATORS, AT_RESULTS = 5, 6, 7, 8, 9
AT_MAKERS, AT_PARTNERS, AT_COUNT, AT_MODELS = 14, 15, 18, 19
AT_TICKED = JOURNEY.index(("press", "☐ 完成本单位内同类场景复制部署")) + 1
HOLD_ON = ["等会儿再填", "晚点补充", "回头再填", "明天再填", "需要核实一下", "这个要问技术部",
           "我查一下资料", "暂时不确定", "先空着", "容我想想", "等我一会", "马上", "稍后发您",
           "在开会，晚点回", "好的，晚点补充", "不好意思，在开会", "稍等，我问下技术部"]


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", HOLD_ON)
@pytest.mark.parametrize("moves", [AT_SCENARIO_NAME, AT_INDUSTRY, AT_SUB_DIRECTION, AT_PAIN,
                                   AT_INDICATORS, AT_RESULTS, AT_MAKERS, AT_PARTNERS, AT_COUNT,
                                   AT_MODELS, AT_TICKED])
async def test_more_words_to_hold_on_are_not_saved_and_the_question_is_asked_again(
        engineer, services, moves, typed):
    await held_on(engineer, services, moves, typed)


@pytest.mark.parametrize("typed", ["晚点补充", "稍后发您", "这个要问技术部"])
async def test_words_to_hold_on_typed_as_a_change_at_the_summary_are_not_saved(
        engineer, services, typed):
    await walk(engineer)
    await engineer.send(f"细分方向：{typed}")
    assert answers(services, engineer)["sub_direction"] == "动力电池"


@pytest.mark.parametrize("typed", ["先跳过，回头补", "跳过，我问下领导", "先跳过，晚点补充"])
async def test_skipping_said_with_when_the_answer_comes_skips_an_optional_question(
        engineer, services, typed):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(typed)
    assert "partners" not in answers(services, engineer)
    assert engineer.last_text().startswith("第 9/11 步 · 整机应用目标")


@pytest.mark.parametrize("typed", ["先跳过，回头补", "跳过，我问下领导"])
async def test_skipping_said_with_when_the_answer_comes_is_refused_at_a_required_question(
        engineer, services, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == REQUIRED
    assert "makers" not in answers(services, engineer)


@pytest.mark.parametrize("typed", ["待定", "还没想好", "稍后补充"])
@pytest.mark.parametrize("moves", [AT_SCENARIO_NAME, AT_MAKERS])
async def test_words_standing_in_for_an_answer_are_still_refused_as_such(engineer, moves, typed):
    await walk(engineer, moves)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == REQUIRED_PLACEHOLDER.format(text=typed)


@pytest.mark.parametrize(("moves", "typed", "key", "saved"), [
    (AT_SCENARIO_NAME, "等离子切割作业场景", "scenario_name", "等离子切割作业场景"),
    (AT_SUB_DIRECTION, "确认测试工位", "sub_direction", "确认测试工位"),
    (AT_PAIN, "来料批次需人工核实一下，每班需2名质检员，效率低、差错率高。", "pain_point",
     "来料批次需人工核实一下，每班需2名质检员，效率低、差错率高。"),
    (AT_PAIN, "需人工反复确认一下每个插头位置，稍等片刻才能插拔，节拍慢。", "pain_point",
     "需人工反复确认一下每个插头位置，稍等片刻才能插拔，节拍慢。"),
    (AT_MAKERS, "马上消费金融股份有限公司", "makers", ["马上消费金融股份有限公司"]),
])
async def test_answers_holding_such_words_are_saved(engineer, services, moves, typed, key, saved):
    await walk(engineer, moves)
    await engineer.send(typed)
    assert answers(services, engineer)[key] == saved
