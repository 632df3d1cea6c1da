"""A phone cuts the labels of more than three buttons a row to a few characters, so the way-out
buttons of a question go in pairs once there are four (返回汇总, 保持不变, 清空此项, 暂停): the
one that empties an answer must not look like the one that keeps it."""

from tests.journey import fill_to_summary


def rows(user) -> list[list[str]]:
    mine = [m for m in user.telegram.by_chat[user.id] if m.keyboard]
    return [[b["text"] for b in row] for row in mine[-1].keyboard]


async def test_four_ways_out_of_an_answered_optional_question_go_two_a_row(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 11")
    assert rows(engineer)[-2:] == [["⬅️ 返回汇总", "✔️ 保持不变"], ["🗑 清空此项", "⏸ 暂停"]]


async def test_three_ways_out_stay_on_one_row(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 4")
    assert rows(engineer)[-1] == ["⬅️ 返回汇总", "✔️ 保持不变", "⏸ 暂停"]
