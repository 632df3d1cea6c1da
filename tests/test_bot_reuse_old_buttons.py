"""An old 沿用 button saves the answer its label (and, for the members, the note) showed, or
nothing: a scenario corrected since offers its new answer again (flows/reuse.py)."""

from bot.callbacks import encode
from flows.reuse import Reuse
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE
from tests.test_bot_reuse_answers import (
    UNIT,
    UNIT_BUTTON,
    answers,
    members_offered,
    reused_id,
    second_scenario,
    store,
)

CORRECTED = "苏州恒远精密制造有限公司"
STALE = "该按钮已过期，请按当前问题作答。"


async def correct_first(engineer, *moves: tuple[str, str]) -> None:
    """Open scenario #1 from /drafts, make `moves` there, and open scenario #2 again."""
    await engineer.send("/drafts")
    await engineer.press("打开 #1")
    for kind, value in moves:
        await (engineer.send(value) if kind == "send" else engineer.press(value))
    await engineer.send("/drafts")
    await engineer.press("打开 #2")


async def test_an_old_unit_button_after_its_unit_was_corrected_saves_nothing(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    message, data = engineer.find_button(UNIT_BUTTON)
    await correct_first(engineer, ("press", "⬅️ 上一步"), ("send", CORRECTED))
    calls = await engineer.press_data(data, message.message_id)
    assert calls[0].params["text"] == STALE  # its pop-up
    assert "enterprise" not in answers(app, engineer)
    assert not any(f"👉 {UNIT_BUTTON}" in text for text in texts(calls))
    assert "第 2/11 步（2/2） · 用户单位" in engineer.last_text()
    assert f"沿用：{CORRECTED}" in engineer.last_buttons()  # the current offer, one press away
    await engineer.press(f"沿用：{CORRECTED}")
    assert answers(app, engineer)["enterprise"] == CORRECTED


async def test_an_old_members_button_after_they_were_corrected_saves_nothing(app, engineer):
    await members_offered(engineer)
    message, data = engineer.find_button("沿用场景 #1 的联合体成员")
    await correct_first(engineer, ("press", "✏️ 8 创新应用联合体成员"),
                        ("send", "优必选科技股份有限公司"), ("press", "✔️ 保持不变"))
    first = store(app).load(1).answers
    assert first["makers"] == ["优必选科技股份有限公司"]
    calls = await engineer.press_data(data, message.message_id)
    assert calls[0].params["text"] == STALE
    assert "makers" not in answers(app, engineer)
    assert engineer.last_text().endswith(
        "场景 #1 填写的是：整机企业（或应用服务商）：优必选科技股份有限公司 其他：东南大学")
    await engineer.press("沿用场景 #1 的联合体成员")
    assert answers(app, engineer)["makers"] == ["优必选科技股份有限公司"]


async def test_an_old_unit_button_still_takes_its_unit_once_the_scenario_is_approved(
        app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    message, data = engineer.find_button(UNIT_BUTTON)
    store(app).db.execute("update drafts set status = 'approved' where id = ?",
                          [reused_id(data)])
    await engineer.press_data(data, message.message_id)
    assert answers(app, engineer)["enterprise"] == UNIT


async def test_a_unit_button_drawn_before_it_carried_its_answer_asks_again(app, engineer):
    await second_scenario(engineer, AT_ENTERPRISE + 1)
    message, data = engineer.find_button(UNIT_BUTTON)
    earlier = data.rsplit(".", 1)[0]  # `2:enterprise:5:y1`, as 866442d drew it
    calls = await engineer.press_data(earlier, message.message_id)
    assert calls[0].params["text"] == STALE
    assert "enterprise" not in answers(app, engineer)
    assert UNIT_BUTTON in engineer.last_buttons()


async def test_a_reuse_buttons_data_fits_telegrams_64_bytes(engineer):
    await members_offered(engineer)
    _, data = engineer.find_button("沿用场景 #1 的联合体成员")
    widest = f"999999999:enterprise:999999999:{encode(Reuse(999999999, 2**32 - 1))}"
    assert len(data.encode()) <= len(widest.encode()) <= 64
