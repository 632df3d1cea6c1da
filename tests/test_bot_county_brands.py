"""A unit's name typed at the city question that begins with a county's name which is also an
everyday word or a brand (光明乳业, 和平精英, 紫金矿业, 中山大学) is not filed under that county's
city: the city is asked for, the county's city one of the buttons, and the unit's name kept.
A name that says the place itself (光明区…, 深圳市光明区…, …（深圳）) or begins with a county
no word's (昆山…) is filed as before, through the real Application."""

import pytest

from bot.file_checks import checked_row
from exports.reader import import_row
from flows.configuration import configure
from flows.counties import COUNTIES, PREFECTURES, PROVINCIAL_COUNTIES, short
from flows.county_brands import ASK, WORDS
from flows.navigation import Questionnaire
from flows.row import row_cells
from tests.deployments import deployment, saved
from tests.test_bot_counties_other_province import GUANGDONG
from tests.test_bot_county_lookalikes import JIANGSU, at_city
from tests.test_export import answers
from tests.test_import import CHAT_WORDS
from tests.test_municipality_places import SHANGHAI

DEPLOYMENTS = {"江苏": JIANGSU, "广东": GUANGDONG, "上海": SHANGHAI}
KEPT = "这条消息中，以下部分已保存：企业全称。"
GUANGMING = "光明乳业股份有限公司"


@pytest.fixture
def settings(tmp_path, request):
    return deployment(tmp_path, *DEPLOYMENTS[getattr(request, "param", "江苏")])


def asked(typed: str, word: str, place: str, city: str, province: bool = True) -> str:
    where, outside = ("设区市", "省外") if province else ("区", "外地")
    return ("用户单位（所在城市）：" + ASK.format(name=typed, word=word, place=place, city=city,
                                          where=where, outside=outside) + "\n" + KEPT)


@pytest.mark.parametrize("settings", ["广东"], indirect=True)
async def test_光明乳业_is_asked_its_city_not_filed_under_深圳市(engineer, app, settings):
    replies = await at_city(engineer, settings, GUANGMING)
    assert replies[0] == asked(GUANGMING, "光明", "深圳市光明区", "深圳市")
    assert replies[0].startswith("用户单位（所在城市）：“光明乳业股份有限公司”开头的“光明”可能只是"
                                 "单位的字号，不一定指深圳市光明区，所在设区市没有按它记录。")
    assert saved(app, engineer).get("city") is None
    assert saved(app, engineer)["enterprise"] == GUANGMING
    assert {"深圳市", "广州市"} <= set(engineer.last_buttons())


@pytest.mark.parametrize("settings", ["广东"], indirect=True)
@pytest.mark.parametrize("pressed", ["深圳市", "广州市"])
async def test_the_city_pressed_after_the_question_is_filed_with_the_name_kept(
        engineer, app, settings, pressed):
    await at_city(engineer, settings, GUANGMING)
    await engineer.press(pressed)
    assert saved(app, engineer)["city"] == pressed
    assert saved(app, engineer)["enterprise"] == GUANGMING
    assert f"当前答案：{GUANGMING}" in engineer.last_text()


@pytest.mark.parametrize(("settings", "typed", "word", "place", "city"), [
    ("广东", "和平精英有限公司", "和平", "河源市和平县", "河源市"),
    ("广东", "紫金矿业集团股份有限公司", "紫金", "河源市紫金县", "河源市"),
    ("广东", "中山大学", "中山", "中山市", "中山市"),
    ("广东", "白云山制药有限公司", "白云", "广州市白云区", "广州市"),
], indirect=["settings"])
async def test_other_county_words_that_are_brands_are_asked_not_filed(
        engineer, app, settings, typed, word, place, city):
    replies = await at_city(engineer, settings, typed)
    assert replies[0] == asked(typed, word, place, city)
    assert saved(app, engineer).get("city") is None
    assert saved(app, engineer)["enterprise"] == typed
    assert city in engineer.last_buttons()


