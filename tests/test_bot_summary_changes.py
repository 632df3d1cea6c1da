"""Changes typed at the summary: an item named with its new value is answered as if typed at
its question; a text naming no item is said to be unsaved."""

import pytest

from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary

NOT_SAVED = ("这条消息没有保存。要修改某一项，请点击该项，或输入“项目名：新内容”"
             "（如“部署总数：12台”）；确认无误请点击“提交”。")


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def changed_by(services, engineer, typed: str) -> dict:
    """The answers that typing `typed` at the summary changed, with their new values (None:
    cleared)."""
    before = dict(answers(services, engineer))
    await engineer.send(typed)
    after = answers(services, engineer)
    return {key: after.get(key) for key in {*before, *after} if after.get(key) != before.get(key)}


@pytest.mark.parametrize("typed", ["部署总数：15台", "部署总数改为15台", "把部署总数改成15台",
                                   "第10项：15台", "台数：十五台"])
async def test_an_item_typed_with_its_new_value_at_the_summary_is_saved_there(
        services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已记录部署总数：15 台。"
    assert "10. 部署总数：15台" in texts(calls)[-1]
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["deployment_count"] == 15


@pytest.mark.parametrize(("typed", "key", "saved"), [
    ("预期成效改为：替代3名测试工人", "expected_results", "替代3名测试工人"),
    ("场景名称修改为：恒远工厂电池包测试—柔性插接", "scenario_name", "恒远工厂电池包测试—柔性插接"),
    ("技术指标应为：定位精度±1mm，节拍≤20秒，成功率≥99%", "indicators", "定位精度±1mm，节拍≤20秒，成功率≥99%"),
    ("场景名称改为 ： 恒远工厂电池包测试—柔性插接", "scenario_name", "恒远工厂电池包测试—柔性插接"),
])
async def test_a_colon_after_the_verb_of_a_change_is_no_part_of_the_new_value(
        services, engineer, typed, key, saved):
    await fill_to_summary(engineer)
    told = texts(await engineer.send(typed))
    assert answers(services, engineer)[key] == saved
    assert "：：" not in "\n".join(told)


async def test_results_of_a_zero_target_typed_with_their_label_at_the_summary_are_saved(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("预期成效：零事故")
    assert texts(calls)[0] == "已修改“场景描述与关键技术要求（预期成效）”：零事故"
    assert answers(services, engineer)["expected_results"] == "零事故"


async def test_a_choice_typed_with_its_item_at_the_summary_is_picked(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("场景类型改为服务")
    assert texts(calls)[0] == "已修改“场景类型”：服务"
    assert "6. 场景类型：服务" in texts(calls)[-1]


async def test_a_question_of_a_column_typed_with_its_value_changes_that_question_only(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("关键零部件：恒远关节模组")
    assert texts(calls)[0] == "已修改“可规模推广的其他标志性技术产品（关键零部件）”：恒远关节模组"
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["key_components"] == "恒远关节模组"
    assert answers(services, engineer)["model_algorithm"] == "恒远具身智能操作大模型"


async def test_a_value_its_question_refuses_opens_the_question_with_the_reason(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：10-20台")
    assert texts(calls)[0] == "请填写一个确定的台数，不要写范围，例如：20台。"
    assert texts(calls)[-1].startswith("第 10/11 步 · 部署总数")
    assert answers(services, engineer)["deployment_count"] == 10


async def test_new_indicators_missing_a_dimension_go_on_to_their_offer(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("技术指标：插接位置精度≤±0.5mm")
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求")
    assert "是否补充" in texts(calls)[-1]
    assert answers(services, engineer)["indicators"] == "插接位置精度≤±0.5mm"


@pytest.mark.parametrize("replies", [
    ("不需要",), ("不用",), ("补充", "单次插拔节拍≤15秒，成功率不低于99%"),
    ("单次插拔节拍≤15秒，成功率不低于99%",),
])
async def test_the_offer_of_new_indicators_typed_at_the_summary_leads_back_there(
        services, engineer, replies):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：插接位置精度≤±0.5mm")
    for reply in replies:
        calls = await engineer.send(reply)
    assert "下一问" not in texts(calls)[0]
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["expected_results"] == "替代2名测试工人，测试效率提升30%。"


@pytest.mark.parametrize(("typed", "key"), [
    ("预期成效：替代2名测试工人，年节约人工成本60万元", "expected_results"),
    ("现状与痛点：电池包下线前需人工插拔高压插头，存在打火风险。", "pain_point"),
])
async def test_another_part_typed_with_its_label_at_the_offer_of_new_indicators_changes_it(
        services, engineer, typed, key):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：定位精度±0.5mm，节拍≤15秒")
    calls = await engineer.send(typed)
    assert not any("没有存为补充指标" in text for text in texts(calls))
    assert answers(services, engineer)[key] == typed.split("：", 1)[1]
    assert answers(services, engineer)["indicators"] == "定位精度±0.5mm，节拍≤15秒"


async def test_the_offer_of_new_indicators_typed_at_the_summary_survives_a_restart(
        make_app, telegram, engineer):
    await fill_to_summary(engineer)
    await engineer.send("技术指标：插接位置精度≤±0.5mm")
    restarted = FakeUser(await make_app(), telegram, user_id=engineer.id, name="张工")
    calls = await restarted.send("不用")
    assert texts(calls)[-1].startswith("📋 请核对场景")


async def test_a_column_walked_from_the_summary_still_goes_on_past_the_offer(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 5")
    await engineer.press("✔️ 保持不变")
    await engineer.send("插接位置精度≤±0.5mm")
    calls = await engineer.send("不用")
    assert texts(calls)[-1].startswith("第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效")


@pytest.mark.parametrize(("typed", "opened"), [
    ("修改部署总数", "第 10/11 步 · 部署总数"), ("改第10项", "第 10/11 步 · 部署总数"),
    ("改一下联合体", "第 8/11 步（1/2） · 创新应用联合体成员"),
    ("技术指标", "第 5/11 步（2/3） · 场景描述与关键技术要求"),
    ("关键零部件", "第 11/11 步（4/4） · 可规模推广的其他标志性技术产品"),
    ("痛点", "第 5/11 步（1/3） · 场景描述与关键技术要求"),
])
async def test_an_item_named_at_the_summary_opens_its_question(engineer, typed, opened):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith(opened)


@pytest.mark.parametrize("typed", ["15人", "类型", "没问题了吧"])
async def test_a_text_naming_no_item_at_the_summary_is_said_to_be_unsaved(
        services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_SAVED
    assert answers(services, engineer)["deployment_count"] == 10


async def test_a_count_typed_at_the_summary_of_a_returned_entry_reaches_the_export(
        services, engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署台数核实")
    await suzhou.press("☐ 5")
    await suzhou.press("☐ 10")
    await suzhou.press("📨 发送退回")
    await engineer.press("✏️ 去修改")
    await engineer.send("保持不变")
    await engineer.send("保持不变")
    await engineer.send("保持不变")
    await engineer.send("保持不变")
    calls = await engineer.send("部署总数：8台")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert "10. 部署总数：8台" in texts(calls)[-1]
    await engineer.send("提交")
    assert answers(services, engineer)["deployment_count"] == 8


async def test_emptying_the_last_technical_product_at_the_summary_is_refused(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("关键零部件：无")
    assert texts(calls)[0] == "已清空“可规模推广的其他标志性技术产品（关键零部件）”。"
    calls = await engineer.send("模型算法：无")
    assert texts(calls)[0] == ("模型算法、操作系统、仿真平台、关键零部件至少填写一项。"
                               "“模型算法”是本步唯一填写的一项，没有清空；"
                               "要改填其他项，请先填好那一项，再清空此项。")
    assert texts(calls)[-1].startswith("第 11/11 步（1/4） · 可规模推广的其他标志性技术产品")
    assert answers(services, engineer)["model_algorithm"] == "恒远具身智能操作大模型"


@pytest.mark.parametrize(("typed", "key", "value"), [
    ("方向：储能电池", "sub_direction", "储能电池"),
    ("细分方向：储能电池", "sub_direction", "储能电池"),
    ("行业：汽车制造", "industry", "汽车制造"),
    ("所属行业：汽车制造", "industry", "汽车制造"),
    ("城市：南京", "city", "南京市"),
    ("企业全称：苏州恒远新能源有限公司", "enterprise", "苏州恒远新能源有限公司"),
    ("预期成效：替代3名测试工人", "expected_results", "替代3名测试工人"),
    ("其他成员：南京大学", "partners", ["南京大学"]),
    ("操作系统：恒远机器人操作系统", "operating_system", "恒远机器人操作系统"),
])
async def test_a_part_of_a_column_named_at_the_summary_changes_that_part_not_the_first(
        services, engineer, typed, key, value):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("📋 请核对场景")
    after = answers(services, engineer)
    assert after[key] == value
    assert {k for k in after if after[k] != before.get(k)} == {key}


@pytest.mark.parametrize("typed", ["6：服务", "6. 服务", "6、服务", "第6项：服务", "第6项、服务",
                                   "6.服务"])
async def test_an_item_number_typed_with_its_new_value_at_the_summary_is_saved_in_any_form(
        services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已修改“场景类型”：服务"
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["scenario_type"] == "服务"


@pytest.mark.parametrize(("typed", "opened"), [
    ("部署总数：", "第 10/11 步 · 部署总数"),
    ("技术指标：", "第 5/11 步（2/3） · 场景描述与关键技术要求"),
    ("关键零部件：", "第 11/11 步（4/4） · 可规模推广的其他标志性技术产品"),
    ("方向：", "第 4/11 步（2/2） · 行业/方向"),
    ("6.", "第 6/11 步 · 场景类型"),
])
async def test_an_item_named_with_no_value_at_the_summary_opens_its_question(
        services, engineer, typed, opened):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith(opened)
    assert answers(services, engineer)["deployment_count"] == 10


@pytest.mark.parametrize("typed", ["5、10", "10.5", "1、3"])
async def test_item_numbers_alone_at_the_summary_change_nothing(services, engineer, typed):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NOT_SAVED
    assert answers(services, engineer) == before


@pytest.mark.parametrize("typed", [
    "部署总数：15台，场景类型改为服务", "部署总数：15台\n场景类型：服务", "第10项：15台，第6项：服务",
    "场景类型改为服务，部署总数改为15台", "部署总数：15台；把场景类型改成服务。",
    "第10项：15台\n6. 场景类型：服务", "部署总数：15台 场景类型：服务", "第10项：15台 第6项：服务",
])
async def test_each_item_typed_with_its_value_in_one_message_at_the_summary_is_saved(
        services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert "已记录部署总数：15 台。" in texts(calls)[0]
    assert "已修改“场景类型”：服务" in texts(calls)[0]
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["deployment_count"] == 15
    assert answers(services, engineer)["scenario_type"] == "服务"


async def test_a_refused_change_in_one_message_keeps_the_earlier_and_says_the_later_unsaved(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：15台，场景类型：农业，细分方向：储能电池")
    told = texts(calls)[0]
    assert told.startswith("已记录部署总数：15 台。\n")
    assert "工业 / 服务 / 特种" in told
    assert told.endswith("这条消息中以下修改没有保存：细分方向：储能电池。请先完成本项，"
                         "再到汇总页重新输入。")
    assert texts(calls)[-1].startswith("第 6/11 步 · 场景类型")
    assert answers(services, engineer)["deployment_count"] == 15
    assert answers(services, engineer)["scenario_type"] == "工业"
    assert answers(services, engineer)["sub_direction"] == "动力电池"


@pytest.mark.parametrize(("typed", "changed"), [
    ("城市：南京，企业全称：南京恒远电池有限公司",
     {"city": "南京市", "enterprise": "南京恒远电池有限公司"}),
    *((f"城市：南京 {label}：南京恒远电池有限公司",
       {"city": "南京市", "enterprise": "南京恒远电池有限公司"})
      for label in ("企业", "单位", "公司", "公司名称", "公司全称")),
    ("企业：南京恒远电池有限公司", {"enterprise": "南京恒远电池有限公司"}),
    ("所属行业：汽车制造，细分方向：新能源汽车",
     {"industry": "汽车制造", "sub_direction": "新能源汽车"}),
    ("整机企业：优必选科技股份有限公司，其他：南京大学",
     {"makers": ["优必选科技股份有限公司"], "partners": ["南京大学"]}),
    *((f"整机企业（或应用服务商）：优必选科技股份有限公司{between}其他：南京大学",
       {"makers": ["优必选科技股份有限公司"], "partners": ["南京大学"]}) for between in " \n"),
    ("模型算法：恒远大模型，关键零部件：恒远关节模组",
     {"model_algorithm": "恒远大模型", "key_components": "恒远关节模组"}),
    ("部署总数：12台，其中首批5台", {"deployment_count": 12}),
    ("预期成效：1. 替代3名测试工人；2. 效率提升30%\n部署总数：12台",
     {"expected_results": "1. 替代3名测试工人；2. 效率提升30%", "deployment_count": 12}),
])
async def test_parts_of_one_column_typed_together_at_the_summary_each_land_in_their_own(
        services, engineer, typed, changed):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, typed) == changed


@pytest.mark.parametrize("typed", ["所属行业：汽车制造，细分方向：缸盖装配",
                                   "所属行业：汽车制造\n细分方向：缸盖装配",
                                   "行业：汽车制造；方向：缸盖装配"])
async def test_an_industry_and_direction_typed_together_at_the_summary_are_told_once(
        services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已把这条消息分别填入：所属行业（汽车制造）、细分方向（缸盖装配）。"
    assert "4. 行业/方向：汽车制造/缸盖装配" in texts(calls)[-1]


@pytest.mark.parametrize(("typed", "key", "value", "echo"), [
    ("产品类型改为四足机器人：足式", "product_types", {"四足机器人": "足式"},
     "已修改“应用部署产品类型”：☐人形机器人：足式/轮式/其他 ☑四足机器人：足式 "
     "☐其他类型产品：仿人形/仿四足机器人"),
    ("整机应用目标改为跨行业部署", "deployment_goals", ["完成跨行业/跨领域场景应用"],
     "已修改“整机应用目标”：☐完成本单位内同类场景复制部署 ☐完成行业内同场景复制部署 "
     "☑完成跨行业/跨领域场景应用"),
    ("整机应用目标：全部", "deployment_goals",
     ["完成本单位内同类场景复制部署", "完成行业内同场景复制部署", "完成跨行业/跨领域场景应用"], None),
])
async def test_a_selection_typed_at_the_summary_replaces_the_old_one_and_comes_back(
        services, engineer, typed, key, value, echo):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert echo is None or texts(calls)[0] == echo
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)[key] == value


@pytest.mark.parametrize(("typed", "reason", "opened"), [
    ("产品类型改为四足机器人", "请写明“四足机器人”的形态：足式 / 轮式 / 其他。", "第 7/11 步"),
    ("整机应用目标：省级示范推广", "这条消息没有保存：“省级示范推广”不是“整机应用目标”的选项。\n"
                          "请点击下方按钮选择，选好后点“完成”。", "第 9/11 步"),
])
async def test_a_selection_typed_at_the_summary_that_is_incomplete_changes_nothing(
        services, engineer, typed, reason, opened):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0] == reason
    assert texts(calls)[-1].startswith(opened)
    assert answers(services, engineer) == before


async def test_goals_typed_at_the_summary_partly_read_say_what_was_not_ticked(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("整机应用目标改为跨行业部署、省级示范推广")
    assert texts(calls)[0].endswith("未能识别“省级示范推广”，没有勾选；请点击下方按钮选择。")
    assert answers(services, engineer)["deployment_goals"] == ["完成跨行业/跨领域场景应用"]


@pytest.mark.parametrize(("typed", "partners"), [
    ("整机企业：优必选科技股份有限公司、南京大学", ["东南大学"]),
    ("整机企业：优必选科技股份有限公司、南京大学，其他：苏州大学", ["苏州大学"]),
])
async def test_names_typed_under_the_makers_label_at_the_summary_stay_makers(
        services, engineer, typed, partners):
    await fill_to_summary(engineer)
    await engineer.send(typed)
    assert answers(services, engineer)["makers"] == ["优必选科技股份有限公司", "南京大学"]
    assert answers(services, engineer)["partners"] == partners


async def test_a_university_typed_at_the_summary_under_the_consortium_goes_to_other_members(
        services, engineer):
    await fill_to_summary(engineer)
    await engineer.send("联合体：优必选科技股份有限公司、南京大学")
    assert answers(services, engineer)["makers"] == ["优必选科技股份有限公司"]
    assert answers(services, engineer)["partners"] == ["东南大学", "南京大学"]


@pytest.mark.parametrize(("typed", "key", "value"), [
    ("痛点：1. 电池包下线前需人工插拔数百伏高压测试插头，存在打火风险；2. 多品种小批量难以自动化，夜班无人值守",
     "pain_point",
     "1. 电池包下线前需人工插拔数百伏高压测试插头，存在打火风险；2. 多品种小批量难以自动化，夜班无人值守"),
    ("技术指标：1. 识别准确率不低于98%；2. 单次插拔节拍≤15秒；3. 成功率不低于99%", "indicators",
     "1. 识别准确率不低于98%；2. 单次插拔节拍≤15秒；3. 成功率不低于99%"),
    ("技术指标：\n1. 识别准确率不低于98%\n2. 单次插拔节拍≤15秒\n3. 成功率不低于99%", "indicators",
     "1. 识别准确率不低于98%\n2. 单次插拔节拍≤15秒\n3. 成功率不低于99%"),
    ("预期成效：1. 替代2名测试工人\n2. 测试效率提升30%", "expected_results",
     "1. 替代2名测试工人\n2. 测试效率提升30%"),
    ("关键零部件：恒远灵巧手 2. 恒远关节模组", "key_components", "恒远灵巧手 2. 恒远关节模组"),
    ("痛点：现场需人工插拔高压插头，存在打火风险，指标：漏检率高达5%", "pain_point",
     "现场需人工插拔高压插头，存在打火风险，指标：漏检率高达5%"),
    ("预期成效：替代2名测试工人，部署总数：10台，测试效率提升30%", "expected_results",
     "替代2名测试工人，部署总数：10台，测试效率提升30%"),
    ("预期成效：替代2名测试工人，效率提升30%，整机企业：恒远机器人有限公司负责本体交付",
     "expected_results", "替代2名测试工人，效率提升30%，整机企业：恒远机器人有限公司负责本体交付"),
    ("痛点：目前由人工插拔测试插头，场景类型：工业场景下风险较高，多品种小批量难以自动化", "pain_point",
     "目前由人工插拔测试插头，场景类型：工业场景下风险较高，多品种小批量难以自动化"),
])
async def test_a_free_text_answer_typed_at_the_summary_is_saved_whole_however_it_is_written(
        services, engineer, typed, key, value):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, typed) == {key: value}


@pytest.mark.parametrize("typed", [
    "现状：目前由2名工人人工插拔测试插头，每班8小时；痛点：高压打火风险大，多品种小批量难以自动化",
    "现状与痛点：现状：目前由2名工人人工插拔测试插头，每班8小时；痛点：高压打火风险大，多品种小批量难以自动化",
])
async def test_two_labels_of_the_pain_point_typed_at_the_summary_keep_both_halves(
        services, engineer, typed):
    await fill_to_summary(engineer)
    await engineer.send(typed)
    assert answers(services, engineer)["pain_point"] == (
        "目前由2名工人人工插拔测试插头，每班8小时；\n高压打火风险大，多品种小批量难以自动化")


@pytest.mark.parametrize("typed", [
    "场景描述与关键技术要求：现状与痛点：电池包下线前需人工插拔数百伏高压测试插头，存在打火风险，夜班无人。",
    "5. 场景描述与关键技术要求：现状与痛点：电池包下线前需人工插拔数百伏高压测试插头，存在打火风险，夜班无人。",
])
async def test_a_column_title_copied_from_the_summary_before_a_label_is_left_out_of_the_answer(
        services, engineer, typed):
    await fill_to_summary(engineer)
    await engineer.send(typed)
    assert answers(services, engineer)["pain_point"] == (
        "电池包下线前需人工插拔数百伏高压测试插头，存在打火风险，夜班无人。")


@pytest.mark.parametrize(("typed", "told"), [
    ("11. 恒远智能套件", "第 11 项有几问（模型算法、操作系统、仿真平台、关键零部件），看不出“恒远智能套件”"),
    ("第11项：恒远智能套件", "第 11 项有几问（模型算法、操作系统、仿真平台、关键零部件），看不出“恒远智能套件”"),
    ("第11项：恒远大模型、恒远灵巧手", "看不出“恒远大模型、恒远灵巧手”是哪一问的内容"),
    ("第11项：模型算法", "看不出“模型算法”是哪一问的内容"),
    ("4. 汽车制造", "第 4 项有几问（所属行业、细分方向），看不出“汽车制造”是哪一问的内容"),
    # sentences about a product, not its name: a change, none, a plan or a source
    ("11. 改为恒远关节模组", "看不出“改为恒远关节模组”"),
    ("第11项：换成恒远大模型", "看不出“换成恒远大模型”"),
    ("11. 新增恒远大模型", "看不出“新增恒远大模型”"),
    ("11. 我们用的是恒远灵巧手", "看不出“我们用的是恒远灵巧手”"),
    ("11. 暂无自研算法", "看不出“暂无自研算法”"),
    ("11. 还没有自研模型", "看不出“还没有自研模型”"),
    ("11. 不涉及操作系统", "看不出“不涉及操作系统”"),
    ("11. 计划采购外部大模型", "看不出“计划采购外部大模型”"),
    ("11. 基于开源ROS", "看不出“基于开源ROS”"),
    ("11. 恒远POS", "看不出“恒远POS”"),
    # names on two lines may be of two questions
    ("第11项：恒远大模型\n恒远灵巧手", "看不出“恒远大模型\n恒远灵巧手”"),
])
async def test_a_value_typed_after_a_column_of_several_questions_opens_it_said_unsaved(
        services, engineer, typed, told):
    await fill_to_summary(engineer)
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("这条消息没有保存：")
    assert told in texts(calls)[0]
    assert "步（1/" in texts(calls)[-1]
    assert answers(services, engineer) == before


@pytest.mark.parametrize(("typed", "key", "value"), [
    ("第11项：恒远大模型", "model_algorithm", "恒远大模型"),
    ("11. 恒远抓取算法", "model_algorithm", "恒远抓取算法"),
    ("11、恒远机器人操作系统", "operating_system", "恒远机器人操作系统"),
    ("第11项：恒远数字孪生仿真平台", "simulation_platform", "恒远数字孪生仿真平台"),
    ("11. 恒远五指灵巧手", "key_components", "恒远五指灵巧手"),
])
async def test_a_product_typed_after_its_column_number_at_the_summary_is_saved_where_its_name_says(
        services, engineer, typed, key, value):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)[key] == value


async def test_a_count_and_a_product_typed_by_its_column_number_at_the_summary_are_both_saved(
        services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：12台，第11项：恒远大模型")
    assert texts(calls)[0] == ("已记录部署总数：12 台。\n"
                               "已修改“可规模推广的其他标志性技术产品（模型算法）”：恒远大模型")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert answers(services, engineer)["deployment_count"] == 12
    assert answers(services, engineer)["model_algorithm"] == "恒远大模型"


@pytest.mark.parametrize(("typed", "said"), [
    ("城市：苏州", "“用户单位（所在城市）”与原来相同，没有改动：苏州市"),
    ("场景名称：恒远工厂电池测试—柔性插接", "“场景名称”与原来相同，没有改动：恒远工厂电池测试—柔性插接"),
])
async def test_a_change_typed_as_the_answer_already_saved_says_nothing_changed(
        engineer, typed, said):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == said
