"""Duplicate marks beyond the similarity rule: a coordinator names the original by its number,
under the checks a button's mark has; a marked entry is decided through its mark."""

import pytest

from flows import actions
from flows.draft import Status
from flows.review import (
    ENGINEER_MARKED,
    MARK_CHAINED,
    MARK_OUT_OF_SCOPE,
    MARKED_NOT_APPROVED,
    NO_SUCH_ENTRY,
    NOT_ITSELF,
    NOT_MARKABLE,
    OWN_MARK_REFUSED,
)
from flows.review_card import DECIDED_BY_MARK, UNMARK_HERE
from flows.review_queue import MARKED_ASIDE, WAY_ON
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, revision_of, seed, sent_to
from tests.fake_bot_api import FakeUser, texts
from tests.scenarios import alike_chain, scenario_answers

REWORDED = "气缸盖螺栓自动紧固"
ASK = "🔗 标记为其他场景的重复"


async def test_a_repeat_with_a_reworded_name_is_marked_by_typing_its_originals_number(
    services, province, telegram
):
    original = seed(services, 11, **scenario_answers(0))
    repeat = seed(services, 12, **scenario_answers(
        0, scenario_name=REWORDED, enterprise="苏州启明汽车部件有限公司"))
    await province.send(f"/review {repeat}")
    assert f"标记为 #{original} 的重复" not in province.last_buttons()  # the rule missed it
    calls = await province.press(ASK)
    assert texts(calls)[-1].startswith(f"请发送场景 #{repeat} 所重复的场景编号（如 12）")
    calls = await province.send(f"＃{original}")
    assert sent_to(telegram, PROVINCE_ID, calls) == [
        f"已将场景 #{repeat} 标记为 #{original} 的重复场景，统计时按 1 项计算。", WAY_ON]
    assert sent_to(telegram, 12, calls) == [ENGINEER_MARKED.format(
        title=f"#{repeat} {REWORDED}", of=original)]
    assert services.reviews.store.entry(repeat).duplicate_of == original
    report = texts(await province.send("/stats"))[-1]
    assert "重点场景（已提交与已通过，重复与相似场景按 1 项计）：1 个" in report
    calls = await province.send("12")  # the ask ended with the mark: words are words again
    assert "已将场景" not in "".join(texts(calls))


async def test_a_typed_number_is_refused_as_a_marks_button_is_and_asked_again(
    services, suzhou, province, telegram
):
    entry = seed(services, 11, **scenario_answers(0))
    wuxi_entry = seed(services, 12, **scenario_answers(1, city="无锡市"))
    own = seed(services, SUZHOU_ID, **scenario_answers(2, enterprise="苏州启航智能装备有限公司"))
    marked = seed(services, 13, **scenario_answers(3))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(marked, own, revision_of(services, marked)))
    await suzhou.send(f"/review {entry}")
    await suzhou.press(ASK)
    for typed, refusal in ((f"{wuxi_entry}", MARK_OUT_OF_SCOPE.format(of=wuxi_entry, level="省级")),
                           (f"{own}", OWN_MARK_REFUSED.format(own=own)),
                           (f"{marked}", NOT_MARKABLE),
                           ("999", NO_SUCH_ENTRY.format(of=999)),
                           (f"{entry}", NOT_ITSELF)):
        calls = await suzhou.send(typed)
        assert texts(calls)[0] == refusal, typed
        assert services.reviews.store.entry(entry).duplicate_of is None
    assert sent_to(telegram, 11, telegram.calls) == []
    calls = await suzhou.send("第一个")  # no number: the ask ends, no mark
    assert texts(calls)[0] == f"没有收到场景编号，场景 #{entry} 未标记为重复。"
    assert services.reviews.store.awaited_duplicate(SUZHOU_ID) is None


async def test_an_entry_others_are_marked_onto_cannot_itself_be_marked(services, province,
                                                                      telegram):
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(1))
    third = seed(services, 13, **scenario_answers(2))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(third, second, revision_of(services, third)))
    await province.send(f"/review {second}")
    assert ASK not in province.last_buttons()
    calls = await province.press_data(f"m{second}", max(telegram.messages))
    assert texts(calls) == [MARK_CHAINED.format(ids=f"#{third}", id=second)]
    reply = services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(second, first, revision_of(services, second)))
    assert reply.messages == (MARK_CHAINED.format(ids=f"#{third}", id=second),)
    assert services.reviews.store.entry(second).duplicate_of is None


