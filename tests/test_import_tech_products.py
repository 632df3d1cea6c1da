"""The 可规模推广的其他标志性技术产品 cell typed by hand is read as the chat reads it pasted."""

import pytest

from exports.reader import import_row
from flows.pastes import parse_pasted_tech_products
from tests.one_cell_import import imported

PRODUCTS = {"model_algorithm": "恒远具身智能操作大模型", "key_components": "恒远灵巧手"}
NUMBERED_CELLS = [
    "1.模型算法：恒远具身智能操作大模型\n2.关键零部件：恒远灵巧手",
    "1、模型算法：恒远具身智能操作大模型\n2、关键零部件：恒远灵巧手",
    "（1）模型算法：恒远具身智能操作大模型\n（2）关键零部件：恒远灵巧手",
    "1. 模型算法：恒远具身智能操作大模型 2. 关键零部件：恒远灵巧手",
    "● 模型算法：恒远具身智能操作大模型\n● 关键零部件：恒远灵巧手",
    "算法：恒远具身智能操作大模型，零部件：恒远灵巧手",
]



@pytest.mark.parametrize("cell", NUMBERED_CELLS)
def test_numbered_product_labels_import_without_their_numbers_as_the_chat_reads_them(cell):
    assert import_row(5, {"index": "1", "tech_products": cell}).answers == PRODUCTS
    assert parse_pasted_tech_products("operating_system")(cell) == PRODUCTS


def test_a_numbered_products_cell_is_stored_item_by_item(tmp_path):
    output, stored = imported(tmp_path, NUMBERED_CELLS[1], "L4")
    assert "第 4 行：已导入为场景 #1" in output
    assert {key: stored.get(key) for key in PRODUCTS} == PRODUCTS
    assert "operating_system" not in stored


def test_words_before_the_first_numbered_label_are_still_refused():
    row = import_row(5, {"index": "1", "tech_products": "自研算法\n1、模型算法：甲"})
    assert [problem.reason for problem in row.problems] == [
        "无法识别“自研算法”，请按“模型算法：… 操作系统：…”分项填写"]


OTHER_REFUSED = ("“其他”不是可规模推广的其他标志性技术产品的分项，“其他：数字孪生平台”归不到任何一项："
                 "该列只分模型算法、操作系统、仿真平台、关键零部件四项（填写说明 11），"
                 "请写在相应的一项之后，如“仿真平台：数字孪生平台”。")


@pytest.mark.parametrize("cell", ["模型算法：恒远大模型\n其他：数字孪生平台", "其他：数字孪生平台",
                                  "1、模型算法：恒远大模型\n2、其他：数字孪生平台"])
def test_an_item_labelled_other_refuses_the_row_naming_the_label(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "L4")
    assert output.splitlines()[:2] == ["第 4 行：拒绝", f"  · 可规模推广的其他标志性技术产品：{OTHER_REFUSED}"]
    assert stored == {}


def test_a_member_labelled_other_among_products_refuses_the_row_naming_the_members_column(tmp_path):
    output, stored = imported(tmp_path, "关键零部件：恒远灵巧手\n其他：南京大学", "L4")
    assert output.splitlines()[1].endswith(
        "“南京大学”读来是联合体成员单位，请写在“创新应用联合体成员”一列的“其他：”之后。")
    assert stored == {}


@pytest.mark.parametrize("name", ["恒远灵巧手，重复定位精度±0.02mm", "恒远灵巧手（负载5kg）",
                                  "UR5e协作臂，重复定位精度±0.03mm", "RK3588主控，功耗≤10W",
                                  "恒远自适应抓取，抓取成功率≥99%", "无需标定手眼相机，精度≤0.1mm"])
def test_a_product_named_before_its_specification_imports(tmp_path, name):
    output, stored = imported(tmp_path, f"关键零部件：{name}", "L4")
    assert "第 4 行：已导入为场景 #1" in output
    assert stored["key_components"] == name


@pytest.mark.parametrize("typed", ["无需人工干预，节拍≤15秒", "全程无人值守，识别准确率不低于98%"])
def test_a_requirement_beside_indicators_refuses_the_row(tmp_path, typed):
    output, stored = imported(tmp_path, f"关键零部件：{typed}", "L4")
    assert output.splitlines()[:2] == ["第 4 行：拒绝", "  · 可规模推广的其他标志性技术产品："
                                      f"“{typed}”读来是场景描述中的技术指标，不是产品名称。"
                                      "请只填写产品的名称，例如：XX谐波减速器。"]
    assert stored == {}


@pytest.mark.parametrize("cell", ["①模型算法：恒远具身智能操作大模型②关键零部件：恒远灵巧手",
                                  "(1)模型算法：恒远具身智能操作大模型(2)关键零部件：恒远灵巧手",
                                  "（1）模型算法：恒远具身智能操作大模型（2）关键零部件：恒远灵巧手",
                                  "●模型算法：恒远具身智能操作大模型●关键零部件：恒远灵巧手",
                                  "模型算法：恒远具身智能操作大模型②关键零部件：恒远灵巧手",
                                  "模型算法：恒远具身智能操作大模型·关键零部件：恒远灵巧手"])
def test_a_list_mark_glued_before_a_product_label_starts_the_next_item(cell):
    row = import_row(5, {"index": "1", "tech_products": cell})
    assert (row.answers, row.problems) == (PRODUCTS, [])


@pytest.mark.parametrize("cell", ["模型算法：恒远具身智能操作大模型 关键零部件：恒远灵巧手\n其他：无",
                                  "模型算法：恒远具身智能操作大模型\n其他：暂无\n关键零部件：恒远灵巧手",
                                  "其他：无\n模型算法：恒远具身智能操作大模型 关键零部件：恒远灵巧手",
                                  "模型算法：恒远具身智能操作大模型；关键零部件：恒远灵巧手；其他：无；",
                                  "模型算法：恒远具身智能操作大模型\n关键零部件：恒远灵巧手\n其他：/",
                                  "模型算法：恒远具身智能操作大模型\n关键零部件：恒远灵巧手\n其他：不涉及",
                                  "模型算法：恒远具身智能操作大模型\n关键零部件：恒远灵巧手\n其他：N/A"])
def test_an_item_labelled_other_saying_none_is_left_out(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "L4")
    assert "第 4 行：已导入为场景 #1" in output
    assert {key: stored.get(key) for key in PRODUCTS} == PRODUCTS
