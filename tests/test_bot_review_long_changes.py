"""A resubmitted entry's card lists what changed since the return. A long new answer already
stands in full in the card above, so the list points to it instead of printing it twice; the
old answer is shown whole, as the card holds it nowhere else, and short changes read as before."""

from tests.coordinators import seed
from tests.fake_bot_api import FakeUser, texts

OLD_PAIN = "人工插拔高压插头，存在打火风险。"
NEW_PAIN = "电池包下线测试工位由人工插拔数百伏高压插接件，并扫码、目检，" * 5 + "难以自动化改造。"


async def resubmitted_card(services, suzhou, app, telegram, pain: str) -> str:
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("现状与痛点请写具体。")
    await suzhou.press("📨 发送退回")
    engineer = FakeUser(app, telegram, 11, "工程师11")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 5")
    await engineer.send(pain)
    await engineer.press("⬅️ 返回汇总")
    await engineer.press("✅ 提交")
    return "\n".join(texts(await suzhou.send(f"/review {entry}")))


async def test_a_long_new_answer_is_pointed_to_in_the_changes_not_printed_twice(
        services, suzhou, app, telegram):
    card = await resubmitted_card(services, suzhou, app, telegram, NEW_PAIN)
    assert card.count(NEW_PAIN) == 1
    assert f"• 场景描述与关键技术要求（现状与痛点）：{OLD_PAIN} → （新内容较长，见上方第 5 项）" in card


async def test_a_short_new_answer_is_shown_in_the_changes(services, suzhou, app, telegram):
    card = await resubmitted_card(services, suzhou, app, telegram, "人工插拔高压插头，多品种小批量。")
    assert f"{OLD_PAIN} → 人工插拔高压插头，多品种小批量。" in card
