"""Items typed at the summary by the names engineers call them (部署目标, 标志性产品, 数量, 名称,
补充指标): each changes the question meant, or says why not, never the generic reply."""

import pytest

from flows.step_messages import NOT_SAVED_AT_SUMMARY
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_summary_changes import answers, changed_by

ACROSS = ["完成跨行业/跨领域场景应用"]


@pytest.mark.parametrize("typed", ["部署目标：完成跨行业/跨领域场景应用",
                                   "部署目标：完成跨行业复制部署"])
async def test_goals_typed_after_部署目标_at_the_summary_are_chosen(services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已修改“整机应用目标”")
    assert answers(services, engineer)["deployment_goals"] == ACROSS


async def test_部署目标_after_another_change_is_a_change_of_its_own_before_goals(
        services, engineer):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, "部署总数：12台，部署目标：跨行业")
    assert changed == {"deployment_count": 12, "deployment_goals": ACROSS}


async def test_a_product_typed_after_标志性产品_is_read_as_after_技术产品(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("标志性产品：恒远二号")
    assert texts(calls)[0].startswith("这条消息没有保存：第 11 项有几问")
    assert texts(calls)[-1].startswith("第 11/11 步（1/4） · 可规模推广的其他标志性技术产品")


async def test_a_product_of_a_kind_typed_after_标志性产品_is_saved_at_its_question(
        services, engineer):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, "标志性产品：恒远关节模组")
    assert changed == {"key_components": "恒远关节模组"}


async def test_a_count_of_machines_after_数量_at_the_summary_is_the_deployment_count(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("数量：40台")
    assert texts(calls)[0] == "已记录部署总数：40 台。"
    assert answers(services, engineer)["deployment_count"] == 40


@pytest.mark.parametrize("typed", ["数量：3家", "数量：40"])
async def test_数量_before_anything_but_machines_names_no_item(services, engineer, typed):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_SAVED_AT_SUMMARY
    assert answers(services, engineer) == before


async def test_a_scenario_name_after_名称_at_the_summary_changes_the_scenario_name(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("名称：电池测试插接")
    assert texts(calls)[0] == "已修改“场景名称”：电池测试插接"
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["enterprise"] == "苏州恒远动力电池有限公司"


async def test_a_unit_name_after_名称_at_the_summary_still_changes_the_user_unit(
        services, engineer):
    await fill_to_summary(engineer)
    changed = await changed_by(services, engineer, "名称：苏州恒远新能源有限公司")
    assert changed == {"enterprise": "苏州恒远新能源有限公司"}


async def test_a_supplement_typed_when_the_indicators_miss_nothing_says_to_write_it_into_them(
        services, engineer):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send("补充指标：连续运行≥8小时")
    assert texts(calls)[0].startswith("这条消息没有保存：技术指标已涵盖精度、效率、可靠性")
    assert "如需加上“连续运行≥8小时”，请把它写进技术指标" in texts(calls)[0]
    assert answers(services, engineer) == before


async def test_a_supplement_typed_after_declining_one_is_saved_as_the_supplement(
        services, engineer):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：插接位置精度≤±0.5mm，单次插拔节拍≤15秒")
    await engineer.send("不需要")
    changed = await changed_by(services, engineer, "补充指标：成功率不低于99%")
    assert changed == {"indicator_gap": "补充", "indicators_more": "成功率不低于99%"}
