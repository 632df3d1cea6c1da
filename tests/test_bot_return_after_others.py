"""A return that another coordinator's decision overtook: a stale 📨 发送退回 says where the entry
stands and the step its card offers; and a returned entry's card says which items its engineer
is changing."""


from flows.draft import Status
from tests.coordinators import sent_to
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary

COMMENT = "部署总数请核实。"
MORE = "再补充一句：联合体请补充科研院所。"


async def submitted(services, engineer) -> int:
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    return services.reviews.store.drafts.owned_by(engineer.id)[0].id


async def commented(services, engineer, suzhou) -> int:
    """苏州 opens a return of the submitted entry and writes its comment, not yet sent."""
    entry = await submitted(services, engineer)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    return entry


async def returned_by_province(province, entry: int) -> None:
    await province.send(f"/review {entry}")
    await province.press("↩️ 退回修改")
    await province.send("名称请具体到产线。")
    await province.press("📨 发送退回")


async def overtaken(services, engineer, suzhou, province) -> tuple[int, list]:
    """苏州 writes a return's comment; the province approves the entry meanwhile; 苏州's next
    words end the return."""
    entry = await commented(services, engineer, suzhou)
    await province.send(f"/review {entry}")
    await province.press("✅ 通过")
    calls = await suzhou.send(MORE)
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已通过。",
                                f"以下意见没有发出：{COMMENT}\n{MORE}"]
    assert suzhou.last_buttons() == ["🔓 重新打开", "📜 历史记录"]
    return entry, calls


async def test_a_stale_send_after_an_approval_names_the_reopen_button_the_card_has(
    services, engineer, suzhou, province, telegram
):
    entry, _ = await overtaken(services, engineer, suzhou, province)
    calls = await suzhou.press("📨 发送退回")
    said = texts(calls)
    assert said[0] == "该场景已被其他协调员处理，当前状态：已通过。"
    assert said[1] == "如需退回，请先点“🔓 重新打开”，再点“↩️ 退回修改”。"
    assert said[-1].startswith(f"🔎 场景 #{entry} ")
    assert suzhou.last_buttons() == ["🔓 重新打开", "📜 历史记录"]
    assert not any("重新点击“退回修改”" in t for t in said)
    assert services.reviews.store.entry(entry).info.status == Status.APPROVED
    assert sent_to(telegram, engineer.id, calls) == []


async def test_a_stale_column_press_after_an_approval_names_the_reopen_button(
    services, engineer, suzhou, province
):
    await overtaken(services, engineer, suzhou, province)
    calls = await suzhou.press("☐ 10")
    assert texts(calls)[1] == "如需退回，请先点“🔓 重新打开”，再点“↩️ 退回修改”。"


async def test_the_return_ended_by_words_after_an_approval_names_the_reopen_button(
    services, engineer, suzhou, province
):
    _, calls = await overtaken(services, engineer, suzhou, province)
    assert texts(calls)[2] == "如需退回，请先点“🔓 重新打开”，再点“↩️ 退回修改”。"


async def test_a_send_after_another_coordinator_returned_says_it_is_returned_already(
    services, engineer, suzhou, province, telegram
):
    entry = await commented(services, engineer, suzhou)
    await returned_by_province(province, entry)
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls)[:3] == ["该场景已被其他协调员处理，当前状态：已退回待修改。",
                                f"以下意见没有发出：{COMMENT}",
                                "该场景已退回填报人修改，无需再次退回；填报人重新提交后会回到待审核。"]
    assert suzhou.last_buttons() == ["📜 历史记录"]
    assert sent_to(telegram, engineer.id, calls) == []
    again = await suzhou.press("📨 发送退回")
    assert texts(again)[:2] == ["该场景已被其他协调员处理，当前状态：已退回待修改。",
                                "该场景已退回填报人修改，无需再次退回；填报人重新提交后会回到待审核。"]


async def test_a_send_after_a_return_and_resubmission_keeps_the_card_with_its_return_button(
    services, engineer, suzhou, province
):
    entry = await commented(services, engineer, suzhou)
    await returned_by_province(province, entry)
    await engineer.press("✏️ 去修改")
    await engineer.press("✅ 提交")
    calls = await suzhou.press("📨 发送退回")
    assert f"以下意见没有发出：{COMMENT}" in texts(calls)
    assert "↩️ 退回修改" in suzhou.last_buttons()
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


EDITING = "✏️ 填报人修改中，尚未重新提交：{items}（卡片显示的是修改后的内容）"


async def returned_and_edited(services, engineer, suzhou) -> int:
    """苏州 returns the entry; its engineer changes 部署总数 to 999台 and has not resubmitted."""
    entry = await commented(services, engineer, suzhou)
    await suzhou.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("999台")
    return entry


async def test_a_returned_entry_being_edited_says_which_items_are_not_resubmitted(
    services, engineer, suzhou, province
):
    entry = await returned_and_edited(services, engineer, suzhou)
    for coordinator in (suzhou, province):
        card = texts(await coordinator.send(f"/review {entry}"))[-1]
        assert "10. 部署总数：999台" in card
        assert EDITING.format(items="部署总数") in card.splitlines()[:3]


async def test_a_returned_entry_not_yet_edited_says_nothing_of_edits(
    services, engineer, suzhou
):
    entry = await commented(services, engineer, suzhou)
    await suzhou.press("📨 发送退回")
    card = texts(await suzhou.send(f"/review {entry}"))[-1]
    assert "尚未重新提交" not in card


async def test_an_edit_changed_back_is_not_named_as_being_edited(services, engineer, suzhou):
    entry = await returned_and_edited(services, engineer, suzhou)
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("10台")  # as handed in
    card = texts(await suzhou.send(f"/review {entry}"))[-1]
    assert "尚未重新提交" not in card


async def test_the_resubmitted_entry_card_no_longer_says_it_is_being_edited(
    services, engineer, suzhou
):
    entry = await returned_and_edited(services, engineer, suzhou)
    await engineer.press("✅ 提交")
    card = texts(await suzhou.send(f"/review {entry}"))[-1]
    assert "尚未重新提交" not in card
    assert "✏️ 自退回以来的修改：" in card
