"""A refusal of members' roles names every unit typed, a university filed under 其他成员 too."""

from tests.fake_bot_api import texts
from tests.journey import walk

AT_MAKERS = 14
UBTECH = "优必选科技股份有限公司"


def members(app, engineer) -> tuple[list[str] | None, list[str] | None]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return answers.get("makers"), answers.get("partners")


async def test_roles_in_brackets_are_refused_naming_every_unit_typed(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(f"{UBTECH}（牵头）、东南大学（参与）")
    assert texts(calls)[0] == ("“牵头”是成员的分工，不是单位名称；这里只填单位名称。"
                               f"请去掉分工后重新发送，如：{UBTECH}、东南大学")
    assert members(app, engineer) == (None, None)
