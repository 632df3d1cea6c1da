"""A county typed for the city outside Jiangsu reaches its city's coordinator, through the real
Application: 普宁市 is 揭阳市's, 义乌 金华市's, 阿坝州 阿坝藏族羌族自治州's."""

import pytest

from bot.settings import Settings
from tests.conftest import TOKEN
from tests.deployments import saved
from tests.fake_bot_api import FakeUser, texts
from tests.journey import walk

CITY_COORDINATOR = 604
DEPLOYMENTS = {
    "广东": ("广东省工业和信息化厅", "广州 深圳 佛山 东莞 江门 揭阳", "揭阳市"),
    "浙江": ("浙江省经济和信息化厅", "杭州 宁波 温州 金华", "金华市"),
    "四川": ("四川省经济和信息化厅", "成都 绵阳 阿坝州 凉山州", "阿坝藏族羌族自治州"),
}


@pytest.fixture
def settings(tmp_path, request) -> Settings:
    own, cities, city = DEPLOYMENTS[request.param]
    return Settings(telegram_token=TOKEN, db=tmp_path / "intake.db", send_rate=0,
                    submitting_unit=own, cities=cities, _env_file=None,
                    coordinators=f"601:*,{CITY_COORDINATOR}:{city}")


@pytest.mark.parametrize(("settings", "typed", "city"), [
    ("广东", "普宁市", "揭阳市"), ("浙江", "义乌", "金华市"), ("四川", "阿坝州", "阿坝藏族羌族自治州"),
], indirect=["settings"])
async def test_a_county_typed_for_the_city_reaches_that_citys_coordinator(
        engineer, app, telegram, settings, typed, city):
    await engineer.send("/start")
    await engineer.press(settings.submitting_unit)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == city
    await engineer.send("恒远智能装备有限公司")
    await walk(engineer, start=4)
    await engineer.press("✅ 提交")
    coordinator = FakeUser(app, telegram, CITY_COORDINATOR, "市级协调员")
    listed = texts(await coordinator.send("/review"))[-1]
    assert listed.startswith("📥 待审核场景 1 个")
    assert "恒远工厂电池测试—柔性插接" in listed
