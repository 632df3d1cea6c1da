"""Columns named by number while returning an entry, as coordinators type them on a phone."""

import pytest

from flows.item_numbers import typed_columns
from tests.coordinators import seed, sent_to
from tests.fake_bot_api import texts

COMMENT = "部署总数与产线规模不符，技术指标缺可靠性。"


@pytest.mark.parametrize("typed, columns", [
    ("5、10", (5, 10)), ("5 10", (5, 10)), ("第5项和第10项", (5, 10)), ("５，１０", (5, 10)),
    ("第10项", (10,)), ("5、10、5", (5, 10)), ("5、15", (5, 15)), ("0", (0,)),
    ("5-10", (5, 6, 7, 8, 9, 10)), ("5到10", (5, 6, 7, 8, 9, 10)), ("第5至6项", (5, 6)),
    ("五、十", (5, 10)), ("第十一项", (11,)), ("1、1", (1,)), ("1，0", (1, 0)),
    ("请改第5项", None), ("部署总数10台", None), ("第5项和第10项需要修改", None),
])
def test_typed_columns_are_read_as_the_numbers_of_the_template_columns(typed, columns):
    assert getattr(typed_columns(typed), "numbers", None) == columns


@pytest.mark.parametrize("typed, single", [("10", True), ("第十项", True), ("1、1", False),
                                           ("5 5", False), ("5-10", False)])
def test_only_one_number_alone_may_be_a_buttons_label(typed, single):
    assert typed_columns(typed).single == single


@pytest.mark.parametrize("typed", ["5、10", "5 10", "第5项和第10项"])
async def test_column_numbers_typed_after_the_comment_tick_them_and_keep_the_comment(
    services, suzhou, typed
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    await suzhou.press("☐ 10 部署总数")  # ticked already: a list ticks, never unticks
    calls = await suzhou.send(typed)
    assert texts(calls)[0] == "已勾选：5 场景描述与关键技术要求、10 部署总数"
    assert texts(calls)[1].startswith(f"退回意见：{COMMENT}\n")
    buttons = suzhou.last_buttons()
    assert "☑ 5 场景描述与关键技术要求" in buttons and "☑ 10 部署总数" in buttons


async def test_column_numbers_before_any_comment_ask_for_the_comment_first(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    calls = await suzhou.send("5、10")
    assert texts(calls)[0] == "请先发送退回意见，再勾选需要修改的项目、点“发送退回”。"


async def test_a_replaced_comment_is_shown_so_it_is_not_lost(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    calls = await suzhou.send("请核实部署总数。")
    assert texts(calls)[0] == f"已用新的文字替换退回意见。原来的意见：{COMMENT}"
    assert texts(calls)[1].startswith("退回意见：请核实部署总数。\n")


@pytest.mark.parametrize("typed, refused", [("5、12", "12"), ("12", "12"), ("1，0", "0"),
                                            ("10-13", "12、13")])
async def test_numbers_that_are_no_column_are_refused_and_the_comment_stands(
    services, suzhou, telegram, typed, refused
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    calls = await suzhou.send(typed)
    assert texts(calls)[0] == (f"共 11 项，没有第 {refused} 项，请发送 1–11 之间的序号。"
                               "退回意见未改动。")
    assert texts(calls)[1].startswith(f"退回意见：{COMMENT}\n")
    assert not any(b.startswith("☑") for b in suzhou.last_buttons())
    calls = await suzhou.press("📨 发送退回")
    assert sent_to(telegram, 11, calls)[0].endswith(f"协调员意见：{COMMENT}")


@pytest.mark.parametrize("typed, ticked", [
    ("5-10", "5 场景描述与关键技术要求、6 场景类型、7 应用部署产品类型、8 创新应用联合体成员、"
             "9 整机应用目标、10 部署总数"),
    ("9到10", "9 整机应用目标、10 部署总数"),
    ("五、十", "5 场景描述与关键技术要求、10 部署总数"),
    ("1、1", "1 报送单位"),  # a list, not the button of column 11
])
async def test_ranges_chinese_numerals_and_repeated_numbers_tick_the_columns_they_name(
    services, suzhou, typed, ticked
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    calls = await suzhou.send(typed)
    assert texts(calls)[0] == f"已勾选：{ticked}"
    assert texts(calls)[1].startswith(f"退回意见：{COMMENT}\n")
    assert "☐ 11 可规模推广的其他标志性技术产品" in suzhou.last_buttons()


@pytest.mark.parametrize("typed", ["5%", "5％", "3个", "三个", "1.5%"])
async def test_a_count_or_a_share_typed_after_the_comment_is_words_not_a_column(
    services, suzhou, typed
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    calls = await suzhou.send(typed)
    assert texts(calls)[0] == f"已用新的文字替换退回意见。原来的意见：{COMMENT}"
    assert not [b for b in suzhou.last_buttons() if b.startswith("☑")]


@pytest.mark.parametrize("typed, title", [("5", "5 场景描述与关键技术要求"), ("3 场景名称", "3 场景名称"),
                                          ("部署总数", "10 部署总数")])
async def test_a_column_named_alone_is_ticked_then_unticked_and_each_is_said(
    services, suzhou, typed, title
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send(COMMENT)
    ticked = await suzhou.send(typed)
    assert texts(ticked)[0] == f"已勾选：{title}"
    assert f"☑ {title}" in suzhou.last_buttons()
    unticked = await suzhou.send(typed)
    assert texts(unticked)[0] == f"已取消勾选：{title}"
    assert f"☐ {title}" in suzhou.last_buttons()
    assert texts(unticked)[1].startswith(f"退回意见：{COMMENT}\n")
