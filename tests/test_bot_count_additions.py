"""部署总数 with machines added after the count: bought or deployed again by 2026-11 (10台，10月
再采购5台) asks for the total with the sum offered, a total written beside them (10台（共15台，10月
新增5台）, …，届时共15台) is the one offered or saved, and machines added at the year's end
(10台，年底前再增加5台) leave the count as it is, with the note that they are not counted."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_COUNT = 18
ASKED = ("“{text}”中 2026 年 11 月前还要增加台数，表格只记一个数。"
         "请填写到 2026 年 11 月的部署总数（含增加的），例如：{total}台。")
NOT_COUNTED = ("已记录部署总数：10 台。\n“{plan}”没有保存：本题只记一个合计台数。部署总数只算到 "
               "2026 年 11 月，之后增加的台数不计入；分期、用途、各类台数等说明可写进第 5 步的场景描述"
               "（可在汇总页修改）。")


def saved_count(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers.get(
        "deployment_count")


@pytest.mark.parametrize(("answer", "total"), [
    ("10台，10月再采购5台", 15), ("10台，2026年10月追加采购5台", 15), ("10台，10月再部署5台", 15),
    ("10台，另外10月采购5台", 15), ("10台（共15台，10月新增5台）", 15),
    ("10台，共15台，10月新增5台", 15),
    ("10台，10月另购5台", 15), ("10台，10月再购5台", 15), ("10台，10月再买5台", 15),
    ("10台，此外10月采购5台", 15), ("10台，10月在采购5台", 15), ("十台，十月再采购五台", 15)])
async def test_machines_bought_again_or_a_total_written_before_them_offer_the_total(
        engineer, app, answer, total):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == ASKED.format(text=answer, total=total)
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert saved_count(app, engineer) is None
    await engineer.send(f"{total}台")
    assert saved_count(app, engineer) == total


@pytest.mark.parametrize(("answer", "total"), [
    ("10台，10月再采购2台，11月再增加3台", 15), ("10台，9月再采购5台，10月再采购5台", 20),
    ("10台，10月再采购5台，11月再采购5台", 20), ("10台，9月扩展至15台，10月再增加5台", 20)])
async def test_every_addition_by_the_deadline_is_in_the_total_offered(engineer, app, answer, total):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == ASKED.format(text=answer, total=total)
    assert saved_count(app, engineer) is None


async def test_a_total_closing_the_additions_in_brackets_is_saved_as_after_a_comma(engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10台，10月再采购5台（共15台）")
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：15 台。",
        "“10台，10月再采购5台”没有保存：本题只记一个合计台数。分期、用途、各类台数等说明可写进"
        "第 5 步的场景描述（可在汇总页修改）。"]
    assert saved_count(app, engineer) == 15


async def test_a_total_written_with_machines_it_does_not_add_up_to_is_asked_for_again(
        engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10台（共20台，10月新增5台）")
    assert texts(calls)[0] == "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize("answer", ["10台，10月新增5台，届时共15台", "10台，10月新增5台，到时候共15台"])
async def test_a_total_said_for_the_deadline_after_machines_added_is_saved_and_quoted_whole(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines() == [
        "已记录部署总数：15 台。",
        "“10台，10月新增5台”没有保存：本题只记一个合计台数。分期、用途、各类台数等说明可写进"
        "第 5 步的场景描述（可在汇总页修改）。"]
    assert saved_count(app, engineer) == 15


@pytest.mark.parametrize(("answer", "plan"), [
    ("10台，年底前再增加5台", "年底前再增加5台"), ("10台，年底再增加5台", "年底再增加5台"),
    ("10台，今年年底前再增加5台", "今年年底前再增加5台"),
    ("10台，2026年底前再采购5台", "2026年底前再采购5台")])
async def test_machines_added_at_the_years_end_keep_the_count_and_are_said_not_counted(
        engineer, app, answer, plan):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == NOT_COUNTED.format(plan=plan)
    assert saved_count(app, engineer) == 10


async def test_a_total_made_of_machines_added_at_the_years_end_is_not_said_to_leave_them_out(
        engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("15台（10台已部署，年底前再增加5台）")
    assert "之后增加的台数不计入" not in texts(calls)[0]
    assert saved_count(app, engineer) == 15


@pytest.mark.parametrize(("answer", "first", "count"), [
    ("10", "已记录部署总数：10 台。", 10), ("10台", "已记录部署总数：10 台。", 10),
    ("十台", "已记录部署总数：10 台。", 10),
    ("10台，10月采购5台", "已记录部署总数：10 台。", 10),  # may be part of the 10: not an addition
    ("10台，其中10月采购5台", "已记录部署总数：10 台。", 10),
    ("10台，10月正在采购5台", "已记录部署总数：10 台。", 10),  # under way: may be part of the 10
    ("10台，十二月再采购5台", "已记录部署总数：10 台。", 10),  # after the deadline
    ("10台（共15台）", "已记录部署总数：10 台。", 10),
    ("10台人形+5台四足", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。", None),
    ("人形10台，四足5台", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。", None)])
async def test_plain_counts_and_parts_are_read_as_before(engineer, app, answer, first, count):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first
    assert saved_count(app, engineer) == count
