"""部署总数 counted for each of several sites or lines (两个厂区各5台, 每个厂区5台). With machines
added by 2026-11 the total is asked for without a sum offered, since adding the counts as written
(5 + 2 = 7, where the two 厂区 make 14) would suggest a wrong one; a count per site alone
(每个变电站2台，共10个站) is read back with its product offered, not saved."""

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
    ("两个厂区各5台，共10台", "已记录部署总数：10 台。"),
    ("每个院区2台，共6台", "已记录部署总数：6 台。"),
    ("10台，每月2台", "“10台，每月2台”是每月的台数。请填写到 2026 年 11 月的部署总数，例如：10台。")])
async def test_counts_for_each_site_without_machines_added_are_read_as_before(
        engineer, app, answer, first):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first


PER_SITE = ("“{text}”读作 {sites} 处、每处 {each} 台，合计 {total} 台。部署总数只记一个合计台数，"
            "请填 {total}台（各处台数不同的，请填实际合计）。")
PER_SITE_ONLY = ("“{text}”是每处的台数。部署总数只记一个合计台数，"
                 "请填写各处合计，例如 3 处各 2 台请填 6台。")


@pytest.mark.parametrize(("answer", "sites", "each"), [
    ("每个院区2台，共3个院区", 3, 2), ("每个变电站2台，共10个站", 10, 2), ("10个站，每站2台", 10, 2),
    ("每家门店2台，共20家门店", 20, 2), ("各支队2台，共8个支队", 8, 2), ("两个厂区各5台", 2, 5),
    ("3个院区各2台", 3, 2), ("2台/站，共10个站", 10, 2), ("每个院区两台，共三个院区", 3, 2),
    ("每个变电站配置2台四足机器人，共10个站", 10, 2), ("2条线，每条线5台", 2, 5)])
async def test_a_count_per_site_is_read_back_with_its_total_offered_and_not_saved(
        engineer, app, answer, sites, each):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == PER_SITE.format(text=answer, sites=sites, each=each,
                                              total=sites * each)
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize("answer", ["每个厂区5台", "每站2台", "各院区2台", "每个院区2台机器狗"])
async def test_a_count_per_site_without_the_number_of_sites_asks_for_the_total(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == PER_SITE_ONLY.format(text=answer)
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize(("answer", "first"), [
    ("10台，每站2台", "已记录部署总数：10 台。"),
    ("人形和四足各5台", "请填写台数，例如：10 或 10台 或 十台。"),
    ("每月2台", "“每月2台”是每月的台数。请填写到 2026 年 11 月的部署总数，例如：10台。"),
    ("每个院区2台，共10万元", "请填写一个合计台数，例如人形 5 台、四足 3 台，请填 8台。")])
async def test_a_total_kinds_pace_or_money_beside_a_count_each_is_not_read_per_site(
        engineer, app, answer, first):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first
