"""报送单位 typed at step 1: the province's rows are handed in by its own 工信 department, so
another department is told to fill the default, and the default typed otherwise is taken as it."""

import pytest

from flows import actions, engine
from flows.configuration import configure
from flows.draft import Draft
from flows.navigation import Questionnaire
from flows.units import OTHER_DEPARTMENT, READ_AS_OWN, RECEIVES, told
from tests.fake_bot_api import texts

OWN = "江苏省工业和信息化厅"


def saved_unit(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers.get("submitting_unit")


@pytest.mark.parametrize("typed", [
    "江苏省科学技术厅", "江苏省发展和改革委员会", "浙江省经济和信息化厅",
    "江苏省经济和信息化委员会",  # the department's old name
    "上海市经济和信息化委员会", "江苏省人民政府办公厅",
])
async def test_another_department_is_told_to_fill_the_default_unit(engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == told(OTHER_DEPARTMENT, typed, OWN)
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")
    assert saved_unit(app, engineer) is None


@pytest.mark.parametrize("typed", [
    "江苏省工业与信息化厅", "江苏省工信厅", "江苏工业和信息化厅",
    "江苏省工业和信息化厅（代报）", "江苏省工业和信息化厅(盖章)", "江苏省工业和信息化厅 代报",
    "江苏省工业和信息化厅【盖章】",
])
async def test_the_default_unit_typed_otherwise_is_saved_as_the_default_and_said(
        engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert READ_AS_OWN.format(own=OWN, typed=typed.replace(" ", "")) in texts(calls)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert saved_unit(app, engineer) == OWN


@pytest.mark.parametrize("typed", [OWN + "。", "江苏省 工业和信息化厅"])
async def test_the_default_unit_typed_as_it_is_is_saved_without_a_notice(engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert not any("已按默认报送单位" in text for text in texts(calls))
    assert saved_unit(app, engineer) == OWN


def test_another_provinces_department_is_its_own_deployments_default():
    survey = Questionnaire(configure("上海市经济和信息化委员会", ("浦东新区",)))
    draft = Draft(id=1, cursor="submitting_unit", answers={})
    outcome = engine.apply(survey, draft, actions.Text("上海市经济与信息化委员会"))
    assert outcome.saved == {"submitting_unit": "上海市经济和信息化委员会"}
    refused = engine.apply(survey, draft, actions.Text(OWN))
    assert not refused.saved


@pytest.mark.parametrize("typed", ["确认", "好的", "是", "对的", "默认", "确定。", "就是这个",
                                   "👍", "👌", "👍🏻", "好的👍"])
async def test_a_yes_typed_to_the_default_unit_confirms_it(engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert saved_unit(app, engineer) == OWN


@pytest.mark.parametrize("typed", ["好的", "是"])
async def test_a_yes_typed_when_a_central_group_is_saved_keeps_it_and_goes_on(
        engineer, app, typed):
    await engineer.send("/start")
    await engineer.send("中国电子科技集团有限公司")
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert saved_unit(app, engineer) == "中国电子科技集团有限公司"


@pytest.mark.parametrize("typed", ["工业和信息化部", "工信部", "国务院国资委", "工业和信息化部科技司"])
async def test_a_ministry_the_plan_goes_to_is_told_it_receives_it(engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == told(RECEIVES, typed, OWN)
    assert saved_unit(app, engineer) is None


@pytest.mark.parametrize("typed", ["好的", "好的。", "确认", "是", "👍"])
async def test_a_yes_typed_back_at_the_answered_unit_keeps_it_and_goes_on(engineer, app, typed):
    await engineer.send("/start")
    await engineer.press(OWN)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert saved_unit(app, engineer) == OWN

