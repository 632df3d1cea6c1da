"""At a question answered in a few words (a unit, a name, 行业, a member, a product) a question
to the bot (这个要填多久？, 需要准备什么, 我要报场景) is answered and the question asked again,
never saved: one about the intake itself with where /help says what to prepare and how long it
takes, any other with the question's help; names that hold such words (什么值得买科技有限公司)
are names."""

import pytest

from flows.menus import LENGTH
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_INDICATORS, AT_SCENARIO_NAME, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_typed_replies import AT_INDUSTRY, AT_MODELS, AT_PARTNERS

UNMARK = "如果这句话就是您的回答，请去掉末尾的问号再发送。"
REPHRASE = "如果这句话就是您的回答，请换一种说法（写成陈述句）再发送。"
AT = {"enterprise": AT_ENTERPRISE, "scenario_name": AT_SCENARIO_NAME, "industry": AT_INDUSTRY,
      "partners": AT_PARTNERS, "model_algorithm": AT_MODELS}


async def asked_again(engineer, app, key: str, typed: str) -> str:
    """The reply to `typed` at `key`'s question, checked to save nothing and ask it again."""
    await walk(engineer, AT[key])
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert key not in saved(app, engineer)
    assert texts(calls)[-1].split("\n")[0] == asked
    return texts(calls)[0]


@pytest.mark.parametrize(("key", "typed"), [
    ("enterprise", "这个要填多久？"), ("enterprise", "要多久？"), ("enterprise", "需要多长时间？"),
    ("enterprise", "大概多久能填完？"), ("enterprise", "苏州恒远动力电池有限公司？"),
    ("scenario_name", "这个要填多久？"), ("scenario_name", "变电站巡检：如何应对雨雾天气？"),
    ("partners", "东南大学?"), ("model_algorithm", "恒远大模型？"),
])
async def test_a_short_answer_question_ending_in_a_question_mark_is_not_saved(
        engineer, app, key, typed):
    assert (await asked_again(engineer, app, key, typed)).endswith(UNMARK)


@pytest.mark.parametrize("key", list(AT))
@pytest.mark.parametrize("typed", ["需要准备什么", "需要准备哪些材料", "这个要填多久", "要多久",
                                   "需要多长时间", "我要报场景", "是这家吗"])
async def test_a_question_spoken_at_a_short_answer_question_is_not_saved(
        engineer, app, key, typed):
    assert (await asked_again(engineer, app, key, typed)).endswith(REPHRASE)


@pytest.mark.parametrize(("key", "typed"), [
    ("enterprise", "什么值得买科技有限公司"), ("enterprise", "如何智能装备有限公司"),
    ("enterprise", "多久精密机械有限公司"), ("enterprise", "怎么样餐饮管理有限公司"),
    ("scenario_name", "变电站巡检：如何应对雨雾天气"), ("partners", "什么值得买科技有限公司"),
])
async def test_a_name_holding_a_word_that_asks_is_saved(engineer, app, key, typed):
    await walk(engineer, AT[key])
    await engineer.send(typed)
    assert saved(app, engineer)[key] in (typed, [typed])


async def test_a_pain_point_ending_in_a_question_mark_is_still_saved(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send("夜间巡检全靠人工，雨雾天气下能否持续作业？")
    assert saved(app, engineer)["pain_point"] == "夜间巡检全靠人工，雨雾天气下能否持续作业？"


@pytest.mark.parametrize("key", ["enterprise", "scenario_name", "industry"])
@pytest.mark.parametrize("typed", ["这个要填多久？", "需要准备什么", "我要报场景", "大概多久能填完"])
async def test_a_question_about_the_intake_is_pointed_to_help(engineer, app, key, typed):
    said = await asked_again(engineer, app, key, typed)
    assert said.startswith(f"填写前要准备的材料和所需时间（{LENGTH}），请发送 /help 查看。")
    assert "这里请直接填写回答本身" not in said


@pytest.mark.parametrize("typed", ["这个怎么填？", "是这家吗", "港口算哪个行业？"])
async def test_a_question_about_the_question_gets_its_help(engineer, app, typed):
    said = await asked_again(engineer, app, "enterprise", typed)
    assert "这里请直接填写回答本身" in said and "/help" not in said
