"""A table of members copied from Word or Excel (名称⇥类型, one row a line), read row by row:
each name under its own row's kind, the kind and any 分工 column kept out of the names."""

import pytest

from flows.pasted_members import parse_pasted_consortium
from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members


@pytest.mark.parametrize("typed", [
    "单位名称\t类型\n优必选科技股份有限公司\t整机企业\n达闼机器人股份有限公司\t整机企业\n"
    "东南大学\t高校\n中国科学院沈阳自动化研究所\t科研院所",
    "优必选科技股份有限公司 整机企业\n东南大学 高校\n达闼机器人股份有限公司 整机\n"
    "中国科学院沈阳自动化研究所 科研院所",
    "序号\t单位名称\t类型\n1\t优必选科技股份有限公司\t整机企业\n2\t达闼机器人股份有限公司\t整机企业\n"
    "3\t东南大学\t高校\n4\t中国科学院沈阳自动化研究所\t科研院所",
])
async def test_a_table_of_members_and_their_kinds_files_each_row_by_its_own_kind(
        engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (["优必选科技股份有限公司", "达闼机器人股份有限公司"],
                                      ["东南大学", "中国科学院沈阳自动化研究所"])


async def test_a_one_row_table_under_its_header_is_read_as_a_table(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("单位名称\t类型\n优必选科技股份有限公司\t整机企业")
    assert members(app, engineer)[0] == ["优必选科技股份有限公司"]


async def test_names_spoken_with_pauses_one_a_line_are_no_table(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("南京 擎天 软件\n江苏 润和 软件")
    assert members(app, engineer)[0] == ["南京擎天软件", "江苏润和软件"]


async def test_a_task_column_is_kept_out_of_the_names_and_the_kinds(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(
        "单位名称\t类型\t分工\n优必选科技股份有限公司\t整机企业\t负责整机\n"
        "东南大学\t高校\t算法研发\n汇川技术股份有限公司\t零部件\t核心零部件供应")
    assert texts(calls)[0] == ("已把这条消息分别填入：整机企业（优必选科技股份有限公司）、其他成员。\n"
                               "已记录 2 家单位：东南大学；汇川技术股份有限公司。")
    assert members(app, engineer) == (["优必选科技股份有限公司"],
                                      ["东南大学", "汇川技术股份有限公司"])


@pytest.mark.parametrize("typed", [
    "优必选科技股份有限公司\t整机企业\n南京埃斯顿自动化股份有限公司\t\n东南大学\t\n"
    "汇川技术股份有限公司\t零部件",
    "优必选科技股份有限公司  整机企业\n南京埃斯顿自动化股份有限公司\n东南大学\n汇川技术股份有限公司  零部件",
    "序号\t单位名称\t类型\t分工\n1\t优必选科技股份有限公司\t整机企业\t负责整机\n"
    "2\t南京埃斯顿自动化股份有限公司\t\t本体\n3\t东南大学\t\t算法\n4\t汇川技术股份有限公司\t零部件\t",
])
async def test_a_row_without_a_kind_is_read_as_a_name_typed_without_one(engineer, app, typed):
    """An empty kind cell takes no other row's kind: the name answers the question typed at,
    a university going to 其他成员 as one typed alone does."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (
        ["优必选科技股份有限公司", "南京埃斯顿自动化股份有限公司"], ["东南大学", "汇川技术股份有限公司"])
    assert "东南大学是高校或科研院所，已填入“其他成员”" in texts(calls)[0]


@pytest.mark.parametrize("typed", [
    "整机企业\t优必选科技股份有限公司\n高校\t东南大学",
    "整机企业  优必选科技股份有限公司\n高校  东南大学",
])
def test_a_kind_typed_first_on_each_line_still_labels_the_name_after_it(typed):
    assert parse_pasted_consortium("makers")(typed) == {
        "makers": "优必选科技股份有限公司", "partners": "东南大学"}


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("序号\t单位名称\t单位类型\n1\t优必选科技股份有限公司\t整机企业\n2\t东南大学\t高校",
     ["优必选科技股份有限公司"], ["东南大学"]),
    ("单位名称\t类型\t职责分工\n优必选科技股份有限公司\t整机企业\t整机研制\n东南大学\t高校\t算法研发",
     ["优必选科技股份有限公司"], ["东南大学"]),
    ("成员单位\t成员类型\t承担任务\t备注\n优必选科技股份有限公司\t整机企业\t整机研制\t\n"
     "东南大学\t高校\t算法研发\t新增",
     ["优必选科技股份有限公司"], ["东南大学"]),
    ("名称  类别  分工\n优必选科技股份有限公司  整机企业  整机研制\n东南大学  高校  算法研发",
     ["优必选科技股份有限公司"], ["东南大学"]),
    ("序号\t角色\t单位名称\n1\t整机企业\t优必选科技股份有限公司\n2\t高校\t东南大学",
     ["优必选科技股份有限公司"], ["东南大学"]),
    ("优必选科技股份有限公司\t整机企业\t整机研制\n东南大学\t高校\t算法研发",
     ["优必选科技股份有限公司"], ["东南大学"]),
])
async def test_a_table_under_any_usual_header_files_each_row_by_its_kind_without_the_header(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)


async def test_a_role_word_in_the_kind_column_is_no_unit(engineer, app):
    """牵头单位 says nothing of 整机 or 其他: the name is filed as one typed without a kind."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(
        "单位名称\t类型\n优必选科技股份有限公司\t牵头单位\n东南大学\t参与单位\n达闼机器人股份有限公司\t整机企业")
    assert members(app, engineer) == (["优必选科技股份有限公司", "达闼机器人股份有限公司"], ["东南大学"])
    assert "牵头" not in "".join(texts(calls))


@pytest.mark.parametrize(("typed", "word"), [
    ("单位名称、优必选科技股份有限公司", "单位名称"),
    ("优必选科技股份有限公司、整机企业", "整机企业"),
    ("序号 单位名称 单位类型、优必选科技股份有限公司", "序号单位名称单位类型"),
])
async def test_a_member_named_only_by_header_or_kind_words_is_refused(engineer, app, typed, word):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"“{word}”是表头或成员类型，不是单位名称；这里只填单位名称。"
                               "请去掉后重新发送，如：优必选科技股份有限公司")
    assert members(app, engineer) == (None, None)


@pytest.mark.parametrize("typed", [
    "1\t优必选科技股份有限公司\n2\t达闼机器人股份有限公司",
    "1  优必选科技股份有限公司\n2  达闼机器人股份有限公司",
])
async def test_a_numbered_column_without_kinds_keeps_no_number_in_the_names(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer)[0] == ["优必选科技股份有限公司", "达闼机器人股份有限公司"]


async def test_a_grid_of_names_is_no_table_and_a_kind_in_it_is_refused(engineer, app):
    """Two names a row are no name and its kind: none is dropped, and the stray kind is
    refused rather than saved as a unit."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司\t达闼机器人股份有限公司\n汇川技术股份有限公司\t整机企业")
    assert texts(calls)[0].startswith("“整机企业”是表头或成员类型，不是单位名称；这里只填单位名称。"
                                      "请去掉后重新发送，如：优必选科技股份有限公司、达闼机器人股份有限公司、"
                                      "汇川技术股份有限公司")


_ROWS = [("1", "优必选科技股份有限公司", "整机企业"), ("2", "东南大学", "高校")]


def _table(header: str, *columns: int) -> str:
    return "\n".join([header, *("\t".join(row[at] for at in columns) for row in _ROWS)])


@pytest.mark.parametrize("typed", [
    *(_table(f"{title}\t单位名称\t类型", 0, 1, 2)
      for title in ("No.", "序", "项次", "排序", "顺序", "#", "单位序号", "ID")),
    _table("编号\t参与单位\t类型", 0, 1, 2),
    _table("序号\t联合体成员\t类型", 0, 1, 2),
])
async def test_a_number_column_under_any_title_is_no_unit(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学"])


@pytest.mark.parametrize("typed", [
    _table("单位类型\t单位名称", 2, 1),
    _table("类型\t单位名称", 2, 1),
    _table("成员类型\t成员单位", 2, 1),
    "成员类型\t成员单位\t职责分工\n整机企业\t优必选科技股份有限公司\t整机\n高校\t东南大学\t算法",
    *(_table(f"单位名称\t类型\t{title}", 1, 2, 0)
      for title in ("联系人", "是否牵头", "联合体角色")),
    *(_table(f"单位名称\t{title}", 1, 2) for title in ("分类", "身份", "所属类型")),
    "单位名称\t类型\n优必选科技股份有限公司\t整机企业（应用服务商）\n东南大学\t高校",
])
async def test_a_table_with_its_kind_first_or_an_unknown_column_is_read_by_its_cells(
        engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学"])


@pytest.mark.parametrize("typed", [
    "单位名称\t类别\n优必选科技股份有限公司\t整机企业\n东南大学\t高校",
    "优必选科技股份有限公司\t整机企业\n东南大学\t高校",
    "序号\t单位名称\t类型\n1\t优必选科技股份有限公司\t整机\n2\t东南大学\t高校",
])
async def test_a_table_pasted_at_partners_files_its_makers_row_with_the_makers(
        engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == ([*JOURNEY_MAKERS, "优必选科技股份有限公司"], ["东南大学"])
    assert texts(calls)[0].startswith("已把这条消息分别填入：整机企业、其他成员（东南大学）。\n"
                                      "已记录 3 家单位：恒远机器人有限公司；启明智能科技有限公司；"
                                      "优必选科技股份有限公司。")


async def test_a_kind_the_plan_has_not_in_a_tables_name_cell_at_partners_stays_under_其他(
        engineer, app):
    await walk(engineer, AT_PARTNERS)
    await engineer.send("单位名称\t类型\n中国移动通信集团江苏有限公司（运营商）\t\n东南大学\t高校")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["中国移动通信集团江苏有限公司", "东南大学"])


@pytest.mark.parametrize("typed", [
    "单位名称\t类型\n汇川技术股份有限公司\t企业\n东南大学\t高校",
    "汇川技术股份有限公司\t企业\n东南大学\t高校",
    "序号\t单位名称\t类型\n1\t汇川技术股份有限公司\t企业\n2\t东南大学\t高校",
])
async def test_a_company_row_of_a_table_pasted_at_partners_stays_under_其他(engineer, app, typed):
    """企业 alone says no 整机: a company under 其他 may be a supply chain's, which the notice
    puts apart from the 整机企业, as for a name typed there with （企业）."""
    await walk(engineer, AT_PARTNERS)
    await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, ["汇川技术股份有限公司", "东南大学"])


async def test_a_company_row_of_a_table_pasted_at_makers_stays_with_the_makers(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("单位名称\t类型\n优必选科技股份有限公司\t企业\n东南大学\t高校")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学"])
