"""Columns named by number while returning an entry, as coordinators type them on a phone."""

import pytest

from flows.review import typed_columns
from tests.coordinators import seed
from tests.fake_bot_api import texts

COMMENT = "部署总数与产线规模不符，技术指标缺可靠性。"


@pytest.mark.parametrize("typed, columns", [
    ("5、10", (5, 10)), ("5 10", (5, 10)), ("第5项和第10项", (5, 10)), ("５，１０", (5, 10)),
    ("第10项", (10,)), ("5、10、5", (5, 10)),
    ("5、15", None), ("0", None), ("请改第5项", None), ("部署总数10台", None),
])
def test_typed_columns_are_read_as_the_numbers_of_the_template_columns(typed, columns):
    assert typed_columns(typed, 11) == columns


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
    calls = await suzhou.send("5、15")  # no column 15: words, so the new comment
    assert texts(calls)[0] == f"已用新的文字替换退回意见。原来的意见：{COMMENT}"
    assert texts(calls)[1].startswith("退回意见：5、15\n")
