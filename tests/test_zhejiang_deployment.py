"""A deployment in another province: 浙江省经济和信息化厅 with Zhejiang's cities."""

import pytest

from bot.file_checks import file_problems
from bot.settings import Settings
from flows.configuration import configure
from flows.navigation import Questionnaire
from flows.units import NOT_FULL_NAME
from tests.deployments import deployment, jiangsu_in, saved
from tests.fake_bot_api import texts
from tests.test_export import answers

OWN = "浙江省经济和信息化厅"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return deployment(tmp_path, OWN, "杭州,宁波,温州")


async def test_a_department_short_of_its_full_name_is_shown_the_configured_one(engineer):
    await engineer.send("/start")
    calls = await engineer.send("省经信厅")
    assert texts(calls)[0] == NOT_FULL_NAME.format(name="省经信厅", level="省级", department=OWN)
    assert f"请写全称，如“{OWN}”" in texts(calls)[0]


async def test_the_city_question_gives_the_first_configured_city_as_its_example(engineer):
    await engineer.send("/start")
    await engineer.press(OWN)
    assert "例：杭州市" in engineer.last_text()


async def test_no_jiangsu_text_is_shown_to_a_zhejiang_engineer(engineer, app, telegram):
    await engineer.send("/start")
    await engineer.send("省经信厅")
    await engineer.send("浙江经信厅")
    await engineer.send("火星")
    await engineer.send("上海")
    await engineer.send("上一步")
    await engineer.press("杭州市")
    await engineer.send("焊装车间")
    await engineer.send("巡检机器人实训场景")
    await engineer.send("杭州XX机器人有限公司")
    assert saved(app, engineer)["submitting_unit"] == OWN
    assert jiangsu_in(telegram, engineer) == []


def test_a_file_row_without_its_city_is_shown_the_first_configured_city():
    survey = Questionnaire(configure(OWN, ("杭州市", "宁波市")))
    row = {**answers(1), "city": None, "enterprise": "汇川精密电子有限公司"}
    assert ("用户单位", "缺少所在城市，请写成“杭州市/企业全称”。") in file_problems(survey, row)
