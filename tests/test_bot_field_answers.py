"""What a typed answer may be, per question, through the real Application: evasive
placeholders, sentences at 所属行业, a scenario at 用户单位, spoken counts and names."""

import pytest

from exports.cells import parse_industry
from flows.empty_answers import REQUIRED_PLACEHOLDER
from flows.row import industry_cell
from flows.rules import prose
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, AT_SCENARIO_NAME, JOURNEY, RESULTS, walk

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
AT_RESULTS = JOURNEY.index(("send", RESULTS))


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("moves", "key"), [
    (AT_SCENARIO_NAME, "scenario_name"), (AT_MAKERS, "makers"), (AT_RESULTS, "expected_results"),
])
@pytest.mark.parametrize("typed", ["详见附件", "详见附件材料", "暂时还没想好", "还没确定", "另行报送",
                                   "正在洽谈中"])
async def test_an_evasive_placeholder_is_refused_at_a_required_question(
        engineer, app, moves, key, typed):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    assert texts(calls)[0] == REQUIRED_PLACEHOLDER.format(text=typed)
    assert texts(calls)[-1].split("\n")[0] == asked
    assert key not in saved(app, engineer)


async def test_a_member_list_with_an_evasive_entry_is_refused(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("恒远机器人有限公司、暂时还没想好")
    assert texts(calls)[0] == REQUIRED_PLACEHOLDER.format(text="暂时还没想好")
    assert "makers" not in saved(app, engineer)


async def test_voice_typed_spaces_and_full_stops_are_not_kept_in_names(engineer, app):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("昆山 沪光 汽车电器 股份有限公司。")
    await engineer.send("线束 总装 工位 插接件 自动 插装。")
    await engineer.send("汽车 制造。")
    await engineer.send("汽车 线束。")
    answers = saved(app, engineer)
    assert answers["enterprise"] == "昆山沪光汽车电器股份有限公司"
    assert answers["scenario_name"] == "线束总装工位插接件自动插装"
    assert answers["industry"] == "汽车制造"
    assert answers["sub_direction"] == "汽车线束"


async def test_voice_typed_spaces_beside_full_width_brackets_are_not_kept(engineer, app):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("博世 汽车部件 （苏州） 有限公司")
    assert saved(app, engineer)["enterprise"] == "博世汽车部件（苏州）有限公司"


async def test_spaces_inside_a_latin_name_are_kept(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("ABB Robotics、UBTECH Robotics Corp., Ltd.")
    assert saved(app, engineer)["makers"] == ["ABB Robotics", "UBTECH Robotics Corp., Ltd."]


AT_INDUSTRY = JOURNEY.index(("press", "电子信息制造业"))


@pytest.mark.parametrize(("typed", "reason"), [
    ("见附件", REQUIRED_PLACEHOLDER.format(text="见附件")),
    ("识别准确率≥95%，巡检周期由4小时缩短至1小时", "“识别准确率≥95%，巡检周期由4小时缩短至1小时”像是一句描述"),
    ("转炉区域高温粉尘，人工巡检风险大", "“转炉区域高温粉尘，人工巡检风险大”像是一句描述"),
])
async def test_what_is_no_industry_name_is_refused_at_所属行业(engineer, app, typed, reason):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(reason)
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    assert "industry" not in saved(app, engineer)


async def test_an_industry_and_direction_split_by_a_comma_are_told_to_use_a_slash(engineer):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("汽车制造，动力电池")
    assert "行业和细分方向可以用“/”隔开一起写，如“汽车制造/动力电池”。" in texts(calls)[0]


@pytest.mark.parametrize("typed", ["纺织服装", "港口物流", "3C电子", "5G通信", "新能源汽车", "化工（危化品）"])
async def test_a_typed_industry_name_is_saved(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == typed


@pytest.mark.parametrize(("typed", "direction"), [
    ("电子信息制造业/动力电池", "动力电池"), ("电子信息制造业 动力电池", "动力电池"),
    ("电子信息制造业 动力 电池。", "动力电池"), ("电子信息制造业\n动力电池", "动力电池"),
])
async def test_an_industry_typed_with_its_sub_direction_answers_both(
        engineer, app, typed, direction):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(
        f"已把这条消息分别填入：所属行业（电子信息制造业）、细分方向（{direction}）。")
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")
    answers = saved(app, engineer)
    assert (answers["industry"], answers["sub_direction"]) == ("电子信息制造业", direction)


async def test_an_industry_spoken_with_a_pause_inside_it_stays_one_industry(engineer, app):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("港口 物流")
    assert saved(app, engineer)["industry"] == "港口物流"
    assert "sub_direction" not in saved(app, engineer)


async def test_an_industry_of_its_own_with_its_direction_on_the_next_line_answers_both(
        engineer, app):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("医疗健康\n医院药房")
    assert (saved(app, engineer)["industry"], saved(app, engineer)["sub_direction"]) == (
        "医疗健康", "医院药房")


LABELLED_PAIRS = ["所属行业：餐饮零售\n细分方向：中央厨房", "行业：餐饮零售\n方向：中央厨房",
                  "所属行业：餐饮零售 细分方向：中央厨房", "所属行业：餐饮零售，细分方向：中央厨房",
                  "行业：餐饮零售；方向：中央厨房", "【所属行业】餐饮零售\n【细分方向】中央厨房",
                  "餐饮零售\n细分方向：中央厨房", "细分方向：中央厨房\n所属行业：餐饮零售",
                  "细分方向：中央厨房，所属行业：餐饮零售"]


@pytest.mark.parametrize("typed", LABELLED_PAIRS)
async def test_an_industry_and_direction_typed_with_their_labels_answer_both_without_them(
        engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已把这条消息分别填入：所属行业（餐饮零售）、细分方向（中央厨房）。")
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")
    assert industry_cell(saved(app, engineer)) == "餐饮零售/中央厨房"


async def test_a_message_filling_two_questions_says_what_went_into_each(engineer):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send("所属行业：餐饮零售，细分方向：中央厨房")
    assert texts(calls)[0] == "已把这条消息分别填入：所属行业（餐饮零售）、细分方向（中央厨房）。"


@pytest.mark.parametrize("typed", LABELLED_PAIRS)
async def test_the_labelled_pair_typed_at_细分方向_answers_both_without_labels(
        engineer, app, typed):
    await walk(engineer, AT_INDUSTRY + 1)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("已把这条消息分别填入：所属行业（餐饮零售）、细分方向（中央厨房）。")
    assert industry_cell(saved(app, engineer)) == "餐饮零售/中央厨房"


@pytest.mark.parametrize("typed", ["所属行业：餐饮零售", "行业：餐饮零售"])
async def test_a_labelled_industry_typed_at_细分方向_changes_the_industry_not_the_direction(
        engineer, app, typed):
    await walk(engineer, AT_INDUSTRY + 1)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 4/11 步（2/2） · 行业/方向")
    assert saved(app, engineer)["industry"] == "餐饮零售"
    assert "sub_direction" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["装备制造\n工程机械\n起重机", "装备制造\n工程机械 起重机"])
async def test_directions_on_lines_of_their_own_are_listed_and_exported_as_typed(
        engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    cell = industry_cell(saved(app, engineer))
    assert cell == "装备制造/工程机械、起重机"
    assert parse_industry(cell) == {"industry": "装备制造", "sub_direction": "工程机械、起重机"}


@pytest.mark.parametrize("typed", ["南钢炼钢厂转炉区域巡检", "恒远电池包下线测试插拔", "汽车总装线束插接",
                                   "冷链仓库整箱拣选"])
async def test_a_scenario_typed_as_the_user_unit_is_refused(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME - 1)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”像是场景名称，不是单位名称。")
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["焊装车间", "恒远电池包装配线", "总装车间三号工位"])
async def test_a_workshop_typed_as_the_user_unit_is_refused(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME - 1)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”是单位里的车间或产线，不是单位名称。")
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed", [
    "南京钢铁股份有限公司", "苏州市立医院", "苏州火车站", "江苏省特种设备安全监督检验研究院",
    "国网江苏省电力有限公司南京供电分公司", "无锡市消防救援支队", "南京市第一中学", "苏州检测中心",
    "中国科学院苏州纳米技术与纳米仿生研究所", "宿迁市交通运输局", "南通港口集团", "ABB Robotics",
])
async def test_a_real_user_unit_name_is_saved(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME - 1)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == typed


async def test_indicators_with_halves_are_saved_and_echoed_as_meant(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("定位误差不大于半毫米，续航两个半小时")
    assert texts(calls)[0].startswith("已识别指标：定位误差 ≤ 0.5 毫米；续航 2.5 小时")
    assert saved(app, engineer)["indicators"] == "定位误差不大于半毫米，续航两个半小时"


@pytest.mark.parametrize(("typed", "echo"), [
    ("定位精度半毫米", "定位精度 0.5 毫米"), ("重复定位精度半毫米", "重复定位精度 0.5 毫米"),
    ("定位精度一毫米", "定位精度 1 毫米")])
async def test_a_bare_half_or_one_after_a_precision_metric_is_saved_as_its_value(
        engineer, app, typed, echo):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"已识别指标：{echo}")
    assert saved(app, engineer)["indicators"] == typed


async def test_voice_pauses_in_the_description_are_not_saved(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)  # at 现状与痛点
    await engineer.send("目前 变电站 夜间巡检 由 两名 运维人员 徒步完成 ，每次 约 3小时，存在触电风险。")
    await engineer.send("表计识别准确率 99 . 5 %，单次巡检 ≤ 40分钟，连续运行 ≥ 8小时无故障")
    answers = saved(app, engineer)
    assert answers["pain_point"] == "目前变电站夜间巡检由两名运维人员徒步完成，每次约 3小时，存在触电风险。"
    assert answers["indicators"] == "表计识别准确率 99.5%，单次巡检 ≤ 40分钟，连续运行 ≥ 8小时无故障"


def test_voice_pauses_before_a_list_items_number_stay():
    assert prose(500)("一、降本 ：年节约40万元 二、增效 ：效率提升30%") == "一、降本：年节约40万元 二、增效：效率提升30%"
    assert prose(500)("一是 效率低 二是 风险高") == "一是效率低 二是风险高"
    assert prose(500)("第一 效率低 第二 风险高") == "第一效率低 第二风险高"
    assert prose(500)("首先 效率低 其次 风险高") == "首先效率低 其次风险高"
    assert prose(500)("作业 第一次 成功率") == "作业第一次成功率"


@pytest.mark.parametrize(("typed", "kept"), [
    ("1. 电池包下线测试—柔性插接", "电池包下线测试—柔性插接"),
    ("• 恒远电池测试柔性插接", "恒远电池测试柔性插接"),
    ("（1）电池包下线测试—柔性插接", "电池包下线测试—柔性插接"),
    ("1、2号线电池包下线测试", "1、2号线电池包下线测试"),
    ("一、二号高炉炉前巡检", "一、二号高炉炉前巡检"),
    ("1.5T电池包下线测试", "1.5T电池包下线测试"),
])
async def test_a_list_mark_pasted_before_a_scenario_name_is_not_kept_in_it(
        engineer, app, typed, kept):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send(typed)
    assert saved(app, engineer)["scenario_name"] == kept


@pytest.mark.parametrize("typed", ["不对，所属行业：汽车制造", "上一步选错了 所属行业：汽车制造",
                                   "不好意思，行业填错，所属行业：汽车制造"])
async def test_words_setting_an_industry_right_are_no_direction(engineer, app, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert "sub_direction" not in saved(app, engineer)
    await engineer.press("电子信息制造业")  # and at 细分方向, the industry is changed as said
    await engineer.send(typed)
    assert (saved(app, engineer)["industry"], saved(app, engineer).get("sub_direction")) == (
        "汽车制造", None)


@pytest.mark.parametrize("direction", ["产线智能化改造", "改性塑料", "板材改下料", "来料有误检测"])
async def test_a_direction_holding_words_of_a_correction_is_kept_before_the_industry(
        engineer, app, direction):
    await walk(engineer, AT_INDUSTRY + 1)
    await engineer.send(f"{direction}\n所属行业：汽车制造")
    assert (saved(app, engineer)["industry"], saved(app, engineer)["sub_direction"]) == (
        "汽车制造", direction)
