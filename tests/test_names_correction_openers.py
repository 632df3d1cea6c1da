"""不对，应该是变电站巡检 typed at a name question: the words of the correction are said to the
bot, so only what follows them is saved (`correction_words.corrected`)."""

import pytest

from tests.deployments import saved
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk

AT_INDUSTRY, AT_DIRECTION = AT_SCENARIO_NAME + 1, AT_SCENARIO_NAME + 2


@pytest.mark.parametrize(("at", "key", "typed", "kept"), [
    (AT_SCENARIO_NAME, "scenario_name", "不对，应该是变电站巡检", "变电站巡检"),
    (AT_SCENARIO_NAME, "scenario_name", "错了，应为医院门诊导诊", "医院门诊导诊"),
    (AT_INDUSTRY, "industry", "不对，应该是餐饮服务", "餐饮服务"),
    (AT_DIRECTION, "sub_direction", "写错了，改为中央厨房", "中央厨房"),
    (AT_ENTERPRISE, "enterprise", "不对，应该是苏州恒远动力电池有限公司", "苏州恒远动力电池有限公司"),
])
async def test_the_correction_opening_a_name_is_not_saved(engineer, app, at, key, typed, kept):
    await walk(engineer, at)
    await engineer.send(typed)
    assert saved(app, engineer)[key] == kept
