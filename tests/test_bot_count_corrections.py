"""部署总数 corrected in the same answer (10台，不对，是12台; 不是10台，是12台): a correction word
followed by one count means that count, saved and said to be the corrected one, instead of
refused with an unrelated example, and a remark after it is noted as after any count; a count
said first with another denied (12台，不是10台) is saved as said, with no correction to speak of;
a count taken back with none after it (10台，不对) saves nothing and is asked for again."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_count_additions import ASKED, AT_COUNT, saved_count


@pytest.mark.parametrize("answer", [
    "10台，不对，是12台", "10台，不对是12台", "10台，更正：12台", "10台，改成12台", "10台，哦不，12台",
    "10台，写错了，应为12台", "不是10台，是12台", "10台 不对 12台", "10 台 ， 不 对 ， 是 12 台",
    "10台，纠正：12台", "10台，纠正为12台", "10台，改正：12台", "10台，改正为12台", "10台，错了，是12台",
    "10台，不好意思，是12台", "10台，不好意思是12台", "10台，更正一下：12台", "10台，刚才打错了，是12台",
    "10台，不对！12台", "10台，改成12台啦", "不是10台是12台"])
async def test_a_count_corrected_in_the_answer_saves_the_corrected_count(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：12 台。", "已按更正后的 12 台记录，“10台”没有保存。"]
    assert saved_count(app, engineer) == 12


async def test_a_correction_followed_by_machines_added_still_asks_for_the_total(engineer, app):
    answer = "10台，不对，是12台，10月再采购5台"
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == ASKED.format(text=answer, total=17)
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize(("answer", "first", "count"), [
    ("10台，改为10-12台", "请填写一个确定的台数，不要写范围，例如：20台。", None),
    ("10台，不对外开放", "已记录部署总数：10 台。", 10),
    ("10台，10月改为12台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。", None),
    ("12台（更正，原为10台）", "已记录部署总数：12 台。", 12)])
async def test_answers_that_correct_no_single_count_are_read_as_before(
        engineer, app, answer, first, count):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first
    assert saved_count(app, engineer) == count


async def test_a_remark_after_the_corrected_count_is_noted_as_after_any_count(engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10台，更正：12台，用于巡检")
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：12 台。", "已按更正后的 12 台记录，“10台”没有保存。",
        "“用于巡检”没有保存：本题只记一个合计台数。分期、用途、各类台数等说明可写进第 5 步的场景描述"
        "（可在汇总页修改）。"]
    assert saved_count(app, engineer) == 12


@pytest.mark.parametrize(("answer", "count"), [
    ("10台，不是12台", 10), ("10台不是12台", 10), ("12台不是10台", 12), ("12台 不是10台", 12),
    ("12台，不是10台", 12), ("10台，而不是12台", 10), ("是10台，不是12台", 10),
    ("只有10台，不是12台", 10)])
async def test_a_count_said_first_with_another_denied_is_saved_as_said(
        engineer, app, answer, count):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == f"已记录部署总数：{count} 台。"
    assert saved_count(app, engineer) == count


@pytest.mark.parametrize("answer", [
    "10台，不对", "10台 不对", "10 台 不 对", "10台，写错了", "10台，应该是", "10台不对", "10台，不对。"])
async def test_a_count_taken_back_with_none_after_it_saves_nothing_and_asks_again(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "您说“10台”不对，请重新填写到 2026 年 11 月的部署总数，例如：12台。"
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize("answer", ["10台，不好意思", "10台，应该是够用了", "10台，不对外开放"])
async def test_words_that_take_no_count_back_leave_the_count_saved(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    await engineer.send(answer)
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize("answer", ["10台，原来填的12台不对", "10台，上次填的12台写错了"])
async def test_another_count_said_wrong_is_not_the_answer_taken_back(engineer, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert not texts(calls)[0].startswith("您说“10台")


async def test_a_total_named_after_a_correction_is_not_said_to_be_the_corrected_count(
        engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10台，不对，是12台，合计300")
    assert "已按更正后的" not in texts(calls)[0]
    assert "“10台”“12台”没有保存" in texts(calls)[0]
    assert saved_count(app, engineer) == 300
