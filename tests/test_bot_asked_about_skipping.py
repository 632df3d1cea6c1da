"""A question about 跳过 or 清空 (跳过？ 可以跳过吗 能不能跳过) is answered with whether this
question may be left empty and how, and the question stays: asked is not pressed."""

import pytest

from flows.typed_replies import asked_about
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, JOURNEY, PAIN, fill_to_summary, walk

AT_SUB_DIRECTION = AT_SCENARIO_NAME + 2
ASKED = ["跳过？", "跳过吗", "可以跳过吗", "能不能跳过", "这个能跳过吗？", "跳过，对吗"]


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", ASKED)
async def test_asking_to_skip_an_optional_question_says_how_and_stays(engineer, app, typed):
    await walk(engineer, AT_SUB_DIRECTION)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "此项选填，可以跳过：点“跳过”即可，本题留空。"
    assert texts(calls)[-1].startswith("第 4/11 步（2/2） · 行业/方向")
    assert "sub_direction" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ASKED)
async def test_asking_to_skip_a_required_question_says_it_is_required_and_saves_nothing(
        engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "此项必填，不能跳过。"
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    assert "scenario_name" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["跳过？", "可以清空吗"])
async def test_asking_to_skip_an_answered_optional_question_says_how_to_empty_or_keep_it(
        engineer, app, typed):
    await walk(engineer, AT_SUB_DIRECTION + 1)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "此项选填，可以清空：点“清空此项”即可；要保留当前答案请点“保持不变”。"
    assert answers(app, engineer)["sub_direction"] == "动力电池"


async def test_asking_to_skip_at_the_summary_says_it_has_no_such_button(engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("可以跳过吗")
    assert texts(calls)[0] == "汇总页没有“跳过”按钮：请点击“提交”，或点击要修改的项目。"


@pytest.mark.parametrize("typed", ["跳过", "跳过吧", "跳过，谢谢"])
async def test_skip_said_as_a_command_still_skips(engineer, app, typed):
    await walk(engineer, AT_SUB_DIRECTION)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（1/3）")
    assert "sub_direction" not in answers(app, engineer)


@pytest.mark.parametrize("typed", [*ASKED, "这项能跳过吗", "我可以跳过吗", "本题能跳过么", "可以清空吗",
                                   "提交，对吗", "现在可以提交了吗", "怎么提交", "可不可以跳过",
                                   "这个先跳过吧？", "可以先跳过，后面再填吗", "这个可以跳过不填吗",
                                   "跳过会影响提交吗", "提交后还能改吗", "暂时没有数据，可以先跳过吗",
                                   "不知道，能跳过吗", "没有，可以跳过吗", "可以清空重填吗"])
def test_a_button_word_with_only_words_that_ask_around_it_is_asked_about(typed):
    assert asked_about(typed) in ("跳过", "清空", "提交")


@pytest.mark.parametrize("typed", [
    "巡检人员是否跳过点位无法核查", "焊接后是否跳过打磨工序难以发现", "设备能否跳过故障点继续作业",
    "工单提交是否及时难以监控", "能否跳过人工复核环节？", "质检报告自动提交吗", "料箱清空后能否自动补料",
    "跳过", "提交吧", "跳过，谢谢"])
def test_a_button_word_with_an_object_or_other_words_is_not_asked_about(typed):
    assert asked_about(typed) is None


@pytest.mark.parametrize("typed", ["巡检人员是否跳过点位无法核查", "工单提交是否及时难以监控"])
async def test_a_pain_point_using_a_button_word_is_saved(engineer, app, typed):
    await walk(engineer, JOURNEY.index(("send", PAIN)))
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")
    assert answers(app, engineer)["pain_point"] == typed


@pytest.mark.parametrize("typed", ["能否跳过人工复核环节？", "质检报告自动提交吗"])
async def test_a_scenario_name_using_a_button_word_is_not_answered_as_a_question_about_it(
        engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    assert not any("跳过" in text and "必填" in text or "按钮" in text for text in texts(calls))
