"""Several changes in one message at the summary: the four products cleared together are
refused whole."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


def cursor(services, engineer) -> str:
    return services.intake.store.current(engineer.id).cursor


@pytest.mark.parametrize("typed", [
    "模型算法：无，关键零部件：无", "关键零部件：无，模型算法：无", "模型算法：无\n关键零部件：无",
    "关键零部件：不涉及\n模型算法：暂无", "11. 模型算法：无，关键零部件：无",
])
async def test_every_product_cleared_at_once_is_refused_whole(services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("模型算法、操作系统、仿真平台、关键零部件至少填写一项。")
    assert answers(services, engineer)["model_algorithm"] == "恒远具身智能操作大模型"
    assert answers(services, engineer)["key_components"] == "恒远灵巧手"
    assert cursor(services, engineer) == "model_algorithm"
