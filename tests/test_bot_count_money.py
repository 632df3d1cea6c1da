"""部署总数 with money beside the count (10台，单价50万元，合计500万): a sum in 万 or after words
about money is what the machines cost, not their total, so the count is saved with the usual note
rather than 500万 read as machines and refused as over 100000; so too before the count or glued to
it (总投资1200万元共10台, 10台合计约300万元). A bare total far from the one count said is still
the total (试点2台，累计50): asking about it refused real totals."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_count_additions import AT_COUNT, saved_count

NOTE = ("已记录部署总数：10 台。\n“{said}”没有保存：本题只记一个合计台数。分期、用途、各类台数等"
        "说明可写进第 5 步的场景描述（可在汇总页修改）。")


@pytest.mark.parametrize(("answer", "said"), [
    ("10台，单价50万元，合计500万", "单价50万元，合计500万"),
    ("10台，单价50万元，合计500", "单价50万元，合计500"), ("10台，合计500万", "合计500万"),
    ("10台，总投资500万", "总投资500万")])
async def test_a_sum_of_money_after_the_count_keeps_the_count_with_the_note(
        engineer, app, answer, said):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == NOTE.format(said=said)
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize("answer", ["人形8台，四足2台，共10", "人形8台，四足2台，共10台"])
async def test_a_total_without_money_named_after_the_parts_is_still_the_total(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    await engineer.send(answer)
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize(("answer", "said"), [
    ("总投资1200万元共10台", "总投资1200万元"), ("总投资1200万元，10台", "总投资1200万元"),
    ("投资1200万元部署10台", "投资1200万元"), ("单价30万×10台", "单价30万"),
    ("10台合计约300万元", "合计约300万元")])
async def test_a_sum_of_money_before_or_glued_to_the_count_keeps_the_count_with_the_note(
        engineer, app, answer, said):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == NOTE.format(said=said)
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize(("answer", "count"), [
    ("已部署3台，共10", 10), ("10台，合计12", 12), ("首批5台，共100", 100),
    ("试点2台，累计50", 50), ("1台样机，合计30", 30), ("2台，共30", 30)])
async def test_a_bare_total_near_the_count_or_after_stages_is_still_the_total(
        engineer, app, answer, count):
    await walk(engineer, AT_COUNT)
    await engineer.send(answer)
    assert saved_count(app, engineer) == count