async def test_turning_to_another_command_ends_the_ask_for_a_number(services, province):
    entry = seed(services, 11, **scenario_answers(0))
    await province.send(f"/review {entry}")
    await province.press(ASK)
    calls = await province.send("/review")
    assert texts(calls)[0] == f"没有收到场景编号，场景 #{entry} 未标记为重复。"
    assert services.reviews.store.awaited_duplicate(PROVINCE_ID) is None


async def test_a_marked_entry_is_decided_through_its_mark_not_approved(
    services, province, telegram
):
    original = seed(services, 11, **scenario_answers(0))
    repeat = seed(services, 12, **scenario_answers(0, enterprise="苏州启明新能源有限公司"))
    await province.send(f"/review {repeat}")
    old_card, approve = province.find_button("✅ 通过")  # shown before the mark
    await province.press(f"标记为 #{original} 的重复")
    card = texts(await province.send(f"/review {repeat}"))[-1]
    assert DECIDED_BY_MARK.format(how=UNMARK_HERE) in card
    assert "✅ 通过" not in province.last_buttons()
    assert "取消重复标记" in province.last_buttons()
    calls = await province.press_data(approve, old_card.message_id)
    assert texts(calls)[0] == MARKED_NOT_APPROVED.format(id=repeat, of=original)
    assert services.reviews.store.entry(repeat).info.status == Status.SUBMITTED
    assert sent_to(telegram, 12, calls) == []

    queue = texts(await province.send("/review"))[-1]
    assert queue.startswith("📥 待审核场景 1 个（第 1 个，最早提交的在前）：\n"
                            + MARKED_ASIDE.format(count=1))
    assert f"审核 #{repeat}" not in province.last_buttons()
    report = texts(await province.send("/stats"))[-1]
    assert "状态：草稿 0 · 已提交待审核 1 · 已退回待修改 0 · 已通过 0 · 已标记为重复 1\n" in report

    calls = await province.send(f"/review {repeat}")
    await province.press("取消重复标记")
    assert province.last_buttons()[:2] == ["✅ 通过", "↩️ 退回修改"]  # its own decision again
    services.reviews.act(PROVINCE_ID, actions.Approve(repeat, revision_of(services, repeat)))
    assert services.reviews.store.entry(repeat).info.status == Status.APPROVED


async def test_a_city_coordinator_is_told_the_province_lifts_a_mark_onto_another_city(
    services, suzhou
):
    entry = seed(services, 11, **scenario_answers(0))
    wuxi_entry = seed(services, 12, **scenario_answers(1, city="无锡市"))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(
        entry, wuxi_entry, revision_of(services, entry)))
    card = texts(await suzhou.send(f"/review {entry}"))[-1]
    assert DECIDED_BY_MARK.format(how="请省级协调员取消重复标记") in card
    assert "取消重复标记" not in suzhou.last_buttons()


async def test_the_engineer_sees_a_marked_entry_as_marked_not_awaiting_review(
    services, province, app, telegram
):
    original = seed(services, 11, **scenario_answers(0))
    repeat = seed(services, 12, **scenario_answers(1))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(
        repeat, original, revision_of(services, repeat)))
    engineer = FakeUser(app, telegram, 12, "工程师12")
    listed = texts(await engineer.send("/drafts"))[-1]
    assert f"#{repeat} 动力电池包下线测试—高压插头柔性插接 · 已标记为 #{original} 的重复 · " in listed
    opened = texts(await engineer.press(f"打开 #{repeat}"))[-2]  # the row, then a hint
    assert opened.startswith(f"场景 #{repeat} 动力电池包下线测试—高压插头柔性插接 · "
                             f"已标记为 #{original} 的重复\n")


