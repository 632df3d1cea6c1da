"""Research institutes by their full names are 其他成员 as universities are, by their short
names (十四所, 中科院沈阳自动化所) they stay where typed, and a university's school spoken after it
with a pause (东南大学 自动化学院) is part of that member, not a unit of its own."""

import pytest

from flows.member_tables import MAKERS
from flows.rules import first_error, names, rule
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members


async def test_an_institute_by_its_full_name_typed_at_makers_is_saved_under_partners(
        engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司、中国科学院沈阳自动化研究所")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["中国科学院沈阳自动化研究所"])
    assert "中国科学院沈阳自动化研究所是高校或科研院所，已填入“其他成员”" in "\n".join(texts(calls))


async def test_an_institute_by_its_short_name_stays_where_typed_not_to_be_lost_at_partners(
        engineer, app):
    """Moved to 其他成员, it was replaced by the members the engineer typed there next."""
    await walk(engineer, AT_MAKERS)
    await engineer.send("恒远机器人有限公司，十四所")
    await engineer.send("东南大学")
    assert members(app, engineer) == (["恒远机器人有限公司", "十四所"], ["东南大学"])


@pytest.mark.parametrize("typed", [
    "江苏集萃智能制造技术研究所有限公司",
    "南京天溯机器人研究院有限公司",
    "上海锦天城律师事务所", "苏州恒远检测所", "无锡恒远设计所", "新松自动化所", "中电科28所",
])
async def test_a_company_or_another_trades_office_typed_at_makers_stays_a_maker(
        engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"优必选科技股份有限公司、{typed}")
    assert members(app, engineer) == (["优必选科技股份有限公司", typed], None)


async def test_a_universitys_school_spoken_after_it_is_saved_as_one_partner(engineer, app):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("东南大学 自动化学院、中科院自动化所")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["东南大学自动化学院", "中科院自动化所"])
    assert "已记录 2 家单位：东南大学自动化学院；中科院自动化所。" in texts(calls)


@pytest.mark.parametrize(("typed", "units"), [
    ("东南大学 自动化学院", ["东南大学自动化学院"]),
    ("东南大学 计算机科学与工程学院 南京大学", ["东南大学计算机科学与工程学院", "南京大学"]),
    ("东南大学 自动化系", ["东南大学自动化系"]),
    ("哈尔滨工业大学（深圳） 机电工程与自动化学院", ["哈尔滨工业大学（深圳）机电工程与自动化学院"]),
    ("中科院自动化所 智能机器人实验室", ["中科院自动化所智能机器人实验室"]),
    ("东南大学 机器人研究中心", ["东南大学机器人研究中心"]),
    ("东南大学 南京理工大学", ["东南大学", "南京理工大学"]),
    ("东南大学 南京工程学院", ["东南大学", "南京工程学院"]),
    ("东南大学 三江学院", ["东南大学", "三江学院"]),
    ("东南大学 紫金山实验室", ["东南大学", "紫金山实验室"]),
    ("东南大学 中国科学院自动化研究所", ["东南大学", "中国科学院自动化研究所"]),
    ("南京埃斯顿自动化股份有限公司 自动化学院", ["南京埃斯顿自动化股份有限公司", "自动化学院"]),
    ("苏州大学 机电工程学院 计算机学院", ["苏州大学机电工程学院", "计算机学院"]),
])
def test_a_school_named_by_its_subject_after_a_university_is_part_of_it(typed, units):
    assert first_error(rule(names(60, MAKERS)), typed) == (units, None)


async def test_a_university_and_its_school_typed_at_makers_go_to_partners_as_one(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("优必选科技股份有限公司、东南大学 自动化学院")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学自动化学院"])
