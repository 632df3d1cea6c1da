"""Tick marks in imported checkbox cells: each item is ticked or empty by its own mark, and a
cell whose marks cannot be told apart is refused rather than read as every item ticked."""

import pytest

from exports.cells import CellError, parse_deployment_goals, parse_product_types
from exports.reader import import_row
from flows.row import DEPLOYMENT_GOALS
from tests.one_cell_import import imported

OWN_UNIT, SAME_INDUSTRY, ACROSS = DEPLOYMENT_GOALS


@pytest.mark.parametrize("text", [
    "本单位内部署：是\n同行业同场景部署：否\n跨行业/跨领域部署：否",
    "完成本单位内同类场景复制部署（是） 完成行业内同场景复制部署（否） 完成跨行业/跨领域场景应用（否）",
    "●完成本单位内同类场景复制部署 ○完成行业内同场景复制部署 ○完成跨行业/跨领域场景应用",
    "R完成本单位内同类场景复制部署 £完成行业内同场景复制部署 £完成跨行业/跨领域场景应用",
    "完成本单位内同类场景复制部署√ 完成行业内同场景复制部署× 完成跨行业/跨领域场景应用×",
])
def test_goals_marked_ticked_or_empty_one_by_one_read_only_the_ticked(text):
    assert parse_deployment_goals(text) == {"deployment_goals": [OWN_UNIT]}


@pytest.mark.parametrize("text", [
    "R人形机器人：轮式 £四足机器人：足式/轮式/其他 £其他类型产品：仿人形/仿四足机器人",
    "●人形机器人：轮式 ○四足机器人：足式/轮式/其他 ○其他类型产品：仿人形/仿四足机器人",
])
def test_product_types_read_the_same_marks_as_goals(text):
    assert parse_product_types(text) == {"product_types": {"人形机器人": "轮式"}}


@pytest.mark.parametrize(("key", "text", "mark"), [
    ("deployment_goals", "◆完成本单位内同类场景复制部署 ◇完成行业内同场景复制部署 ◇完成跨行业/跨领域场景应用", "◆"),
    ("deployment_goals", "T完成本单位内同类场景复制部署 Q完成行业内同场景复制部署", "T"),
    ("product_types", "◆人形机器人：轮式 ◇四足机器人：足式/轮式/其他", "◆"),
])
def test_marks_that_cannot_be_read_refuse_the_cell_instead_of_ticking_all(key, text, mark):
    row = import_row(5, {"index": "1", key: text})
    assert key not in row.answers
    assert [p.reason for p in row.problems] == [
        f"无法识别勾选符号“{mark}”，请在所选项前打☑、未选项前打☐"]


def test_a_cell_marked_before_and_after_its_items_is_refused():
    with pytest.raises(CellError, match="无法识别"):
        parse_deployment_goals("☑完成本单位内同类场景复制部署 完成行业内同场景复制部署☐")


@pytest.mark.parametrize("text", [
    "人形机器人：是（轮式） 四足机器人：否",
    "人形机器人：是(轮式)\n四足机器人：否\n其他类型产品：否",
    "人形机器人（轮式）：是 四足机器人：否",
])
def test_a_product_answered_yes_with_its_form_in_brackets_is_ticked_with_that_form(text):
    row = import_row(5, {"index": "1", "product_types": text})
    assert row.answers == {"product_types": {"人形机器人": "轮式"}}
    assert row.problems == []


@pytest.mark.parametrize("text", [
    "人形机器人：是（轮式）四足机器人：否",
    "人形机器人（是）（轮式）四足机器人（否）",
    "四足机器人：否人形机器人：是（轮式）",
])
def test_products_answered_yes_or_no_without_a_space_between_them_are_read(text):
    row = import_row(5, {"index": "1", "product_types": text})
    assert row.answers == {"product_types": {"人形机器人": "轮式"}}
    assert row.problems == []


def test_items_answered_without_a_space_the_reader_cannot_tell_apart_are_refused_with_how():
    row = import_row(5, {"index": "1", "deployment_goals": "本单位内部署：是同行业同场景部署：否"})
    assert "deployment_goals" not in row.answers
    assert [p.reason for p in row.problems] == [
        "无法识别“本单位内部署：是同行业同场景部署”：请在每一项的“是”“否”之后空格或换行，再写下一项"]