async def test_a_city_return_lifting_another_citys_mark_leaves_it_to_the_province(
    services, province, suzhou, wuxi, telegram
):
    original = seed(services, 11, **scenario_answers(0, city="苏州市"))
    repeat = seed(services, 12, **scenario_answers(
        0, city="无锡市", scenario_name="缸盖螺栓自动拧紧工位"))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(
        repeat, original, revision_of(services, repeat)))
    await suzhou.send(f"/review {original}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充差异化创新点")
    calls = await suzhou.press("📨 发送退回")
    assert services.reviews.store.entry(repeat).duplicate_of is None  # as documented
    assert sent_to(telegram, SUZHOU_ID, calls)[-2] == (
        f"↩️ 已退回场景 #{original} 发动机缸盖螺栓拧紧工位，已通知填报人。\n"
        f"#{repeat} 不在您的审核范围内，其重复标记已随之取消，统计和导出时单独计算，"
        "由省级协调员重新判断。")
    lifted = (f"ℹ️ 场景 #{original} 被苏州市协调员退回修改，#{repeat} 作为 #{original} 的重复"
              "的标记随之取消，统计和导出时单独计算；")
    assert sent_to(telegram, PROVINCE_ID, calls) == [
        lifted + f"#{original} 重新提交后请重新判断。"]
    assert sent_to(telegram, WUXI_ID, calls) == [lifted + "是否仍按重复计算由省级协调员判断。"]
    assert sent_to(telegram, 12, calls) == [
        f"ℹ️ 您的场景 #{repeat} 缸盖螺栓自动拧紧工位 所重复的 #{original} 被退回修改，"
        f"重复标记随之取消，目前单独计算；#{original} 重新提交后协调员会重新判断。"]


async def _marked_then_one_returned(services, suzhou, returned: str) -> tuple[int, int]:
    """A 苏州 entry and its repeat marked by the province; then `returned` ("original" or
    "repeat") returned by 苏州's coordinator."""
    original = seed(services, 11, **scenario_answers(0, city="苏州市"))
    repeat = seed(services, 12, **scenario_answers(
        0, city="苏州市", scenario_name="缸盖螺栓自动拧紧工位"))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(
        repeat, original, revision_of(services, repeat)))
    await suzhou.send(f"/review {original if returned == 'original' else repeat}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充差异化创新点")
    await suzhou.press("📨 发送退回")
    return original, repeat


async def test_a_mark_lifted_by_a_return_says_why_in_the_history(services, province, suzhou):
    original, repeat = await _marked_then_one_returned(services, suzhou, "original")
    history = texts(await province.send(f"/history {repeat}"))[-1]
    assert history.endswith(f"取消重复标记（因 #{original} 被退回修改，标记随之取消）")


async def test_a_mark_lifted_by_the_entrys_own_return_is_a_plain_unmark(
        services, province, suzhou):
    _, repeat = await _marked_then_one_returned(services, suzhou, "repeat")
    history = texts(await province.send(f"/history {repeat}"))[-1]
    assert history.endswith(" 取消重复标记")


@pytest.mark.parametrize(("city", "told"), [
    ("无锡市", "本场景作为 #{original} 的重复的标记已随之取消；#{original} 不在您的审核范围内，"
               "由省级协调员重新判断。"),
    ("苏州市", "本场景作为 #{original} 的重复的标记已随之取消。"),
])
async def test_a_return_of_an_entry_marked_onto_another_tells_the_returner_who_judges_again(
    services, province, suzhou, telegram, city, told
):
    original = seed(services, 11, **scenario_answers(
        0, city=city, enterprise=f"{city}锡山精工有限公司"))
    repeat = seed(services, 12, **scenario_answers(0, city="苏州市"))
    services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(
        repeat, original, revision_of(services, repeat)))
    await suzhou.send(f"/review {repeat}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充差异化创新点")
    calls = await suzhou.press("📨 发送退回")
    assert sent_to(telegram, SUZHOU_ID, calls)[-2].split("\n")[1:] == [
        told.format(original=original)]
    assert services.reviews.store.entry(repeat).duplicate_of is None


