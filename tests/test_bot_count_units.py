"""部署总数 reads the units engineers use for robots (10部, 10只机器狗, 十只) as 台, and keeps
refusing counts of what is no machine (10个人, 10名, 10次, 10米)."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_COUNT = 18


def saved_count(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers.get(
        "deployment_count")


@pytest.mark.parametrize("answer", [
    "10部", "10只机器狗", "十只", "10只四足机器人", "10部人形机器人", "共10只", "10 只",
    "10台四足机器人"])
async def test_a_count_of_robots_in_bu_or_zhi_is_saved_as_machines(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == "已记录部署总数：10 台。"
    assert texts(calls)[-1].startswith("第 11/11 步")
    assert saved_count(app, engineer) == 10


async def test_a_remark_after_a_count_in_zhi_is_quoted_as_not_saved(engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10只，用于巡检")
    assert texts(calls)[0] == ("已记录部署总数：10 台。\n“用于巡检”没有保存：本题只记一个合计台数。"
                               "分期、用途、各类台数等说明可写进第 5 步的场景描述（可在汇总页修改）。")
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize("answer", ["10个人", "10名", "10次", "10米", "10只手", "10只灵巧手", "10部手机", "只有10"])
async def test_a_count_of_what_is_no_machine_is_still_refused(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "请填写台数，例如：10 或 10台 或 十台。"
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert saved_count(app, engineer) is None
