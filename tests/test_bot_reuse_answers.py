"""沿用: a second scenario offers the unit and the consortium the engineer gave in another one,
and a press answers as typing them would (flows/reuse.py)."""

import re

import pytest

from flows.row import consortium_cell
from tests.fake_bot_api import FakeUser, texts
from tests.journey import AT_ENTERPRISE, walk

UNIT = "苏州恒远动力电池有限公司"
UNIT_BUTTON = f"沿用：{UNIT}"
AT_MAKERS = 14
MAKERS = ["恒远机器人有限公司", "启明智能科技有限公司"]
MEMBERS = consortium_cell({"makers": MAKERS, "partners": ["东南大学"]})


def store(app):
    return app.bot_data["services"].intake.store


def answers(app, user) -> dict:
    return store(app).current(user.id).answers


async def second_scenario(user: FakeUser, first_moves: int, city: str = "苏州市") -> None:
    """The journey's first `first_moves` moves, then a new scenario up to its unit's name."""
    await walk(user, first_moves)
    await user.send("/new")
    await user.press("江苏省工业和信息化厅")
    await user.press(city)


def reused_id(data: str) -> int:
    """The scenario a 沿用 button's data names (`…y1.123`: scenario #1, the answer it showed)."""
    return int(re.search(r"y(\d+)\.\d+$", data)[1])


def sent(calls) -> list[str]:
    """What was sent, draft numbers aside: the pressed message's 👉 is no reply."""
    return [re.sub(r"#\d+", "#N", c.params["text"]) for c in calls if c.endpoint == "sendMessage"]


