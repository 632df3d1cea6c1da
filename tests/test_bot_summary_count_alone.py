"""A count of machines typed at the summary with no item named (12台, 改成12台, 经核实，应为6台)
changes 部署总数, the one item that holds one, where it was refused as naming no item; a bare
number still opens the item so numbered."""

import pytest

from tests.coordinators import SUZHOU_ID
from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary
from tests.test_bot_review import submitted_and_returned


def current(services, engineer):
    return services.intake.store.current(engineer.id)


@pytest.mark.parametrize(("typed", "count"), [
    ("12台", 12), ("十二台", 12), ("改成12台", 12), ("实际应为6台", 6), ("经核实，应为6台", 6),
    ("共计12台套", 12), ("10台不对应该是6台", 6)])
async def test_a_count_alone_at_the_summary_changes_the_deployment_count(
        engineer, services, typed, count):
    await fill_to_summary(engineer)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"已记录部署总数：{count} 台。")
    assert said[-1].startswith("📋 请核对场景 #1")
    assert current(services, engineer).answers["deployment_count"] == count


async def test_a_count_refused_by_its_question_opens_the_question(engineer, services):
    await fill_to_summary(engineer)
    said = texts(await engineer.send("两三台"))
    assert said[0] == "请填写一个确定的台数，不要写范围，例如：20台。"
    assert said[-1].startswith("第 10/11 步 · 部署总数")
    assert current(services, engineer).answers["deployment_count"] == 10


async def test_a_bare_number_still_opens_the_item_so_numbered(engineer, services):
    await fill_to_summary(engineer)
    said = texts(await engineer.send("6"))
    assert said[-1].startswith("第 6/11 步 · 场景类型")


async def test_the_flagged_count_of_a_returned_row_is_changed_at_its_summary(
        app, telegram, engineer, services):
    suzhou = FakeUser(app, telegram, SUZHOU_ID, "苏州市李科")
    await submitted_and_returned(engineer, suzhou, "部署总数与产线规模不符。", "10 部署总数")
    await engineer.send("/drafts")
    opened = texts(await engineer.press("打开 #1"))
    assert opened[-1].startswith("📋 请核对场景 #1")
    said = texts(await engineer.send("20台"))
    assert "已记录部署总数：20 台。" in said[0]
    assert current(services, engineer).answers["deployment_count"] == 20