@pytest.mark.parametrize("cell", ["勾选 完成本单位内同类场景复制部署", "是 完成本单位内同类场景复制部署"])
def test_a_tick_word_before_a_goal_ticks_it_as_before_a_product_type(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "J4")
    assert "第 4 行：已导入" in output
    assert stored["deployment_goals"] == [OWN_UNIT]


@pytest.mark.parametrize("cell", ["勾选 人形机器人：轮式", "是 人形机器人：轮式"])
def test_a_tick_word_before_a_product_type_still_ticks_it(cell):
    assert parse_product_types(cell) == {"product_types": {"人形机器人": "轮式"}}


@pytest.mark.parametrize("word", ["勾选", "是"])
@pytest.mark.parametrize("between", ["\n", " ", "，", "、", "\n "])
def test_a_tick_word_before_each_item_ticks_every_item(word, between):
    products = parse_product_types(f"{word} 人形机器人：轮式{between}{word} 四足机器人：足式")
    assert products == {"product_types": {"人形机器人": "轮式", "四足机器人": "足式"}}
    goals = parse_deployment_goals(
        f"{word} {DEPLOYMENT_GOALS[0]}{between}{word} {DEPLOYMENT_GOALS[1]}")
    assert goals == {"deployment_goals": list(DEPLOYMENT_GOALS[:2])}


@pytest.mark.parametrize(("key", "cell"), [("deployment_goals", "是"),
                                           ("deployment_goals", "勾选"),
                                           ("deployment_goals", "是\n否\n否"),
                                           ("product_types", "是")])
def test_a_tick_word_alone_names_no_item_and_is_refused(key, cell):
    row = import_row(5, {"index": "1", key: cell})
    assert key not in row.answers
    assert row.problems


@pytest.mark.parametrize("cell", [
    "本单位：1 同行业：0 跨行业：0",
    "完成本单位内同类场景复制部署：1\n完成行业内同场景复制部署：0\n完成跨行业/跨领域场景应用：0",
    "本单位：1\n同行业：0",
    "本单位：１ 同行业：０",
])
def test_goals_answered_one_or_zero_store_only_those_answered_one(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "J4")
    assert "第 4 行：已导入" in output
    assert stored["deployment_goals"] == [OWN_UNIT]


def test_goals_answered_one_or_zero_without_a_space_between_are_refused_not_all_stored():
    row = import_row(5, {"index": "1", "deployment_goals": "本单位：1同行业：0"})
    assert "deployment_goals" not in row.answers
    assert "请在每一项的“是”“否”之后空格或换行" in row.problems[0].reason


def test_a_product_answered_one_is_refused_for_its_missing_form_and_read_with_one(tmp_path):
    output, stored = imported(tmp_path, "人形机器人：1 四足机器人：0", "H4")
    assert "应用部署产品类型：“人形机器人”后没有写形态" in output
    assert stored == {}
    assert parse_product_types("人形机器人：1（轮式） 四足机器人：0") == {
        "product_types": {"人形机器人": "轮式"}}


@pytest.mark.parametrize("cell", [
    "☑人形机器人：轮式\u3000☐四足机器人",
    "☑人形机器人：轮式\xa0",
    "☑人形机器人：轮式\u200b",
    "☑人形机器人：轮式\u200b☐四足机器人",
    "\ufeff☑人形机器人：轮式\xa0☐四足机器人",
])
def test_product_types_spaced_by_ideographic_or_unseen_characters_are_read(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "H4")
    assert "第 4 行：已导入" in output
    assert stored["product_types"] == {"人形机器人": "轮式"}


def test_two_products_spaced_by_an_ideographic_space_are_both_read():
    assert parse_product_types("人形机器人：轮式\u3000四足机器人：足式") == {
        "product_types": {"人形机器人": "轮式", "四足机器人": "足式"}}


def test_a_count_after_a_zero_width_space_is_read(tmp_path):
    output, stored = imported(tmp_path, "\u200b12台", "K4")
    assert "第 4 行：已导入" in output
    assert stored["deployment_count"] == 12


