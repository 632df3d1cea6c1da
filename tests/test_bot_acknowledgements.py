"""A yes or an acknowledgement alone (好的👍, 收到, OK👌, 确认✅, 👍) is said to the bot, never an
answer: at a question taking words it is answered as 继续 is and the question asked again, at an
offer or an echo it means what 好的 means there, and real answers holding such words are saved."""

import pytest

from flows.step_messages import CARRY_ON
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_INDICATORS, AT_SCENARIO_NAME, JOURNEY, walk

AT_INDUSTRY, AT_SUB_DIRECTION, AT_PAIN, AT_MAKERS, AT_PARTNERS, AT_COUNT, AT_MODELS = (
    5, 6, 7, 14, 15, 18, 19)
ACKNOWLEDGEMENTS = ["好的👍", "收到👍", "收到", "👌好的", "OK👌", "确认✅", "好的🙏", "👍", "🙏🙏",
                    "👍🏻", "好的", "明白了"]
CETC = "中国电子科技集团有限公司"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", ACKNOWLEDGEMENTS)
@pytest.mark.parametrize("moves", [AT_ENTERPRISE, AT_SCENARIO_NAME, AT_INDUSTRY, AT_SUB_DIRECTION,
                                   AT_PAIN, AT_MAKERS, AT_PARTNERS, AT_COUNT, AT_MODELS])
async def test_an_acknowledgement_at_a_question_is_not_saved_and_the_question_is_asked_again(
        engineer, services, moves, typed):
    await walk(engineer, moves)
    asked, before = engineer.last_text(), dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0] == CARRY_ON
    assert texts(calls)[-1] == asked
    assert answers(services, engineer) == before


@pytest.mark.parametrize("typed", ["确认", "好的", "OK", "👍"])
@pytest.mark.parametrize(("moves", "key"), [(AT_MODELS, "deployment_count"),
                                           (AT_PARTNERS, "makers"), (AT_PAIN, "sub_direction")])
async def test_an_acknowledgement_of_an_answer_on_screen_keeps_it_and_goes_on(
        engineer, services, moves, key, typed):
    await walk(engineer, moves)
    asked = engineer.last_text()
    await engineer.press("⬅️ 上一步")
    before = dict(answers(services, engineer))
    await engineer.send(typed)
    assert answers(services, engineer) == before and before[key]
    assert engineer.last_text() == asked


@pytest.mark.parametrize("typed", ["确认", "好的", "👍"])
async def test_an_acknowledgement_at_a_multi_select_with_ticks_is_done(engineer, services, typed):
    await walk(engineer, JOURNEY.index(("press", "☐ 完成本单位内同类场景复制部署")) + 1)
    ticked = dict(answers(services, engineer))
    await engineer.send(typed)
    assert answers(services, engineer) == ticked
    assert engineer.last_text().startswith("第 10/11 步 · 部署总数")


async def test_an_acknowledgement_at_a_multi_select_with_no_ticks_asks_for_one(engineer):
    await walk(engineer, JOURNEY.index(("press", "☐ 完成本单位内同类场景复制部署")))
    calls = await engineer.send("确认")
    assert texts(calls)[0] == "请至少选择一项，再点“完成”。"


@pytest.mark.parametrize("typed", ["好的，我核实一下", "收到，稍等", "OK，我再确认一下", "我问一下领导",
                                   "我去问问", "让我想想", "收到，我跟领导确认一下再填"])
@pytest.mark.parametrize("moves", [AT_ENTERPRISE, AT_SCENARIO_NAME, AT_SUB_DIRECTION, AT_MAKERS,
                                   AT_PARTNERS, AT_MODELS])
async def test_words_to_hold_on_are_not_saved_and_the_question_is_asked_again(
        engineer, services, moves, typed):
    await held_on(engineer, services, moves, typed)


async def held_on(engineer, services, moves: int, typed: str) -> None:
    """`typed` at the question `moves` lead to is answered as 继续 and saves nothing."""
    await walk(engineer, moves)
    asked, before = engineer.last_text(), dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls) == [CARRY_ON, asked]
    assert answers(services, engineer) == before


@pytest.mark.parametrize(("moves", "typed", "key", "saved"), [
    (AT_SCENARIO_NAME, "好的产品体验中心质检线", "scenario_name", "好的产品体验中心质检线"),
    (AT_SUB_DIRECTION, "确认测试工位", "sub_direction", "确认测试工位"),
    (AT_PAIN, "收到货后人工分拣，每班需3名工人，效率低、差错率高。", "pain_point",
     "收到货后人工分拣，每班需3名工人，效率低、差错率高。"),
    (AT_MAKERS, "明白科技有限公司", "makers", ["明白科技有限公司"]),
    (AT_MODELS, "OK镜头视觉大模型", "model_algorithm", "OK镜头视觉大模型"),
])
async def test_an_answer_beginning_with_a_yes_word_is_saved(
        engineer, services, moves, typed, key, saved):
    await walk(engineer, moves)
    await engineer.send(typed)
    assert answers(services, engineer)[key] == saved


async def test_more_than_an_acknowledgement_is_read_as_an_answer(engineer):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("好的🙏谢谢，我们的行业是汽车制造")
    assert texts(calls)[0] != CARRY_ON


@pytest.mark.parametrize("typed", ["好的👍", "👍", "👌"])
async def test_a_yes_emoji_to_the_supplement_offer_asks_for_the_supplement(engineer, typed):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率不低于98%，单次插拔节拍≤15秒")
    calls = await engineer.send(typed)
    assert "请补充缺少的指标" in texts(calls)[-1]


@pytest.mark.parametrize("typed", ["收到", "👍", "收到🙏"])
async def test_an_acknowledgement_of_the_members_echo_keeps_them(engineer, services, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send("恒远机器人有限公司")
    await engineer.send(typed)
    assert answers(services, engineer)["makers"] == ["恒远机器人有限公司"]
    assert engineer.last_text().startswith("第 8/11 步（2/2）")


@pytest.mark.parametrize("typed", ["收到", "收到🙏", "收到了", "OK", "🙏🙏"])
async def test_an_acknowledgement_at_the_submitting_unit_confirms_the_default(
        engineer, services, typed):
    await engineer.send("/start")
    await engineer.send(typed)
    assert answers(services, engineer)["submitting_unit"] == JOURNEY[1][1]
    assert engineer.last_text().startswith("第 2/11 步")


@pytest.mark.parametrize("typed", ["👍", "👌", "收到", "好的👍"])
async def test_an_acknowledgement_of_a_suggested_full_name_takes_it(engineer, services, typed):
    await engineer.send("/start")
    await engineer.send("中国电科")
    await engineer.send(typed)
    assert answers(services, engineer)["submitting_unit"] == CETC
    assert engineer.last_text().startswith("第 2/11 步")


@pytest.mark.parametrize("typed", ["细分方向：收到", "细分方向：好的👍"])
async def test_an_acknowledgement_typed_as_a_change_at_the_summary_is_not_saved(
        engineer, services, typed):
    await walk(engineer)
    await engineer.send(typed)
    assert answers(services, engineer)["sub_direction"] == "动力电池"
