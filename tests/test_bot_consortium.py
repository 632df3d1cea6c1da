"""The 创新应用联合体成员 step: what is saved as a unit's name, and what is not (member kinds,
quantities, 等单位), and how a list typed with spaces is read."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_MAKERS, AT_PARTNERS = 14, 15


def members(app, engineer) -> tuple[list[str] | None, list[str] | None]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return answers.get("makers"), answers.get("partners")


JOURNEY_MAKERS = ["恒远机器人有限公司", "启明智能科技有限公司"]


@pytest.mark.parametrize(("typed", "partners"), [
    ("科研院所：东南大学", ["东南大学"]),
    ("高校：东南大学、南京大学；科研院所：中科院自动化所", ["东南大学", "南京大学", "中科院自动化所"]),
    ("【高校】东南大学", ["东南大学"]),
])
async def test_member_kinds_typed_at_partners_stay_out_of_the_names(engineer, app, typed, partners):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert not any(kind in "\n".join(texts(calls)) for kind in ("高校", "科研院所"))
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_a_maker_typed_at_partners_goes_to_makers_and_partners_is_asked_again(engineer, app):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("整机企业：宇树科技股份有限公司")
    assert texts(calls)[0].startswith("已把这条消息分别填入：整机企业。")
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert members(app, engineer) == (["宇树科技股份有限公司"], None)


async def test_a_whole_consortium_typed_at_partners_fills_both_questions(engineer, app):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("整机企业：宇树科技股份有限公司 科研院所：东南大学")
    assert texts(calls)[0].startswith("已把这条消息分别填入：整机企业、其他成员。")
    assert members(app, engineer) == (["宇树科技股份有限公司"], ["东南大学"])
