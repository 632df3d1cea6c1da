"""整机应用目标 ticked by hand in forms the template's boxes do not have: a tick after the
chosen item with the others left unmarked on their own lines, goals joined with "/", and 勾
before or （勾） after an item."""

import pytest

from exports.cells import parse_deployment_goals, parse_product_types
from flows.marks import CellError
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.one_cell_import import imported
from tests.test_bot_typed_choices import ACROSS, AT_GOALS, OWN_UNIT, SAME_INDUSTRY, answers

ALL_THREE = [OWN_UNIT, SAME_INDUSTRY, ACROSS]


@pytest.mark.parametrize(("cell", "chosen"), [
    (f"{OWN_UNIT}√\n{SAME_INDUSTRY}\n{ACROSS}", [OWN_UNIT]),
    (f"{OWN_UNIT}\n{SAME_INDUSTRY} ✔\n{ACROSS}", [SAME_INDUSTRY]),
    (f"{OWN_UNIT}√\n{SAME_INDUSTRY}√\n{ACROSS}", [OWN_UNIT, SAME_INDUSTRY]),
    (f"{OWN_UNIT}\n√{SAME_INDUSTRY}\n{ACROSS}", [SAME_INDUSTRY]),
    (f"{OWN_UNIT} ×\n{SAME_INDUSTRY}√\n{ACROSS}", [SAME_INDUSTRY]),
    (f"{OWN_UNIT}（勾）\n{SAME_INDUSTRY}\n{ACROSS}", [OWN_UNIT]),
])
def test_a_tick_beside_one_goal_a_line_leaves_the_unmarked_lines_unchosen(tmp_path, cell, chosen):
    output, stored = imported(tmp_path, cell, "J4")
    assert "无法识别" not in output
    assert stored["deployment_goals"] == chosen


@pytest.mark.parametrize("cell", [
    f"{OWN_UNIT}√ {SAME_INDUSTRY} {ACROSS}",
    f"{OWN_UNIT}√\n√{SAME_INDUSTRY}\n{ACROSS}",
    f"{OWN_UNIT}(勾) {SAME_INDUSTRY}",
])
def test_a_tick_between_goals_on_one_line_is_refused_saying_whose_it_is_cannot_be_told(cell):
    with pytest.raises(CellError) as refused:
        parse_deployment_goals(cell)
    assert str(refused.value) == (f"无法识别“{cell}”：看不出勾选符号属于它前面还是后面的一项，"
                                  "请在所选项前打☑，或每项单独一行、在所选项后打√")


@pytest.mark.parametrize("cell", [f"{OWN_UNIT}☐\n{SAME_INDUSTRY}\n{ACROSS}",
                                  f"{OWN_UNIT}：是\n{SAME_INDUSTRY}\n{ACROSS}"])
def test_lines_with_no_tick_or_with_answers_beside_unmarked_lines_are_still_refused(cell):
    with pytest.raises(CellError):
        parse_deployment_goals(cell)


def test_product_types_ticked_after_one_a_line_leave_the_unmarked_lines_unchosen():
    assert parse_product_types("人形机器人：轮式√\n四足机器人：足式") == {
        "product_types": {"人形机器人": "轮式"}}


@pytest.mark.parametrize(("cell", "chosen"), [
    (f"{OWN_UNIT}/{SAME_INDUSTRY}", [OWN_UNIT, SAME_INDUSTRY]),
    ("/".join(ALL_THREE), ALL_THREE),
    (f"{SAME_INDUSTRY}／{ACROSS}", [SAME_INDUSTRY, ACROSS]),
    ("本单位/跨行业", [OWN_UNIT, ACROSS]),
    (ACROSS, [ACROSS]),
    ("跨行业/跨领域", [ACROSS]),
    ("本单位/其他单位", [OWN_UNIT]),
])
def test_goals_joined_with_a_slash_are_each_chosen(tmp_path, cell, chosen):
    output, stored = imported(tmp_path, cell, "J4")
    assert "无法识别" not in output
    assert stored["deployment_goals"] == chosen


@pytest.mark.parametrize(("cell", "chosen"), [
    ("本单位内部署，暂不考虑同行业/跨行业", [OWN_UNIT]),
    ("本单位内部署，同行业/跨行业暂不考虑", [OWN_UNIT]),
])
def test_a_negation_of_goals_joined_with_a_slash_rules_out_each(cell, chosen):
    assert parse_deployment_goals(cell) == {"deployment_goals": chosen}


@pytest.mark.parametrize(("typed", "ticked"), [
    (f"{OWN_UNIT}/{SAME_INDUSTRY}", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位/跨行业", [OWN_UNIT, ACROSS]),
    ("跨行业/跨领域", [ACROSS]),
])
async def test_the_chat_ticks_goals_typed_joined_with_a_slash(app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("cell", [f"勾 {OWN_UNIT}", "勾 本单位", f"{OWN_UNIT}（勾）",
                                  f"【勾】{OWN_UNIT} 【】{SAME_INDUSTRY}"])
def test_gou_before_or_bracketed_after_a_goal_ticks_it(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "J4")
    assert "无法识别" not in output
    assert stored["deployment_goals"] == [OWN_UNIT]
