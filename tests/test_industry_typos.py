"""所属行业 one character off a button's industry (电子信息制照业, the input method's homophone):
asked whether the button's is meant, as a typo would count as one more industry in /stats, and
with the direction after it parted as the button's own name is once taken. Industries the
buttons lack are kept as typed, unasked."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_INDUSTRY = 5
ASKED = "您是指“{industry}”吗？"


def saved(app, engineer):
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return {key: answers.get(key) for key in ("industry", "sub_direction")}


@pytest.mark.parametrize(("typed", "industry"), [
    ("电子信息制照业", "电子信息制造业"), ("石油化工", "石化化工"), ("汽车智造", "汽车制造"),
    ("电子信息造制业", "电子信息制造业"),  # two characters swapped
])
async def test_a_typo_of_a_button_industry_is_asked_about_and_taken_with_its_button(
        engineer, app, typed, industry):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(ASKED.format(industry=industry))
    assert f"采用“{industry}”" in engineer.last_buttons()
    await engineer.press(f"采用“{industry}”")
    assert saved(app, engineer) == {"industry": industry, "sub_direction": None}
    assert engineer.last_text().startswith("第 4/11 步（2/2）")


async def test_a_typo_kept_as_it_is_stays_as_typed(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("电子信息制照业")
    await engineer.press("✔️ 保持不变")
    assert saved(app, engineer)["industry"] == "电子信息制照业"
    assert engineer.last_text().startswith("第 4/11 步（2/2）")


@pytest.mark.parametrize("yes", ["是", "好的", "采用"])
async def test_a_typo_followed_by_a_direction_is_split_once_the_industry_is_taken(
        engineer, app, yes):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("电子信息制照业 动力电池")
    assert texts(calls)[0].startswith(ASKED.format(industry="电子信息制造业"))
    assert "细分方向“动力电池”" in texts(calls)[0]
    await engineer.send(yes)
    assert saved(app, engineer) == {"industry": "电子信息制造业", "sub_direction": "动力电池"}
    assert engineer.last_text().startswith("第 5/11 步")


async def test_a_typo_slashed_from_its_direction_keeps_the_direction_when_taken(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("电子信息制照业/动力电池")
    assert ASKED.format(industry="电子信息制造业") in "".join(texts(calls))
    await engineer.send("是")
    assert saved(app, engineer) == {"industry": "电子信息制造业", "sub_direction": "动力电池"}


@pytest.mark.parametrize("typed", [
    "医疗康养", "港口物流", "电力巡检", "冷链物流", "医疗器械", "纺织服装", "电子信息服务业",
    "电子信息制造", "汽车制造业", "石油化工装备",
])
async def test_an_industry_not_one_character_off_a_button_is_kept_unasked(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(typed)
    assert not any("您是指" in text for text in texts(calls))
    assert engineer.last_text().startswith("第 4/11 步（2/2）")
