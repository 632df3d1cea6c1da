"""Reading filled templates back into answers: parsing, skipped rows, problems, round trip."""

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from openpyxl import load_workbook

from bot.file_checks import file_problems, file_row_problems
from exports.cells import PARSERS, CellError, parse_product_types
from exports.locate import TemplateError
from exports.reader import CellProblem, import_row, read_rows
from exports.writer import export_rows
from flows.configuration import configure
from flows.labels import label_pattern
from flows.member_tables import kind_said
from flows.navigation import Questionnaire
from flows.org_names import split_names
from flows.row import (
    COLUMNS,
    DEPLOYMENT_GOALS,
    MAKERS_LABEL,
    PARTNERS_LABEL,
    PRODUCT_FORMS,
    TECH_PRODUCTS,
    WRITTEN_DESCRIPTION,
    row_cells,
)
from flows.rules import says_nothing
from tests.test_export import HOSTILE, answers
from tests.test_template import write_user_copy


def sheet_cells(path):
    sheet = load_workbook(path).active
    return [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


def test_exported_rows_read_back_into_the_same_answers(tmp_path):
    rows = [
        answers(1),
        answers(2, sub_direction=None, indicators=None, partners=[], product_types={
            "人形机器人": "足式", "其他类型产品": "仿四足机器人"}),
        {"scenario_name": "只有场景名称"},
        answers(3, innovation="作业对象为800V高压插头"),
    ]
    rows = [{key: value for key, value in row.items() if value} for row in rows]
    export_rows(rows, tmp_path / "out.xlsx")
    imported = read_rows(tmp_path / "out.xlsx")
    assert [row.answers for row in imported] == rows
    assert [row.row for row in imported] == [4, 5, 6, 7]
    assert all(row.problems == [] for row in imported)


def test_export_read_export_gives_identical_cells(tmp_path):
    rows = [
        answers(1, deployment_goals=["完成本单位内同类场景复制部署", "完成跨行业/跨领域场景应用"]),
        answers(2, pain_point="第一段\n第二段", indicators="精度≤1mm\n节拍≤15秒", makers=["A Robotics Co"]),
        answers(6, makers=["Unitree Robotics Co., Ltd.", "恒远机器人（苏州，昆山）有限公司"]),
        answers(7, indicators="识别率≥99%，技术要求：单件复判节拍≤3秒",
                expected_results="人工复判降低50%。现状：每班需3人复判。"),
        answers(3, operating_system="ROS 2", simulation_platform="Isaac Sim", scenario_type="农业"),
        *(answers(4, scenario_name=text, pain_point=text) for text in HOSTILE),
        answers(5, makers=["+1", "-2", "@SUM(A1)"]),
    ]
    export_rows(rows, tmp_path / "first.xlsx")
    again = [row.answers for row in read_rows(tmp_path / "first.xlsx")]
    export_rows(again, tmp_path / "second.xlsx")
    assert sheet_cells(tmp_path / "second.xlsx") == sheet_cells(tmp_path / "first.xlsx")


def test_sample_placeholder_and_empty_rows_are_skipped(tmp_path):
    placeholder = {
        "index": 2,
        "submitting_unit": "XX工业和信息化厅",
        "user_unit": "XX市/XX企业",
        "scenario_type": "工业",
    }
    real = {"index": 3, "user_unit": "苏州市/甲公司", "scenario_name": "焊装线上下料"}
    path = write_user_copy(
        tmp_path / "copy.xlsx",
        sample_label="样例",
        rows=[placeholder, real, {"index": 4}],
        blank_labels=("5", "6"),
    )
    imported = read_rows(path)
    assert [(row.row, row.answers) for row in imported] == [
        (6, {"city": "苏州市", "enterprise": "甲公司", "scenario_name": "焊装线上下料"})
    ]


def test_provincial_sample_labelled_1_is_skipped(tmp_path):
    assert read_rows(write_user_copy(tmp_path / "copy.xlsx")) == []


def test_shifted_copy_with_remark_column_is_read_by_its_headers(tmp_path):
    real = {"index": 1, "user_unit": " 无锡市/乙公司 ", "deployment_count": 12, "industry": "物流/仓储"}
    path = write_user_copy(
        tmp_path / "copy.xlsx",
        first_col=3,
        lines_above=["附件1", ""],
        remark_after="user_unit",
        messy_headers=True,
        sample_label="样例",
        rows=[real],
    )
    (row,) = read_rows(path)
    assert row.row == 7
    assert row.answers == {
        "city": "无锡市",
        "enterprise": "乙公司",
        "industry": "物流",
        "sub_direction": "仓储",
        "deployment_count": 12,
    }


def test_unparseable_cells_become_problems_and_the_rest_is_kept(tmp_path):
    bad = {
        "index": 1,
        "user_unit": "苏州市/甲公司",
        "scenario_type": "农业",
        "product_types": "☑无人机：多旋翼",
        "deployment_count": "若干",
        "tech_products": "自研算法",
    }
    (row,) = read_rows(write_user_copy(tmp_path / "copy.xlsx", sample_label=None, rows=[bad]))
    assert row.answers == {"city": "苏州市", "enterprise": "甲公司", "scenario_type": "农业"}
    assert row.problems == [
        CellProblem("应用部署产品类型", "无法识别产品类型“无人机：多旋翼”，请写成“☑人形机器人：轮式”"),
        CellProblem("部署总数", "无法识别部署总数“若干”：请填写台数，例如：10 或 10台 或 十台。"),
        CellProblem(
            "可规模推广的其他标志性技术产品", "无法识别“自研算法”，请按“模型算法：… 操作系统：…”分项填写"
        ),
    ]


def test_numeric_cells_and_padded_texts_are_read_as_typed(tmp_path):
    rows = [
        {"index": 1.0, "deployment_count": 10, "scenario_name": "  巡检\n"},
        {"index": 2, "deployment_count": 8.0, "submitting_unit": " 江苏省工业和信息化厅 "},
    ]
    imported = read_rows(write_user_copy(tmp_path / "copy.xlsx", sample_label=None, rows=rows))
    assert [row.answers for row in imported] == [
        {"deployment_count": 10, "scenario_name": "巡检"},
        {"deployment_count": 8, "submitting_unit": "江苏省工业和信息化厅"},
    ]


def test_cells_that_say_there_is_nothing_are_read_as_empty():
    row = import_row(5, {"index": "1", "consortium": "整机企业：恒远机器人有限公司\n其他：无",
                         "tech_products": "模型算法：暂无 关键零部件：恒远灵巧手",
                         "industry": "/"})
    assert row.answers == {"makers": ["恒远机器人有限公司"], "key_components": "恒远灵巧手"}
    assert row.problems == []


def test_two_forms_ticked_for_one_product_are_refused_not_cut_to_one():
    row = import_row(5, {"index": "1", "product_types": "☑人形机器人：足式 ☑人形机器人：轮式 ☐四足机器人：足式/轮式/其他"})
    assert [p.reason for p in row.problems] == [
        "“人形机器人”勾选了两种形态（足式、轮式），每种产品类型只能选一种形态，请只保留一种"]


def test_an_emoji_tick_is_a_tick():
    row = import_row(5, {"index": "1", "product_types": "✔️人形机器人：足式 ☐四足机器人：足式/轮式/其他"})
    assert (row.answers, row.problems) == ({"product_types": {"人形机器人": "足式"}}, [])


def test_goals_in_the_instructions_words_are_read():
    row = import_row(5, {"index": "1", "deployment_goals": "本单位内部署、跨行业/跨领域部署"})
    assert row.answers == {"deployment_goals": ["完成本单位内同类场景复制部署", "完成跨行业/跨领域场景应用"]}


@pytest.mark.parametrize(("written", "read"), [("工业类", "工业"), ("服务（医疗康养）", "服务"), ("农业", "农业"),
                                             ("消防救援", "特种"), ("养老服务", "服务"), ("电力巡检", "电力巡检")])
def test_a_scenario_type_is_read_as_the_chat_reads_it_typed(written, read):
    assert import_row(5, {"index": "1", "scenario_type": written}).answers == {"scenario_type": read}


def test_a_form_in_brackets_after_its_product_is_read_as_the_form():
    row = import_row(5, {"index": "1", "product_types": "人形机器人（轮式）、四足机器人(足式)"})
    assert (row.answers, row.problems) == ({"product_types": {"人形机器人": "轮式", "四足机器人": "足式"}}, [])


def test_unknown_scenario_type_is_kept_for_validation_to_judge():
    row = import_row(5, {"index": "1", "scenario_type": "农业"})
    assert (row.answers, row.problems) == ({"scenario_type": "农业"}, [])


SURVEY = Questionnaire(configure("江苏省工业和信息化厅", ("苏州市", "无锡市")))
# What only makes sense in the chat: a file has no buttons, nothing is sent or typed in.
# Nor does it have the chat's steps and summary page, nor anything left unsaved.
CHAT_WORDS = re.compile(r"点击|按钮|点“|发送|上传|输入|汇总页|第 \d+ 步|没有保存|本题")
FILE_PROBLEMS = [
    ("scenario_type", "农业", "场景类型", "“农业”不是模板中的选项，须为：工业 / 服务 / 特种 之一。"),
    ("product_types", "☑四足机器人：", "应用部署产品类型",
     "“四足机器人”后没有写形态，请补上 足式 / 轮式 / 其他 之一，如“☑四足机器人：足式”。"),
    ("product_types", "☑人形机器人", "应用部署产品类型",
     "“人形机器人”后没有写形态，请补上 足式 / 轮式 / 其他 之一，如“☑人形机器人：足式”。"),
    ("product_types", "☑ 人形机器人：足式/轮式/其他 ☐ 四足机器人：足式/轮式/其他 ☐ 其他类型产品：仿人形/仿四足机器人",
     "应用部署产品类型",
     "“人形机器人”后的形态仍是模板原样的“足式/轮式/其他”，请只保留实际的一种，如“☑人形机器人：足式”。"),
    ("product_types", "☑人形机器人：足式/四足", "应用部署产品类型",
     "“人形机器人：足式/四足”的形态须为 足式 / 轮式 / 其他 之一，如“☑人形机器人：足式”。"),
    # A "/" or "+" between forms is no product pair: two forms of one product, refused.
    *(("product_types", f"人形机器人：{forms}", "应用部署产品类型",
       f"“人形机器人：{forms}”的形态须为 足式 / 轮式 / 其他 之一，如“☑人形机器人：足式”。")
      for forms in ("轮式/足式", "轮式+足式", "轮式/")),
    ("product_types", "☑人形机器人：轮式/足式", "应用部署产品类型",
     "“人形机器人：轮式/足式”的形态须为 足式 / 轮式 / 其他 之一，如“☑人形机器人：足式”。"),
    ("product_types", "人形机器人：轮式/四足机器人", "应用部署产品类型",
     "“四足机器人”后没有写形态，请补上 足式 / 轮式 / 其他 之一，如“☑四足机器人：足式”。"),
    ("submitting_unit", "确认", "报送单位",
     "“确认”不是单位全称。请填写省级工业和信息化主管部门或中央企业集团的全称，例如“中国XX集团有限公司”。"),
    # A city's bureau, which hands its rows to the province's department: no button to press.
    ("submitting_unit", "苏州市工业和信息化局", "报送单位",
     "“苏州市工业和信息化局”是设区市或县（区）的部门，不是报送单位。本省场景由省级工信主管部门统一报送，"
     "请填“江苏省工业和信息化厅”；只有中央企业集团直接报送时才填集团全称（填写说明 1）。"),
    ("user_unit", "鼓楼区/苏州恒远精密机械有限公司", "用户单位",
     "“鼓楼区”不在本省设区市名单中，也不是城市全称。省内场景请写所属设区市（区、县、园区也写所属的市）；"
     "省外场景请写带“市”的地级市全称，例如“深圳市”“上海市”。"),
    ("consortium", "恒远机器人有限公司、暂无", "创新应用联合体成员",
     "“暂无”不能作为回答。选填项不填请留空；必填项请填写具体内容。"),
    ("consortium", "好的", "创新应用联合体成员",
     "“好的”不是单位名称。请在本列填写联合体成员单位的全称，"
     "如“整机企业（或应用服务商）：优必选科技股份有限公司 其他：东南大学”。"),
    ("scenario_name", "焊装线" * 30, "场景名称", "内容过长：最多 60 字，现有 90 字，请精简。"),
    # The length is the part's, not the cell's: the part is named.
    ("description", "人工搬运劳动强度大。\n技术指标：" + "抓取成功率≥99%，定位精度±1mm；" * 45,
     "场景描述与关键技术要求", "技术指标：内容过长：最多 800 字，现有 855 字，请精简。"),
    *(("tech_products", f"模型算法：{typed}", "可规模推广的其他标志性技术产品",
       f"“{typed}”是{what}，不是产品名称。本列填写通过该场景验证、可规模推广的核心技术或产品的名称，"
       "如算法、平台、关键部件（填写说明 11），例如：XX具身智能操作大模型、XX机器人操作系统、XX灵巧手。"
       "台数请填在“部署总数”一列。")
      for typed, what in (("部署10台", "部署的台数"), ("首批5台，年底扩至20台", "台数"))),
    # The sample's XX left in several items: said once, naming them.
    ("tech_products", "模型算法：XX 操作系统：XX 仿真平台：Isaac Sim 关键零部件：XX",
     "可规模推广的其他标志性技术产品",
     "模型算法、操作系统、关键零部件：“XX”是填写示例里的占位符，请换成真实的单位、场景或产品名称。"),
    ("deployment_goals", "√", "整机应用目标", "“√”之后没有写所选的项目，请把勾选符号写在所选项前"),
    # Every goal named ruled out: the cell was filled in, not left empty.
    ("deployment_goals", "同行业、跨行业均暂不考虑", "整机应用目标",
     "写明不选“完成行业内同场景复制部署、完成跨行业/跨领域场景应用”，没有选中任何目标，请至少勾选一项"),
    # 待定 leaves them undecided, not answered no.
    ("deployment_goals", "同行业、跨行业都待定", "整机应用目标",
     "“完成行业内同场景复制部署、完成跨行业/跨领域场景应用”注明“待定”，无法确定是否选中："
     "请确定后只勾选要选的目标，并删去“待定”"),
    ("deployment_goals", "暂不跨行业", "整机应用目标",
     "写明不选“完成跨行业/跨领域场景应用”，没有选中任何目标，请至少勾选一项"),
    ("product_types", "☑", "应用部署产品类型", "“☑”之后没有写所选的项目，请把勾选符号写在所选项前"),
    ("product_types", "☑人形机器人-双足", "应用部署产品类型",
     "“人形机器人：双足”的形态须为 足式 / 轮式 / 其他 之一，如“☑人形机器人：足式”。"),
]


@pytest.mark.parametrize("key, text, column, reason", FILE_PROBLEMS)
def test_file_problems_give_spreadsheet_advice_not_chat_advice(key, text, column, reason):
    cells = {**row_cells(answers(1), 1), key: text}
    problems = file_row_problems(SURVEY, import_row(4, cells))
    assert problems == [(column, reason)]
    assert not CHAT_WORDS.search(reason)


# One cell for each refusal of the text rules whose chat message speaks of buttons or typing,
# in a province's deployment and a municipality's: FILE_PROBLEMS pins a few reasons word for
# word, which left the others (a city's bureau as 报送单位) unchecked for chat words.
MUNICIPALITY = Questionnaire(configure("上海市经济和信息化委员会", ("浦东新区", "徐汇区")))
REFUSED_CELLS = [
    *((SURVEY, "submitting_unit", text) for text in (
        "苏州市工业和信息化局", "沛县工信局", "工业和信息化部", "江苏恒远集团有限公司", "亨通集团",
        "浙江省经济和信息化厅", "江苏省科学技术厅", "工信厅", "确认")),
    *((SURVEY, "user_unit", text) for text in (
        "鼓楼区/苏州恒远有限公司", "南京或无锡/苏州恒远有限公司", "苏州恒远有限公司（宿迁）有限公司")),
    *((MUNICIPALITY, "submitting_unit", text) for text in ("浦东新区科技和经济委员会", "确认")),
    *((MUNICIPALITY, "user_unit", text) for text in (
        "上海/上海恒远有限公司", "上海市/上海恒远有限公司", "苏州市/苏州恒远有限公司")),
    *((SURVEY, "industry", text) for text in ("好的", "暂无")),
]


@pytest.mark.parametrize("survey, key, text", REFUSED_CELLS)
def test_every_kind_of_refused_cell_gives_spreadsheet_advice_not_chat_advice(survey, key, text):
    cells = {**row_cells(answers(1), 1), key: text}
    reasons = [reason for _, reason in file_row_problems(survey, import_row(4, cells))]
    assert reasons and not [reason for reason in reasons if CHAT_WORDS.search(reason)]


@pytest.mark.parametrize("key, text, column, kept", [
    ("user_unit", "苏州市/苏州恒远精密机械有限公司 联系人张工 13812345678", "用户单位",
     "苏州恒远精密机械有限公司"),
    ("consortium", "整机企业（或应用服务商）：优必选科技股份有限公司 其他：东南大学负责算法",
     "创新应用联合体成员", "东南大学"),
])
def test_contact_details_and_member_tasks_in_a_cell_are_told_in_spreadsheet_words(
        key, text, column, kept):
    cells = {**row_cells(answers(1), 1), key: text}
    [(problem_column, reason)] = file_row_problems(SURVEY, import_row(4, cells))
    assert problem_column == column and kept in reason
    assert not CHAT_WORDS.search(reason)


SHORT_PAIN_CELL = ("夜班护理人员不足。\n技术指标：夜间巡视每2小时一次，跌倒识别准确率≥98%，报警响应时间≤30秒。\n"
                   "预期成效：夜班护理人员减少2人。")


def test_a_short_pain_point_in_a_long_enough_description_cell_is_accepted():
    """The chat asks for 10 characters at the pain-point question; a cell is one text."""
    row = import_row(4, {**row_cells(answers(1), 1), "description": SHORT_PAIN_CELL})
    assert row.answers["pain_point"] == "夜班护理人员不足。"
    assert file_row_problems(SURVEY, row) == []


FRACTION_RATES_CELL = ("变电站人工巡检效率低，夜间存在安全风险。\n"
                       "技术指标：表计识别准确率≥0.99，缺陷识别召回率不低于0.95\n"
                       "预期成效：实现无人化巡检，巡检人员减少4人")


def test_a_description_cell_with_rates_written_as_fractions_is_accepted():
    row = import_row(4, {**row_cells(answers(1), 1), "description": FRACTION_RATES_CELL})
    assert row.answers["indicators"] == "表计识别准确率≥0.99，缺陷识别召回率不低于0.95"
    assert file_row_problems(SURVEY, row) == []


def test_a_description_cell_too_short_as_a_whole_is_refused():
    row = import_row(4, {**row_cells(answers(1), 1), "description": "人手不足"})
    assert file_row_problems(SURVEY, row) == [("场景描述与关键技术要求", "内容过短：至少 10 个字。")]


def test_a_multiple_choice_refused_lists_what_may_be_ticked():
    refused = file_problems(SURVEY, answers(1, deployment_goals=["完成省级示范"]))
    assert refused == [("整机应用目标", "请在所选项前打☑（可多选）：完成本单位内同类场景复制部署 / "
                                      "完成行业内同场景复制部署 / 完成跨行业/跨领域场景应用。")]


def test_reading_a_file_that_is_not_the_form_names_what_is_missing(tmp_path):
    path = write_user_copy(tmp_path / "copy.xlsx", product_header="产品")
    with pytest.raises(TemplateError, match="^未找到表头“应用部署产品类型”，请确认"):
        read_rows(path)
    (tmp_path / "plan.xlsx").write_bytes(b"PK\x03\x04 broken")  # begins as an xlsx: cut short
    with pytest.raises(TemplateError, match="^文件已损坏"):
        read_rows(tmp_path / "plan.xlsx")
    (tmp_path / "plan.xlsx").write_bytes(b"ID;P broken")  # a SYLK text file renamed
    with pytest.raises(TemplateError, match="^文件不是 xlsx 格式的表格"):
        read_rows(tmp_path / "plan.xlsx")


PRODUCT_CELLS = [
    ("☑人形机器人：轮式 ☐四足机器人：足式/轮式/其他 ☐其他类型产品：仿人形/仿四足机器人", {"人形机器人": "轮式"}),
    ("■人形机器人: 足式 □四足机器人: 足式/轮式/其他", {"人形机器人": "足式"}),
    ("√ 四足机器人：轮式", {"四足机器人": "轮式"}),
    ("✓人形机器人：其他 ✔四足机器人：足式", {"人形机器人": "其他", "四足机器人": "足式"}),
    ("[x] 人形机器人：轮式 [ ] 四足机器人：足式/轮式/其他", {"人形机器人": "轮式"}),
    ("【√】其他类型产品：仿人形机器人 【 】人形机器人：足式/轮式/其他", {"其他类型产品": "仿人形机器人"}),
    ("人形机器人：轮式；其他类型产品：仿四足机器人", {"人形机器人": "轮式", "其他类型产品": "仿四足机器人"}),
    # Pairs joined by "/" or "+", as the chat reads them typed.
    ("人形机器人：轮式/四足机器人：足式", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("人形机器人（轮式）+四足机器人（足式）", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("人形机器人:轮式 / 四足机器人:足式", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("人形机器人：轮式／其他类型产品：仿四足机器人", {"人形机器人": "轮式", "其他类型产品": "仿四足机器人"}),
    ("人形机器人：其他＋四足机器人：轮式", {"人形机器人": "其他", "四足机器人": "轮式"}),
    # ... also ticked as one item, or with spaces around the "+".
    ("☑人形机器人：轮式/四足机器人：足式", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("☑人形机器人：轮式/☑四足机器人：足式", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("☑人形机器人：轮式 + 四足机器人：足式", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("人形机器人:轮式 + 四足机器人:足式", {"人形机器人": "轮式", "四足机器人": "足式"}),
    ("人形机器人（轮式）＋ 四足机器人（足式）", {"人形机器人": "轮式", "四足机器人": "足式"}),
]

CELL_CASES = [
    ("user_unit", "苏州市/恒远有限公司/一分厂", {"city": "苏州市", "enterprise": "恒远有限公司/一分厂"}),
    ("user_unit", "苏州恒通有限公司", {"enterprise": "苏州恒通有限公司"}),
    ("industry", "电子信息制造业", {"industry": "电子信息制造业"}),
    ("description", "只有痛点，满足以下技术指标：精度", {"pain_point": "只有痛点，满足以下技术指标：精度"}),
    ("description", "痛点\n技术指标:精度≤1mm\n预期成效 ：效率提升30%",
     {"pain_point": "痛点", "indicators": "精度≤1mm", "expected_results": "效率提升30%"}),
    ("description", "技术指标：精度", {"indicators": "精度"}),
    *(("product_types", text, {"product_types": chosen}) for text, chosen in PRODUCT_CELLS),
    ("product_types", "☐人形机器人：足式/轮式/其他 ☐四足机器人：足式/轮式/其他", {}),
    ("deployment_goals", "☑完成本单位内同类场景复制部署 ☐完成行业内同场复制部署 ☑完成跨行业/跨领域场景应用",
     {"deployment_goals": ["完成本单位内同类场景复制部署", "完成跨行业/跨领域场景应用"]}),
    ("deployment_goals", "【√】完成行业内同场复制部署", {"deployment_goals": ["完成行业内同场景复制部署"]}),
    ("deployment_goals", "完成行业内同场景复制部署", {"deployment_goals": ["完成行业内同场景复制部署"]}),
    *(("deployment_count", text, {"deployment_count": count})
      for text, count in [("10台", 10), ("10", 10), ("十台", 10), ("１２ 台", 12), ("一百二十台", 120),
                          ("约10台", 10), ("1,000台", 1000), ("20台，首批10台", 20),
                          ("共20台，其中一期10台", 20), ("1 5台", 15), ("1 000台", 1000)]),
    ("consortium", "整机企业（或应用服务商）：A公司、B公司 其他：C研究院，D大学",
     {"makers": ["A公司", "B公司"], "partners": ["C研究院", "D大学"]}),
    ("consortium", "整机企业(或应用服务商): A公司\nB公司\n其他: C研究院;D大学",
     {"makers": ["A公司", "B公司"], "partners": ["C研究院", "D大学"]}),
    ("consortium", "A公司、B公司", {"makers": ["A公司", "B公司"]}),
    ("consortium", "整机企业：A公司；科研院所：B大学；零部件企业：C公司",
     {"makers": ["A公司"], "partners": ["B大学", "C公司"]}),
    ("tech_products", "模型算法：具身大模型 v2\n操作系统：ROS 2 仿真平台: Isaac Sim  关键零部件：灵巧手",
     {"model_algorithm": "具身大模型 v2", "operating_system": "ROS 2",
      "simulation_platform": "Isaac Sim", "key_components": "灵巧手"}),
    ("tech_products", "关键零部件：灵巧手", {"key_components": "灵巧手"}),
    ("tech_products", "模型算法:甲模型\n模型算法:乙模型", {"model_algorithm": "甲模型；乙模型"}),
]


@pytest.mark.parametrize("text", ["☑人形机器人-轮式", "☑人形机器人 — 轮式", "☑人形机器人－轮式"])
def test_a_product_and_its_form_joined_by_a_dash_read_as_the_template_writes_them(text):
    assert parse_product_types(text) == {"product_types": {"人形机器人": "轮式"}}


@pytest.mark.parametrize("key, text, expected", CELL_CASES)
def test_cell_text_parses_into_answers(key, text, expected):
    assert PARSERS[key](text) == expected


@pytest.mark.parametrize("text", [
    "模型算法：视觉伺服算法\n操作系统：\n仿真平台：Isaac Sim\n关键零部件：",
    "模型算法：视觉伺服算法 操作系统： 仿真平台：Isaac Sim 关键零部件：",
    "模型算法：视觉伺服算法，操作系统：，仿真平台：Isaac Sim；关键零部件：",
])
def test_a_product_label_left_empty_is_an_empty_item_not_words_of_the_one_before(text):
    assert import_row(4, {"tech_products": text}).answers == {
        "model_algorithm": "视觉伺服算法", "simulation_platform": "Isaac Sim"}


@pytest.mark.parametrize(("text", "expected"), [
    ("模型算法：视觉算法，操作系统：暂无", {"model_algorithm": "视觉算法"}),
    ("模型算法：视觉算法；操作系统：ROS2, 关键零部件：灵巧手",
     {"model_algorithm": "视觉算法", "operating_system": "ROS2", "key_components": "灵巧手"}),
])
def test_the_comma_before_the_next_product_label_is_no_part_of_the_item(text, expected):
    assert import_row(4, {"tech_products": text}).answers == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("模型算法：视觉算法 关键零部件：灵巧手 操作系统：ROS2",
     {"model_algorithm": "视觉算法", "key_components": "灵巧手", "operating_system": "ROS2"}),
    ("关键零部件：灵巧手\n仿真平台：Isaac Sim\n模型算法：视觉算法",
     {"key_components": "灵巧手", "simulation_platform": "Isaac Sim",
      "model_algorithm": "视觉算法"}),
])
def test_product_labels_out_of_the_templates_order_each_take_their_own_item(text, expected):
    assert import_row(4, {"tech_products": text}).answers == expected


NUMBERED_PAIN = "人工成本高，招工困难，夜班无人。"
NUMBERED_REST = "定位精度±1mm，单件节拍≤15秒。", "替代2名工人。"


@pytest.mark.parametrize("first", ["1、场景痛点：", "1、现状与痛点：", "1、", "（1）"])
def test_a_numbered_description_cell_imports_as_the_chat_reads_it_pasted(first):
    second, third = ("（2）", "（3）") if first.startswith("（") else ("2、", "3、")
    cell = (f"{first}{NUMBERED_PAIN}\n{second}技术指标：{NUMBERED_REST[0]}\n"
            f"{third}预期成效：{NUMBERED_REST[1]}")
    row = import_row(5, {"index": "1", "description": cell})
    assert row.answers == {"pain_point": NUMBERED_PAIN, "indicators": NUMBERED_REST[0],
                           "expected_results": NUMBERED_REST[1]}
    assert row_cells(row.answers, 1)["description"] == (
        f"{NUMBERED_PAIN}\n技术指标：{NUMBERED_REST[0]}\n预期成效：{NUMBERED_REST[1]}")


@pytest.mark.parametrize("marks", [("● ", "● ", "● "), ("Ø", "Ø", "Ø"), ("（一）", "（二）", "（三）")])
def test_a_bulleted_description_cell_imports_as_the_chat_reads_it_pasted(marks):
    first, second, third = marks
    cell = (f"{first}现状与痛点：{NUMBERED_PAIN}\n{second}技术指标：{NUMBERED_REST[0]}\n"
            f"{third}预期成效：{NUMBERED_REST[1]}")
    row = import_row(5, {"index": "1", "description": cell})
    assert row.answers == {"pain_point": NUMBERED_PAIN, "indicators": NUMBERED_REST[0],
                           "expected_results": NUMBERED_REST[1]}


@pytest.mark.parametrize("numbers", [("一、", "二、", "三、"), ("（1）", "（2）", "（3）"), ("● ", "● ", "● ")])
def test_a_description_cell_with_numbered_headings_imports_as_the_chat_reads_it_pasted(numbers):
    first, second, third = numbers
    cell = (f"{first}现状与痛点\n{NUMBERED_PAIN}\n{second}技术指标\n{NUMBERED_REST[0]}\n"
            f"{third}预期成效\n{NUMBERED_REST[1]}")
    row = import_row(5, {"index": "1", "description": cell})
    assert row.answers == {"pain_point": NUMBERED_PAIN, "indicators": NUMBERED_REST[0],
                           "expected_results": NUMBERED_REST[1]}


def test_a_number_ending_the_line_before_a_label_stays_in_the_answer():
    cell = "人工上下料，共有工位 3.\n技术指标：节拍≤15秒"
    assert PARSERS["description"](cell) == {"pain_point": "人工上下料，共有工位 3.",
                                            "indicators": "节拍≤15秒"}


@pytest.mark.parametrize("key, text", [
    ("product_types", "☑无人机：多旋翼"),
    ("product_types", "机械臂"),
    ("product_types", "说明 ☑人形机器人：轮式"),
    ("product_types", "☑足式 ☐轮式"),  # forms ticked with no product
    ("product_types", "人形机器人：☑足式 ☐轮式"),
    ("product_types", "+人形机器人：轮式 +四足机器人：足式"),  # a "+" leading each item: a mark
    ("deployment_goals", "☑完成省级示范"),
    ("deployment_count", "10-20台"),
    ("deployment_count", "10.5台"),
    ("tech_products", "自研算法 模型算法：甲"),
])
def test_cell_text_that_cannot_be_read_raises_a_chinese_reason(key, text):
    with pytest.raises(CellError, match="无法识别"):
        PARSERS[key](text)


@pytest.mark.parametrize("text, reason", [
    ("第一批10台", "“第一批10台”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），"
                 "例如：20台。"),
    ("10多台", "“10多台”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，例如：12台。"),
    ("超过100台", "“超过100台”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，"
                "例如：12台。"),
    *((text, f"“{text}”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，例如：12台。")
      for text in ("10台多", "10+台")),
    ("10-20台", "无法识别部署总数“10-20台”：请填写一个确定的台数，不要写范围，例如：20台。"),
    ("人形5台、四足3台", "无法识别部署总数“人形5台、四足3台”：请填写一个合计台数，例如人形 5 台、"
                     "四足 3 台，请填 8台。"),
    ("若干", "无法识别部署总数“若干”：请填写台数，例如：10 或 10台 或 十台。"),
    ("20台以内", "“20台以内”只是台数的上限，不是确定的台数，表格只记一个数。"
                "请填写计划部署的确切台数，例如：20台。"),
    ("十几台", "“十几台”没有给出确定的台数，表格只记一个数。请填写计划部署的确切台数，例如：12台。"),
    ("8台（一期）", "“8台（一期）”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），"
                 "例如：20台。"),
    ("20台（2027年底前）", "“20台（2027年底前）”说的是 2027 年的台数。部署总数只算到 2026 年 11 月，"
                       "请填写届时的部署总数，例如：10台。"),
    ("10台（其中2026年11月前6台）", "“10台（其中2026年11月前6台）”中到 2026 年 11 月部署的是 6 台。"
                              "部署总数只算到 2026 年 11 月，请填写届时的部署总数，例如：6台。"),
])
def test_a_count_that_is_no_total_is_refused_with_the_reason_the_chat_gives(text, reason):
    row = import_row(5, {"index": "1", "deployment_count": text})
    assert row.problems == [CellProblem("部署总数", reason)]


def test_every_answer_column_has_a_parser():
    assert set(PARSERS) == {key for key, _ in COLUMNS} - {"index"}


# Names and texts without list separators or labels: the values the cells can carry unchanged.
# Answers the bot could store: a filler such as "-" is refused in the chat, read as empty here.
WORDS = (st.text("机器人巡检焊装线甲乙丙 ABCxyz019=+-@()（）。.：", min_size=1).map(str.strip)
         .filter(lambda word: word and not says_nothing(word)))
PARAGRAPHS = st.lists(WORDS, min_size=1, max_size=3).map("\n".join)
# Stored members are a list the chat's splitting gives back as it is (no "1、" or "(2)" that
# reads as numbering).
NAMES = st.lists(WORDS, max_size=3).filter(lambda names: split_names("、".join(names)) == names)


def optional(strategy):
    return st.one_of(st.none(), strategy)


@st.composite
def drafts(draw):
    products = draw(st.lists(st.sampled_from(sorted(PRODUCT_FORMS)), unique=True))
    answers = {
        "submitting_unit": draw(optional(WORDS)),
        "city": draw(optional(WORDS)),
        "enterprise": draw(optional(WORDS)),
        "scenario_name": draw(optional(WORDS)),
        "industry": draw(optional(WORDS)),
        "sub_direction": draw(optional(WORDS)),
        "pain_point": draw(optional(PARAGRAPHS)),
        "indicators": draw(optional(PARAGRAPHS)),
        "expected_results": draw(optional(PARAGRAPHS)),
        "scenario_type": draw(optional(WORDS)),
        "product_types": {p: draw(st.sampled_from(PRODUCT_FORMS[p])) for p in products},
        "makers": draw(NAMES),
        "partners": draw(NAMES),
        "deployment_goals": draw(st.lists(st.sampled_from(DEPLOYMENT_GOALS), unique=True)),
        "deployment_count": draw(optional(st.integers(1, 100_000))),
        **{key: draw(optional(WORDS)) for key in TECH_PRODUCTS},
    }
    return {key: value for key, value in answers.items() if value}


@given(drafts())
def test_any_draft_survives_being_written_and_parsed_back(answers):
    cells = row_cells(answers, 1)
    again = import_row(4, cells)
    assert again.problems == []
    assert row_cells(again.answers, 1) == cells


# Answers holding labels of their own, as an engineer pastes `模型算法：甲 关键零部件：乙` at one
# question: each label followed by its item.
LABELS = ["", "模型算法：", "操作系统：", "仿真平台：", "关键零部件：", "整机企业：", "其他：",
          "技术指标：", "预期成效：", "差异化创新点：", "现状："]
ITEMS = ["汇川大模型", "灵巧手", "东南大学", "精度≤1mm"]


def _labelled(separator: str):
    item = st.tuples(st.sampled_from(LABELS), st.sampled_from(ITEMS)).map("".join)
    return st.lists(item, min_size=1, max_size=4).map(separator.join)


def _storable_name(name: str) -> bool:
    """A member's name as the chat stores one: no kind said before it (整机企业：…, 其他：…,
    the name filed by it without the kind), nor a 、 (a list of names)."""
    return "、" not in name and kind_said(name, "partners", listed=True) is None


def _storable_pain_point(text: str) -> bool:
    """A pain point as the chat stores one: not opening with its own label (现状：…), which the
    chat reads as the label, and so does the import at the start of a cell."""
    return not text.startswith("现状：")


@st.composite
def labelled_answers(draw, separator: str = " "):
    """Answers of the three labelled cells, each part possibly holding other parts' labels."""
    line = "\n" if separator == " " else separator
    names = st.lists(_labelled("、").filter(_storable_name), max_size=2)
    answers = {
        "pain_point": draw(optional(_labelled(line).filter(_storable_pain_point))),
        "indicators": draw(optional(_labelled(line))),
        "expected_results": draw(optional(_labelled(line))),
        "makers": draw(names.filter(lambda names: split_names("、".join(names)) == names)),
        "partners": draw(names.filter(lambda names: split_names("、".join(names)) == names)),
        **{key: draw(optional(_labelled(separator))) for key in TECH_PRODUCTS},
    }
    answers = {key: value for key, value in answers.items() if value}
    cells = row_cells(answers, 1)
    assume(all(_in_writers_order(cells[cell], labels) for cell, labels in WRITTEN.items()))
    return answers


# The labels of each labelled cell, in the order the writer puts them.
WRITTEN = {"description": WRITTEN_DESCRIPTION, "tech_products": TECH_PRODUCTS,
           "consortium": {"makers": MAKERS_LABEL, "partners": PARTNERS_LABEL}}


def _in_writers_order(cell: str, labels: dict[str, str]) -> bool:
    """Whether a cell's labels come first in the writer's order. The chat files each labelled
    part under its own question, so no answer it stores holds the label of a part left empty
    before it (关键零部件：乙 操作系统：丙 is two items wherever typed, and read so)."""
    pattern = label_pattern({key: re.escape(label) for key, label in labels.items()})
    firsts = list(dict.fromkeys(match.lastgroup for match in pattern.finditer(cell)))
    return firsts == [key for key in labels if key in firsts]


@given(labelled_answers())
def test_a_cell_whose_answers_hold_labels_reads_back_into_the_same_cell(answers):
    cells = row_cells(answers, 1)
    again = import_row(4, cells)
    assert again.problems == []
    assert row_cells(again.answers, 1) == cells


def _compact(text: str) -> str:
    """Blind to spacing and to the comma a label follows, the reader's separator of items."""
    before_label = "|".join(label for label in LABELS if label)
    return re.sub(f"，(?={before_label})", "", re.sub(r"\s+", "", text))


@given(labelled_answers(separator="，"))
def test_labels_after_other_punctuation_change_at_most_the_separator_once(answers):
    cells = row_cells(answers, 1)
    again = row_cells(import_row(4, cells).answers, 1)
    assert {k: _compact(v) for k, v in again.items()} == {k: _compact(v) for k, v in cells.items()}
    assert row_cells(import_row(4, again).answers, 1) == again
