"""A 创新应用联合体成员 cell, read as the chat reads the members typed: universities and institutes
are filed under 其他, and a kind told in brackets, before a name or as a sentence files its names."""

import pytest

from bot.file_checks import file_row_problems
from exports.cells import parse_consortium
from exports.reader import import_row
from flows.pasted_members import parse_pasted_consortium
from flows.row import consortium_cell
from tests.test_import import SURVEY


@pytest.mark.parametrize("text", [
    "优必选科技股份有限公司、江南大学、中国科学院自动化研究所",
    "优必选科技股份有限公司\n江南大学\n中国科学院自动化研究所",
])
def test_universities_and_institutes_in_an_unlabelled_cell_are_other_members(text):
    assert parse_consortium(text) == {"makers": ["优必选科技股份有限公司"],
                                      "partners": ["江南大学", "中国科学院自动化研究所"]}


def test_a_labelled_cell_keeps_its_members_where_its_labels_put_them():
    assert parse_consortium("整机企业（或应用服务商）：哈工大机器人研究院") == {
        "makers": ["哈工大机器人研究院"]}


def test_an_unlabelled_cell_of_institutes_only_is_refused_for_want_of_a_maker():
    row = import_row(5, {"index": "1", "consortium": "东南大学、南京理工大学"})
    assert row.answers == {"partners": ["东南大学", "南京理工大学"]}
    assert dict(file_row_problems(SURVEY, row))["创新应用联合体成员"] == "缺少整机企业。"


@pytest.mark.parametrize("text", [
    "优必选科技股份有限公司、东南大学（高校）、达闼科技（整机）",
    "整机企业（或应用服务商）：优必选科技股份有限公司、东南大学(高校)、达闼科技（整机企业）",
])
def test_a_members_kind_in_brackets_files_it_as_the_chat_does_and_is_not_kept_in_its_name(text):
    row = import_row(5, {"index": "1", "consortium": text})
    assert row.answers == {"makers": ["优必选科技股份有限公司", "达闼科技"],
                           "partners": ["东南大学"]}
    written = consortium_cell(row.answers)
    assert written == "整机企业（或应用服务商）：优必选科技股份有限公司、达闼科技 其他：东南大学"
    assert parse_consortium(written) == row.answers


def test_a_university_marked_高校院所_in_brackets_is_another_member_without_the_bracket():
    assert parse_consortium("优必选（整机企业）、东南大学（高校院所）") == {
        "makers": ["优必选"], "partners": ["东南大学"]}


def test_a_role_in_brackets_after_a_name_files_it_under_其他_without_the_bracket():
    assert parse_consortium("无锡XY机器人有限公司、汇川技术（零部件）、华为技术有限公司（算法）") == {
        "makers": ["无锡XY机器人有限公司"], "partners": ["汇川技术", "华为技术有限公司"]}


