"""The bot's menu words typed without the slash (我的草稿, 帮助) do what the command does and are
never saved as an answer; a name that only begins with one (帮助中心有限公司) is an answer."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, JOURNEY, walk

AT_SUB_DIRECTION = JOURNEY.index(("send", "动力电池"))
AT_MEMBERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
AT_MODEL = JOURNEY.index(("send", "恒远具身智能操作大模型"))


@pytest.mark.parametrize("word", ["我的场景", "我的草稿", "草稿列表", "查看草稿。", " 我的草稿 "])
@pytest.mark.parametrize("at", [AT_ENTERPRISE, AT_SCENARIO_NAME, AT_MEMBERS])
async def test_a_drafts_menu_word_lists_the_drafts_and_saves_nothing(engineer, services, word, at):
    await walk(engineer, at)
    before = services.intake.store.load(1).answers
    calls = await engineer.send(word)
    assert texts(calls)[-1].startswith("🗂 我的场景：")
    assert services.intake.store.load(1).answers == before


@pytest.mark.parametrize("word", ["帮助", "使用说明", "帮助！"])
@pytest.mark.parametrize("at", [AT_SUB_DIRECTION, AT_MODEL])
async def test_a_help_menu_word_shows_the_help_and_saves_nothing(engineer, services, word, at):
    await walk(engineer, at)
    before = services.intake.store.load(1).answers
    assert texts(await engineer.send(word))[0].startswith("📖 本步填写说明（第 ")
    assert services.intake.store.load(1).answers == before


@pytest.mark.parametrize("word", ["新建场景", "➕ 新建场景", "新建草稿", "新建场景草稿"])
async def test_new_draft_typed_starts_another_scenario(engineer, services, word):
    await walk(engineer, AT_SCENARIO_NAME)
    assert "已新建场景 #2。" in texts(await engineer.send(word))
    assert "scenario_name" not in services.intake.store.load(1).answers
    assert services.intake.store.current(engineer.id).id == 2


async def test_start_or_continue_typed_asks_the_current_question_again(engineer, services):
    await walk(engineer, AT_MODEL)
    calls = await engineer.send("开始或继续填写")
    assert texts(calls)[-1].startswith("第 11/11 步（1/4）")
    assert "model_algorithm" not in services.intake.store.load(1).answers


@pytest.mark.parametrize("answer", ["帮助中心有限公司", "我的草稿科技有限公司"])
async def test_a_name_that_begins_with_a_menu_word_is_an_answer(engineer, services, answer):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(answer)
    assert services.intake.store.load(1).answers["enterprise"] == answer
