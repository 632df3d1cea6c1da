"""A return under way ends once its coordinator may no longer take it on (removed, or the entry
moved out of their scope): on the next thing they do, saying so with the unsent comment, and
their typed words then go where they would for anyone else."""

import logging

from flows.draft import Status
from tests.coordinators import SUZHOU_ID, seed, sent_to
from tests.fake_bot_api import texts

CANCELLED = ["您已不再是协调员，无权继续审核。", "已取消对场景 #{id} 的退回，以下意见没有发出：请核实部署总数。"]


async def _returning_then_removed(services, suzhou) -> int:
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请核实部署总数。")
    services.reviews.people.remove_coordinator(SUZHOU_ID)
    return entry


async def test_a_removed_coordinators_next_words_end_the_return_and_answer_their_draft(
        services, suzhou, caplog):
    await suzhou.send("/new")
    await suzhou.press("江苏省工业和信息化厅")
    await suzhou.press("苏州市")
    entry = await _returning_then_removed(services, suzhou)
    with caplog.at_level(logging.WARNING):
        calls = await suzhou.send("苏州某机械有限公司")
    assert texts(calls)[:2] == [line.format(id=entry) for line in CANCELLED]
    assert "已用新的文字替换退回意见" not in "".join(texts(calls))
    assert services.intake.store.current(SUZHOU_ID).answers["enterprise"] == "苏州某机械有限公司"
    assert f"refused: user {SUZHOU_ID} may no longer continue on #{entry}" in [
        r.getMessage() for r in caplog.records]
    calls = await suzhou.send("5、10")
    assert "已勾选" not in "".join(texts(calls))
    assert "您已不再是协调员" not in "".join(texts(calls))  # told once


async def test_a_removed_coordinators_send_button_sends_no_return(services, suzhou, telegram):
    entry = await _returning_then_removed(services, suzhou)
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls) == [line.format(id=entry) for line in CANCELLED]
    assert sent_to(telegram, 11, calls) == []
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED
    assert services.reviews.store.pending(SUZHOU_ID) is None


async def test_a_removed_coordinators_number_cancels_the_mark_it_answered(services, suzhou):
    entry = seed(services, 11)
    other = seed(services, 12)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("🔗 标记为其他场景的重复")
    services.reviews.people.remove_coordinator(SUZHOU_ID)
    calls = await suzhou.send(f"{other}")
    assert texts(calls)[:2] == ["您已不再是协调员，无权继续审核。",
                                f"已取消对场景 #{entry} 的重复标记，场景 #{entry} 未标记为重复。"]
    assert services.reviews.store.entry(entry).duplicate_of is None
    assert services.reviews.store.awaited_duplicate(SUZHOU_ID) is None
