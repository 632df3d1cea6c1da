"""A deployment count (12台, 部署总数12台) typed at 预期成效 says no result: refused as the
count 部署总数 takes, the answer saved before kept (填写说明 5, 10)."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import RESULTS, walk
from tests.test_bot_indicators import AT_RESULTS, saved_as_results


def answers(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", ["12台", "十二台", "部署12台", "计划部署12台人形机器人", "部署总数12台",
                                   "部署人形机器人12台、四足机器人4台", "12台人形机器人投入使用"])
async def test_a_deployment_count_at_results_is_told_to_be_the_count(engineer, app, typed):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("预期成效没有写出成效的数字：“")
    assert "是部署的台数（在第 10 步“部署总数”填写）" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")
    assert "expected_results" not in answers(app, engineer)


async def test_a_deployment_count_typed_back_at_results_keeps_the_results_saved(engineer, app):
    await walk(engineer, AT_RESULTS + 1)
    await engineer.press("⬅️ 上一步")
    await engineer.send("12台")
    assert answers(app, engineer)["expected_results"] == RESULTS


@pytest.mark.parametrize("typed", ["替代2名工人", "年节约人工成本约120万元", "效率提升30%",
                                   "可推广至10条产线", "替代3台叉车", "可在集团内推广部署50台套",
                                   "预计复制推广至100台", "扩大应用至20台", "带动整机销售500台",
                                   "覆盖全厂12台机床的上下料", "形成年产50台套的装配能力"])
async def test_results_with_figures_of_a_change_are_still_saved(engineer, app, typed):
    await saved_as_results(engineer, app, typed)