@pytest.mark.parametrize("cell", ["☑工业 ☐服务 ☐特种", "☐服务 ☑工业 ☐特种", "工业：是 服务：否 特种：否",
                                  "☑工业类"])
def test_a_scenario_type_ticked_among_the_template_boxes_is_that_type(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "G4")
    assert "第 4 行：已导入" in output
    assert stored["scenario_type"] == "工业"


def test_two_scenario_types_ticked_are_refused_saying_only_one_may_be_chosen(tmp_path):
    output, stored = imported(tmp_path, "☑工业 ☑服务 ☐特种", "G4")
    assert "场景类型：勾选了“工业”“服务”2项，场景类型只能选一种，请只保留一项" in output
    assert stored == {}


@pytest.mark.parametrize(("cell", "stored"), [("服务业", "服务"), ("工业（汽车制造）", "工业")])
def test_a_scenario_type_written_without_marks_is_still_read_as_typed(tmp_path, cell, stored):
    assert imported(tmp_path, cell, "G4")[1]["scenario_type"] == stored


@pytest.mark.parametrize(("cell", "unread"), [
    ("完成本单位内同类场景复制部署：2台 完成行业内同场景复制部署：0",
     "完成本单位内同类场景复制部署：2台 完成行业内同场景复制部署"),
    ("完成本单位内同类场景复制部署：10 完成行业内同场景复制部署：0",
     "完成本单位内同类场景复制部署：10 完成行业内同场景复制部署"),
    ("完成本单位内同类场景复制部署，计划部署1台；完成行业内同场景复制部署：0",
     "完成本单位内同类场景复制部署，计划部署1台；完成行业内同场景复制部署"),
    ("完成本单位内同类场景复制部署：1号线 完成行业内同场景复制部署：0",
     "完成本单位内同类场景复制部署：1号线 完成行业内同场景复制部署"),
])
def test_goals_with_other_numbers_after_a_colon_are_refused_quoting_what_was_not_read(
        tmp_path, cell, unread):
    output, stored = imported(tmp_path, cell, "J4")
    assert (f"整机应用目标：无法识别“{unread}”：请在所选项前打☑，"
            "或在每一项后写“：是”“：否”（或“：1”“：0”）") in output
    assert "未填写" not in output
    assert stored == {}


@pytest.mark.parametrize(("key", "cell"), [
    ("deployment_goals", "完成本单位内同类场景复制部署：0"),
    ("deployment_goals", "本单位：否 同行业：否 跨行业：否"),
    ("product_types", "人形机器人：0 四足机器人：0"),
])
def test_a_cell_answering_no_to_every_item_is_refused_as_none_chosen_not_as_empty(key, cell):
    row = import_row(5, {"index": "1", key: cell})
    assert key not in row.answers
    assert [p.reason for p in row.problems] == [
        "每一项都写了“否”或“0”，没有选中任何一项：请在所选项后写“是”或“1”"]


@pytest.mark.parametrize(("cell", "unread"), [
    ("人形机器人：1 台", "人形机器人：1 台"),
    ("人形机器人：1，四足机器人：2", "人形机器人：1，四足机器人：2"),
    ("人形机器人：2 四足机器人：1", "人形机器人：2 四足机器人"),
])
def test_product_types_with_numbers_not_read_as_answers_are_refused_quoting_them(cell, unread):
    with pytest.raises(CellError) as refused:
        parse_product_types(cell)
    assert str(refused.value).startswith(f"无法识别“{unread}”：请在所选项前打☑")


def test_the_template_boxes_all_left_empty_still_read_as_not_filled_in():
    assert parse_deployment_goals(
        "☐完成本单位内同类场景复制部署 ☐完成行业内同场景复制部署 ☐完成跨行业/跨领域场景应用") == {}


@pytest.mark.parametrize("cell", [
    "完成本单位内同类场景复制部署：是 完成行业内同场景复制部署：0",
    "1、完成本单位内同类场景复制部署：是 2、完成行业内同场景复制部署：否",
])
def test_numbered_or_mixed_answers_after_the_goals_are_still_read(cell):
    assert parse_deployment_goals(cell) == {"deployment_goals": [OWN_UNIT]}


