"""A whole row of the 工作计划表 copied from Excel (its cells parted by tabs) and pasted in the
chat: told back unsaved at whatever question, never glued into one answer nor refused as too
long for it."""

import pytest

from flows.row import COLUMNS
from flows.table_rows import pasted_rows, rows_unsaved
from tests.fake_bot_api import texts
from tests.journey import (
    AT_ENTERPRISE,
    AT_INDICATORS,
    AT_SCENARIO_TYPE,
    PAIN,
    fill_to_summary,
    walk,
)

CELLS = ("江苏省工业和信息化厅", "无锡市/无锡华光智能装备有限公司", "变电站巡检—四足机器人表计识别",
         "电力/变电巡检",
         "现状与痛点：变电站人工巡检每天2次，夜间及雨雪天气存在安全风险。技术指标：表计识别准确率≥99%，"
         "巡检速度1.5米/秒，连续运行8小时。预期成效：减少巡检人员3名，巡检效率提升50%。",
         "特种", "四足机器人：足式", "整机企业：无锡华光机器人有限公司 其他：江南大学",
         "完成行业内同场景复制部署", "8", "模型算法：华光巡检大模型")
ROW = "\t".join(CELLS)
# With the 序号 cell first, and the description on lines of its own, quoted as Excel quotes it.
QUOTED = "\t".join(("3", *CELLS[:4], '"变电站人工巡检每天2次。\n技术指标：识别准确率≥99%。\n'
                    '预期成效：减少巡检人员3名。"', *CELLS[5:])) + "\r\n"
# Engineers' own tables sharing titles (序号, 场景名称, 场景类型, 部署总数) or cells (a count, a
# 场景类型, a 部署目标) with the template, as they paste them in the description.
OWN_TABLES = (
    "序号\t场景名称\t部署前人数\t部署后人数\t效率提升\t部署总数\n1\t高压测试\t5\t2\t30%\t10台",
    "阶段\t时间\t部署数量\t场景类型\t部署目标\t备注\n1\t2026年\t10台\t工业\t完成本单位内同类场景复制部署\t无",
    # a plan by phase with the template's own product and goal cells, but naming no unit
    "阶段\t时间\t场景类型\t部署产品\t部署目标\t台数\n"
    "一期\t2026年6月\t工业\t人形机器人：轮式\t完成本单位内同类场景复制部署\t10台\n"
    "二期\t2027年\t工业\t人形机器人：轮式\t完成行业内同场景复制部署\t30台",
    "序号\t场景名称\t用户单位\t行业/方向\t场景类型\t部署总数\n1\t高压测试\t恒远\t电子\t工业\t10台",
)


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_a_template_row_pasted_at_the_pain_point_is_told_back_and_not_saved(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    told = "\n".join(texts(await engineer.send(ROW)))
    answers = saved(app, engineer)
    assert "pain_point" not in answers and "expected_results" not in answers
    assert "从计划表复制的一整行" in told and "没有保存" in told
    assert "已把这条消息" not in told
    assert "场景现状与痛点：" in engineer.last_text()


async def test_a_quoted_template_row_pasted_at_the_city_question_is_told_as_a_row_not_too_long(
        engineer, app):
    await walk(engineer, AT_ENTERPRISE - 1)
    before = saved(app, engineer)
    told = "\n".join(texts(await engineer.send(QUOTED)))
    assert "从计划表复制的一整行" in told
    assert "内容过长" not in told
    assert saved(app, engineer) == before


async def test_a_template_row_pasted_at_the_summary_changes_no_answer(engineer, app):
    await fill_to_summary(engineer)
    before = saved(app, engineer)
    told = "\n".join(texts(await engineer.send(ROW)))
    assert "从计划表复制的一整行" in told and "请逐项填写" in told
    assert "这一问" not in told and "本问" not in told  # there is no question at the summary
    assert saved(app, engineer) == before


@pytest.mark.parametrize("moves, key", [(AT_SCENARIO_TYPE - 1, "expected_results"),
                                        (AT_INDICATORS - 1, "pain_point")])
@pytest.mark.parametrize("table", OWN_TABLES)
async def test_an_engineers_own_table_pasted_in_the_description_is_saved(
        engineer, app, table, moves, key):
    await walk(engineer, moves)
    told = "\n".join(texts(await engineer.send(table)))
    assert "从计划表复制" not in told
    assert "10台" in saved(app, engineer)[key]


async def test_a_word_table_of_indicators_pasted_at_the_pain_point_is_still_saved(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{PAIN}\n技术指标：\n识别准确率\t不低于98%\n单次节拍\t≤15秒")
    answers = saved(app, engineer)
    assert answers["pain_point"] == PAIN
    assert "识别准确率：不低于98%" in answers["indicators"]


@pytest.mark.parametrize("text, rows", [
    (ROW, 1),
    (QUOTED, 1),
    ("\t".join(title for _, title in COLUMNS) + "\n" + ROW, 2),  # with the header row
    ("\t".join((*CELLS[:4], "", *CELLS[5:])), 1),  # the description not filled in yet
    ("\t".join(title for _, title in COLUMNS), 1),  # its header alone
    # 场景类型 with two more of the template's own cells
    ("\t".join(("", *CELLS[1:5], "特种", "", "", "", "8", "模型算法：华光巡检大模型")), 1),
    ("我把表格里的内容复制过来了：\n" + ROW + "\n以上请审核", 1),  # with words of its own
    # a cell over lines (Alt+Enter), quoted by Excel, in the product and goal columns
    ("\t".join((*CELLS[:6], '"☑四足机器人：足式\n☐人形机器人：轮式"', CELLS[7],
                '"☑完成行业内同场景复制部署\n☐完成本单位内同类场景复制部署"', *CELLS[9:])), 1),
])
def test_a_row_of_the_template_copied_from_excel_is_read_as_rows(text, rows):
    assert pasted_rows(text) == rows


@pytest.mark.parametrize("text", [
    "识别准确率\t不低于98%\n单次节拍\t≤15秒",  # a Word table in the description
    "1\t江苏汇博机器人技术股份有限公司\t整机企业\n2\t常州大学\t高校",  # the consortium's
    "序号\t指标\t现状\t目标\t单位\t备注\n1\t节拍\t45\t15\t秒\t无",  # six columns, not ours
    *OWN_TABLES,
    "指标\t部署前\t部署后\t提升\t单位\t备注\n节拍\t45\t15\t67%\t秒\t无\n人数\t5\t2\t60%\t人\t无",
    "序号\t型号\t产品形态\t数量\t场景类型\t部署地点\n1\tWalker S\t人形机器人：轮式\t10台\t工业\t常州工厂",
    "序号\t报送单位\t场景名称\t场景类型\t部署总数\t备注\n1\t江苏省工信厅\t高压测试\t工业\t10台\t无",
    "单位类型\t单位名称\t分工\t提供产品\t场景类型\t目标\n"  # the members', with template cells
    "整机企业\t恒远机器人有限公司\t整机\t人形机器人：轮式\t工业\t完成本单位内同类场景复制部署",
    "苏州恒远动力电池有限公司\t东南大学",  # a tab for spacing
    "\t".join(CELLS[:4]) + "\t特种",  # five cells: not the template's row
    ROW + "\n识别准确率\t不低于98%",  # a row and a line of a table of two cells
])
def test_other_tabbed_text_is_no_template_row(text):
    assert pasted_rows(text) == 0


def test_rows_pasted_together_are_counted_in_the_refusal():
    assert "从计划表复制的 2 行（" in rows_unsaved(2)
    assert "从计划表复制的一整行（" in rows_unsaved(1)
