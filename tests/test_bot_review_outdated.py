"""Old review screens and cards pressed after the entry, its marks or the return moved on: a
button acts only on what its screen showed, and a return comment is never lost unseen."""

from dataclasses import replace

import pytest

from flows import actions
from flows.draft import Status
from flows.review import OUTDATED
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, revision_of, seed, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.scenarios import scenario_answers

DANGER = {"scenario_name": "危化品仓库四足机器人夜间盘点巡检",
          "pain_point": "危化品仓库夜间盘点风险高，人工巡检不到位。"}
SPECIAL = {**DANGER, "industry": "石化化工", "scenario_type": "特种",
           "indicators": "盘点准确率≥99.5%，巡检一圈≤20分钟"}


async def test_an_old_cancel_leaves_the_return_of_another_entry_under_way(services, suzhou):
    one, two = seed(services, 11), seed(services, 12, **DANGER)
    await suzhou.send(f"/review {one}")
    await suzhou.press("↩️ 退回修改")
    old_screen, cancel = suzhou.find_button("取消")
    await suzhou.send(f"/review {two}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充可靠性指标。")
    calls = await suzhou.press_data(cancel, old_screen.message_id)
    assert texts(calls)[:2] == [f"对场景 #{one} 的退回已经结束，无需取消。",
                                f"对场景 #{two} 的退回仍在进行："]
    assert texts(calls)[-1].startswith("退回意见：请补充可靠性指标。\n")
    calls = await suzhou.press("📨 发送退回")
    assert "协调员意见：请补充可靠性指标。" in sent_to(suzhou.telegram, 12, calls)[-1]


async def test_an_old_cancel_of_the_same_entry_shows_the_comment_it_discards(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    old_screen, cancel = suzhou.find_button("取消")
    await suzhou.send("请核实部署总数。")
    calls = await suzhou.press_data(cancel, old_screen.message_id)
    assert sent_to(suzhou.telegram, suzhou.id, calls)[0] == "已取消退回，以下意见没有发出：请核实部署总数。"
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_a_return_beaten_by_another_coordinators_return_shows_the_unsent_comment(
    services, suzhou, province
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署总数与产线规模不符，请核实；联合体请补充科研院所。")
    await province.send(f"/review {entry}")
    await province.press("↩️ 退回修改")
    await province.send("请补充可靠性指标。")
    await province.press("📨 发送退回")
    calls = await suzhou.press("📨 发送退回")
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已退回待修改。",
                                "以下意见没有发出：部署总数与产线规模不符，请核实；联合体请补充科研院所。"]
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")
    assert sent_to(suzhou.telegram, 11, calls) == []


async def test_an_old_unmark_button_does_not_lift_a_mark_set_since(services, suzhou, telegram):
    first = seed(services, 11)
    second = seed(services, 12, enterprise="苏州启明电池有限公司")
    third = seed(services, 13, enterprise="苏州华光电池有限公司")
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(third, first))
    await suzhou.send(f"/review {third}")
    card, unmark = suzhou.find_button("取消重复标记")
    services.reviews.act(PROVINCE_ID, actions.UnmarkDuplicate(third, first))
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(third, second))
    calls = await suzhou.press_data(unmark, card.message_id)
    assert texts(calls)[0] == "这张卡片发出后，该场景的重复标记有了变化，请查看下面的最新卡片。"
    assert f"（已标记为 #{second} 的重复场景）" in texts(calls)[-1]
    assert services.reviews.store.entry(third).duplicate_of == second
    assert sent_to(telegram, 13, calls) == []


async def test_an_approval_from_a_card_shown_before_a_return_is_refused_though_nothing_changed(
    services, suzhou, province, app, telegram
):
    entry = seed(services, 11)
    await province.send(f"/review {entry}")
    old_card, approve = province.find_button("✅ 通过")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("联合体缺少科研院所，请补充后再提交。")
    await suzhou.press("☐ 8 创新应用联合体成员")
    await suzhou.press("📨 发送退回")
    engineer = FakeUser(app, telegram, 11, "工程师11")
    await engineer.press("✏️ 去修改")
    await engineer.press("⬅️ 返回汇总")
    await engineer.press("✅ 提交")  # resubmitted as it was
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED
    calls = await province.press_data(approve, old_card.message_id)
    assert texts(calls)[-2] == OUTDATED
    assert "联合体缺少科研院所，请补充后再提交。" in texts(calls)[-1]
    assert "⚠️ 标注需修改但未改动：8 创新应用联合体成员" in texts(calls)[-1]
    _, start_return = province.find_button("↩️ 退回修改", old_card.message_id)
    calls = await province.press_data(start_return, old_card.message_id)
    assert texts(calls)[-2] == OUTDATED
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED
    assert sent_to(telegram, 11, calls) == []


