"""整机应用目标 typed in the chat and written in an imported cell are read alike: one reading
of the marks beside them (`flows.marks`), a negation before a list of goals ruling out each,
and goals joined with 和."""

import pytest

from exports.cells import parse_deployment_goals, parse_product_types
from flows.marks import CellError
from flows.multi_select import goals_named
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.one_cell_import import imported
from tests.test_bot_typed_choices import ACROSS, AT_GOALS, OWN_UNIT, SAME_INDUSTRY, answers

GOALS = (OWN_UNIT, SAME_INDUSTRY, ACROSS)

NEGATED_LISTS = [
    ("本单位内部署，暂不考虑同行业、跨行业", [OWN_UNIT]),
    ("本单位内部署，不涉及同行业、跨行业", [OWN_UNIT]),
    # After a goal chosen, a wider goal alone after the comma carries on what is ruled out; a
    # narrower one, or any with no goal chosen before the negation, is chosen.
    ("本单位内部署，暂不考虑同行业，跨行业", [OWN_UNIT]),
    ("暂不考虑本单位，跨行业", [ACROSS]),
    ("暂不考虑跨行业，本单位", [OWN_UNIT]),
    ("不含同行业、跨行业，本单位", [OWN_UNIT]),
    ("不做跨行业，行业内", [SAME_INDUSTRY]),
    ("本单位内部署，暂不考虑同行业、跨行业应用", [OWN_UNIT]),
    ("本单位内部署，暂不考虑同行业，跨行业部署", [OWN_UNIT, ACROSS]),
    ("本单位内部署，暂不同行业、但跨行业", [OWN_UNIT, ACROSS]),
    ("本单位内、同行业暂不考虑、跨行业", [OWN_UNIT, ACROSS]),
    ("本单位内部署、同行业复制、跨行业暂不考虑", [OWN_UNIT, SAME_INDUSTRY]),
]


@pytest.mark.parametrize(("typed", "ticked"), NEGATED_LISTS)
async def test_a_negation_before_goals_listed_rules_out_each_in_the_chat(
        app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize(("cell", "chosen"), NEGATED_LISTS)
def test_a_negation_before_goals_listed_rules_out_each_in_an_import(cell, chosen):
    assert parse_deployment_goals(cell) == {"deployment_goals": chosen}


def test_a_negation_of_every_goal_listed_is_refused_in_an_import():
    with pytest.raises(CellError, match="写明不选"):
        parse_deployment_goals("暂不考虑同行业、跨行业")


TICKED_ON_ONE_LINE = [
    (f"√{OWN_UNIT}\n{SAME_INDUSTRY}", [OWN_UNIT]),
    (f"√{OWN_UNIT}\n{SAME_INDUSTRY}\n{ACROSS}", [OWN_UNIT]),
    (f"☑{OWN_UNIT}\n{SAME_INDUSTRY}\n☑{ACROSS}", [OWN_UNIT, ACROSS]),
    ("✓ 本单位内部署\n同行业同场景部署", [OWN_UNIT]),
    (f"{OWN_UNIT}\n{SAME_INDUSTRY}√", [SAME_INDUSTRY]),
    (f"{OWN_UNIT}√\n{SAME_INDUSTRY}\n{ACROSS}", [OWN_UNIT]),
    (f"☑{OWN_UNIT}\n☐{SAME_INDUSTRY}\n☐{ACROSS}", [OWN_UNIT]),
]


@pytest.mark.parametrize(("cell", "chosen"), TICKED_ON_ONE_LINE)
def test_a_tick_before_one_goal_a_line_leaves_the_unmarked_lines_unchosen(tmp_path, cell, chosen):
    output, stored = imported(tmp_path, cell, "J4")
    assert "无法识别" not in output
    assert stored["deployment_goals"] == chosen


@pytest.mark.parametrize(("typed", "ticked"), TICKED_ON_ONE_LINE)
async def test_the_chat_ticks_only_the_marked_lines_of_goals_one_a_line(
        app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"已选：{'、'.join(ticked)}。")
    assert answers(app, engineer)["deployment_goals"] == ticked


def test_product_types_ticked_before_one_a_line_leave_the_unmarked_lines_unchosen():
    assert parse_product_types("√人形机器人：轮式\n四足机器人：足式") == {
        "product_types": {"人形机器人": "轮式"}}


@pytest.mark.parametrize("text", [
    f"{OWN_UNIT}√\n{SAME_INDUSTRY}\n{ACROSS}", f"√{OWN_UNIT}\n{SAME_INDUSTRY}",
    f"☑{OWN_UNIT} ☐{SAME_INDUSTRY} ☐{ACROSS}", f"{OWN_UNIT}：是\n{SAME_INDUSTRY}：否\n{ACROSS}：否",
    "本单位内（☑） 行业内（☐）", "[x] 本单位内 [ ] 跨行业", "本单位内 √ 行业内 × 跨行业 ×",
    "勾 本单位", "勾选 本单位 跨行业", f"【勾】{OWN_UNIT} 【】{SAME_INDUSTRY}", "本单位和跨行业",
    "本单位内部署，暂不考虑同行业、跨行业", "本单位内部署2条线×6台，跨行业应用",
])
def test_the_chat_and_an_import_choose_the_same_goals(text):
    chosen, _, _ = goals_named(text, GOALS)
    assert parse_deployment_goals(text) == {"deployment_goals": chosen}


@pytest.mark.parametrize("text", [f"{OWN_UNIT}√ {SAME_INDUSTRY} {ACROSS}",
                                  f"{OWN_UNIT}√\n√{SAME_INDUSTRY}\n{ACROSS}"])
async def test_the_chat_refuses_a_tick_whose_goal_cannot_be_told_as_an_import_does(
        app, engineer, text):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(text)
    assert "看不出勾选符号属于它前面还是后面的一项" in texts(calls)[0]
    assert not answers(app, engineer).get("deployment_goals")


@pytest.mark.parametrize("typed", ["勾 本单位", "勾选 本单位", f"勾 {OWN_UNIT}"])
async def test_gou_before_a_goal_typed_in_the_chat_ticks_it_and_is_no_part_left_unread(
        app, engineer, typed):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{OWN_UNIT}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


@pytest.mark.parametrize(("cell", "chosen"), [
    ("本单位和跨行业", [OWN_UNIT, ACROSS]),
    (f"{OWN_UNIT}和{ACROSS}", [OWN_UNIT, ACROSS]),
    ("本单位内部署与同行业复制", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位和同行业，跨行业暂不考虑", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位和其他单位", [OWN_UNIT]),
])
def test_goals_joined_with_he_are_each_chosen_in_an_import(tmp_path, cell, chosen):
    output, stored = imported(tmp_path, cell, "J4")
    assert "无法识别" not in output
    assert stored["deployment_goals"] == chosen


@pytest.mark.parametrize(("typed", "ticked"), [
    ("◆本单位内部署\n◆跨行业应用", [OWN_UNIT, ACROSS]),
    ("→ 本单位", [OWN_UNIT]),
    ("本单位内部署 → 跨行业推广", [OWN_UNIT, ACROSS]),
    ("• 本单位\n• 同行业", [OWN_UNIT, SAME_INDUSTRY]),
])
async def test_bullets_and_arrows_typed_in_the_chat_are_no_marks(app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert answers(app, engineer)["deployment_goals"] == ticked
