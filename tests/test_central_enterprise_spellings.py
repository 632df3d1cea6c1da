"""One central enterprise group written several ways (中国电科集团, 中国电子科技集团公司, 华润(集团)
in half-width brackets) is one submission: counted, exported, compared and marked as one; the
chat asks whether the listed full name is meant."""

import pytest

from flows.central_enterprises import LISTED, SHORT_NAMES, listed_group
from tests.coordinators import seed as submit
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_cli_data import seed
from tests.test_export_bot import coordinator, exported_rows

CETC = "中国电子科技集团有限公司"
OTHER_SITE = "苏州启明新能源有限公司"
ASK = "🔗 标记为其他场景的重复"
SHORTFALL = "❌ {group}：{n} 个，不少于 10 个：还差 {missing} 个"


async def test_a_groups_short_name_is_marked_onto_its_full_names_entry(services, province):
    """QA's case: #2 of 中国电科集团 is a duplicate of #1 of 中国电子科技集团有限公司."""
    full = submit(services, 11, **scenario_answers(11, submitting_unit=CETC))
    short = submit(services, 12, **scenario_answers(12, submitting_unit="中国电科集团",
                                                    enterprise=OTHER_SITE))
    await province.send(f"/review {short}")
    await province.press(ASK)
    calls = await province.send(str(full))
    assert "不能标记为重复" not in "\n".join(texts(calls))
    assert services.reviews.store.entry(short).duplicate_of == full


@pytest.mark.parametrize("written", ["中国电科集团", "中国电子科技集团公司", "中国电子科技集团 有限公司"])
async def test_a_groups_rows_written_two_ways_count_and_export_as_one_group(
    app, telegram, services, province, written
):
    seed(services, scenario_answers(11, submitting_unit=CETC))
    seed(services, scenario_answers(12, submitting_unit=written, enterprise=OTHER_SITE))
    report = texts(await province.send("/stats"))[-1]
    assert SHORTFALL.format(group=CETC, n=2, missing=8) in report
    assert "：1 个，不少于 10 个" not in report
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    calls = await boss.press("中央企业")
    assert texts(calls)[-1] == ("已导出 2 个场景（状态：已通过，范围：全省的中央企业）。\n报送前请注意：\n"
                                + SHORTFALL.format(group=CETC, n=2, missing=8))
    assert [row[1] for row in exported_rows(calls)] == [CETC, CETC]  # the group's file, one name
    assert services.reviews.store.entries()[1].answers["submitting_unit"] == written  # as saved


@pytest.mark.parametrize("one, other", [
    ("中国电子科技集团公司", CETC),
    ("华润(集团)有限公司", "华润（集团）有限公司"),
])
async def test_alike_entries_of_one_group_written_two_ways_are_warned_and_offered_a_mark(
    services, province, one, other
):
    first = submit(services, 11, **scenario_answers(0, submitting_unit=one))
    second = submit(services, 12, **scenario_answers(0, submitting_unit=other,
                                                     enterprise=OTHER_SITE))
    card = texts(await province.send(f"/review {second}"))[-1]
    assert "高度相似" in card
    assert f"标记为 #{first} 的重复" in province.last_buttons()
    assert f"相似场景组：#{first} ≈ #{second}" in texts(await province.send("/stats"))[-1]


@pytest.mark.parametrize("name, listed", [
    ("中国电子科技集团公司", CETC), ("中国电科集团", CETC), ("中国电科", CETC),
    ("华润(集团)有限公司", "华润（集团）有限公司"), ("国家电网公司", "国家电网有限公司"),
    ("中国石化", "中国石油化工集团有限公司"), ("中国中车股份有限公司", "中国中车集团有限公司"),
    ("中天科技集团有限公司", None),  # the province's own group: 中国航天科技集团 fits its letters
    ("中国航空", None), ("中国航", None),  # fit two groups or more
    ("南航", None),  # 南京航空航天大学 in the province as often as 中国南方航空集团
    ("中国电子科技集团有限公司第二十八研究所", None), ("中国XX集团有限公司", None),
])
def test_a_name_is_known_as_the_listed_group_it_is_written_for(name, listed):
    assert listed_group(name) == listed


