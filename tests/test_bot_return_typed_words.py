"""Words a coordinator types during a return that are never its comment, and a return whose
entry moved on meanwhile, ended at the next word typed for it."""

import pytest

from flows.draft import Status
from tests.coordinators import SUZHOU_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers

COMMENT = "部署总数与产线规模不符，请核实。"
KEPT = (f"退回意见未改动：{COMMENT}\n勾选需要修改的项目后请点“📨 发送退回”；"
        "如需改写意见，直接发送新的文字；放弃退回请点“取消”。")


async def returning(services, suzhou, comment: str | None = COMMENT) -> int:
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    if comment:
        await suzhou.send(comment)
    return entry


async def approved_meanwhile(services, suzhou, province, comment: str | None = COMMENT) -> int:
    """A return under way at 苏州 while the province approves its entry."""
    entry = await returning(services, suzhou, comment)
    await province.send(f"/review {entry}")
    await province.press("✅ 通过")
    return entry


@pytest.mark.parametrize("word", ["确认", "好的", "是", "确定", "OK", "对", "可以", "没问题",
                                  "确认。", "发送", "提交", "删除", "确认发送", "确认退回",
                                  "好的，发送", "发送吧", "待审核场景", "我的草稿", "✅ 通过",
                                  "通过", "↩️ 退回修改", "标记重复", "驳回", "收到", "👍", "👌",
                                  "🙏", "✅", "👍🏻", "好的👍", "收到🙏", "OK👌"])
async def test_a_yes_or_a_buttons_word_after_the_comment_keeps_the_comment(
    services, suzhou, word
):
    entry = await returning(services, suzhou)
    calls = await suzhou.send(word)
    assert texts(calls)[:2] == [f"“{word}”不作为退回意见发出。", KEPT]
    assert services.reviews.store.pending(SUZHOU_ID).comment == COMMENT
    assert "📨 发送退回" in suzhou.last_buttons()
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED


async def test_the_comment_kept_after_a_yes_is_the_one_the_engineer_receives(services, suzhou):
    await returning(services, suzhou)
    await suzhou.send("确认")
    calls = await suzhou.press("📨 发送退回")
    assert any(f"协调员意见：{COMMENT}" in t for t in sent_to(suzhou.telegram, 11, calls))


@pytest.mark.parametrize("word", ["👍", "好的👍"])
async def test_a_thumbs_up_after_the_comment_leaves_the_comment_the_engineer_receives(
        services, suzhou, word):
    await returning(services, suzhou)
    await suzhou.send(word)
    calls = await suzhou.press("📨 发送退回")
    assert any(f"协调员意见：{COMMENT}" in t for t in sent_to(suzhou.telegram, 11, calls))


@pytest.mark.parametrize("word", ["确认", "好的", "删除", "👍"])
async def test_a_yes_before_any_comment_asks_for_the_comment(services, suzhou, word):
    await returning(services, suzhou, comment=None)
    calls = await suzhou.send(word)
    assert texts(calls)[:2] == [f"“{word}”不作为退回意见发出。", "请用文字写明需要填报人修改的内容："]
    assert services.reviews.store.pending(SUZHOU_ID).comment is None


@pytest.mark.parametrize("comment", ["不对", "请补充", "数据有误", "确认部署总数", "好的指标要量化",
                                     "是否已量产请说明", "请退回", "指标不全，退回",
                                     "请补充精度指标👍", "👍 指标请量化", "收到的订单量请写明"])
async def test_short_comments_that_start_like_a_yes_are_still_comments(services, suzhou, comment):
    await returning(services, suzhou)
    calls = await suzhou.send(comment)
    assert texts(calls)[0] == f"已用新的文字替换退回意见。原来的意见：{COMMENT}"
    assert services.reviews.store.pending(SUZHOU_ID).comment == comment


@pytest.mark.parametrize("typed", ["10", "5、10", "确认", "取消", "📨 发送退回", "✅ 通过", "退回修改"])
async def test_a_word_typed_after_another_coordinator_approved_ends_the_return(
    services, suzhou, province, typed
):
    entry = await approved_meanwhile(services, suzhou, province)
    calls = await suzhou.send(typed)
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已通过。",
                                f"以下意见没有发出：{COMMENT}"]
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")
    assert services.reviews.store.pending(SUZHOU_ID) is None
    assert sent_to(suzhou.telegram, 11, calls) == []


