"""A table of members pasted from Word or Excel where the description is asked is refused as
the members of step 8, its row numbers glued to the names read as no figure (填写说明 5, 8)."""

import pytest

from flows.member_refusals import members_table_problem
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_indicators import AT_RESULTS

MEMBER_TABLE = "1\t江苏汇博机器人技术股份有限公司\t整机企业\n2\t常州大学\t高校"
MEMBERS_TOLD = "“江苏汇博机器人技术股份有限公司”“常州大学”读来是联合体成员单位"


def answers(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_a_member_table_at_results_is_told_to_be_the_members(engineer, app):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(MEMBER_TABLE)
    assert texts(calls)[0].startswith(MEMBERS_TOLD)
    assert "第 8 步" in texts(calls)[0]
    assert "expected_results" not in answers(app, engineer)


async def test_a_member_table_at_indicators_quotes_no_row_number_glued_to_a_name(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("序号  单位名称  类型  分工\n1  深圳市优必选科技股份有限公司  整机企业  整机研制\n"
                                "2  南通大学  高校  算法研究")
    assert texts(calls)[0].startswith("“深圳市优必选科技股份有限公司”“南通大学”读来是联合体成员单位")
    assert "“1深”" not in texts(calls)[0]
    assert "indicators" not in answers(app, engineer)


async def test_a_member_table_at_the_offer_of_more_indicators_is_told_to_be_the_members(
        engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("扭矩误差≤±3%，节拍≤8秒。")
    calls = await engineer.send(MEMBER_TABLE)
    assert texts(calls)[0].startswith(MEMBERS_TOLD)
    assert "“1江”" not in texts(calls)[0]
    assert "indicators_more" not in answers(app, engineer)


@pytest.mark.parametrize("pasted", [
    "指标\t要求\n定位精度\t≤±0.5mm\n节拍\t≤15秒", "环节\t问题\n软件\t不稳定\n集成\t周期长",
    "序号\t成效\n1\t替代2名工人\n2\t效率提升30%", "1\t替代2名工人\n2\t年节约人工成本约120万元",
    "单位名称\t预期成效\n常州工厂有限公司\t替代人工12人\n盐城工厂有限公司\t替代人工8人",
    "序号\t单位名称\t现状\n1\t江苏省人民医院\t日均处方3000张\n2\t苏州市立医院\t日均处方2000张",
])
def test_a_table_of_the_description_itself_is_no_table_of_members(pasted):
    assert members_table_problem(pasted) is None


@pytest.mark.parametrize("pasted, stored", [
    ("序号\t指标名称\t指标要求\n1\t识别准确率\t不低于98%\n2\t节拍\t不超过15秒",
     "序号，指标名称，指标要求\n1. 识别准确率：不低于98%\n2. 节拍：不超过15秒"),
    ("指标\t要求\n定位精度\t≤±0.5mm\n节拍\t≤15秒", "指标：要求\n定位精度：≤±0.5mm\n节拍：≤15秒"),
])
async def test_a_table_of_indicators_keeps_its_cells_apart(engineer, app, pasted, stored):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(pasted)
    assert answers(app, engineer)["indicators"] == stored


@pytest.mark.parametrize("pasted, stored", [
    ("替代测试工人2名，\t测试效率提升30%", "替代测试工人2名，测试效率提升30%"),
    ("（1）\t替代测试工人2名\n（2）\t测试效率提升30%", "（1）替代测试工人2名\n（2）测试效率提升30%"),
    ("年份\t目标\n2026\t替代测试工人2名\n2027\t替代测试工人5名", "年份：目标\n2026：替代测试工人2名\n2027：替代测试工人5名"),
    ("指标\t现状\t目标\n替代人工\t4人\t\n效率提升\t10%\t30%", "指标，现状，目标\n替代人工，4人，\n效率提升，10%，30%"),
])
async def test_a_tab_that_is_no_cells_edge_leaves_the_words_as_typed(engineer, app, pasted, stored):
    await walk(engineer, AT_RESULTS)
    await engineer.send(pasted)
    assert answers(app, engineer)["expected_results"] == stored
