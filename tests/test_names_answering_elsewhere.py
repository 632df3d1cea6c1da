"""用户单位, 场景名称, 所属行业 and 细分方向 typed with what plainly answers another question (a
sentence of the description, a count of machines, another question's or the summary's button,
a place, a unit or a list of units, the industry or scenario name again): refused, not saved,
told what it looks like, and the question asked again; real names of each are kept."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, INDICATORS, RESULTS, walk

AT_INDUSTRY, AT_DIRECTION = 5, 6
PAIN = "仓库拆垛、码垛环节劳动强度大，招工困难，计划引入轮式人形机器人"
KEYS = {AT_ENTERPRISE: "enterprise", AT_SCENARIO_NAME: "scenario_name", AT_INDUSTRY: "industry",
        AT_DIRECTION: "sub_direction"}

REFUSED = [
    (AT_ENTERPRISE, "电子信息制造业", "第 4 步“所属行业”的选项"),
    (AT_ENTERPRISE, "汽车制造", "第 4 步“所属行业”的选项"),
    (AT_ENTERPRISE, "人形机器人", "第 7 步“应用部署产品类型”的选项"),
    (AT_ENTERPRISE, "四足+人形", "第 7 步“应用部署产品类型”的选项"),
    (AT_ENTERPRISE, "确认提交", "汇总页的“✅ 确认提交”按钮"),
    (AT_ENTERPRISE, "联系协调员", "“💬 联系协调员”按钮"),
    (AT_ENTERPRISE, "100000台", "第 10 步“部署总数”"),
    (AT_ENTERPRISE, "共计12台套", "第 10 步“部署总数”"),
    (AT_ENTERPRISE, "改成12台", "第 10 步“部署总数”"),
    (AT_ENTERPRISE, INDICATORS, "像是一句描述"),
    (AT_ENTERPRISE, RESULTS, "像是一句描述"),
    (AT_ENTERPRISE, PAIN, "像是一句描述"),
    (AT_ENTERPRISE, "东南大学、南京大学", "列了几家单位"),
    (AT_ENTERPRISE, "东南大学？南京大学", "列了几家单位"),
    (AT_SCENARIO_NAME, "确认提交", "汇总页的“✅ 确认提交”按钮"),
    (AT_SCENARIO_NAME, "联系协调员", "“💬 联系协调员”按钮"),
    (AT_SCENARIO_NAME, "江苏省苏州市", "地名"),
    (AT_SCENARIO_NAME, "张家港保税区", "地名"),
    (AT_SCENARIO_NAME, "东南大学、南京大学", "列了几家单位"),
    (AT_SCENARIO_NAME, "东南大学 南京大学", "列了几家单位"),
    (AT_SCENARIO_NAME, "中山大学", "单位名称"),
    (AT_SCENARIO_NAME, "完成本单位内同类场景复制部署", "第 9 步“整机应用目标”的选项"),
    (AT_SCENARIO_NAME, "共计12台套", "第 10 步“部署总数”"),
    (AT_SCENARIO_NAME, "隧道应急救援场景，机器人需具备在烟雾环境中行进和搜救能力。", "像是一句描述"),
    (AT_SCENARIO_NAME, "第二期工程将覆盖全部装配工位，进一步提升自动化水平。", "像是一句描述"),
    (AT_SCENARIO_NAME, "最大负载15公斤，行走速度不低于1.2米/秒。", "像是一句描述"),
    (AT_SCENARIO_NAME, "在2026年内实现巡检机器人覆盖率达到80%。", "像是一句描述"),
    (AT_INDUSTRY, "深圳市", "地名"),
    (AT_INDUSTRY, "张家港保税区", "地名"),
    (AT_INDUSTRY, "东南大学、南京大学", "列了几家单位"),
    (AT_INDUSTRY, "恒远机器人有限公司（整机企业）、东南大学（高校）", "列了几家单位"),
    (AT_INDUSTRY, "人形", "第 7 步“应用部署产品类型”的选项"),
    (AT_INDUSTRY, "四足+人形", "第 7 步“应用部署产品类型”的选项"),
    (AT_INDUSTRY, "全部", "可多选问题"),
    (AT_INDUSTRY, "确认提交", "汇总页的“✅ 确认提交”按钮"),
    (AT_INDUSTRY, "删除", "草稿列表的删除按钮"),
    (AT_INDUSTRY, "联系协调员", "“💬 联系协调员”按钮"),
    (AT_INDUSTRY, "三十", "是一个数字"),
    (AT_INDUSTRY, "恒远工厂电池测试—柔性插接", "已填的场景名称"),
    (AT_DIRECTION, "江苏省", "地名"), (AT_DIRECTION, "昆山市", "地名"),
    (AT_DIRECTION, "深圳市", "地名"), (AT_DIRECTION, "江苏省苏州市", "地名"),
    (AT_DIRECTION, "南京恒远智能装备有限公司", "单位名称"),
    (AT_DIRECTION, "光明乳业股份有限公司", "单位名称"), (AT_DIRECTION, "中山大学", "单位名称"),
    (AT_DIRECTION, "东南大学、南京大学", "列了几家单位"),
    (AT_DIRECTION, "东南大学 南京大学", "列了几家单位"),
    (AT_DIRECTION, "足式", "第 7 步“应用部署产品类型”的选项"),
    (AT_DIRECTION, "轮式", "第 7 步“应用部署产品类型”的选项"),
    (AT_DIRECTION, "工业", "第 6 步“场景类型”的选项"),
    (AT_DIRECTION, "完成本单位内同类场景复制部署", "第 9 步“整机应用目标”的选项"),
    (AT_DIRECTION, "全部", "可多选问题"), (AT_DIRECTION, "确认提交", "汇总页"),
    (AT_DIRECTION, "三十", "是一个数字"),
    (AT_DIRECTION, "电子信息制造业", "已填的所属行业"),
    (AT_DIRECTION, "恒远工厂电池测试—柔性插接", "已填的场景名称"),
    (AT_DIRECTION, "2025年底已完成产线改造，2026年将引入机器人开展实训。", "像是一句描述"),
    (AT_DIRECTION, "识别准确率不低于99%，作业成功率不低于98%。", "像是一句描述"),
]
KEPT = [
    (AT_ENTERPRISE, "苏州工业园区管理委员会"), (AT_ENTERPRISE, "国网江苏省电力有限公司苏州供电分公司"),
    (AT_ENTERPRISE, "南京地铁运营有限责任公司"), (AT_ENTERPRISE, "恒远工厂"),
    (AT_ENTERPRISE, "和平精英"), (AT_ENTERPRISE, "南京大学附属医院"),
    (AT_ENTERPRISE, "中国船舶集团有限公司第七〇二研究所"),
    (AT_ENTERPRISE, "Hengyuan Robotics Co., Ltd."),
    (AT_SCENARIO_NAME, "恒远工厂电池测试—柔性插接"), (AT_SCENARIO_NAME, "变电站巡检（500kV）"),
    (AT_SCENARIO_NAME, "汽车总装车间轮胎拧紧"), (AT_SCENARIO_NAME, "仓储分拣，替代4名工人"),
    (AT_SCENARIO_NAME, "效率提升30%的电池测试插接"),
    (AT_SCENARIO_NAME, "电池包插接（定位精度≤0.5mm）"),
    (AT_INDUSTRY, "纺织服装"), (AT_INDUSTRY, "港口物流"), (AT_INDUSTRY, "苏州园林"),
    (AT_DIRECTION, "工业机器人"), (AT_DIRECTION, "动力电池"), (AT_DIRECTION, "港口物流"),
    (AT_DIRECTION, "汽车制造"), (AT_DIRECTION, "工程机械、起重机"), (AT_DIRECTION, "数据中心"),
    (AT_DIRECTION, "3C电子"),
]


def saved(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def refused_and_asked_again(app, engineer, at: int, typed: str, looks_like: str) -> None:
    """`typed` at the name question `at` is told what it looks like, not saved, and the
    question asked again."""
    await walk(engineer, at)
    asked = engineer.last_text().split("\n")[0]
    said = texts(await engineer.send(typed))
    assert looks_like in said[0] and "没有保存" in said[0]
    assert said[-1].split("\n")[0] == asked
    assert KEYS[at] not in saved(app, engineer)


async def kept(app, engineer, at: int, typed: str) -> None:
    """`typed` at the name question `at` is saved as typed."""
    await walk(engineer, at)
    await engineer.send(typed)
    assert saved(app, engineer)[KEYS[at]] == typed


@pytest.mark.parametrize(("at", "typed", "looks_like"), REFUSED)
async def test_another_questions_answer_is_refused_and_the_question_asked_again(
        app, engineer, at, typed, looks_like):
    await refused_and_asked_again(app, engineer, at, typed, looks_like)


@pytest.mark.parametrize(("at", "typed"), KEPT)
async def test_a_real_name_is_kept(app, engineer, at, typed):
    await kept(app, engineer, at, typed)


@pytest.mark.parametrize("typed", [
    "电池包下线前需人工插拔数百伏高压测试插头，存在打火风险，多品种小批量难以自动化。",
    "超市理货、补货工作重复性高，拟用人形机器人提升服务质量。",
    "仓库拆垛、码垛环节劳动强度大，招工困难，计划引入轮式人形机器人。"])
async def test_a_pain_point_pasted_as_the_scenario_name_is_not_saved(engineer, services, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send(typed))
    assert "不是场景名称，没有保存" in said[0]
    assert "scenario_name" not in services.intake.store.current(engineer.id).answers