@pytest.mark.parametrize("cell", [
    "☑完成本单位内同类场景复制部署（一期：1条产线） ☐完成行业内同场景复制部署",
    "☑完成本单位内同类场景复制部署（数量：1） ☐完成行业内同场景复制部署",
    "☑完成本单位内同类场景复制部署（数量：1 台） ☐完成行业内同场景复制部署",
    "☑完成本单位内同类场景复制部署：0成本复制 ☐完成行业内同场景复制部署",
])
def test_a_goal_ticked_by_its_box_with_a_number_in_its_note_is_read_by_the_box(cell):
    row = import_row(4, {"deployment_goals": cell})
    assert row.problems == []
    assert row.answers == {"deployment_goals": [OWN_UNIT]}


@pytest.mark.parametrize("cell", [
    "完成本单位内同类场景复制部署（预计：3台）：是 完成行业内同场景复制部署：否",
    "完成本单位内同类场景复制部署（2026年：5台）：是\n完成行业内同场景复制部署：否",
    "完成本单位内同类场景复制部署（苏州，无锡两厂）：是 完成行业内同场景复制部署：否",
    "完成本单位内同类场景复制部署（常州,无锡基地）：是 完成行业内同场景复制部署：否",
    "完成本单位内同类场景复制部署（预计：3台）：1 完成行业内同场景复制部署：0",
])
def test_a_goal_answered_after_a_note_in_brackets_is_read_by_its_answer(cell):
    row = import_row(4, {"deployment_goals": cell})
    assert row.problems == []
    assert row.answers == {"deployment_goals": [OWN_UNIT]}


@pytest.mark.parametrize(("cell", "reason"), [
    ("☑本单位：1同行业：0", "无法识别整机应用目标“本单位：1同行业：0”"),
    ("本单位：1条产线：是 同行业：否", "无法识别“本单位：1条产线”"),
    ("本单位（一期）：2台 同行业：0", "无法识别“本单位（一期）：2台 同行业”：请在所选项前打☑"),
])
def test_numbers_outside_a_note_beside_answers_are_still_refused(cell, reason):
    row = import_row(4, {"deployment_goals": cell})
    assert "deployment_goals" not in row.answers
    assert row.problems[0].reason.startswith(reason)


@pytest.mark.parametrize(("cell", "goals"), [
    ("☑本单位：1 ☐同行业：0", ["完成本单位内同类场景复制部署"]),
    ("√本单位：1 □同行业：0 □跨行业：0", ["完成本单位内同类场景复制部署"]),
    ("☑完成本单位内同类场景复制部署：1 ☑完成行业内同场景复制部署：1",
     ["完成本单位内同类场景复制部署", "完成行业内同场景复制部署"]),
    ("☑本单位：是 ☐同行业：否", ["完成本单位内同类场景复制部署"]),
    ("☑本单位：1（预计3台） ☐同行业：0", ["完成本单位内同类场景复制部署"]),
])
def test_goals_ticked_by_boxes_and_answered_again_after_them_are_read_by_the_boxes(cell, goals):
    row = import_row(4, {"index": "1", "deployment_goals": cell})
    assert (row.problems, row.answers) == ([], {"deployment_goals": goals})


@pytest.mark.parametrize("cell", ["☑本单位：否 ☐同行业：是", "☑本单位：是 ☑同行业：否", "☑本单位：1 ☑同行业：0"])
def test_goals_whose_boxes_and_answers_disagree_are_refused_not_read_by_either(cell):
    row = import_row(4, {"index": "1", "deployment_goals": cell})
    assert "不一致" in row.problems[0].reason and "deployment_goals" not in row.answers


@pytest.mark.parametrize("cell", ["□本单位：是 □同行业：否 □跨行业：否", "☐本单位（是） ☐同行业（否）",
                                  "☐本单位：1 ☐同行业：0"])
def test_the_templates_empty_boxes_before_items_answered_after_them_give_way_to_the_answers(cell):
    row = import_row(4, {"index": "1", "deployment_goals": cell})
    assert (row.problems, row.answers) == ([], {"deployment_goals": ["完成本单位内同类场景复制部署"]})


