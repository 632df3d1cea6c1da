"""Cells of the 工作计划表 copied in part, in plain words or from WPS, one cell as Excel quotes
it, and the template's sample description: none glued into one answer or saved as real data."""

import pytest

from flows.excel_copies import SAMPLE_UNSAVED, unsaved
from flows.template_sample import SAMPLE_INDICATORS, SAMPLE_PAIN_POINT
from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_INDICATORS, AT_SCENARIO_NAME, fill_to_summary, walk
from tests.test_bot_review import submitted_and_returned

ROW_TOLD = "从计划表复制的一整行"
AT_PAIN, AT_RESULTS, AT_COUNT = AT_INDICATORS - 1, AT_INDICATORS + 1, 18
# A filled-in row in plain words: only 本单位内部署 and 工业 take a form of the template's own.
PLAIN = "\t".join(["1", "江苏省工业和信息化厅", "苏州恒远动力电池有限公司", "电池包下线测试—柔性插接",
                   "电子信息制造业/动力电池",
                   "电池包下线前需人工插拔高压测试插头，存在打火风险。识别准确率不低于98%，节拍≤15秒。"
                   "替代2名工人。", "工业", "人形机器人（轮式）", "优必选科技股份有限公司、东南大学",
                   "本单位内部署", "10", "恒远大模型、恒远灵巧手"])
DESCRIPTION = ("现状与痛点：变电站人工巡检每天2次，夜间及雨雪天气存在安全风险。\n"
               "技术指标：表计识别准确率≥99%，连续运行8小时。\n预期成效：减少巡检人员3名。")
CELLS = ["无锡市/无锡华光智能装备有限公司", "变电站巡检—四足机器人表计识别", "电力/变电巡检", DESCRIPTION,
         "特种", "☑ 四足机器人：足式\n☐ 人形机器人：足式/轮式/其他",
         "整机企业（或应用服务商）：无锡华光机器人有限公司\n其他：江南大学",
         "完成行业内同场景复制部署", "8台", "模型算法：华光巡检大模型\n关键零部件：华光关节模组"]
# From 用户单位 on, its name alone; from 场景名称 on; from WPS, which quotes no cell over lines.
FROM_UNIT = "\t".join(["无锡华光智能装备有限公司", *(f'"{c}"' if "\n" in c else c for c in CELLS[1:])])
FROM_NAME = "\t".join(f'"{c}"' if "\n" in c else c for c in CELLS[1:])
WPS = "\t".join(["3", "江苏省工业和信息化厅", *CELLS])
NAME_AND_COUNT = "变电站巡检—四足机器人表计识别\t8台"
NAME_AND_INDUSTRY = "变电站巡检—四足机器人表计识别\t电力/变电巡检"


@pytest.mark.parametrize("moves", [AT_PAIN, AT_INDICATORS, AT_RESULTS, None])
@pytest.mark.parametrize("row", [PLAIN, FROM_UNIT, FROM_NAME, WPS])
async def test_a_row_copied_without_its_telltales_is_told_back_unsaved(engineer, app, row, moves):
    await (fill_to_summary(engineer) if moves is None else walk(engineer, moves))
    before = saved(app, engineer)
    told = "\n".join(texts(await engineer.send(row)))
    assert ROW_TOLD in told and "没有保存" in told
    assert saved(app, engineer) == before


@pytest.mark.parametrize("moves", [AT_ENTERPRISE, AT_SCENARIO_NAME, AT_PAIN])
@pytest.mark.parametrize("text", [NAME_AND_COUNT, NAME_AND_INDUSTRY])
async def test_two_cells_one_of_another_column_are_not_saved_glued(engineer, app, text, moves):
    await walk(engineer, moves)
    before = saved(app, engineer)
    told = "\n".join(texts(await engineer.send(text)))
    assert ROW_TOLD in told
    assert saved(app, engineer) == before


@pytest.mark.parametrize("row", [PLAIN, FROM_UNIT, WPS])
async def test_a_row_pasted_into_a_returned_draft_replaces_no_answer(engineer, suzhou, app, row):
    await submitted_and_returned(engineer, suzhou, "请核实台数。", "10 部署总数")
    await engineer.press("✏️ 去修改")
    before = saved(app, engineer)
    told = "\n".join(texts(await engineer.send(row)))
    assert ROW_TOLD in told and "已替换" not in told
    assert saved(app, engineer) == before


