"""Cells written the way the chat reads a typed answer are read the same way on import."""

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from exports.cells import CellError, parse_deployment_goals, parse_product_types
from exports.reader import import_row
from exports.writer import export_rows
from flows.pastes import parse_pasted_description
from flows.row import DEPLOYMENT_GOALS, row_cells
from tests.one_cell_import import imported
from tests.test_export import answers

OWN_UNIT, SAME_INDUSTRY, ACROSS = DEPLOYMENT_GOALS


@pytest.mark.parametrize(("text", "chosen"), [
    ("轮式人形机器人", {"人形机器人": "轮式"}),
    ("☑轮式人形机器人 ☐四足机器人：足式/轮式/其他", {"人形机器人": "轮式"}),
    ("足式四足机器人、轮式人形机器人", {"四足机器人": "足式", "人形机器人": "轮式"}),
])
def test_a_form_written_before_its_product_is_read_as_the_chat_reads_it(text, chosen):
    assert parse_product_types(text) == {"product_types": chosen}


def test_two_forms_written_before_one_product_are_kept_for_the_rules_to_refuse():
    assert parse_product_types("轮足式人形机器人") == {"product_types": {"人形机器人": "足式/轮式"}}


@pytest.mark.parametrize("cell", ["人形机器人：轮式/四足机器人：足式", "人形机器人（轮式）+四足机器人（足式）",
                                  "☑人形机器人：轮式/四足机器人：足式", "人形机器人:轮式 + 四足机器人:足式"])
def test_product_pairs_joined_by_a_slash_or_plus_import_as_the_chat_reads_them(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "H4")
    assert output.splitlines()[0] == "第 4 行：已导入为场景 #1"
    assert stored["product_types"] == {"人形机器人": "轮式", "四足机器人": "足式"}


@pytest.mark.parametrize(("text", "chosen"), [
    ("1、3", [OWN_UNIT, ACROSS]),
    ("第一项和第三项", [OWN_UNIT, ACROSS]),
    ("2", [SAME_INDUSTRY]),
    ("全部", list(DEPLOYMENT_GOALS)),
])
def test_goals_named_by_their_numbers_are_read_as_the_chat_reads_them(text, chosen):
    assert parse_deployment_goals(text) == {"deployment_goals": chosen}


def test_a_goal_number_the_template_does_not_have_is_refused():
    with pytest.raises(CellError, match="^整机应用目标只有 3 项"):
        parse_deployment_goals("1、4")


PAIN, INDICATORS, RESULTS = "人工目检漏检率高，工人易疲劳。", "缺陷检出率≥99.5%，误报率≤0.5%。", "效率提升，降本增效。"
HAND_WRITTEN_DESCRIPTIONS = [
    f"现状及痛点：{PAIN}\n主要技术指标：{INDICATORS}\n预期效益：{RESULTS}",
    f"【现状与痛点】{PAIN}【技术指标】{INDICATORS}【预期成效】{RESULTS}",
    f"场景痛点：{PAIN}\n技术指标：{INDICATORS}\n预期成效：{RESULTS}",
    f"现状与痛点\n{PAIN}\n技术指标\n{INDICATORS}\n预期成效\n{RESULTS}",
]


@pytest.mark.parametrize("cell", HAND_WRITTEN_DESCRIPTIONS)
def test_a_description_cell_labelled_in_the_writers_own_words_imports_as_the_chat_reads_it(cell):
    parts = {"pain_point": PAIN, "indicators": INDICATORS, "expected_results": RESULTS}
    assert import_row(5, {"index": "1", "description": cell}).answers == parts
    assert parse_pasted_description(cell) == parts


@pytest.mark.parametrize("label", ["现状：", "痛点：", "现状与痛点："])
def test_a_pain_point_label_opening_a_cell_laid_out_as_exported_is_no_part_of_it(label):
    """The export writes the pain point unlabelled, and the chat keeps no such label in it."""
    cell = f"{label}{PAIN}\n技术指标：{INDICATORS}\n预期成效：{RESULTS}"
    parts = {"pain_point": PAIN, "indicators": INDICATORS, "expected_results": RESULTS}
    assert import_row(5, {"index": "1", "description": cell}).answers == parts
    assert parse_pasted_description(cell) == parts


@pytest.mark.parametrize("answers", [
    {"pain_point": PAIN, "expected_results": f"减少复检人员6名\n预期效益：{RESULTS}"},
    {"pain_point": PAIN, "indicators": f"节拍≤15秒\n现状：{INDICATORS}"},
    {"pain_point": "痛点", "indicators": INDICATORS},
])
def test_labels_an_exported_answer_may_hold_are_read_back_as_its_words(answers):
    """The results are saved as typed, and a bare 现状： at the indicators is the baseline,
    so a label there is words; so is a label word alone before the export's own label."""
    cells = row_cells(answers, 1)
    assert import_row(5, cells).answers == answers


