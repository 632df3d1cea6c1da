"""沿用 words typed in the chat: they press the offer on the screen, and are never saved as the
unit or a member where they press nothing (flows/reuse_words.py)."""

import pytest

from bot.services import build_services
from bot.settings import Settings
from bot.terminal import TerminalChat
from storage.people import TERMINAL_USER
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_ENTERPRISE, walk
from tests.test_bot_reuse_answers import (
    MAKERS,
    UNIT,
    UNIT_BUTTON,
    answers,
    members_offered,
    second_scenario,
)

NO_UNIT_OFFER = "“沿用：…”是按钮上的字，这里没有可沿用的内容，请直接输入用户单位全称。"


async def test_the_unit_label_typed_in_another_city_is_refused_not_saved(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1, city="无锡市")
    calls = await engineer.send(UNIT_BUTTON)
    assert NO_UNIT_OFFER in texts(calls)
    assert "enterprise" not in answers(app, engineer)
    assert "第 2/11 步（2/2） · 用户单位" in engineer.last_text()


async def test_the_unit_label_typed_after_its_scenario_was_deleted_is_refused(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    await engineer.send("/drafts")
    await engineer.press("🗑 删除 #1")
    await engineer.press("🗑 确认删除")
    calls = await engineer.send(UNIT_BUTTON)
    assert NO_UNIT_OFFER in texts(calls)
    assert "enterprise" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["沿用", "沿用上一个", f"沿用:{UNIT}"])
async def test_short_words_for_the_unit_offer_press_it(app, engineer, typed):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    await engineer.send(typed)
    assert answers(app, engineer)["enterprise"] == UNIT
    assert "第 3/11 步 · 场景名称" in engineer.last_text()


@pytest.mark.parametrize("typed", ["沿用场景#1", "沿用场景1", "沿用", "沿用上一个"])
async def test_short_words_for_the_members_offer_press_it(app, engineer, typed):
    await members_offered(engineer)
    await engineer.send(typed)
    assert answers(app, engineer)["makers"] == MAKERS
    assert "第 9/11 步 · 整机应用目标" in engineer.last_text()


async def test_another_scenarios_number_at_the_members_offer_is_refused(app, engineer):
    await members_offered(engineer)
    calls = await engineer.send("沿用场景#5")
    assert ("这里只能沿用场景 #1 的联合体成员（见下方按钮），请点按钮，"
            "或直接输入整机企业（或应用服务商）名称。") in texts(calls)
    assert "makers" not in answers(app, engineer)
    assert "沿用场景 #1 的联合体成员" in engineer.last_buttons()


async def test_reuse_words_in_a_first_scenario_are_no_maker(app, engineer):
    await walk(engineer, 14)
    calls = await engineer.send("沿用上一个")
    assert "这里没有可沿用的内容，请直接输入整机企业（或应用服务商）名称。" in texts(calls)
    assert "makers" not in answers(app, engineer)


async def test_a_unit_merely_beginning_with_the_word_is_saved(app, telegram):
    engineer = FakeUser(app, telegram, user_id=1003, name="张工")
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send("沿用科技（苏州）有限公司")
    assert answers(app, engineer)["enterprise"] == "沿用科技（苏州）有限公司"


def test_the_unit_label_typed_in_the_terminal_in_another_city_is_refused(tmp_path):
    said = []
    typed = iter(["1", "5", UNIT, "/new", "1", "6", f"沿用：{UNIT}"])
    intake = build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake
    chat = TerminalChat(intake, read=lambda prompt: next(typed), write=said.append, again="")
    with pytest.raises(StopIteration):
        chat.run()
    assert NO_UNIT_OFFER.replace("按钮", "选项") in said  # as the terminal words buttons
    assert "enterprise" not in intake.store.current(TERMINAL_USER).answers


@pytest.mark.parametrize("typed", ["沿用，再加东南大学", "沿用上次的，再加东南大学",
                                   "沿用 再加东南大学", "沿用场景1的成员；另加东南大学"])
async def test_reuse_words_with_more_after_them_at_the_members_offer_are_not_saved(
        app, engineer, typed):
    await members_offered(engineer)
    said = texts(await engineer.send(typed))
    assert ("“沿用”是按钮，点它即原样沿用，后面不能再加内容。要在沿用的名单上增删，请发送完整的名单"
            "（下面的问题中已列出，可复制后修改）。") in said
    assert "makers" not in answers(app, engineer) and "partners" not in answers(app, engineer)
    assert "场景 #1 填写的是" in engineer.last_text()


async def test_reuse_words_with_more_after_them_at_the_unit_offer_are_not_saved(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    said = texts(await engineer.send("沿用，再加东南大学"))
    assert "“沿用”是按钮，点它即原样沿用，后面不能再加内容。要填写其他单位，请直接输入用户单位全称。" in said
    assert "enterprise" not in answers(app, engineer)
    assert "第 2/11 步（2/2） · 用户单位" in engineer.last_text()


@pytest.mark.parametrize("typed", ["和上次一样", "跟上次一样", "与上个场景相同", "同上一个", "同上"])
async def test_same_as_before_at_the_unit_offer_points_to_its_button(app, engineer, typed):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    said = texts(await engineer.send(typed))
    assert f"“{typed}”不能作为回答。要沿用场景 #1 的用户单位，请点下方的沿用按钮，或直接输入用户单位全称。" in said
    assert "enterprise" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["和上次一样", "同上一个"])
async def test_same_as_before_at_the_members_offer_points_to_its_button(app, engineer, typed):
    await members_offered(engineer)
    said = texts(await engineer.send(typed))
    assert any(text.startswith(f"“{typed}”不能作为回答。要沿用场景 #1 的联合体成员") for text in said)
    assert "makers" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["和上次一样", "跟上次一样", "与上个场景相同"])
async def test_same_as_before_in_a_first_scenario_is_no_unit(app, engineer, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert f"“{typed}”不能作为回答。此项必填，请填写具体内容。" in said
    assert "enterprise" not in answers(app, engineer)