@pytest.mark.parametrize("name, listed", [
    ("中核集团", "中国核工业集团有限公司"), ("中核集团有限公司", "中国核工业集团有限公司"),
    ("中广核", "中国广核集团有限公司"), ("国家电网", "国家电网有限公司"), ("国网", "国家电网有限公司"),
    ("南方电网", "中国南方电网有限责任公司"), ("中石化", "中国石油化工集团有限公司"),
    ("中国石化", "中国石油化工集团有限公司"), ("中石油", "中国石油天然气集团有限公司"),
    ("中国石油", "中国石油天然气集团有限公司"), ("中海油", "中国海洋石油集团有限公司"),
    ("国家能源集团", "国家能源投资集团有限责任公司"), ("中国中车", "中国中车集团有限公司"),
    ("中国宝武", "中国宝武钢铁集团有限公司"), ("航天科技", "中国航天科技集团有限公司"),
    ("航天科工集团", "中国航天科工集团有限公司"), ("中航工业", "中国航空工业集团有限公司"),
    ("航空工业集团", "中国航空工业集团有限公司"), ("中国船舶", "中国船舶集团有限公司"),
    ("兵器工业集团", "中国兵器工业集团有限公司"), ("兵器装备集团", "中国兵器装备集团有限公司"),
    ("中国电科", "中国电子科技集团有限公司"), ("中国移动", "中国移动通信集团有限公司"),
    ("中国电信", "中国电信集团有限公司"), ("中国联通", "中国联合网络通信集团有限公司"),
    ("招商局", "招商局集团有限公司"), ("华润", "华润（集团）有限公司"), ("中粮", "中粮集团有限公司"),
    ("国药集团", "中国医药集团有限公司"), ("中国建筑", "中国建筑集团有限公司"),
    ("中建集团", "中国建筑集团有限公司"), ("中国中铁", "中国铁路工程集团有限公司"),
    ("中国铁建", "中国铁道建筑集团有限公司"), ("中国交建", "中国交通建设集团有限公司"),
    ("中国电建", "中国电力建设集团有限公司"), ("中国能建", "中国能源建设集团有限公司"),
    ("东风", "东风汽车集团有限公司"), ("一汽集团", "中国第一汽车集团有限公司"),
    ("中国五矿", "中国五矿集团有限公司"), ("中国铝业", "中国铝业集团有限公司"),
    ("中铝集团", "中国铝业集团有限公司"), ("中国化学", "中国化学工程集团有限公司"),
    ("中国中化", "中国中化控股有限责任公司"), ("国家电投", "国家电力投资集团有限公司"),
    ("华能集团", "中国华能集团有限公司"), ("大唐集团", "中国大唐集团有限公司"),
    ("华电集团", "中国华电集团有限公司"), ("三峡集团", "中国长江三峡集团有限公司"),
])
def test_a_groups_common_short_name_is_known_as_the_listed_group(name, listed):
    assert listed_group(name) == listed


def test_every_short_name_is_of_a_listed_group_and_no_other_groups_name():
    assert set(SHORT_NAMES) <= set(LISTED)
    for group, shorts in SHORT_NAMES.items():
        assert all(listed_group(short) == group for short in shorts)


async def test_a_short_name_typed_as_submitting_unit_is_asked_about_not_refused(engineer):
    await engineer.send("/start")
    calls = await engineer.send("中核集团有限公司")
    assert texts(calls)[0].startswith("您是指“中国核工业集团有限公司”吗？")
    assert "采用“中国核工业集团有限公司”" in engineer.last_buttons()


# --- the chat: 您是指…吗？ ----------------------------------------------------------------------

TAKE = f"采用“{CETC}”"


@pytest.mark.parametrize("typed, meant", [
    ("中国电科集团", CETC), ("中国电科", CETC), ("中国电子科技集团公司", CETC),
    ("国家电网公司", "国家电网有限公司"),
])
async def test_a_groups_other_name_is_asked_whether_the_listed_full_name_is_meant(
    engineer, typed, meant
):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"您是指“{meant}”吗？")
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")
    assert f"采用“{meant}”" in engineer.last_buttons()
    assert "✔️ 保持不变" in engineer.last_buttons()


async def test_taking_the_suggested_full_name_saves_it_and_goes_on(engineer, services):
    await engineer.send("/start")
    await engineer.send("中国电科集团")
    calls = await engineer.press(TAKE)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert current_answers(services)["submitting_unit"] == CETC


async def test_keeping_the_typed_name_saves_it_as_typed_and_goes_on(engineer, services):
    await engineer.send("/start")
    await engineer.send("中国电科集团")
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert current_answers(services)["submitting_unit"] == "中国电科集团"


async def test_an_earlier_suggestions_button_takes_nothing_once_another_name_is_typed(
    engineer, services
):
    await engineer.send("/start")
    await engineer.send("中国电科集团")
    earlier = max(engineer.telegram.messages)
    await engineer.send("国家电网公司")
    calls = await engineer.press(TAKE, earlier)
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")
    assert current_answers(services)["submitting_unit"] == "国家电网公司"


@pytest.mark.parametrize("reply, kept", [("是的", CETC), ("对", CETC), ("不是", "中国电科集团")])
async def test_a_typed_yes_takes_the_suggestion_and_a_no_keeps_the_typed_name(
    engineer, services, reply, kept
):
    await engineer.send("/start")
    await engineer.send("中国电科集团")
    calls = await engineer.send(reply)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert current_answers(services)["submitting_unit"] == kept


@pytest.mark.parametrize("typed", [CETC, "华润(集团)有限公司", "中国长安汽车集团有限公司",
                                   "中国雅江集团有限公司"])
async def test_a_listed_groups_name_is_taken_without_asking(engineer, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls) == [texts(calls)[-1]]
    assert texts(calls)[-1].startswith("第 2/11 步")


def current_answers(services) -> dict:
    return services.intake.store.current(1001).answers