def test_lint_warns_and_groups_description_cells_labelled_in_the_writers_own_words(tmp_path):
    rows = [answers(n, indicators=INDICATORS, expected_results=RESULTS) for n in range(4)]
    export_rows(rows, tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    for row, cell in enumerate(HAND_WRITTEN_DESCRIPTIONS, start=4):
        workbook.active.cell(row, 6).value = cell
    workbook.save(tmp_path / "plan.xlsx")
    output = CliRunner().invoke(main, ["lint", str(tmp_path / "plan.xlsx")]).output
    assert output.count("⚠️ 预期成效没有写出数字") == 4
    assert "≈ 与第 4 行（序号 1）、第 5 行（序号 2）、第 6 行（序号 3）高度相似" in output


@pytest.mark.parametrize(("cell", "industry", "direction"), [
    ("电子信息制造业\n伺服电机", "电子信息制造业", "伺服电机"),
    ("医疗健康\n医院药房", "医疗健康", "医院药房"),
    ("电子信息制造业 伺服电机", "电子信息制造业", "伺服电机"),
    ("电子信息\n制造业", "电子信息制造业", None),  # a name wrapped in a narrow cell
    ("汽车零部件\n制造", "汽车零部件制造", None),
    ("医疗\n健康", "医疗健康", None),
    ("装备制造\n工程机械\n起重机", "装备制造", "工程机械、起重机"),
    ("所属行业：餐饮零售\n细分方向：中央厨房", "餐饮零售", "中央厨房"),
    ("所属行业：餐饮零售，细分方向：中央厨房", "餐饮零售", "中央厨房"),
    ("行业：餐饮零售 方向：中央厨房", "餐饮零售", "中央厨房"),
])
def test_an_industry_and_direction_on_two_lines_import_as_both_and_a_wrapped_name_as_one(
        tmp_path, cell, industry, direction):
    _, stored = imported(tmp_path, cell, "E4")
    assert (stored["industry"], stored.get("sub_direction")) == (industry, direction)


@pytest.mark.parametrize("cell", [
    "人工搬运劳动强度大，技术指标：识别准确率≥98%，预期成效：替代2人",
    "人工搬运劳动强度大；技术指标：识别准确率≥98%；预期成效：替代2人",
    "人工搬运劳动强度大\n技术指标：识别准确率≥98%，预期成效：替代2人",
])
def test_the_comma_before_a_description_label_on_its_line_is_no_part_of_the_part_before(
        tmp_path, cell):
    parts = {"pain_point": "人工搬运劳动强度大", "indicators": "识别准确率≥98%", "expected_results": "替代2人"}
    _, stored = imported(tmp_path, cell, "F4")
    assert {key: stored.get(key) for key in parts} == parts == parse_pasted_description(cell)


def test_a_clause_mark_ending_the_pain_point_or_indicators_line_is_dropped_as_in_the_chat():
    cell = ("汽车总装车间需人工搬运轮胎，单个重约20kg，\n技术指标：定位精度≤±1mm；节拍≤20秒；\n"
            "预期成效：替代3名工人，\n差异化创新点：视觉引导抓取。")
    parts = {"pain_point": "汽车总装车间需人工搬运轮胎，单个重约20kg",
             "indicators": "定位精度≤±1mm；节拍≤20秒",
             "expected_results": "替代3名工人，", "innovation": "视觉引导抓取。"}
    imported = import_row(4, {"index": "1", "description": cell}).answers
    assert {key: imported.get(key) for key in parts} == parts
    pasted = parse_pasted_description(cell)
    assert (pasted["pain_point"], pasted["indicators"]) == (parts["pain_point"], parts["indicators"])
    cells = row_cells(imported, 1)
    assert row_cells(import_row(4, cells).answers, 1) == cells


GLUED_SUB_ITEMS = [
    ("技术指标：", "①现状：人工节拍45秒②目标：节拍≤15秒"),
    ("技术指标：", "①整机：负载≥20kg，续航≥8小时②关键零部件：灵巧手重复定位精度±0.1mm"),
    ("预期成效：", "①经济效益：年节约人工成本120万元②社会效益：降低安全风险"),
]


@pytest.mark.parametrize(("label", "part"), GLUED_SUB_ITEMS)
def test_numbered_sub_items_glued_inside_a_description_part_stay_in_it(label, part):
    """A mark glued before a word and a colon inside the indicators or results numbers that
    part's own items (①现状：… is a baseline, ②关键零部件：… an indicator's subject), in the
    chat's paste and the import alike; only product labels start an item behind such a mark."""
    parts = {"pain_point": PAIN, "indicators": INDICATORS, "expected_results": RESULTS}
    key = "indicators" if label == "技术指标：" else "expected_results"
    parts[key] = part
    cell = (f"现状与痛点：{PAIN}\n技术指标：{parts['indicators']}\n"
            f"预期成效：{parts['expected_results']}")
    assert parse_pasted_description(cell) == parts
    assert import_row(5, {"index": "1", "description": cell}).answers == parts