@pytest.mark.parametrize("typed", ["请核实产线数量。", "3个", "部署总数请改为12台"])
async def test_words_typed_after_another_coordinator_approved_are_shown_unsent_with_the_comment(
    services, suzhou, province, typed
):
    await approved_meanwhile(services, suzhou, province)
    calls = await suzhou.send(typed)
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已通过。",
                                f"以下意见没有发出：{COMMENT}\n{typed}"]
    assert services.reviews.store.pending(SUZHOU_ID) is None


async def test_the_comment_typed_after_another_coordinator_approved_ends_the_return(
    services, suzhou, province
):
    entry = await approved_meanwhile(services, suzhou, province, comment=None)
    calls = await suzhou.send(COMMENT)
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已通过。",
                                f"以下意见没有发出：{COMMENT}"]
    assert texts(calls)[-1].startswith(f"🔎 场景 #{entry} ")
    assert services.reviews.store.pending(SUZHOU_ID) is None


async def test_words_after_the_ended_return_go_where_they_would_without_it(
    services, suzhou, province
):
    await approved_meanwhile(services, suzhou, province)
    await suzhou.send("10")
    calls = await suzhou.send("10")
    assert not any("勾选" in t for t in texts(calls))
    assert services.reviews.store.pending(SUZHOU_ID) is None


async def test_a_mark_made_during_a_return_ends_it_instead_of_being_undone(
    services, suzhou, province
):
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    await suzhou.send(f"/review {second}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("名称太笼统")
    await province.send(f"/review {second}")
    await province.press(f"标记为 #{first} 的重复")
    calls = await suzhou.send("请核实部署总数")
    assert texts(calls)[:2] == [
        f"退回开始后，该场景已被标记为 #{first} 的重复，退回没有发出；请看下面的最新卡片再决定。",
        "以下意见没有发出：名称太笼统\n请核实部署总数"]
    assert services.reviews.store.pending(SUZHOU_ID) is None
    entry = services.reviews.store.entry(second)
    assert (entry.info.status, entry.duplicate_of) == (Status.SUBMITTED, first)


async def test_the_comment_sent_again_after_another_coordinator_approved_is_shown_once(
    services, suzhou, province
):
    await approved_meanwhile(services, suzhou, province)
    calls = await suzhou.send(COMMENT)
    assert texts(calls)[1] == f"以下意见没有发出：{COMMENT}"


async def test_the_comment_edited_after_another_coordinator_approved_is_shown_unsent(
    services, suzhou, province
):
    await approved_meanwhile(services, suzhou, province)
    calls = await suzhou.edit_last("部署总数与产线规模不符，请核实（应为12台）。")
    assert texts(calls)[1] == (f"以下意见没有发出：{COMMENT}\n"
                               "部署总数与产线规模不符，请核实（应为12台）。")


@pytest.mark.parametrize("comment", ["/请补充场景名称", "/ 请核实台数", "/台数请核实"])
async def test_a_comment_starting_with_a_slash_before_words_is_a_comment_not_a_command(
    services, suzhou, comment
):
    """Telegram starts a command only with a slash before latin letters; a slash before Chinese
    is the coordinator's words, and must not end the return and land in their own draft."""
    await suzhou.send("/new")
    await suzhou.press("江苏省工业和信息化厅")
    await suzhou.press("苏州市")
    await suzhou.send("苏州市工业和信息化局")
    entry = await returning(services, suzhou)
    calls = await suzhou.send(comment)
    assert texts(calls)[0] == f"已用新的文字替换退回意见。原来的意见：{COMMENT}"
    assert services.reviews.store.pending(SUZHOU_ID).comment == comment
    assert "scenario_name" not in services.intake.store.current(SUZHOU_ID).answers
    await suzhou.press("📨 发送退回")
    assert services.reviews.store.entry(entry).info.status == Status.RETURNED


@pytest.mark.parametrize("comment", [None, COMMENT])
async def test_help_during_a_return_keeps_it_open_and_shows_it_again(services, suzhou, comment):
    await suzhou.send("/new")
    await suzhou.press("江苏省工业和信息化厅")  # a draft of their own, whose question help re-asks
    entry = await returning(services, suzhou, comment)
    calls = await suzhou.send("/help")
    assert texts(calls)[-2].startswith("退回仍在进行：")  # then the return's own screen
    assert "退回意见" in texts(calls)[-1] and "第 2/11 步" not in texts(calls)[-1]  # not the
    # question of the coordinator's own draft, which words typed next would not answer
    assert services.reviews.store.pending(SUZHOU_ID) is not None
    if comment is None:
        await suzhou.send("部署总数与产线规模不符，请核实。")
    await suzhou.press("📨 发送退回")
    assert services.reviews.store.entry(entry).info.status == Status.RETURNED
