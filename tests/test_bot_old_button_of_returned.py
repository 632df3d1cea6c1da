"""A button of a scenario's card from before it was returned, pressed while another draft is
filled, points to 去修改 with its button: the old card does not show what the coordinator asks,
and /drafts was one more step to find it."""

from tests.coordinators import SUZHOU_ID
from tests.fake_bot_api import FakeUser
from tests.journey import fill_to_summary
from tests.test_bot_which_draft import second_draft_at_pain


async def test_an_old_button_of_a_returned_scenario_offers_its_fix_button(
        app, telegram, engineer, services):
    suzhou = FakeUser(app, telegram, SUZHOU_ID, "苏州市李科")
    await fill_to_summary(engineer)
    card, data = engineer.find_button("✏️ 10 部署总数")  # kept by the phone, as QA saw
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署总数与产线规模不符。")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")
    await second_draft_at_pain(engineer)
    before = dict(services.intake.store.answers(1))
    await engineer.press_data(data, card.message_id)
    assert engineer.last_text() == (
        "这是场景 #1（恒远工厂电池测试—柔性插接）的旧按钮，该场景已被协调员退回、正待修改；"
        "当前正在填写场景 #2（星河车间焊接—机器人上下料）。要修改场景 #1，请点“✏️ 去修改 #1”。")
    assert engineer.last_buttons() == ["✏️ 去修改 #1"]
    assert services.intake.store.answers(1) == before
    await engineer.press("✏️ 去修改 #1")
    assert engineer.last_text().startswith("📝 场景 #1")
    assert "部署总数" in engineer.last_text()


async def test_an_old_button_of_a_draft_in_progress_still_says_to_switch(
        engineer, services):
    await fill_to_summary(engineer)
    await second_draft_at_pain(engineer)
    await engineer.press("✏️ 10 部署总数")
    assert engineer.last_text().endswith("如需改填场景 #1，请发送 /drafts 切换。")