@pytest.mark.parametrize("cell", ["☐本单位（预计：3台）：1 ☐同行业：0 ☐跨行业：0",
                                  "☐本单位（预计：3台）：是 ☐同行业：否 ☐跨行业：否",
                                  "☑本单位（预计：3台）：1 ☐同行业：0"])
def test_an_answer_after_a_note_in_brackets_answers_the_item_the_note_belongs_to(cell):
    row = import_row(4, {"index": "1", "deployment_goals": cell})
    assert (row.problems, row.answers) == ([], {"deployment_goals": ["完成本单位内同类场景复制部署"]})


def test_a_scenario_type_answered_after_its_note_among_empty_boxes_is_that_type():
    row = import_row(4, {"index": "1", "scenario_type": "☐工业（汽车）：1 ☐服务：0 ☐特种：0"})
    assert row.answers == {"scenario_type": "工业"}


def test_a_zero_after_a_ticked_products_words_stays_with_them():
    row = import_row(4, {"index": "1", "product_types": "☑人形机器人：轮式，数量：0"})
    assert (row.problems, row.answers) == ([], {"product_types": {"人形机器人": "轮式，数量：0"}})


@pytest.mark.parametrize(("cell", "count"), [("☑人形机器人：轮式，数量：1 ☐四足机器人", "数量：1"),
                                             ("☑人形机器人（轮式，数量：1台）", "数量：1台"),
                                             ("☑人形机器人：轮式，1台", "1台"),
                                             ("☑人形机器人：轮式 数量2台 ☐四足机器人", "数量2台"),
                                             ("☑人形机器人：轮式（预计：3台） ☐四足机器人", "预计：3台"),
                                             ("人形机器人（轮式）：是（2台） 四足机器人：否", "2台")])
def test_a_count_after_a_ticked_products_form_keeps_the_form_and_is_said_unsaved(
        tmp_path, cell, count):
    output, stored = imported(tmp_path, cell, "H4")
    assert output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #1",
        f"  · 应用部署产品类型中的“{count}”没有保存（本列只记产品类型和形态，部署的台数记在“部署总数”列）"]
    assert stored["product_types"] == {"人形机器人": "轮式"}
    assert stored["deployment_count"] == 10  # the 部署总数 cell's, as the chat keeps it


@pytest.mark.parametrize("cell", ["☑人形机器人：1台", "☑人形机器人：轮式，10个", "☑人形机器人：轮式，数量：0台"])
def test_a_figure_in_place_of_a_form_or_of_no_count_stays_in_the_form(cell):
    assert parse_product_types(cell) == {"product_types": {"人形机器人": cell.split("：", 1)[1]}}


@pytest.mark.parametrize("cell", ["[ ]本单位：1 [ ]同行业：0", "【 】本单位：是 【 】同行业：否"])
def test_boxes_typed_as_brackets_are_read_as_the_boxes_they_stand_for(cell):
    row = import_row(4, {"index": "1", "deployment_goals": cell})
    assert (row.problems, row.answers) == ([], {"deployment_goals": ["完成本单位内同类场景复制部署"]})


@pytest.mark.parametrize("cell", ["本单位：1（待定） 同行业：0", "本单位（待定）：是 同行业：否", "☑本单位（待定） ☐同行业"])
def test_a_goal_ticked_with_a_note_saying_it_is_undecided_is_refused_quoting_the_note(
        tmp_path, cell):
    output, stored = imported(tmp_path, cell, "J4")
    assert output.splitlines()[:2] == [
        "第 4 行：拒绝",
        "  · 整机应用目标：“完成本单位内同类场景复制部署”注明“待定”，无法确定是否选中："
        "请确定后只勾选要选的目标，并删去“待定”"]
    assert stored == {}


def test_a_goal_ticked_with_a_note_saying_no_is_still_told_as_ruled_out():
    row = import_row(4, {"index": "1", "deployment_goals": "本单位：1（暂不） 同行业：0"})
    assert row.problems[0].reason == "写明不选“完成本单位内同类场景复制部署”，没有选中任何目标，请至少勾选一项"
