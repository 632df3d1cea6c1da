"""部署总数 corrected at the count question itself, as an engineer answers a coordinator's return
("第10项台数不对"): the count's name or nothing in place of the count taken back (台数不对，应该是6台;
改成6台), or the slip and the right count unpaused (10台不对应该是6台), saves the count meant, as
a correction in the same answer does, instead of asking for the count again; where a count was
taken back (10台) it is said not saved. A guess (应该是6台吧) is asked about as before."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_count_additions import AT_COUNT, saved_count
from tests.test_bot_review import submitted_and_returned


@pytest.mark.parametrize("answer", ["10台不对应该是6台", "10台，写错了应该是6台", "10台不好意思应该是6台"])
async def test_a_count_taken_back_then_corrected_unpaused_saves_the_corrected_count(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：6 台。", "已按更正后的 6 台记录，“10台”没有保存。"]
    assert saved_count(app, engineer) == 6


@pytest.mark.parametrize("answer", [
    "台数不对，应该是6台", "应该是6台", "部署总数改为6台", "部署总数写错了，应该是6台", "改成6台",
    "改为6台吧", "更正：6台", "第10项台数不对，应该是6台", "总数应为6台", "不对，是6台",
    "应改为6台", "修改为6台", "调整为6台", "更改为6台", "变更为6台", "应是6台", "应当是6台"])
async def test_a_correction_naming_no_count_taken_back_saves_the_count_meant(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "已记录部署总数：6 台。"
    assert saved_count(app, engineer) == 6


async def test_a_remark_after_a_correction_naming_no_count_is_noted_as_after_any_count(
        engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("台数不对，应该是6台，用于巡检")
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：6 台。",
        "“用于巡检”没有保存：本题只记一个合计台数。分期、用途、各类台数等说明可写进第 5 步的场景描述"
        "（可在汇总页修改）。"]
    assert saved_count(app, engineer) == 6


@pytest.mark.parametrize(("answer", "first"), [
    ("应该是6台吧", "请填写台数，例如：10 或 10台 或 十台。"),
    ("10台，应该是12台吧", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ("人形不对，是6台", "请填写台数，例如：10 或 10台 或 十台。"),
    ("应该是6台左右", "请填写台数，例如：10 或 10台 或 十台。"),
    ("台数不对", "请填写台数，例如：10 或 10台 或 十台。"),
    ("计划调整为6台", "请填写台数，例如：10 或 10台 或 十台。"),
    ("10台不对应该是", "您说“10台”不对，请重新填写到 2026 年 11 月的部署总数，例如：12台。")])
async def test_a_guess_or_a_correction_with_no_count_meant_is_asked_again(
        engineer, app, answer, first):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == first
    assert saved_count(app, engineer) is None


# Words saying the count was checked (经核实, 核对后, 实际) before the correction take nothing back.
@pytest.mark.parametrize("answer", [
    "经核实，应为6台", "实际应为6台", "经核实应为6台", "核对后，部署总数应为6台", "实际上应该是6台",
    "经确认，应改为6台"])
async def test_a_correction_after_words_saying_the_count_was_checked_saves_the_count_meant(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "已记录部署总数：6 台。"
    assert saved_count(app, engineer) == 6


async def test_a_checked_correction_taking_a_count_back_says_it_is_not_saved(engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("经核实，10台不对，应为6台")
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：6 台。", "已按更正后的 6 台记录，“10台”没有保存。"]
    assert saved_count(app, engineer) == 6


@pytest.mark.parametrize("answer", ["经核实，6台左右", "经核实应为6台吧", "实际部署6台左右"])
async def test_a_checked_count_left_open_or_guessed_is_asked_again(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "请填写台数，例如：10 或 10台 或 十台。"
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize("typed", ["部署总数：经核实，应为6台", "部署总数：实际应为6台"])
async def test_a_checked_correction_typed_at_the_summary_saves_the_count_meant(
        engineer, app, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已记录部署总数：6 台。"
    assert saved_count(app, engineer) == 6


async def test_a_checked_correction_answers_a_returned_count(engineer, suzhou, app):
    await submitted_and_returned(engineer, suzhou, "请核实台数", "10 部署总数")
    await engineer.press("✏️ 去修改")
    calls = await engineer.send("经核实，应为6台")
    assert texts(calls)[0] == "已记录部署总数：6 台。"
    assert saved_count(app, engineer) == 6
