"""A returned entry handed in again in another city: the coordinator who returned it no longer
sees it, so is told where it went and that it is no longer theirs."""

from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, sent_to
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary

MOVED = ("您退回的场景 #1 恒远工厂电池测试—柔性插接 已由填报人改到无锡市并重新提交，"
         "不在您的审核范围内，您无需再处理。")


async def returned_by(engineer, coordinator) -> None:
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await coordinator.send("/review 1")
    await coordinator.press("↩️ 退回修改")
    await coordinator.send("用户单位应在无锡，请核实。")
    await coordinator.press("📨 发送退回")
    await engineer.press("✏️ 去修改")


async def test_the_returning_coordinator_is_told_the_entry_went_to_another_city(
    engineer, suzhou, wuxi, telegram
):
    await returned_by(engineer, suzhou)
    await engineer.send("城市：无锡市")
    calls = await engineer.press("✅ 提交")
    assert sent_to(telegram, SUZHOU_ID, calls) == [MOVED]
    assert "📥 退回修改后重新提交的场景，请审核：" in sent_to(telegram, WUXI_ID, calls)


async def test_a_resubmission_in_the_same_city_tells_the_returner_as_before(
    engineer, suzhou, wuxi, telegram
):
    await returned_by(engineer, suzhou)
    await engineer.send("部署总数：12台")
    calls = await engineer.press("✅ 提交")
    assert sent_to(telegram, SUZHOU_ID, calls)[0] == "📥 退回修改后重新提交的场景，请审核："
    assert MOVED not in sent_to(telegram, SUZHOU_ID, calls)
    assert sent_to(telegram, WUXI_ID, calls) == []


async def test_a_returner_who_covers_the_new_city_gets_the_card_only(
    engineer, province, wuxi, telegram
):
    await returned_by(engineer, province)
    await engineer.send("城市：无锡市")
    calls = await engineer.press("✅ 提交")
    assert sent_to(telegram, PROVINCE_ID, calls)[0] == "📥 退回修改后重新提交的场景，请审核："
    assert MOVED not in sent_to(telegram, PROVINCE_ID, calls)


async def test_the_returning_coordinator_is_told_even_when_nobody_covers_the_new_city(
    services, engineer, suzhou, telegram
):
    await returned_by(engineer, suzhou)
    for nobody in (PROVINCE_ID, WUXI_ID):
        services.reviews.people.remove_coordinator(nobody)
    await engineer.send("城市：无锡市")
    calls = await engineer.press("✅ 提交")
    assert sent_to(telegram, SUZHOU_ID, calls) == [MOVED]


async def test_replies_after_an_unsubmitted_city_change_go_to_the_coordinator_who_returned_it(
    engineer, province, suzhou, wuxi, telegram
):
    await returned_by(engineer, suzhou)
    await engineer.send("城市：无锡市")  # not handed in again: 苏州 still waits for the fix
    said = texts(await engineer.send("为什么退回？名称哪里不对"))
    assert any("像是写给协调员（苏州市李科）的话" in t for t in said)
    calls = await engineer.press("💬 发给协调员")
    assert len(sent_to(telegram, SUZHOU_ID, calls)) == 1
    assert sent_to(telegram, WUXI_ID, calls) == sent_to(telegram, PROVINCE_ID, calls) == []
    assert any("已发给协调员（苏州市李科）" in t for t in texts(calls))
    await engineer.press("💬 回复协调员")
    assert "苏州市李科" in engineer.last_text()


async def test_a_returner_moved_to_another_city_still_gets_the_reply(
    services, engineer, province, suzhou, telegram
):
    await returned_by(engineer, suzhou)
    services.reviews.people.add_coordinator(SUZHOU_ID, "无锡市")  # scope changed since
    await engineer.press("💬 回复协调员")
    calls = await engineer.send("名称已按意见修改")
    assert len(sent_to(telegram, SUZHOU_ID, calls)) == 1
    assert sent_to(telegram, PROVINCE_ID, calls) == []
