"""部署总数 counted for each of several sites or lines (两个厂区各5台, 每个厂区5台) with machines
added by 2026-11: the total is asked for without a sum offered, since adding the counts as written
(5 + 2 = 7, where the two 厂区 make 14) would suggest a wrong one."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_count_additions import ASKED, AT_COUNT, saved_count

ASKED_UNSUMMED = ("“{text}”中 2026 年 11 月前还要增加台数，表格只记一个数。"
                  "请填写到 2026 年 11 月的部署总数（各处合计，含增加的）。")


@pytest.mark.parametrize("answer", [
    "两个厂区各5台，10月再各增加2台", "每个厂区5台，10月再增加2台", "2条线，每条线5台，10月再采购5台",
    "10台，10月各厂区再各采购1台"])
async def test_machines_added_to_a_count_for_each_site_are_asked_for_without_a_sum(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == ASKED_UNSUMMED.format(text=answer)
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize("answer", ["10台（各类机器人），10月再采购5台", "10台，10月再采购5台"])
async def test_a_count_not_for_each_site_still_offers_the_sum(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == ASKED.format(text=answer, total=15)


@pytest.mark.parametrize(("answer", "first"), [
    ("两个厂区各5台", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。"),
    ("两个厂区各5台，共10台", "已记录部署总数：10 台。"),
    ("10台，每月2台", "“10台，每月2台”是每月的台数。请填写到 2026 年 11 月的部署总数，例如：10台。")])
async def test_counts_for_each_site_without_machines_added_are_read_as_before(
        engineer, app, answer, first):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first