@pytest.mark.parametrize("row", [FROM_UNIT, WPS])
async def test_a_row_pasted_at_the_count_in_first_fill_replaces_no_answer(engineer, app, row):
    await walk(engineer, AT_COUNT)
    before = saved(app, engineer)
    await engineer.send(row)
    assert saved(app, engineer) == before
    assert "整机总数" in engineer.last_text()


async def test_a_quoted_description_cell_is_read_without_excels_quotes(engineer, app):
    await walk(engineer, AT_PAIN)
    await engineer.send('"电池包下线前需人工插拔高压插头，存在""打火""风险。\n'
                        '技术指标：识别准确率≥98%，节拍≤15秒。\n预期成效：替代2名工人。"')
    answers = saved(app, engineer)
    assert answers["pain_point"] == '电池包下线前需人工插拔高压插头，存在"打火"风险。'
    assert answers["indicators"] == "识别准确率≥98%，节拍≤15秒。"
    assert answers["expected_results"] == "替代2名工人。"


async def test_a_quoted_member_cell_is_split_by_its_labels(engineer, app):
    await walk(engineer, 14)
    await engineer.send(f'"{CELLS[6]}"')
    answers = saved(app, engineer)
    assert answers["makers"] == ["无锡华光机器人有限公司"]
    assert answers["partners"] == ["江南大学"]


async def test_a_quoted_product_cell_pasted_at_the_summary_changes_its_products(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send(f'"{CELLS[9]}"')
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "华光巡检大模型"
    assert answers["key_components"] == "华光关节模组"


@pytest.mark.parametrize("text", [
    SAMPLE_PAIN_POINT + "\n技术指标：" + SAMPLE_INDICATORS,
    SAMPLE_PAIN_POINT,
    # as a copy of the template may word it, a word changed and spaced
    SAMPLE_PAIN_POINT + "\n技术指标：" + SAMPLE_INDICATORS.replace("识别准确率", "识别精度")
    .replace("≤15秒", "≤ 15秒"),
])
async def test_the_templates_sample_description_is_not_saved(engineer, app, text):
    await walk(engineer, AT_PAIN)
    told = "\n".join(texts(await engineer.send(text)))
    assert SAMPLE_UNSAVED in told
    answers = saved(app, engineer)
    assert "pain_point" not in answers and "indicators" not in answers


@pytest.mark.parametrize("text", [
    "（1）\t替代测试工人2名\n（2）\t测试效率提升30%",  # a list's marks
    "替代测试工人2名，\t测试效率提升30%",  # a tab for spacing
    "苏州恒远动力电池有限公司\t东南大学",
    "1\t江苏汇博机器人技术股份有限公司\t整机企业",  # a member table's one line
    "识别准确率\t不低于98%\n单次节拍\t≤15秒",  # a Word table
    "序号\t场景名称\t部署前人数\t部署后人数\t效率提升\t部署总数\n1\t高压测试\t5\t2\t30%\t10台",
    # one sentence of the sample in the engineer's own description
    "电池包生产下线前的最终功能测试环节，需人工插拔带有数百伏高压的测试插头。我厂每班4人，年产20万包。",
])
def test_other_text_is_no_copy_to_refuse(text):
    assert unsaved(text) is None


@pytest.mark.parametrize(("moves", "typed", "key", "kept"), [
    (14, "优必选科技股份有限公司\t达闼机器人股份有限公司\t东南大学", "makers",
     ["优必选科技股份有限公司", "达闼机器人股份有限公司"]),
    (15, "东南大学\t南京大学\t江苏省产业技术研究院", "partners",
     ["东南大学", "南京大学", "江苏省产业技术研究院"]),
    (AT_INDICATORS, "识别准确率≥98%\t节拍≤15秒\t成功率≥99%", "indicators",
     "识别准确率≥98%，节拍≤15秒，成功率≥99%"),
])
async def test_one_answers_items_parted_by_tabs_are_that_answer(engineer, app, moves, typed, key,
                                                                 kept):
    await walk(engineer, moves)
    await engineer.send(typed)
    assert saved(app, engineer)[key] == kept


async def test_a_quoted_name_is_left_to_its_question(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send('"变电站巡检—四足机器人表计识别"')
    assert saved(app, engineer)["scenario_name"] == "变电站巡检—四足机器人表计识别"