async def test_marking_onto_an_entry_rewritten_since_the_card_is_refused(
    services, province, telegram
):
    first = seed(services, 11)
    second = seed(services, 12, enterprise="苏州启明电池有限公司")
    await province.send(f"/review {second}")
    old_card, mark = province.find_button(f"标记为 #{first} 的重复")
    services.reviews.act(SUZHOU_ID, actions.Return(first, revision_of(services, first)))
    services.reviews.comment(SUZHOU_ID, "与 #2 雷同，请改为贵司实际的其他场景。")
    services.reviews.act(SUZHOU_ID, actions.SendReturn(first))
    store = services.intake.store
    before = store.load(first)
    store.save(before, replace(before, answers={**before.answers, **SPECIAL}), SPECIAL, 11)
    services.intake.act(11, actions.SubmitAnyway())
    assert services.reviews.store.entry(first).info.status == Status.SUBMITTED
    calls = await province.press_data(mark, old_card.message_id)
    assert texts(calls)[-2] == (f"这张卡片发出后，#{first} 有了变化，已不再与本场景高度相似，"
                                "请查看下面的最新卡片。")
    assert f"标记为 #{first} 的重复" not in province.last_buttons()
    assert services.reviews.store.entry(second).duplicate_of is None
    assert sent_to(telegram, 12, calls) == []


