"""A 用户单位 naming two cities, in a bracket (苏州恒远…（南京分公司）) or a zone after the name
(苏州恒远… 无锡高新区), is asked about, not filed under one unseen: a file's cell with no city is
refused as the chat's city question asks which, in the cell's words; the chat's unit question,
its city pressed, says the zone is another city's and how to answer either way, and saves the
name without it when the zone is the city's pressed."""

import pytest

from bot.file_checks import checked_row
from exports.reader import import_row
from flows.configuration import configure
from flows.named_places import JIANGSU
from flows.navigation import Questionnaire
from flows.row import row_cells
from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk
from tests.test_export import answers

SURVEY = Questionnaire(configure("江苏省工业和信息化厅", JIANGSU))
HENGYUAN = "苏州恒远精密制造有限公司"
ELSEWHERE = ("这条消息没有保存：“无锡高新区”在无锡市，而所在城市已选苏州市，一个场景只对应一个设区市。"
             f"场景在苏州市的，请只发送单位全称“{HENGYUAN}”；在无锡市的，请点“⬅️ 上一步”改选无锡市，"
             "再发送单位全称。")


def imported(cell: str):
    row, problems = checked_row(SURVEY, import_row(4, {**row_cells(answers(1), 1),
                                                       "user_unit": cell}))
    return row.answers.get("city"), row.answers.get("enterprise"), problems


@pytest.mark.parametrize(("cell", "cities"), [
    (f"{HENGYUAN}（南京分公司）", "南京市、苏州市"),
    (f"{HENGYUAN} 无锡高新区", "无锡市、苏州市"),
])
def test_a_cell_with_no_city_naming_two_is_asked_which_as_the_chat_does(cell, cities):
    assert imported(cell) == (None, cell, [("用户单位", (
        f"“{cell}”提到了{cities}：一个场景只对应一个设区市，请写成“所在设区市/企业全称”。"))])


@pytest.mark.parametrize(("cell", "city"), [
    ("星辰有限公司（南京分公司）", "南京市"), ("恒远精密制造有限公司 无锡高新区", "无锡市")])
def test_a_cell_with_no_city_naming_one_is_shown_it_as_the_example(cell, city):
    assert imported(cell)[2] == [("用户单位", f"缺少所在城市，请写成“{city}/企业全称”。")]


def test_a_cell_writing_its_city_keeps_it_and_tells_the_zone_of_another():
    city, unit, problems = imported(f"苏州市/{HENGYUAN} 无锡高新区")
    assert (city, unit, problems) == ("苏州市", HENGYUAN, [])


async def test_a_zone_of_another_city_at_the_unit_question_asks_which(engineer, app):
    await walk(engineer, AT_ENTERPRISE)  # 苏州市 pressed
    calls = await engineer.send(f"{HENGYUAN} 无锡高新区")
    assert texts(calls)[0] == ELSEWHERE
    assert saved(app, engineer)["city"] == "苏州市"
    assert "enterprise" not in saved(app, engineer)
    calls = await engineer.press("⬅️ 上一步")  # as the message says
    assert "用户单位所在的设区市" in texts(calls)[-1]
    await engineer.press("无锡市")
    await engineer.send(HENGYUAN)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("无锡市",
                                                                                   HENGYUAN)


async def test_a_zone_of_the_city_pressed_is_left_out_of_the_name(engineer, app):
    await walk(engineer, AT_ENTERPRISE - 1)
    await engineer.press("无锡市")
    await engineer.send(f"{HENGYUAN} 无锡高新区")
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("无锡市",
                                                                                   HENGYUAN)
