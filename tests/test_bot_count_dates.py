"""部署总数 counts only to 2026-11: a date by then (with its day, or 今年年底) is the deadline, a
date after it (2026年12月31日, 明年) is explained, and a count by the deadline written with a later
addition is offered back as the total."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_COUNT = 18
LATER = ("“{text}”说的是 {when}的台数。部署总数只算到 2026 年 11 月，"
         "请填写届时的部署总数，例如：10台。")


def saved_count(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers.get(
        "deployment_count")


@pytest.mark.parametrize("answer", [
    "2026年11月前6台，2027年再增加10台", "2026年11月前6台，2027年扩至20台",
    "2026年11月30日前6台，明年再增加10台", "截至2026年11月，部署6台；2027年增至16台"])
async def test_a_count_by_the_deadline_with_a_later_addition_is_offered_back_as_the_total(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == (f"“{answer}”中到 2026 年 11 月部署的是 6 台。部署总数只算到 "
                               "2026 年 11 月，请填写届时的部署总数，例如：6台。")
    assert not any("第 5 步" in text for text in texts(calls))
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize("answer", [
    "2026年11月30日前部署12台", "截至2026年11月30日部署12台", "11月30日前12台",
    "到2026年11月底，部署12台", "截至2026年11月30日，部署12台", "今年年底前12台", "今年底前12台",
    "2026年底前12台", "2026年12月前12台", "12台", "十二台",
    "2026年11月前部署12台（2027年扩展至50台）",
    # what follows the deployment in a later month, and the first of December as the deadline
    "12台，12月验收", "12台（2026年12月验收）", "2026年11月前部署12台，12月验收",
    "11月部署12台，12月试运行", "12台（2026年11月到货，12月调试）", "12台，12月上线",
    "2026年11月前12台，明年验收", "12台，2026年12月1日前", "2026年12月1日前部署12台",
    "12台，12月联调", "12台，12月投产", "12台，12月正式运行", "12台，12月交付使用"])
async def test_a_date_by_the_deadline_with_its_day_or_this_years_end_is_read_with_the_count(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    # the words after the count (12月验收) are quoted as not saved: test_bot_count_remarks
    assert texts(calls)[0].splitlines()[0] == "已记录部署总数：12 台。"
    assert saved_count(app, engineer) == 12


@pytest.mark.parametrize(("answer", "when"), [
    ("2026年12月31日前10台", "2026 年 12 月"), ("2026年12月底前部署10台", "2026 年 12 月"),
    ("明年部署10台", "2027 年"), ("计划明年年底前部署10台", "2027 年"),
    ("2027年底前部署20台", "2027 年"), ("10台，12月交付", "2026 年 12 月")])
async def test_a_date_after_the_deadline_is_told_the_count_runs_to_november(
        engineer, app, answer, when):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == LATER.format(text=answer, when=when)
    assert not any("第 5 步" in text for text in texts(calls))
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize(("answer", "message"), [
    ("人形4台、四足8台", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。"),
    ("首批5台，年底扩至20台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ("今年5台明年15台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ("2026年11月前6台，年底扩至20台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。")])
async def test_parts_and_stages_without_a_later_year_are_still_asked_for_one_total(
        engineer, answer, message):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == message
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")


@pytest.mark.parametrize(("answer", "plan"), [
    ("10台，2027年扩展至50台", "2027年扩展至50台"), ("10台，明年再增加20台", "明年再增加20台"),
    ("共10台，2027年底前累计部署30台", "2027年底前累计部署30台"),
    ("人形机器人10台，2027年推广至50台", "2027年推广至50台"),
    ("10台，用于巡检，2027年扩展至50台", "用于巡检，2027年扩展至50台"),
    ("10台，2026年12月再增加5台", "2026年12月再增加5台"),
    ("10台，后续推广至100台", "后续推广至100台"), ("10台（后续扩展至50台）", "后续扩展至50台")])
async def test_a_count_with_a_later_plan_after_it_is_saved_and_the_plan_quoted_as_not_counted(
        engineer, app, answer, plan):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == (
        f"已记录部署总数：10 台。\n“{plan}”没有保存：本题只记一个合计台数。部署总数只算到 2026 年"
        " 11 月，之后增加的台数不计入；分期、用途、各类台数等说明可写进第 5 步的场景描述（可在汇总页修改）。")
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize(("answer", "message"), [
    ("今年5台，明年15台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ("目前3台，明年增至10台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ("首批10台，2027年推广至50台",
     "“首批10台”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），例如：20台。"),
    ("10台，2027年底前完成", LATER.format(text="10台，2027年底前完成", when="2027 年"))])
async def test_a_count_dated_itself_of_today_or_one_batch_before_a_later_plan_is_still_refused(
        engineer, app, answer, message):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == message
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize(("answer", "total"), [
    ("10台，2026年10月再增加5台", 15), ("10台（2026年10月再增加5台）", 15),
    ("10台，11月前追加2台", 12), ("10台，2026年11月再增加5台", 15),
    ("10台，2026年9月扩展至15台", 15), ("10只，今年10月再增加5只", 15),
    ("目前已部署3台，10月再增加5台", 8), ("10台，2026年12月1日前再增加5台", 15)])
async def test_machines_added_by_the_deadline_after_the_count_are_asked_as_one_total(
        engineer, app, answer, total):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == (f"“{answer}”中 2026 年 11 月前还要增加台数，表格只记一个数。"
                               f"请填写到 2026 年 11 月的部署总数（含增加的），例如：{total}台。")
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize(("answer", "first"), [
    ("10台，其中10月新增5台", "已记录部署总数：10 台。"),
    ("10台，后续增至20台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。"),
    ("首批5台后续扩至20台", "请只填写到 2026 年 11 月的部署总数（一个数），例如：20台。")])
async def test_a_part_added_in_the_total_or_an_undated_growth_is_not_read_as_an_addition(
        engineer, answer, first):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first


@pytest.mark.parametrize("typed", [
    "10台，2026年10月新增5台，共15台", "10台，2026年10月再增加5台，合计15台",
    "15台（10台已部署，10月再增加5台）", "共15台（10台已部署，10月再增加5台）",
    "15台，其中10台已部署，10月再增加5台"])
async def test_a_total_written_beside_machines_added_by_the_deadline_is_saved(
        engineer, app, typed):
    await walk(engineer, AT_COUNT)
    await engineer.send(typed)
    assert saved_count(app, engineer) == 15


async def test_machines_added_again_by_the_deadline_offer_the_sum(engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10台，11月再加5台")
    assert "例如：15台" in texts(calls)[0]


@pytest.mark.parametrize("typed", [
    "共10台，10月新增5台", "合计10台，10月新增5台", "10台（共15台，10月新增5台）",
    "10台（共2条产线），10月新增5台", "10台，10月新增5台，合计300万元"])
async def test_a_total_word_before_the_machines_added_is_no_total_after_them(
        engineer, app, typed):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(typed)
    assert "部署总数" in texts(calls)[0] and "已记录" not in texts(calls)[0]  # asked again
    assert saved_count(app, engineer) is None