async def test_an_old_reopen_button_is_refused_once_the_entry_was_approved_again(
    services, province, suzhou, app, telegram
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("✅ 通过")
    await province.send(f"/review {entry}")
    old_card, reopen = province.find_button("🔓 重新打开")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("🔓 重新打开")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("台数改为6")
    await suzhou.press("📨 发送退回")
    engineer = FakeUser(app, telegram, 11, "工程师11")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("6台")
    await engineer.press("✅ 提交")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("✅ 通过")
    calls = await province.press_data(reopen, old_card.message_id)  # the card showed 10台
    assert texts(calls)[-2] == "这张卡片发出后，以下项目有修改：部署总数。请查看下面的最新内容后再审核。"
    assert "10. 部署总数：6台" in texts(calls)[-1]
    assert services.reviews.store.entry(entry).info.status == Status.APPROVED
    assert sent_to(telegram, 11, calls) == []


async def test_a_reopen_button_of_an_earlier_release_is_refused_as_outdated_with_the_card(
    services, suzhou, telegram
):
    entry = seed(services, 11)
    services.reviews.act(PROVINCE_ID, actions.Approve(entry, revision_of(services, entry)))
    await suzhou.send("/review")
    calls = await suzhou.press_data(f"R{entry}", max(telegram.messages))  # no revision
    assert texts(calls)[0] == OUTDATED
    assert texts(calls)[1].startswith(f"🔎 场景 #{entry} ")
    assert suzhou.last_buttons()[0] == "🔓 重新打开"
    assert services.reviews.store.entry(entry).info.status == Status.APPROVED
    assert sent_to(telegram, 11, calls) == []


@pytest.mark.parametrize("button", ["标记为 #{first} 的重复", "🔗"])
async def test_marking_from_a_card_another_coordinator_approved_since_says_so_with_the_fresh_card(
    services, suzhou, province, button
):
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    await province.send(f"/review {second}")
    await suzhou.send(f"/review {second}")
    await suzhou.press("✅ 通过")
    calls = await province.press(button.format(first=first))
    assert texts(calls)[0] == "该场景已被其他协调员处理，当前状态：已通过。"
    assert texts(calls)[-1].startswith(f"🔎 场景 #{second} ")
    assert "🔓 重新打开" in province.last_buttons()
    assert services.reviews.store.entry(second).duplicate_of is None


@pytest.mark.parametrize("button", ["✅ 通过", "↩️ 退回修改"])
async def test_deciding_from_a_card_another_coordinator_approved_since_says_so_with_the_fresh_card(
    services, suzhou, province, button
):
    entry = seed(services, 11, **scenario_answers(0))
    await province.send(f"/review {entry}")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("✅ 通过")
    calls = await province.press(button)
    assert texts(calls)[0] == "该场景已被其他协调员处理，当前状态：已通过。"
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")
    assert "🔓 重新打开" in province.last_buttons()
    assert services.reviews.store.pending(PROVINCE_ID) is None


async def test_marking_from_a_card_of_an_entry_another_coordinator_marked_since_shows_the_mark(
    services, suzhou, province
):
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    third = seed(services, 13, **scenario_answers(0, enterprise="苏州启明电池有限公司"))
    await province.send(f"/review {third}")
    await suzhou.send(f"/review {third}")
    await province.press(f"标记为 #{first} 的重复")
    calls = await suzhou.press(f"标记为 #{second} 的重复")
    assert texts(calls)[0] == "这张卡片发出后，该场景的重复标记有了变化，请查看下面的最新卡片。"
    assert f"（已标记为 #{first} 的重复场景）" in texts(calls)[-1]
    assert services.reviews.store.entry(third).duplicate_of == first


async def test_marking_onto_an_entry_returned_since_the_card_says_it_was_returned(
    services, suzhou, province
):
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    await province.send(f"/review {second}")
    old_card, mark = province.find_button(f"标记为 #{first} 的重复")
    await suzhou.send(f"/review {first}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署总数请核实。")
    await suzhou.press("📨 发送退回")
    calls = await province.press_data(mark, old_card.message_id)
    assert texts(calls) == [f"这张卡片发出后，#{first} 已被退回修改，当前状态：已退回待修改，"
                            "不能再标记为它的重复。"]
    assert services.reviews.store.entry(second).duplicate_of is None


@pytest.mark.parametrize("button", ["标记为 #{first} 的重复", "🔗", "与 #{first} 不是同类场景"])
async def test_a_mark_from_a_card_of_an_entry_returned_and_changed_since_says_so(
    services, suzhou, province, engineer, button
):
    """A mark counts the entry by the card seen: after a return, a change and a resubmission,
    the card is not the entry any more, as for 通过."""
    first = seed(services, 101, **scenario_answers(0))
    second = seed(services, engineer.id, **scenario_answers(
        0, enterprise="苏州恒远电池有限公司", scenario_name="发动机缸盖螺栓拧紧工位二"))
    await province.send(f"/review {second}")
    card, _ = province.find_button(button.format(first=first))
    await suzhou.send(f"/review {second}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请写明差异化创新点")
    await suzhou.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.send("部署总数：30台")
    await engineer.press("✅ 提交")
    if "仍然提交" in engineer.last_buttons():
        await engineer.press("仍然提交")
    calls = await province.press(button.format(first=first), card.message_id)
    assert texts(calls)[0].startswith("这张卡片发出后")
    entry = services.reviews.store.entry(second)
    assert entry.duplicate_of is None and first not in entry.distinct


async def test_not_alike_from_a_card_of_an_entry_approved_since_is_taken(
    services, suzhou, province
):
    """An approval changes nothing a mark counts by: 不是同类 still counts the two apart."""
    first = seed(services, 101, **scenario_answers(0))
    second = seed(services, 102, **scenario_answers(
        0, enterprise="苏州恒远电池有限公司", scenario_name="发动机缸盖螺栓拧紧工位二"))
    await province.send(f"/review {second}")
    card, _ = province.find_button(f"与 #{first} 不是同类场景")
    await suzhou.send(f"/review {second}")
    await suzhou.press("✅ 通过")
    await province.press(f"与 #{first} 不是同类场景", card.message_id)
    assert first in services.reviews.store.entry(second).distinct


@pytest.mark.parametrize("button", ["与 #{first} 不是同类场景", "标记为 #{first} 的重复", "✅ 通过"])
async def test_a_press_from_a_card_of_an_entry_approved_and_reopened_since_says_so(
    services, suzhou, province, button
):
    """Nothing was changed nor returned: the refusal says what did happen, not either."""
    first = seed(services, 101, **scenario_answers(0))
    second = seed(services, 102, **scenario_answers(
        0, enterprise="苏州恒远电池有限公司", scenario_name="发动机缸盖螺栓拧紧工位二"))
    await province.send(f"/review {second}")
    card, _ = province.find_button(button.format(first=first))
    await suzhou.send(f"/review {second}")
    await suzhou.press("✅ 通过")
    await suzhou.send(f"/review {second}")
    await suzhou.press("🔓 重新打开")
    calls = await province.press(button.format(first=first), card.message_id)
    assert texts(calls)[0] == ("这张卡片发出后，该场景已审核通过，又重新打开（内容没有修改），"
                               "当前状态：已提交待审核。请查看下面的最新内容后再审核。")
    assert texts(calls)[-1].startswith(f"🔎 场景 #{second} ")
    entry = services.reviews.store.entry(second)
    assert entry.info.status == Status.SUBMITTED
    assert entry.duplicate_of is None and first not in entry.distinct


async def test_an_old_reopen_button_of_an_entry_reopened_and_approved_again_says_so(
    services, suzhou, province
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("✅ 通过")
    await province.send(f"/review {entry}")
    old_card, reopen = province.find_button("🔓 重新打开")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("🔓 重新打开")
    await suzhou.press("✅ 通过")
    calls = await province.press_data(reopen, old_card.message_id)
    assert texts(calls)[0] == ("这张卡片发出后，该场景已重新打开，又审核通过（内容没有修改），"
                               "当前状态：已通过。请查看下面的最新内容后再审核。")
    assert services.reviews.store.entry(entry).info.status == Status.APPROVED
