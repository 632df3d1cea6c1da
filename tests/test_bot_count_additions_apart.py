"""部署总数 with machines added by 2026-11 set apart from the count by voice input's pauses
(10 台 ， 10 月 再 采购 5 台), a new line or a full stop: asked for with the sum offered, as after
a comma, not saved as the count said first nor refused with an unrelated example."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_count_additions import ASKED, AT_COUNT, saved_count


@pytest.mark.parametrize("answer", [
    "10 台 ， 10 月 再 采购 5 台", "10 台，10 月再采购 5 台", "10台 10月再采购5台",
    "10台\n10月再采购5台", "10台。10月再采购5台", "10台（人形）\n10月再采购5台"])
async def test_machines_added_after_a_pause_a_new_line_or_a_full_stop_offer_the_total(
        engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == ASKED.format(text=answer, total=15)
    assert saved_count(app, engineer) is None


@pytest.mark.parametrize(("answer", "first"), [
    ("10 台", "已记录部署总数：10 台。"), ("1 5台", "已记录部署总数：15 台。"),
    ("10 台 ， 10 月 采购 5 台", "已记录部署总数：10 台。"),  # may be part of the 10
    ("10 台 ， 含 10 月 再 采购 5 台", "已记录部署总数：10 台。"),
    ("10台\n12月再采购5台", "已记录部署总数：10 台。"),  # after the deadline
    ("10台，用于测试\n另有2台备用", "已记录部署总数：10 台。")])
async def test_counts_with_pauses_or_lines_and_no_addition_by_the_deadline_are_read_as_before(
        engineer, app, answer, first):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == first
