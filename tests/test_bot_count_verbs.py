"""部署总数 written after the way the machines come (采购10台, 计划引进10台, 投放10台, 新增10台) is
the count, as 部署10台 is: it was refused with "请填写台数", though the answer says 10台."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_count_additions import AT_COUNT, saved_count


@pytest.mark.parametrize("answer", ["采购10台", "计划采购10台", "引进10台", "投放10台", "上线10台",
                                    "应用10台", "新增10台", "租赁10台", "投入使用10台"])
async def test_a_count_after_the_way_machines_come_is_the_count(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "已记录部署总数：10 台。"
    assert saved_count(app, engineer) == 10
