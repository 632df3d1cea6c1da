"""A member list closing with 等 is refused, asking for every member: the plan's cell lists
each one, and the units 等 stands for would be lost unseen."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_MAKERS, AT_PARTNERS = 14, 15
UBTECH = "优必选科技股份有限公司"
ETC = ("这条回答没有保存：“{etc}”不能记为单位，计划表要逐一写出每家成员单位。"
       "请发送全部成员单位的名称，多家用“、”分隔，如：{names}、……")


def members(app, engineer) -> tuple[list[str] | None, list[str] | None]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return answers.get("makers"), answers.get("partners")


@pytest.mark.parametrize(("typed", "etc", "names"), [
    (f"{UBTECH}等3家单位", "等3家单位", UBTECH),
    (f"{UBTECH}、东南大学等", "等", f"{UBTECH}、东南大学"),
])
async def test_makers_closing_with_etc_are_refused_asking_for_every_member(
        engineer, app, typed, etc, names):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ETC.format(etc=etc, names=names)
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert members(app, engineer) == (None, None)


@pytest.mark.parametrize(("typed", "etc", "names"), [
    ("东南大学等", "等", "东南大学"),
    ("东南大学、南京理工大学等高校", "等高校", "东南大学、南京理工大学"),
])
async def test_partners_closing_with_etc_are_refused_asking_for_every_member(
        engineer, app, typed, etc, names):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ETC.format(etc=etc, names=names)
    assert members(app, engineer)[1] is None


async def test_the_members_listed_in_full_after_the_etc_refusal_are_stored(engineer, app):
    await walk(engineer, AT_PARTNERS)
    await engineer.send("东南大学等")
    await engineer.send("东南大学、南京理工大学")
    assert members(app, engineer)[1] == ["东南大学", "南京理工大学"]


@pytest.mark.parametrize("typed", ["平等科技有限公司", "东南大学、等离子体研究所"])
async def test_a_name_holding_等_is_no_closing_etc(engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert "逐一写出" not in texts(calls)[0]
