"""所属行业/细分方向 with numeral words: a count written in words (两个车间, 五条产线) is
refused as its digits are (3个车间), while the names that begin with a numeral word
(三元锂电池, 三甲医院, 一次性医疗器械) are kept, and the amounts and unit names refused
before still are."""

import pytest

from flows.industries import direction_problem, industry_problem
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_INDUSTRY = AT_SCENARIO_NAME + 1
COUNTS_IN_WORDS = ("两个车间", "五条产线", "三个班组", "十名工人", "两台设备", "两套系统", "两个人")
NAMES_WITH_NUMERAL_WORDS = (
    "三元锂电池", "三元材料", "三甲医院", "三级甲等医院", "一次性医疗器械", "二手车", "三维测量",
    "五金制品", "十字路口", "双碳", "六轴机器人", "三坐标测量", "一体化压铸", "一条龙服务",
    "三类医疗器械", "四件套", "两元店", "五台山文旅", "二次电池", "三人行")


def saved(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", COUNTS_IN_WORDS)
async def test_a_count_in_numeral_words_is_refused_as_its_digits_are(app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert f"“{typed}”像是一句描述，不是行业名称，没有保存" in said[0]
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize("direction", COUNTS_IN_WORDS)
async def test_a_direction_counting_in_numeral_words_is_refused_and_asked_again(
        app, engineer, direction):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(f"汽车制造/{direction}"))
    assert f"“{direction}”写的是人数、台数、班次或车间、产线等的数量，不是细分方向，没有保存。" in "\n".join(said)
    assert saved(app, engineer)["industry"] == "汽车制造"
    assert "sub_direction" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["三元锂电池", "三甲医院", "一次性医疗器械", "五金制品",
                                   "三类医疗器械"])
async def test_an_industry_beginning_with_a_numeral_word_is_kept(app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == typed


@pytest.mark.parametrize(("typed", "industry", "direction"), [
    ("新能源电池/三元锂电池", "新能源电池", "三元锂电池"), ("医疗/三甲医院", "医疗", "三甲医院"),
    ("汽车制造/一体化压铸", "汽车制造", "一体化压铸"), ("装备制造/三坐标测量", "装备制造", "三坐标测量"),
])
async def test_a_direction_beginning_with_a_numeral_word_is_kept(
        app, engineer, typed, industry, direction):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    answers = saved(app, engineer)
    assert (answers["industry"], answers["sub_direction"]) == (industry, direction)


@pytest.mark.parametrize("name", NAMES_WITH_NUMERAL_WORDS)
def test_a_name_with_numeral_words_is_an_industry_and_a_direction(name):
    assert industry_problem(name) is None
    assert direction_problem(name) is None


@pytest.mark.parametrize(("typed", "refused_as"), [
    ("年节约成本50万元", "像是一句描述"), ("节约三元", "像是一句描述"), ("成本降低两元", "像是一句描述"),
    ("两次抓取成功率99%", "像是一句描述"), ("苏州市立医院", "像是单位名称"),
    ("XX有限公司", "像是单位名称"), ("三甲医院有限公司", "像是单位名称"),
])
def test_amounts_and_unit_names_are_still_refused(typed, refused_as):
    assert refused_as in industry_problem(typed)
