"""A city typed at the city question (or as 城市：… / 用户单位：… at the summary) that sounds as
one of the province's (苏洲市, a slip of pinyin input) is asked about, never filed outside the
province unseen; a real city elsewhere sounding alike (宿州市, 台州市) or one character off
(杭州市) is filed outside as before. Words said before a city (位于合肥市) are read past, and a
word in 市 that names no city (大都市, 本市) is refused."""

import pytest

from flows.city_sounds import sounds_like
from flows.place_replies import NOT_A_PLACE, OUTSIDE
from flows.questionnaire import JIANGSU_CITIES
from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk

CITIES = JIANGSU_CITIES
UNIT = "苏州恒远动力电池有限公司"
SLIPS = [("苏洲市", "苏州市"), ("无希市", "无锡市"), ("常洲市", "常州市"), ("南经市", "南京市"),
         ("扬洲市", "扬州市"), ("徐洲市", "徐州市"), ("淮按市", "淮安市"), ("宿前市", "宿迁市")]


def asked(typed: str, city: str) -> str:
    return (f"您是指“{city}”吗？“{typed}”不在本省设区市名单中，是请点击下方“采用”按钮；"
            f"“{typed}”是省外城市、无误请点“保持不变”。")


@pytest.mark.parametrize(("typed", "city"), SLIPS)
async def test_a_city_sounding_as_a_provinces_city_is_asked_whether_that_city_is_meant(
        engineer, typed, city):
    await walk(engineer, 2)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == asked(typed, city)
    assert texts(calls)[-1].startswith("第 2/11 步（1/2）")  # still the city question
    assert f"采用“{city}”" in engineer.last_buttons()
    assert "✔️ 保持不变" in engineer.last_buttons()


async def test_taking_the_provinces_city_files_it_there_and_goes_on(engineer, app):
    await walk(engineer, 2)
    await engineer.send("苏洲市")
    calls = await engineer.press("采用“苏州市”")
    assert saved(app, engineer)["city"] == "苏州市"
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")
    assert not any("已按省外布局" in text for text in texts(calls))


@pytest.mark.parametrize("reply", ["是的", "对"])
async def test_a_typed_yes_takes_the_provinces_city(engineer, app, reply):
    await walk(engineer, 2)
    await engineer.send("无希市")
    await engineer.send(reply)
    assert saved(app, engineer)["city"] == "无锡市"


async def test_keeping_the_city_as_typed_files_it_outside_with_the_notice(engineer, app):
    await walk(engineer, 2)
    await engineer.send("苏洲市")
    calls = await engineer.press("✔️ 保持不变")
    assert saved(app, engineer)["city"] == "苏洲市"
    assert OUTSIDE.format(name="苏洲市") in texts(calls)
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")


@pytest.mark.parametrize("typed", ["宿州市", "台州市", "杭州市", "滁州市", "沧州市", "合肥市"])
async def test_a_real_city_elsewhere_alike_a_provinces_is_filed_outside_unasked(
        engineer, app, typed):
    await walk(engineer, 2)
    calls = await engineer.send(typed)
    assert saved(app, engineer)["city"] == typed
    assert texts(calls)[0] == OUTSIDE.format(name=typed)
    assert texts(calls)[-1].startswith("第 2/11 步（2/2）")


async def test_a_groups_city_sounding_as_a_provinces_is_asked_too(engineer, app):
    await engineer.send("/start")
    await engineer.send("中国中车集团有限公司")
    calls = await engineer.send("苏洲市")
    assert texts(calls)[0] == asked("苏洲市", "苏州市")


@pytest.mark.parametrize("typed", ["城市：苏洲市", "用户单位：苏洲市", "2：苏洲市"])
async def test_a_city_slip_typed_at_the_summary_is_asked_and_taken_there(
        engineer, app, typed):
    await fill_to_summary(engineer)
    await engineer.send("城市：无锡")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == asked("苏洲市", "苏州市")  # no word yet of a city changed
    assert saved(app, engineer)["enterprise"] == UNIT
    await engineer.press("采用“苏州市”")
    assert saved(app, engineer)["city"] == "苏州市"


@pytest.mark.parametrize(("typed", "city"), [
    ("位于合肥市", "合肥市"), ("在合肥市", "合肥市"), ("地址：合肥市", "合肥市"),
    ("在无锡市", "无锡市"), ("位于无锡", "无锡市"), ("地址：江苏省苏州市", "苏州市"),
])
async def test_words_before_a_city_are_read_past(engineer, app, typed, city):
    await walk(engineer, 2)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == city


async def test_words_before_a_city_are_read_past_at_the_summary(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send("城市：位于合肥市")
    assert saved(app, engineer)["city"] == "合肥市"


@pytest.mark.parametrize("typed", ["大都市", "城市", "本市", "市区", "该市", "地级市",
                                   "苏果超市", "位于大都市"])
async def test_a_word_in_shi_naming_no_city_is_refused(engineer, app, typed):
    await walk(engineer, 2)
    calls = await engineer.send(typed)
    assert "city" not in saved(app, engineer)
    refused = typed.removeprefix("位于")
    assert texts(calls)[0] == NOT_A_PLACE.format(name=refused, examples="“深圳市”“上海市”")


@pytest.mark.parametrize("typed", ["成都市", "江门市", "辛集市", "盐城市", "宿州市"])
async def test_cities_ending_as_words_naming_none_are_cities(engineer, app, typed):
    await walk(engineer, 2)
    await engineer.send(typed)
    assert saved(app, engineer)["city"] == typed


async def test_a_word_naming_no_city_typed_at_the_summary_keeps_the_city(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send("城市：大都市")
    assert saved(app, engineer)["city"] == "苏州市"


REAL_CITIES = """杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北
铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 抚州 泉州 漳州 赣州 吉安 宜春 伊春 德州 滨州
郑州 沧州 锦州 荆州 随州 鄂州 郴州 永州 株洲 广州 惠州 梅州 潮州 柳州 钦州 贺州 梧州 泸州 达州 兰州
儋州 朔州 忻州 邳州 通州 胶州 莱州 青州 涿州 霸州 定州 晋州 嵊州 靖江 湛江 盐池 延安 淮北 兴化 泰兴
如皋 海门 江阴 昆山 常熟 宜兴 溧阳 丹阳 高邮 东台 新沂 榆林 玉林 集安""".split()


def test_no_real_city_elsewhere_is_taken_for_a_slip_of_a_jiangsu_city():
    assert [city for city in REAL_CITIES if sounds_like(f"{city}市", CITIES)] == []