async def test_a_coordinator_who_filed_one_lifted_repeat_is_still_told_of_the_others(
    services, province, suzhou, wuxi, telegram
):
    original = seed(services, 11, **scenario_answers(0, city="苏州市"))
    by_other = seed(services, 12, **scenario_answers(
        0, city="无锡市", scenario_name="缸盖螺栓自动拧紧工位"))
    by_wuxi = seed(services, WUXI_ID, **scenario_answers(
        0, city="无锡市", scenario_name="缸盖螺栓拧紧工位二", enterprise="无锡锡山机电有限公司"))
    for repeat in (by_other, by_wuxi):
        services.reviews.act(PROVINCE_ID, actions.MarkNamedDuplicate(
            repeat, original, revision_of(services, repeat)))
    await suzhou.send(f"/review {original}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充差异化创新点")
    calls = await suzhou.press("📨 发送退回")
    lifted = f"ℹ️ 场景 #{original} 被苏州市协调员退回修改，"
    assert sent_to(telegram, PROVINCE_ID, calls) == [
        lifted + f"#{by_other}、#{by_wuxi} 作为 #{original} 的重复的标记随之取消，"
        f"统计和导出时单独计算；#{original} 重新提交后请重新判断。"]
    assert sent_to(telegram, WUXI_ID, calls) == [
        f"ℹ️ 您的场景 #{by_wuxi} 缸盖螺栓拧紧工位二 所重复的 #{original} 被退回修改，"
        f"重复标记随之取消，目前单独计算；#{original} 重新提交后协调员会重新判断。",
        lifted + f"#{by_other} 作为 #{original} 的重复的标记随之取消，"
        "统计和导出时单独计算；是否仍按重复计算由省级协调员判断。"]


@pytest.mark.parametrize("marked, of, left", [(1, 2, "#2 ≈ #3"), (3, 2, "#1 ≈ #2")])
async def test_a_chain_marked_in_part_counts_the_rows_left_as_the_file_holds_them(
        services, province, marked, of, left):
    """#1≈#2≈#3 with #1 and #3 apart are two scenarios; a mark onto #2 leaves the marked row
    out of every group, as out of the file: the two rows left are alike and count once, as
    `lint` counts them in the file."""
    ids = [seed(services, 11 + i, **answers) for i, answers in enumerate(alike_chain())]
    assert ids == [1, 2, 3]
    count = "重点场景（已提交与已通过，重复与相似场景按 1 项计）：{} 个"
    assert count.format(2) in texts(await province.send("/stats"))[-1]
    await province.send(f"/review {marked}")
    await province.press(f"标记为 #{of} 的重复")
    assert services.reviews.store.entry(marked).duplicate_of == of
    report = texts(await province.send("/stats"))[-1]
    assert count.format(1) in report
    assert report.endswith(f"相似场景组：{left}")


async def test_a_card_marked_as_a_duplicate_says_the_mark_decided_it_and_who_marked_it(
    services, province, suzhou
):
    """Marked, the pair counts once: no longer 可能只按 1 项, nor judged apart from the card;
    an entry it is alike to and not marked with is still warned of."""
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    third = seed(services, 13, **scenario_answers(0, enterprise="苏州启明电池有限公司"))
    await suzhou.send(f"/review {third}")
    await suzhou.press(f"标记为 #{first} 的重复")
    await province.send(f"/review {third}")
    card = province.last_text()
    assert f"ℹ️ 苏州市李科已标记与 #{first} 为同类场景，按 1 项计算。" in card
    assert f"与 #{first} 发动机缸盖螺栓拧紧工位 高度相似" not in card
    assert f"与 #{second} 发动机缸盖螺栓拧紧工位 高度相似，按填写说明 5 可能只按 1 项计算。" in card
    assert f"与 #{first} 不是同类场景" not in province.last_buttons()
    assert f"与 #{second} 不是同类场景" in province.last_buttons()


async def test_a_city_card_of_an_entry_the_province_marked_onto_another_citys_says_it_is_marked(
    services, province, suzhou
):
    in_wuxi = seed(services, 11, **scenario_answers(0, city="无锡市"))
    repeat = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    await province.send(f"/review {repeat}")
    await province.press(f"标记为 #{in_wuxi} 的重复")
    await suzhou.send(f"/review {repeat}")
    card = suzhou.last_text()
    assert f"ℹ️ 省厅王处已标记与 #{in_wuxi} 为同类场景，按 1 项计算。" in card
    assert "可能只按 1 项计算" not in card and "由省级协调员判断" not in card
