"""Answers spoken into the phone (讯飞, 微信 speech-to-text) end with "。", often after a pause,
and a choice comes with the words said around it (是工业, 工业吧): neither is part of a name
or of a choice, while a description keeps its sentences' stops."""

import pytest

from flows.questionnaire import FIELDS
from flows.rules import first_error
from flows.spoken_endings import choice_words, without_full_stop
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_TYPE, JOURNEY, PAIN, fill_to_summary, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_typed_choices import ACROSS, AT_GOALS, OWN_UNIT, SAME_INDUSTRY

AT_MAKERS, AT_PARTNERS = 14, 15
AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
PRODUCT = next(field.rule for field in FIELDS if field.key == "model_algorithm")


@pytest.mark.parametrize(("typed", "kept"), [
    ("恒远具身智能操作大模型。", "恒远具身智能操作大模型"), ("恒远 大模型。", "恒远 大模型"),
    ("恒远大模型 。", "恒远大模型"), ("恒远大模型！", "恒远大模型"),
    ("恒远大模型、恒远视觉算法。", "恒远大模型、恒远视觉算法"),
])  # at 模型算法: a component there is asked about (test_bot_products_misplaced)
async def test_a_spoken_product_is_saved_without_its_full_stop(engineer, app, typed, kept):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 11/11 步（2/4）")
    assert saved(app, engineer)["model_algorithm"] == kept


@pytest.mark.parametrize("typed", ["ABB Robotics Ltd.", "小优呀大模型", "小优机器人操作系统的"])
def test_a_product_keeps_an_ending_of_its_own_name(typed):
    assert first_error(PRODUCT, typed) == (typed, None)


@pytest.mark.parametrize(("at", "typed", "key", "kept"), [
    (AT_PARTNERS, "东南 大学 、 河海 大学 。", "partners", ["东南大学", "河海大学"]),
    (AT_PARTNERS, "东南大学 。", "partners", ["东南大学"]),
    (AT_MAKERS, "优必选科技股份有限公司 。", "makers", ["优必选科技股份有限公司"]),
    (AT_MAKERS, "优必选科技股份有限公司 、 达闼科技有限公司 。", "makers",
     ["优必选科技股份有限公司", "达闼科技有限公司"]),
])
async def test_a_spoken_full_stop_after_a_pause_closes_the_member_list(
        engineer, app, at, typed, key, kept):
    await walk(engineer, at)
    calls = await engineer.send(typed)
    assert "不能只填数字或符号" not in "".join(texts(calls))
    assert saved(app, engineer)[key] == kept


@pytest.mark.parametrize("typed", ["东南大学", "东南大学。", "东南大学 。"])
async def test_a_university_spoken_at_the_makers_is_filed_under_other_members(
        engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("已把这条消息填入：其他成员（东南大学）。\n"
                               "东南大学是高校或科研院所，已填入“其他成员”。")
    assert saved(app, engineer)["partners"] == ["东南大学"]
    assert "makers" not in saved(app, engineer)


@pytest.mark.parametrize(("typed", "ticked"), [
    ("全部。", [OWN_UNIT, SAME_INDUSTRY, ACROSS]), ("第一项和第三项。", [OWN_UNIT, ACROSS]),
    ("1、2。", [OWN_UNIT, SAME_INDUSTRY]), ("第一项。", [OWN_UNIT]),
    ("一和二。", [OWN_UNIT, SAME_INDUSTRY]), ("全部 。", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
])
async def test_goals_spoken_with_a_full_stop_are_ticked(engineer, app, typed, ticked):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert saved(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("typed", ["工业吧。", "是工业。", "选工业。", "工业类的。", "工业啊",
                                   "选工业吧。", "工业 。", "选择工业", "选的是工业", "就选工业吧",
                                   "就是工业"])
async def test_a_scenario_type_said_with_its_particles_is_picked(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 7/11 步 · 应用部署产品类型")
    assert saved(app, engineer)["scenario_type"] == "工业"


@pytest.mark.parametrize("typed", ["不是工业。", "是工业和服务吧。", "选择的", "选择不了"])
async def test_particles_around_no_single_choice_pick_none(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_TYPE)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    assert "scenario_type" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["没问题，提交。", "好的，提交。", "好，提交吧。", "确认无误，提交",
                                   "可以, 提交！", "好的提交", "嗯，提交", "好的，提交一下", "提交一下。"])
async def test_a_yes_then_submit_at_the_summary_submits(engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert "✅ 场景 #1 已提交" in texts(calls)[-1]


@pytest.mark.parametrize("typed", ["提交前还要改一下。", "好的，提交？", "好的，提交后还能改吗",
                                   "没问题，提交了吗", "好的提交后再改", "提交一下吗"])
async def test_a_sentence_holding_submit_does_not_submit(engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert not any("已提交" in text for text in texts(calls))


async def test_a_description_keeps_its_full_stop(engineer, app):
    await walk(engineer, JOURNEY.index(("send", PAIN)) + 1)
    assert saved(app, engineer)["pain_point"].endswith("。")


@pytest.mark.parametrize(("typed", "left"), [
    ("恒远灵巧手。", "恒远灵巧手"), ("恒远灵巧手 。！", "恒远灵巧手"), ("恒远灵巧手.", "恒远灵巧手"),
    ("Co., Ltd.", "Co., Ltd."), ("提高效率。降低成本。", "提高效率。降低成本"),
])
def test_only_the_closing_full_stop_is_taken_off(typed, left):
    assert without_full_stop(typed) == left


@pytest.mark.parametrize(("typed", "words"), [
    ("是工业。", "工业"), ("选服务吧", "服务"), ("工业类的。", "工业类"), ("是", "是"), ("。", ""),
])
def test_the_words_said_with_a_choice_are_taken_off(typed, words):
    assert choice_words(typed) == words
