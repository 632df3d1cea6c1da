"""无, 暂无, 没有了 typed where the question shows its current answer may say there is none
besides it, as well as none at all: the answer stays, as with 保持不变, the reply says so and
how to clear it, and 清空此项 still clears it (docs/回答识别规则.md)."""

import pytest

from flows.row import consortium_cell
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_member_echo import AT_MAKERS, answers, members

MAKER, FILED = "优必选科技股份有限公司", "上海交通大学"
KEPT = f"已保留“其他成员”的当前答案：{FILED}。要清空此项，请回到这一问点“🗑 清空此项”。"


async def with_a_university_filed(engineer) -> None:
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"{MAKER}、{FILED}")
    assert f"当前答案：{FILED}" in engineer.last_text()


@pytest.mark.parametrize("typed", ["没有了", "暂无", "无", "没有", "不涉及", "其他：无"])
async def test_none_said_to_a_filed_university_keeps_it_and_tells_how_to_clear(
        engineer, app, typed):
    await with_a_university_filed(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == KEPT
    assert engineer.last_text().startswith("第 9/11 步")
    assert members(app, engineer) == ([MAKER], [FILED])
    assert consortium_cell(answers(app, engineer)).endswith(f"其他：{FILED}")


@pytest.mark.parametrize("typed", ["没有其他", "别的没有了", "没有更多了"])
async def test_none_besides_a_filed_university_keeps_it_without_a_word(engineer, app, typed):
    await with_a_university_filed(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("第 9/11 步")
    assert members(app, engineer) == ([MAKER], [FILED])


async def test_the_kept_answer_is_still_cleared_with_its_button(engineer, app):
    await with_a_university_filed(engineer)
    await engineer.send("暂无")
    await engineer.press("⬅️ 上一步")
    await engineer.press("🗑 清空此项")
    assert engineer.last_text().startswith("第 9/11 步")
    assert members(app, engineer) == ([MAKER], None)