@pytest.mark.parametrize("settings", ["广东"], indirect=True)
@pytest.mark.parametrize(("typed", "word", "place", "city"), [
    ("光明乳业", "光明", "深圳市光明区", "深圳市"),
    ("光明 乳业", "光明", "深圳市光明区", "深圳市"),
    ("紫金矿业", "紫金", "河源市紫金县", "河源市"),
    ("白云山制药", "白云", "广州市白云区", "广州市"),
])
async def test_a_brand_without_its_legal_ending_is_asked_its_city_too(
        engineer, app, settings, typed, word, place, city):
    replies = await at_city(engineer, settings, typed)
    assert replies[0] == ASK.format(name=typed.replace(" ", ""), word=word, place=place,
                                    city=city, where="设区市", outside="省外")
    assert "city" not in saved(app, engineer)
    assert city in engineer.last_buttons()
    await engineer.press(city)
    assert saved(app, engineer)["city"] == city
    assert "用户单位全称（与营业执照一致）" in engineer.last_text()


@pytest.mark.parametrize("settings", ["上海"], indirect=True)
async def test_a_districts_brand_in_a_municipality_is_asked_as_its_district(
        engineer, app, settings):
    replies = await at_city(engineer, settings, "金山软件有限公司")
    assert replies[0] == asked("金山软件有限公司", "金山", "上海市金山区", "金山区",
                               province=False)
    assert saved(app, engineer).get("city") is None


@pytest.mark.parametrize(("settings", "typed", "city", "unit"), [
    ("江苏", "昆山市恒远有限公司", "苏州市", "昆山市恒远有限公司"),
    ("江苏", "昆山恒远有限公司", "苏州市", "昆山恒远有限公司"),
    ("广东", "光明区恒远有限公司", "深圳市", "光明区恒远有限公司"),
    ("广东", "深圳市光明区恒远有限公司", "深圳市", "深圳市光明区恒远有限公司"),
    ("广东", "光明乳业股份有限公司（深圳）", "深圳市", GUANGMING),
    ("广东", "深圳市/光明乳业股份有限公司", "深圳市", GUANGMING),
    ("广东", "光明乳业股份有限公司广州分公司", "广州市", "光明乳业股份有限公司广州分公司"),
    ("广东", "中山市恒远有限公司", "中山市", "中山市恒远有限公司"),
    ("广东", "光明区恒远", "深圳市", None), ("广东", "光明", "深圳市", None),
    ("广东", "福田保税区", "深圳市", None),
], indirect=["settings"])
async def test_a_name_saying_its_place_is_filed_as_before(
        engineer, app, settings, typed, city, unit):
    await at_city(engineer, settings, typed)
    assert (saved(app, engineer)["city"], saved(app, engineer).get("enterprise")) == (city, unit)


async def test_光明乳业_in_jiangsu_is_no_city_of_its_own(engineer, app, settings):
    await at_city(engineer, settings, GUANGMING)
    assert saved(app, engineer).get("city") is None


def test_every_word_is_a_place_of_the_country():
    places = {short(place) for place in (*PREFECTURES, *PROVINCIAL_COUNTIES, *(
        county for counties in COUNTIES.values() for county in counties))}
    assert WORDS <= places


def imported(cell: str) -> tuple[dict, list[str]]:
    """The answers and problems of a Guangdong row whose 用户单位 cell is `cell`."""
    own, cities = GUANGDONG
    survey = Questionnaire(configure(own, tuple(f"{city}市" for city in cities.split())))
    cells = {**row_cells(answers(1), 1), "submitting_unit": own, "user_unit": cell}
    row, problems = checked_row(survey, import_row(4, cells))
    return row.answers, [reason for _, reason in problems]


def test_光明乳业_imported_alone_is_refused_in_spreadsheet_words():
    stored, reasons = imported(GUANGMING)
    assert reasons == ["“光明乳业股份有限公司”开头的“光明”可能只是单位的字号，不一定指深圳市光明区，"
                       "所在设区市没有按它记录。请写成“所在设区市/企业全称”（在深圳市光明区的写"
                       "“深圳市/企业全称”）；在省外的请写带“市”的城市全称。"]
    assert not CHAT_WORDS.search(reasons[0])
    assert stored.get("city") != "深圳市"

