"""An engineer with many drafts gets /drafts a page at a time: Telegram refuses a message of
over 100 buttons, and a list of two buttons a draft reached that at 50 drafts, so /drafts
answered nothing. A reminder of many stale drafts names the most urgent and counts the rest."""

import pytest
from telegram.ext import CallbackContext

from bot.app import send_reminders
from tests.fake_bot_api import texts

PAGE_ONE = ["打开 #55", "🗑 删除 #55"]


def store_drafts(app, engineer, count: int) -> None:
    """`count` named drafts of the engineer, #1 the oldest, as if filled in over months."""
    store = app.bot_data["services"].intake.store
    store.seen(engineer.id, engineer.name)
    for n in range(1, count + 1):
        store.create(engineer.id, "scenario_name", {"scenario_name": f"场景{n}"})


def opened(buttons: list[str]) -> list[str]:
    return [b for b in buttons if b.startswith("打开")]


@pytest.fixture
def many(app, engineer):
    store_drafts(app, engineer, 55)
    return engineer


async def test_drafts_show_ten_newest_first_with_the_way_to_the_next_page(many):
    await many.send("/drafts")
    assert opened(many.last_buttons()) == [f"打开 #{n}" for n in range(55, 45, -1)]
    assert many.last_buttons()[:2] == PAGE_ONE
    assert many.last_buttons()[-2:] == ["下一页 ➡️", "➕ 新建场景"]
    assert many.last_text().splitlines()[:3] == [
        "🗂 我的场景：", "第 1/6 页，共 55 个场景", "#55 场景55 · 草稿 · 已完成 1/11 步"]


async def test_a_page_button_turns_the_list_in_place(many):
    await many.send("/drafts")
    calls = await many.press("下一页")
    assert [c.endpoint for c in calls if c.endpoint != "answerCallbackQuery"] == [
        "editMessageText"]
    assert "第 2/6 页，共 55 个场景" in many.last_text()
    assert opened(many.last_buttons()) == [f"打开 #{n}" for n in range(45, 35, -1)]
    assert many.last_buttons()[-3:] == ["⬅️ 上一页", "下一页 ➡️", "➕ 新建场景"]
    await many.press("⬅️ 上一页")
    assert many.last_buttons()[:2] == PAGE_ONE


async def test_the_last_page_has_only_the_way_back(many):
    await many.send("/drafts")
    for _ in range(5):
        await many.press("下一页")
    assert "第 6/6 页，共 55 个场景" in many.last_text()
    assert opened(many.last_buttons()) == [f"打开 #{n}" for n in range(5, 0, -1)]
    assert many.last_buttons()[-2:] == ["⬅️ 上一页", "➕ 新建场景"]


async def test_ten_drafts_are_one_page_without_paging(app, engineer):
    store_drafts(app, engineer, 10)
    await engineer.send("/drafts")
    assert "页" not in engineer.last_text()
    assert len(opened(engineer.last_buttons())) == 10
    assert engineer.last_buttons()[-1] == "➕ 新建场景"
    assert not any("页" in b for b in engineer.last_buttons())


async def test_cancelling_a_deletion_comes_back_to_the_drafts_page(many):
    await many.send("/drafts")
    await many.press("下一页")
    await many.press("下一页")
    await many.press("🗑 删除 #30")
    await many.press("取消")
    assert "第 3/6 页，共 55 个场景" in many.last_text()
    assert "打开 #30" in many.last_buttons()


@pytest.mark.parametrize("no", ["取消", "不删了"])
async def test_typing_no_to_a_deletion_comes_back_to_the_drafts_page(many, no):
    await many.send("/drafts")
    await many.press("下一页")
    await many.press("🗑 删除 #40")
    await many.send(no)
    assert "第 2/6 页，共 55 个场景" in many.last_text()


async def test_after_a_deletion_the_first_page_is_shown(many):
    await many.send("/drafts")
    await many.press("下一页")
    await many.press("下一页")
    await many.press("🗑 删除 #30")
    calls = await many.press("🗑 确认删除")
    assert texts(calls)[-2] == "已删除场景草稿 #30 场景30。"
    assert "第 1/6 页，共 54 个场景" in many.last_text()
    assert many.last_buttons()[:2] == PAGE_ONE


async def test_a_list_button_of_an_earlier_release_shows_the_first_page(many):
    await many.send("/drafts")
    message = many.telegram.by_chat[many.id][-1]
    await many.press_data("L", message.message_id)
    assert many.last_buttons()[:2] == PAGE_ONE


async def test_a_reminder_of_many_drafts_names_ten_and_points_to_the_list(app, clock, many):
    app.bot_data["services"].intake.store.db.execute(
        "update drafts set updated_at = '2026-01-01T00:00:00+00:00'")
    await send_reminders(CallbackContext(app))
    assert opened(many.last_buttons()) == [f"打开 #{n}" for n in range(1, 11)]
    assert many.last_text().endswith("另有 45 个草稿也超过 3 天没有更新，发送 /drafts 查看全部。")


async def test_a_page_turned_on_a_message_telegram_cannot_edit_comes_as_a_new_message(many):
    await many.send("/drafts")
    listed, turn = many.find_button("下一页 ➡️")
    many.telegram.refuse("editMessageText", 400, "Bad Request: message can't be edited")
    calls = await many.press_data(turn, listed.message_id)
    assert texts(calls)[-1].splitlines()[1] == "第 2/6 页，共 55 个场景"
    assert opened(many.last_buttons())[0] == "打开 #45"
