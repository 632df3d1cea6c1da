"""A zone said before the unit's name with a pause of voice input (园区 苏州恒远…, 张江 上海恒远…)
is no part of the name when the name begins with a place of its own: no trade name goes on
from a zone with a city. A trade name's first word with a space (中铁 上海工程局…) is no zone,
and a zone before a name without a place (园区 恒远…) may be one name: both are kept whole."""

import pytest

from tests.deployments import deployment, saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk

SHANGHAI = ("上海市经济和信息化委员会", "浦东新区,闵行区")


async def unit_in_shanghai(engineer, typed: str) -> list:
    await engineer.send("/start")
    await engineer.press(SHANGHAI[0])
    await engineer.press("浦东新区")
    return await engineer.send(typed)


@pytest.mark.parametrize(("typed", "unit"), [
    ("园区 苏州恒远精密制造有限公司", "苏州恒远精密制造有限公司"),
    ("高新区 苏州恒远精密制造有限公司", "苏州恒远精密制造有限公司"),
    ("园区 江苏恒远精密制造有限公司", "江苏恒远精密制造有限公司"),
])
async def test_a_zone_said_before_a_unit_named_after_its_place_is_dropped(
        engineer, app, typed, unit):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("苏州市", unit)
    assert f"企业全称（{unit}）" in texts(calls)[0]


@pytest.mark.parametrize(("typed", "unit"), [
    ("园区 恒远精密制造有限公司", "园区恒远精密制造有限公司"),
    ("中铁 上海工程局集团有限公司", "中铁上海工程局集团有限公司"),
    ("中建 三局集团有限公司", "中建三局集团有限公司"),
])
async def test_a_word_before_a_name_is_kept_unless_a_zone_before_a_place(
        engineer, app, typed, unit):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == unit


class TestShanghai:
    @pytest.fixture
    def settings(self, tmp_path):
        return deployment(tmp_path, *SHANGHAI)

    @pytest.mark.parametrize("typed", ["张江 上海恒远智能有限公司", "临港 上海恒远智能有限公司",
                                       "张江镇 上海恒远智能有限公司"])
    async def test_a_zone_of_the_city_said_before_a_unit_named_after_it_is_dropped(
            self, engineer, app, typed):
        calls = await unit_in_shanghai(engineer, typed)
        assert saved(app, engineer)["enterprise"] == "上海恒远智能有限公司"
        assert "企业全称（上海恒远智能有限公司）" in texts(calls)[0]

    @pytest.mark.parametrize(("typed", "unit"), [
        ("中铁 上海工程局集团有限公司", "中铁上海工程局集团有限公司"),
        ("张江 恒远智能有限公司", "张江恒远智能有限公司"),
        ("张江 江苏恒远智能有限公司", "张江江苏恒远智能有限公司"),  # 张江 is no 江苏 zone
    ])
    async def test_a_name_after_no_zone_of_its_place_is_kept_whole(
            self, engineer, app, typed, unit):
        await unit_in_shanghai(engineer, typed)
        assert saved(app, engineer)["enterprise"] == unit
