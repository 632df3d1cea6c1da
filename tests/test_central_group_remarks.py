"""报送单位 typed as a listed central group's full name with a remark after it, as the default
department's is (江苏省工业和信息化厅（代报）): the group's full name is saved and the engineer told;
a part of a group (an institute, a branch) is told it hands in no row of its own."""

import pytest

from flows.units import NOT_A_UNIT, NOT_CENTRAL, READ_AS_GROUP, told
from tests.fake_bot_api import texts

OWN = "江苏省工业和信息化厅"


def saved_unit(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers.get("submitting_unit")


@pytest.mark.parametrize(("typed", "group"), [
    ("中国电子科技集团有限公司（代报）", "中国电子科技集团有限公司"),
    ("中国电子科技集团有限公司 盖章", "中国电子科技集团有限公司"),
    ("中国电子科技集团有限公司（中国电科）", "中国电子科技集团有限公司"),
    ("国家电网有限公司（国网江苏电力代报）", "国家电网有限公司"),
    ("国家电网有限公司 国网江苏电力代报", "国家电网有限公司"),
    ("华润(集团)有限公司【盖章】", "华润（集团）有限公司"),
])
async def test_a_groups_full_name_with_a_remark_is_saved_as_the_full_name_and_said(
        engineer, app, typed, group):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert READ_AS_GROUP.format(group=group, typed=typed.replace(" ", "")) in texts(calls)
    assert texts(calls)[-1].startswith("第 2/11 步")
    assert saved_unit(app, engineer) == group


@pytest.mark.parametrize("typed", ["中国电子科技集团有限公司", "中国电子科技集团有限公司。"])
async def test_a_groups_full_name_alone_is_saved_without_a_notice(engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert not any("已按" in text for text in texts(calls))
    assert saved_unit(app, engineer) == "中国电子科技集团有限公司"


@pytest.mark.parametrize("typed", [
    "中国船舶集团有限公司第七〇二研究所", "中国电子科技集团公司第十四研究所",
    "中国船舶集团有限公司 第七〇二研究所", "中国船舶集团有限公司江苏分公司",
])
async def test_a_groups_institute_is_told_like_its_branch_to_fill_the_default(
        engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == told(NOT_CENTRAL, typed.replace(" ", ""), OWN)
    assert saved_unit(app, engineer) is None


@pytest.mark.parametrize("typed", ["中国电科（代报）", "中车株洲所（代报）"])
async def test_a_short_name_with_a_remark_is_still_no_full_name(engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_A_UNIT.format(name=typed)
    assert saved_unit(app, engineer) is None


@pytest.mark.parametrize("typed", [
    "国家电网有限公司江苏分公司盖章", "中国电子科技集团有限公司第十四研究所代报",
    "中国中车集团有限公司戚墅堰所代报", "中国电子科技集团有限公司 江苏公司代报",
    "中国电子科技集团有限公司（第十四研究所）", "中国电子科技集团有限公司（南京）",
    "中国电子科技集团有限公司（江苏省工业和信息化厅代报）",
])
async def test_a_remark_naming_a_branch_institute_place_or_department_is_not_the_groups(
        engineer, app, typed):
    await engineer.send("/start")
    calls = await engineer.send(typed)
    assert not any("已按中央企业集团全称" in text for text in texts(calls))
    assert saved_unit(app, engineer) is None
