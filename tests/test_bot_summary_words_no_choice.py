"""Words typed at the summary after a choice question's name (部署目标：, 场景类型：, 产品类型：)
that name none of its buttons open that question saying plainly they were not saved, and where
a figure among them belongs; 补充指标：无 says there is no supplement, never one to add."""

import pytest

from flows.scenario_types import TYPE_EXAMPLES
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_summary_changes import answers, changed_by

RESULTS = "替代2名工人，年节省人工成本60万元"


@pytest.mark.parametrize("typed", [f"部署目标：{RESULTS}", f"整机应用目标：{RESULTS}",
                                   f"应用目标：{RESULTS}"])
async def test_results_typed_as_goals_are_said_unsaved_and_pointed_to_预期成效(
        services, engineer, typed):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    told = texts(calls)[0].split("\n")
    assert told[0] == f"这条消息没有保存：“{RESULTS}”不是“整机应用目标”的选项。"
    assert told[1] == "请点击下方按钮选择，选好后点“完成”。"
    assert told[2].startswith(f"“{RESULTS}”读来是预期成效（部署后减少几人、效率提升多少、节省多少）")
    assert "请在汇总页输入“预期成效：”加上全部预期成效（原有的连同这一项）" in told[2]
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")
    assert answers(services, engineer) == before


async def test_indicators_typed_as_goals_are_pointed_to_技术指标(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署目标：识别准确率不低于98%，插接精度≤1mm")
    assert "读来是技术指标（精度、效率、可靠性要达到的数值）" in texts(calls)[0]


async def test_one_figure_typed_as_a_goal_is_pointed_to_the_description(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署目标：替代2名工人")
    assert texts(calls)[0].split("\n") == [
        "这条消息没有保存：“替代2名工人”不是“整机应用目标”的选项。",
        "请点击下方按钮选择，选好后点“完成”。",
        "带数字的内容请写在第 5 项“场景描述与关键技术要求”中：要达到的指标写进技术指标，"
        "部署后的效果（减少几人、节省多少）写进预期成效。"]


@pytest.mark.parametrize("typed, told", [
    ("部署目标：省级示范推广", ["这条消息没有保存：“省级示范推广”不是“整机应用目标”的选项。",
                       "请点击下方按钮选择，选好后点“完成”。"]),
    ("场景类型：电池包测试", ["这条消息没有保存：“电池包测试”不是“场景类型”的选项。",
                       "请点击下方按钮选择：工业 / 服务 / 特种。" + TYPE_EXAMPLES]),
    ("产品类型：机械臂", ["这条消息没有保存：“机械臂”不是“应用部署产品类型”的选项。",
                    "请点击下方按钮选择，选好后点“完成”。"]),
])
async def test_words_naming_no_button_of_a_choice_are_said_unsaved(
        services, engineer, typed, told):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0].split("\n") == told
    assert answers(services, engineer) == before


@pytest.mark.parametrize("typed, told", [
    ("场景类型：工业和服务", "场景类型只能选一项，请点击下方按钮选择：工业 / 服务 / 特种。"),
    ("部署目标：暂不跨行业", "写明不选的目标未勾选：完成跨行业/跨领域场景应用。\n"
                        "请点击下方按钮选择，选好后点“完成”。"),
    ("产品类型：轮式", "请连同产品类型一起写，例如“人形机器人：轮式”，或点击按钮选择。"),
])
async def test_words_naming_a_choice_keep_their_own_reason(services, engineer, typed, told):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == told


@pytest.mark.parametrize("typed, changed", [
    ("部署目标：跨行业", {"deployment_goals": ["完成跨行业/跨领域场景应用"]}),
    ("场景类型：服务", {"scenario_type": "服务"}),
    ("场景类型：仓储物流", {}),  # read as 工业, as it was
])
async def test_choices_typed_after_their_names_are_still_saved(services, engineer, typed,
                                                               changed):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, typed) == changed


@pytest.mark.parametrize("typed", ["补充指标：无", "补充指标：没有", "补充指标：暂无",
                                   "补充指标：无补充", "补充指标：不需要补充", "补充指标：不需要",
                                   "补充指标：不用了", "补充指标：无需"])
async def test_no_supplement_when_none_is_asked_for_keeps_the_summary(services, engineer, typed):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "技术指标已涵盖精度、效率、可靠性，没有需要补充的指标，汇总未改动。"
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer) == before


async def test_a_real_supplement_when_none_is_asked_for_is_still_pointed_to_the_indicators(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("补充指标：连续运行≥8小时")
    assert "如需加上“连续运行≥8小时”，请把它写进技术指标" in texts(calls)[0]


async def _with_supplement(engineer) -> None:
    await fill_to_summary(engineer)
    await engineer.send("技术指标：插接位置精度≤±0.5mm，单次插拔节拍≤15秒")
    await engineer.send("不需要")
    await engineer.send("补充指标：成功率不低于99%")


@pytest.mark.parametrize("typed", ["补充指标：无", "补充指标：无补充", "补充指标：不需要补充",
                                   "补充指标：不需要", "补充指标：不用"])
async def test_no_supplement_typed_over_a_stored_one_clears_it_saying_so(
        services, engineer, typed):
    await _with_supplement(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已清空“场景描述与关键技术要求（补充指标）”。"
    assert answers(services, engineer).get("indicators_more") is None


async def test_a_real_supplement_typed_over_a_stored_one_replaces_it(services, engineer):
    await _with_supplement(engineer)
    changed = await changed_by(services, engineer, "补充指标：连续运行≥8小时")
    assert changed == {"indicators_more": "连续运行≥8小时"}


async def test_no_supplement_after_declining_one_keeps_it_declined(services, engineer):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：插接位置精度≤±0.5mm，单次插拔节拍≤15秒")
    await engineer.send("不需要")
    before = dict(answers(services, engineer))
    calls = await engineer.send("补充指标：无补充")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer) == before