async def test_a_second_scenario_offers_the_unit_of_the_first_in_the_same_city(engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    assert "第 2/11 步（2/2） · 用户单位" in engineer.last_text()
    assert UNIT_BUTTON in engineer.last_buttons()


async def test_pressing_the_offered_unit_answers_as_typing_it(app, telegram, engineer):
    typist = FakeUser(app, telegram, user_id=1002, name="李工")
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    await second_scenario(typist, AT_ENTERPRISE + 1)
    pressed = await engineer.press(UNIT_BUTTON)
    typed = await typist.send(UNIT)
    assert answers(app, engineer)["enterprise"] == UNIT
    assert "第 3/11 步 · 场景名称" in engineer.last_text()
    assert sent(pressed) == sent(typed)
    assert texts(pressed)[0].endswith(f"👉 {UNIT_BUTTON}")  # the offer's message, as answered


async def test_a_unit_of_another_city_is_not_offered(engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1, city="无锡市")
    assert not any(label.startswith("沿用") for label in engineer.last_buttons())


async def test_a_brand_new_engineer_is_offered_nothing(engineer):
    await walk(engineer, AT_ENTERPRISE)
    assert engineer.last_text().startswith("第 2/11 步（2/2） · 用户单位")
    assert not any(label.startswith("沿用") for label in engineer.last_buttons())


async def test_another_engineers_scenario_is_never_offered(app, telegram, engineer):
    await walk(engineer, AT_ENTERPRISE + 1)
    other = FakeUser(app, telegram, user_id=1002, name="李工")
    await walk(other, AT_ENTERPRISE)
    assert not any(label.startswith("沿用") for label in other.last_buttons())


async def test_a_forged_press_of_another_engineers_scenario_is_refused(app, telegram, engineer):
    await walk(engineer, AT_ENTERPRISE + 1)
    other = FakeUser(app, telegram, user_id=1002, name="李工")
    await second_scenario(other, AT_ENTERPRISE + 1)
    message, data = other.find_button(UNIT_BUTTON)
    theirs = store(app).current(engineer.id).id
    calls = await other.press_data(re.sub(r"y\d+\.", f"y{theirs}.", data), message.message_id)
    assert "无权操作该草稿。" in texts(calls)
    assert "enterprise" not in answers(app, other)


async def test_a_deleted_scenario_pressed_says_so_and_asks_again(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    message, data = engineer.find_button(UNIT_BUTTON)
    first = reused_id(data)
    await engineer.send("/drafts")
    await engineer.press(f"🗑 删除 #{first}")
    await engineer.press("🗑 确认删除")
    calls = await engineer.press_data(data, message.message_id)
    assert f"场景 #{first} 已删除，其内容不能再沿用。" in texts(calls)
    assert "enterprise" not in answers(app, engineer)
    assert "第 2/11 步（2/2） · 用户单位" in engineer.last_text()
    assert not any(label.startswith("沿用") for label in engineer.last_buttons())


async def test_typing_another_unit_at_the_offer_saves_what_was_typed(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    await engineer.send("苏州恒远精密制造有限公司")
    assert answers(app, engineer)["enterprise"] == "苏州恒远精密制造有限公司"
    assert "第 3/11 步 · 场景名称" in engineer.last_text()


async def test_going_back_to_an_answered_unit_keeps_it_without_the_offer(engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    await engineer.send("苏州恒远精密制造有限公司")
    await engineer.press("⬅️ 上一步")
    assert "当前答案：苏州恒远精密制造有限公司" in engineer.last_text()
    assert "✔️ 保持不变" in engineer.last_buttons()
    assert not any(label.startswith("沿用") for label in engineer.last_buttons())


async def test_an_old_offer_pressed_after_the_unit_was_typed_saves_nothing(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    message, data = engineer.find_button(UNIT_BUTTON)
    await engineer.send("苏州恒远精密制造有限公司")
    await engineer.press("⬅️ 上一步")
    calls = await engineer.press_data(data, message.message_id)
    assert calls[0].params["text"] == "该按钮已过期，请按当前问题作答。"  # its pop-up
    assert answers(app, engineer)["enterprise"] == "苏州恒远精密制造有限公司"


async def test_a_long_unit_name_is_cut_on_its_button_and_saved_whole(app, engineer):
    long_unit = "中国电子科技集团公司第五十五研究所苏州精密装备分公司"
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(long_unit)
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    label = next(b for b in engineer.last_buttons() if b.startswith("沿用："))
    assert label == f"沿用：{long_unit[:19]}…"
    await engineer.press(label)
    assert answers(app, engineer)["enterprise"] == long_unit


async def members_offered(user: FakeUser) -> None:
    """A first scenario filled to its summary, then a second one up to its consortium."""
    await walk(user)
    await user.send("/new")
    await walk(user, AT_MAKERS, start=1)


async def test_a_second_scenario_shows_the_consortium_of_the_first(engineer):
    await members_offered(engineer)
    assert engineer.last_text().startswith("📝 场景")  # two drafts in progress, named
    assert "第 8/11 步（1/2） · 创新应用联合体成员" in engineer.last_text()
    assert engineer.last_text().endswith(f"场景 #1 填写的是：{MEMBERS}")
    assert "沿用场景 #1 的联合体成员" in engineer.last_buttons()


async def test_pressing_the_offered_consortium_answers_as_typing_it(app, telegram, engineer):
    typist = FakeUser(app, telegram, user_id=1002, name="李工")
    await members_offered(engineer)
    await members_offered(typist)
    pressed = await engineer.press("沿用场景 #1 的联合体成员")
    typed = await typist.send(MEMBERS)
    assert (answers(app, engineer)["makers"], answers(app, engineer)["partners"]) == (
        MAKERS, ["东南大学"])
    assert "第 9/11 步 · 整机应用目标" in engineer.last_text()
    assert sent(pressed) == sent(typed)


async def test_the_consortium_is_not_offered_once_the_makers_are_answered(engineer):
    await members_offered(engineer)
    await engineer.send("优必选科技股份有限公司")
    await engineer.press("⬅️ 上一步")
    assert "第 8/11 步（1/2）" in engineer.last_text()
    assert "填写的是" not in engineer.last_text()
    assert not any(label.startswith("沿用") for label in engineer.last_buttons())


@pytest.mark.parametrize("status", ["submitted", "approved"])
async def test_a_scenario_handed_in_is_reused_too(app, engineer, status):
    await walk(engineer, AT_ENTERPRISE + 1)
    first = store(app).current(engineer.id).id
    store(app).db.execute("update drafts set status = ? where id = ?", [status, first])
    await engineer.send("/new")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    assert UNIT_BUTTON in engineer.last_buttons()


async def test_the_offers_label_typed_presses_it(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    await engineer.send(UNIT_BUTTON)
    assert answers(app, engineer)["enterprise"] == UNIT
    assert "第 3/11 步 · 场景名称" in engineer.last_text()


async def test_the_consortiums_label_typed_is_no_unit_of_the_consortium(app, engineer):
    await members_offered(engineer)
    await engineer.send("沿用场景 #1 的联合体成员")
    assert answers(app, engineer)["makers"] == MAKERS
