"""整机应用目标 typed in the short words engineers use for each goal; a part of the answer that
names no goal is said, never dropped unseen."""

import pytest

from exports.cells import parse_deployment_goals
from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_typed_choices import ACROSS, AT_GOALS, OWN_UNIT, SAME_INDUSTRY, answers


@pytest.mark.parametrize("typed, ticked", [
    ("本单位内部署、跨行业部署", [OWN_UNIT, ACROSS]),
    ("跨行业部署", [ACROSS]),
    ("跨领域部署", [ACROSS]),
    ("单位内部署", [OWN_UNIT]),
    ("行业内部署", [SAME_INDUSTRY]),
    ("同场景部署", [SAME_INDUSTRY]),
    ("同行业部署，跨领域部署", [SAME_INDUSTRY, ACROSS]),
    ("本单位内、同行业、跨行业", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
])
async def test_short_forms_of_each_goal_are_ticked(app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == ticked


async def test_a_part_naming_no_goal_is_said_not_dropped(app, engineer):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send("本单位内部署、省级示范推广")
    assert texts(calls)[0] == (f"已选：{OWN_UNIT}。选好后点“完成”。\n"
                               "未能识别“省级示范推广”，没有勾选；请点击下方按钮选择。")
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


def test_the_import_reads_the_short_forms_too():
    assert parse_deployment_goals("☑跨行业部署 ☑行业内部署") == {
        "deployment_goals": [SAME_INDUSTRY, ACROSS]}


OTHER_INDUSTRIES = [("推广到不同行业", [ACROSS]), ("在不同行业推广应用", [ACROSS]),
                    ("非同行业部署", [ACROSS]), ("推广到其他行业", [ACROSS]),
                    ("不同领域应用", [ACROSS]), ("同行业内推广", [SAME_INDUSTRY])]


@pytest.mark.parametrize("typed, ticked", OTHER_INDUSTRIES)
async def test_different_industries_are_across_industries_not_the_same_industry(
        app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("written, ticked", OTHER_INDUSTRIES)
def test_the_import_reads_different_industries_as_across_industries(written, ticked):
    row = import_row(5, {"index": "1", "deployment_goals": written})
    assert row.answers == {"deployment_goals": ticked}


@pytest.mark.parametrize("typed, ticked", [
    ("本单位内部署 跨行业应用", [OWN_UNIT, ACROSS]),
    ("本单位 行业内", [OWN_UNIT, SAME_INDUSTRY]),
    ("单位内 同行业 跨行业", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
    ("本单位 不同 行业", [OWN_UNIT, ACROSS]),
    ("本单位内 复制部署 跨行业 场景应用", [OWN_UNIT, ACROSS]),
    ("参与行业内部署", [SAME_INDUSTRY]),
    ("本单位内复制与行业内推广", [OWN_UNIT, SAME_INDUSTRY]),
])
async def test_goals_parted_by_voice_pauses_are_all_ticked(app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("typed", ["本单位内部署 省级示范推广", "本单位内部署及省级示范推广"])
async def test_a_part_after_a_voice_pause_or_and_naming_no_goal_is_said(app, engineer, typed):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"已选：{OWN_UNIT}。选好后点“完成”。\n"
                               "未能识别“省级示范推广”，没有勾选；请点击下方按钮选择。")
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


NEGATED = [
    ("只在本单位内部署，暂不跨行业", [ACROSS]),
    ("本单位内部署，不涉及跨行业", [ACROSS]),
    ("本单位内部署，暂不考虑同行业和跨行业", [SAME_INDUSTRY, ACROSS]),
    ("本单位内部署而不跨行业", [ACROSS]),
    ("本单位内部署，跨行业暂不考虑", [ACROSS]),
    ("本单位内部署，跨行业（暂不）", [ACROSS]),
    ("本单位内部署，同行业部署暂无，跨行业否", [SAME_INDUSTRY, ACROSS]),
    ("本单位内部署（跨行业暂不考虑）", [ACROSS]),
    ("本单位内部署，不会跨行业", [ACROSS]),
    ("本单位内部署，跨行业暂无计划", [ACROSS]),
    ("本单位内部署，同行业和跨行业暂不考虑", [SAME_INDUSTRY, ACROSS]),
    ("本单位内部署，同行业复制及跨行业应用均不考虑", [SAME_INDUSTRY, ACROSS]),
    ("本单位内部署，同行业复制不会，跨行业待定", [SAME_INDUSTRY, ACROSS]),
    ("本单位内部署，同行业、跨行业均暂不考虑", [SAME_INDUSTRY, ACROSS]),
    ("本单位内部署；同行业、跨行业都不考虑", [SAME_INDUSTRY, ACROSS]),
]


@pytest.mark.parametrize("typed, refused", NEGATED)
async def test_a_goal_said_not_to_be_chosen_is_not_ticked(app, engineer, typed, refused):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"已选：{OWN_UNIT}。选好后点“完成”。\n"
                               f"写明不选的目标未勾选：{'、'.join(refused)}。")
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


async def test_a_goal_said_not_to_be_chosen_is_unticked_if_ticked_before(app, engineer):
    await walk(engineer, AT_GOALS)
    await engineer.send("本单位内部署、跨行业部署")
    calls = await engineer.send("暂不跨行业")
    assert texts(calls)[0] == f"写明不选的目标未勾选：{ACROSS}。"
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


async def test_a_goal_said_not_to_be_chosen_at_the_summary_is_not_saved(app, engineer):
    await walk(engineer)
    calls = await engineer.send("整机应用目标：本单位内部署，暂不考虑同行业和跨行业")
    assert f"写明不选的目标未勾选：{SAME_INDUSTRY}、{ACROSS}。" in texts(calls)[0]
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


@pytest.mark.parametrize("written, refused", NEGATED)
def test_the_import_leaves_a_goal_said_not_to_be_chosen_unticked(written, refused):
    assert parse_deployment_goals(written) == {"deployment_goals": [OWN_UNIT]}


@pytest.mark.parametrize("typed, ticked", [
    ("本单位内部署，并不断拓展跨行业应用", [OWN_UNIT, ACROSS]),
    ("本单位内部署，不排除跨行业", [OWN_UNIT, ACROSS]),
    ("不局限于本单位内，推广到同行业和跨行业", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
    ("不单是本单位，还要推广到同行业", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位内部署，不定期向同行业推广", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位内部署，无偿向同行业推广", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位内部署，力争不晚于2026年底在同行业复制", [OWN_UNIT, SAME_INDUSTRY]),
    ("除跨行业外都选", [OWN_UNIT, SAME_INDUSTRY]),
    ("除跨行业外都可以", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位内部署 同行业复制 跨行业暂不考虑", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位内部署、同行业复制、跨行业暂不考虑", [OWN_UNIT, SAME_INDUSTRY]),
    ("本单位内部署，同行业复制对象待定", [OWN_UNIT, SAME_INDUSTRY]),
])
async def test_a_negation_not_standing_before_a_goal_rules_nothing_out(
        app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("typed, ticked", [
    ("整机应用目标：全部", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
    ("应用目标：1、3", [OWN_UNIT, ACROSS]),
    ("2026年11月部署应用目标：本单位内部署", [OWN_UNIT]),
])
async def test_goals_typed_after_their_own_label_are_ticked(app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("typed, ticked", [
    ("☑ 同行业推广", [SAME_INDUSTRY]),
    ("☑同行业推广", [SAME_INDUSTRY]),
    ("✓ 本单位内 ✓ 跨行业", [OWN_UNIT, ACROSS]),
    ("✔️ 跨行业", [ACROSS]),
    ("□ 跨行业", [ACROSS]),
    ("☑ 全部", [OWN_UNIT, SAME_INDUSTRY, ACROSS]),
])
async def test_a_tick_mark_before_a_goal_is_no_part_left_unread(app, engineer, typed, ticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"已选：{'、'.join(ticked)}。选好后点“完成”。"
    assert answers(app, engineer)["deployment_goals"] == ticked


async def test_a_goal_left_in_an_empty_box_beside_ticked_ones_is_not_ticked(app, engineer):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(f"☑{OWN_UNIT} ☐{SAME_INDUSTRY} ☐{ACROSS}")
    assert texts(calls)[0] == (f"已选：{OWN_UNIT}。选好后点“完成”。\n"
                               f"写明不选的目标未勾选：{SAME_INDUSTRY}、{ACROSS}。")
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT]


@pytest.mark.parametrize("typed, ticked, unticked", [
    ("本单位内（☑） 行业内（☐）", [OWN_UNIT], [SAME_INDUSTRY]),
    ("本单位内(✓) 跨行业(□)", [OWN_UNIT], [ACROSS]),
    ("本单位内☑ 行业内☐ 跨行业√。", [OWN_UNIT, ACROSS], [SAME_INDUSTRY]),
    ("本单位内：☑ 行业内：☐ 跨行业：☐", [OWN_UNIT], [SAME_INDUSTRY, ACROSS]),
    ("本单位内 ✓，行业内 ✓", [OWN_UNIT, SAME_INDUSTRY], []),
    ("（☑）本单位内 （☐）行业内", [OWN_UNIT], [SAME_INDUSTRY]),
    ("本单位内 √ 行业内 × 跨行业 ×", [OWN_UNIT], [SAME_INDUSTRY, ACROSS]),
    ("✓本单位内 ✗跨行业", [OWN_UNIT], [ACROSS]),
    ("[x] 本单位内 [ ] 跨行业", [OWN_UNIT], [ACROSS]),
    ("[X]本单位内 []行业内", [OWN_UNIT], [SAME_INDUSTRY]),
])
async def test_a_mark_after_a_goal_ticks_or_leaves_that_goal(
        app, engineer, typed, ticked, unticked):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send(typed)
    left = [f"写明不选的目标未勾选：{'、'.join(unticked)}。"] if unticked else []
    assert texts(calls)[0] == "\n".join([f"已选：{'、'.join(ticked)}。选好后点“完成”。", *left])
    assert answers(app, engineer)["deployment_goals"] == ticked


@pytest.mark.parametrize("typed", [
    "本单位内部署2条线×6台，跨行业应用", "本单位内2×部署，跨行业推广", "本单位内复制×3，跨行业",
    "本单位内部署 ×2 跨行业推广",
])
async def test_a_times_sign_by_a_figure_multiplies_and_crosses_out_no_goal(app, engineer, typed):
    await walk(engineer, AT_GOALS)
    await engineer.send(typed)
    assert answers(app, engineer)["deployment_goals"] == [OWN_UNIT, ACROSS]


async def test_a_tick_mark_before_words_naming_no_goal_says_only_the_words(app, engineer):
    await walk(engineer, AT_GOALS)
    calls = await engineer.send("☑ 本单位内部署 ☑ 省级示范推广")
    assert texts(calls)[0] == (f"已选：{OWN_UNIT}。选好后点“完成”。\n"
                               "未能识别“省级示范推广”，没有勾选；请点击下方按钮选择。")