@pytest.mark.parametrize(("text", "makers", "partners"), [
    ("整机企业优必选科技股份有限公司 高校东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("整机企业为优必选科技股份有限公司，合作高校为东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("零部件企业江苏恒立液压股份有限公司、整机企业优必选科技股份有限公司",
     ["优必选科技股份有限公司"], ["江苏恒立液压股份有限公司"]),
    ("优必选科技股份有限公司 高校：东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
])
def test_a_members_kind_told_before_its_name_files_it_as_the_chat_does(text, makers, partners):
    assert parse_consortium(text) == {"makers": makers, "partners": partners}
    assert parse_pasted_consortium("makers")(text) == {
        "makers": "、".join(makers), "partners": "、".join(partners)}


def test_a_label_the_column_has_no_kind_for_is_still_refused():
    row = import_row(5, {"index": "1", "consortium": "技术支撑：张三 其他：乙"})
    assert ("创新应用联合体成员", (
        "“技术支撑：张三”中的“技术支撑”不是表格中的成员类别。本列只分两类，"
        "请写成“整机企业（或应用服务商）：A、B 其他：C”，"
        "不是整机企业的成员（如合作企业、用户单位、运营商）写在“其他：”之后。")) in file_row_problems(SURVEY, row)


@pytest.mark.parametrize("answers", [
    {"makers": ["整机企业优必选科技股份有限公司"], "partners": ["高校为东南大学"]},
    {"partners": ["合作高校东南大学"]},
])
def test_an_exported_cell_whose_names_begin_with_a_kind_reads_back_unchanged(answers):
    assert parse_consortium(consortium_cell(answers)) == answers


@pytest.mark.parametrize(("text", "makers"), [
    ("整机企业有研科技集团有限公司", ["有研科技集团有限公司"]),
    ("整机企业有孚网络股份有限公司", ["有孚网络股份有限公司"]),
    ("整机企业有棵树科技股份有限公司", ["有棵树科技股份有限公司"]),
    ("整机企业有优必选科技股份有限公司", ["有优必选科技股份有限公司"]),
    ("整机企业有优必选科技股份有限公司、达闼科技（北京）有限公司",
     ["优必选科技股份有限公司", "达闼科技（北京）有限公司"]),
])
def test_a_name_beginning_with_有_glued_to_its_kind_is_imported_whole(text, makers):
    assert import_row(5, {"index": "1", "consortium": text}).answers == {"makers": makers}


@pytest.mark.parametrize("text", [
    "单位名称\t类型\n优必选科技股份有限公司\t整机企业\n东南大学\t高校\n汇川技术股份有限公司\t零部件",
    "序号\t单位名称\t类型\t分工\n1\t优必选科技股份有限公司\t整机企业\t负责整机\n"
    "2\t南京埃斯顿自动化股份有限公司\t\t本体\n3\t东南大学\t\t算法\n4\t汇川技术股份有限公司\t零部件\t",
    "优必选科技股份有限公司 整机企业\n东南大学 高校\n汇川技术股份有限公司  零部件",
])
def test_a_table_of_members_in_a_cell_is_read_row_by_row_as_the_chat_reads_it(text):
    row = import_row(5, {"index": "1", "consortium": text})
    chat = parse_pasted_consortium("makers")(text)
    assert row.answers == {key: names.split("、") for key, names in chat.items() if key != "filed"}
    assert row.answers["partners"][-2:] == ["东南大学", "汇川技术股份有限公司"]
    assert "优必选科技股份有限公司" in row.answers["makers"]


@pytest.mark.parametrize("text", [
    "序号\t单位名称\t单位类型\n1\t优必选科技股份有限公司\t整机企业\n2\t东南大学\t高校",
    "单位名称\t类型\t职责分工\n优必选科技股份有限公司\t整机企业\t整机研制\n东南大学\t高校\t算法研发",
    "单位名称\t类型\n优必选科技股份有限公司\t牵头单位\n东南大学\t高校",
])
def test_a_table_under_any_usual_header_is_imported_without_its_header_or_kinds(text):
    row = import_row(5, {"index": "1", "consortium": text})
    assert row.answers == {"makers": ["优必选科技股份有限公司"], "partners": ["东南大学"]}
    assert consortium_cell(row.answers) == "整机企业（或应用服务商）：优必选科技股份有限公司 其他：东南大学"


def test_an_imported_member_named_only_by_header_words_is_reported_not_stored():
    row = import_row(5, {"index": "1", "consortium": "单位名称、优必选科技股份有限公司"})
    assert dict(file_row_problems(SURVEY, row))["创新应用联合体成员"].startswith(
        "“单位名称”是表头或成员类型，不是单位名称")


def test_an_imported_member_written_as_a_deployment_goal_is_reported_not_stored():
    row = import_row(5, {"index": "1", "consortium": "整机企业：优必选科技股份有限公司 其他：全部"})
    assert dict(file_row_problems(SURVEY, row))["创新应用联合体成员"].startswith(
        "“全部”读来是整机应用目标（第 9 步勾选），不是单位名称")


def test_a_count_followed_by_the_names_it_counts_imports_the_names():
    row = import_row(5, {"index": "1", "consortium":
                         "整机企业有两家，分别是优必选科技股份有限公司和达闼科技（北京）有限公司"})
    assert row.answers == {"makers": ["优必选科技股份有限公司", "达闼科技（北京）有限公司"]}
    assert "创新应用联合体成员" not in dict(file_row_problems(SURVEY, row))


def test_a_有_before_a_place_or_a_university_is_not_imported_in_the_name():
    row = import_row(5, {"index": "1",
                         "consortium": "整机企业有深圳市优必选科技股份有限公司，高校有东南大学"})
    assert consortium_cell(row.answers) == (
        "整机企业（或应用服务商）：深圳市优必选科技股份有限公司 其他：东南大学")


@pytest.mark.parametrize(("text", "answers"), [
    ("深圳市优必选科技股份有限公司，另外还有东南大学",
     {"makers": ["深圳市优必选科技股份有限公司"], "partners": ["东南大学"]}),
    ("整机企业包括优必选科技股份有限公司、达闼科技有限公司两家",
     {"makers": ["优必选科技股份有限公司", "达闼科技有限公司"]}),
])
def test_words_leading_or_closing_a_spoken_list_are_not_imported_as_names(text, answers):
    assert import_row(5, {"index": "1", "consortium": text}).answers == answers


@pytest.mark.parametrize("text", [
    "No.\t单位名称\t类型\n1\t优必选科技股份有限公司\t整机企业\n2\t东南大学\t高校",
    "单位类型\t单位名称\t联系人\n整机企业（应用服务商）\t优必选科技股份有限公司\t张三\n高校\t东南大学\t李四",
])
def test_a_table_with_a_number_or_an_unknown_column_imports_only_its_members(text):
    assert import_row(5, {"index": "1", "consortium": text}).answers == {
        "makers": ["优必选科技股份有限公司"], "partners": ["东南大学"]}


@pytest.mark.parametrize(("text", "answers"), [
    ("牵头单位：优必选科技股份有限公司", {"makers": ["优必选科技股份有限公司"]}),
    ("整机企业：优必选科技股份有限公司 牵头单位：达闼科技（北京）有限公司",
     {"makers": ["优必选科技股份有限公司", "达闼科技（北京）有限公司"]}),
    ("牵头单位：优必选科技股份有限公司 其他：东南大学",
     {"makers": ["优必选科技股份有限公司"], "partners": ["东南大学"]}),
])
def test_a_members_standing_said_as_a_label_is_not_imported_in_its_name(text, answers):
    row = import_row(5, {"index": "1", "consortium": text})
    assert row.answers == answers
    assert "牵头单位" not in consortium_cell(row.answers)
    assert "创新应用联合体成员" not in dict(file_row_problems(SURVEY, row))


@pytest.mark.parametrize(("text", "makers"), [
    ("选的是深圳市优必选科技股份有限公司", ["深圳市优必选科技股份有限公司"]),
    ("主要有深圳市优必选科技股份有限公司、达闼机器人股份有限公司",
     ["深圳市优必选科技股份有限公司", "达闼机器人股份有限公司"]),
    ("整机企业：还有就是深圳市优必选科技股份有限公司", ["深圳市优必选科技股份有限公司"]),
])
def test_words_leading_a_cells_list_are_not_imported_as_names(text, makers):
    assert parse_consortium(text)["makers"] == makers


@pytest.mark.parametrize("text", [
    "优必选科技股份有限公司（企业）；东南大学(高校)，中科院自动化所【科研院所】",
    "优必选科技股份有限公司(企业) 东南大学(高校) 中科院自动化所(科研院所)",
    "优必选科技股份有限公司（整机企业）/东南大学（高校）/中科院自动化所（院所）",
    "优必选科技股份有限公司[企业]、东南大学[大学]、中科院自动化所[研究所]",
])
def test_a_kind_in_any_brackets_files_the_member_without_the_bracket(text):
    row = import_row(5, {"index": "1", "consortium": text})
    assert row.answers == {"makers": ["优必选科技股份有限公司"],
                           "partners": ["东南大学", "中科院自动化所"]}
    assert "创新应用联合体成员" not in dict(file_row_problems(SURVEY, row))


def test_a_kind_in_brackets_the_column_has_not_refuses_the_row_naming_the_word():
    row = import_row(5, {"index": "1", "consortium": "优必选科技股份有限公司（运营商）、东南大学（高校）"})
    assert ("创新应用联合体成员", (
        "“优必选科技股份有限公司（运营商）”中的“运营商”不是表格中的成员类别。本列只分两类，"
        "请写成“整机企业（或应用服务商）：A、B 其他：C”，"
        "不是整机企业的成员（如合作企业、用户单位、运营商）写在“其他：”之后。")) in file_row_problems(SURVEY, row)


@pytest.mark.parametrize(("text", "makers", "partners"), [
    ("整机企业：上海傅利叶智能科技有限公司，高校：江苏大学，企业：徐州工程机械集团有限公司",
     ["上海傅利叶智能科技有限公司", "徐州工程机械集团有限公司"], ["江苏大学"]),
    ("院所：中科院自动化所 整机企业：优必选科技股份有限公司", ["优必选科技股份有限公司"], ["中科院自动化所"]),
    ("整机企业——优必选科技股份有限公司；高校——东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
])
def test_a_kind_before_a_colon_or_a_dash_mid_cell_files_its_names_without_it(
        text, makers, partners):
    row = import_row(5, {"index": "1", "consortium": text})
    assert row.answers == {"makers": makers, "partners": partners}
    assert "创新应用联合体成员" not in dict(file_row_problems(SURVEY, row))


@pytest.mark.parametrize("text", [
    "机器人整机企业孵化器有限公司", "整机厂商联盟有限公司", "整机单位联合体有限公司",
    "整机企业创新中心有限公司"])
def test_a_name_beginning_with_a_makers_word_is_imported_whole(text):
    assert parse_consortium(text) == {"makers": [text]}


@pytest.mark.parametrize("text", [
    "一、优必选科技股份有限公司 二、东南大学",
    "一、优必选科技股份有限公司\n二、东南大学",
    "整机企业（或应用服务商）：一、优必选科技股份有限公司 其他：一、东南大学",
])
def test_chinese_numeral_list_marks_are_not_imported_in_the_names(text):
    assert parse_consortium(text) == {"makers": ["优必选科技股份有限公司"], "partners": ["东南大学"]}
