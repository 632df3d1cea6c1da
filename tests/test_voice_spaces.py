"""Pauses voice input leaves beside numbers' units are not saved. The description also loses
the pauses between Chinese words, except one that parts two spoken indicators (kept as "，");
the four product answers keep them, since there a space may part two products (恒远灵巧手
恒远关节模组) and gluing them would change what was named."""

import pytest

from flows.questionnaire import FIELDS
from flows.rules import first_error, product, prose
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, JOURNEY, walk
from tests.test_bot_field_answers import saved

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))


async def test_a_space_between_two_products_is_kept_not_glued(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send("理货 具身 大模型")
    await engineer.press("⏭ 跳过")
    await engineer.send("GR-1 人形机器人 仿真平台")
    await engineer.send("恒安 云台 相机 恒安 关节 模组")
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["simulation_platform"],
            answers["key_components"]) == (
        "理货 具身 大模型", "GR-1 人形机器人 仿真平台", "恒安 云台 相机 恒安 关节 模组")


@pytest.mark.parametrize(("typed", "kept"), [
    ("ABB Robotics 码垛 平台", "ABB Robotics 码垛 平台"),
    ("ROS2 仿真平台:Isaac Sim", "ROS2 仿真平台:Isaac Sim"),
    ("恒远灵巧手 恒远关节模组", "恒远灵巧手 恒远关节模组"),
    ("恒远 灵巧手 关键零部件：恒远 关节 模组", "恒远 灵巧手 关键零部件：恒远 关节 模组"),
    ("负载 15 公斤 协作臂", "负载 15公斤 协作臂"),
    ("1.2 米 / 秒 巡检 机器人", "1.2米/秒 巡检 机器人"),
    ("99 . 5 % 识别 模型", "99.5% 识别 模型"),
    ("GR-1 人形机器人控制器", "GR-1 人形机器人控制器"),  # GR-1 人形机器人 alone: a whole robot
    ("H1 2 台", "H1 2台"),
    ("负载 5 ㎏ 协作臂", "负载 5㎏ 协作臂"),
    ("负载 5 kg 协作臂", "负载 5 kg 协作臂"),
])
def test_a_product_keeps_its_spaces_but_joins_a_number_to_its_unit(typed, kept):
    assert product(100)(typed) == kept


@pytest.mark.parametrize(("typed", "kept"), [
    ("最大负载 15 公斤 ，行走速度不低于 1 . 2 米 / 秒", "最大负载 15公斤，行走速度不低于 1.2米/秒"),
    ("抓取成功率 99 . 5 % ， 定位 精度 正负 5 毫米", "抓取成功率 99.5%，定位精度正负 5毫米"),
    ("单次搜索 500 米隧道", "单次搜索 500米隧道"),
    ("符合 GB 11291 标准，仿真采用 Isaac Sim", "符合 GB 11291标准，仿真采用 Isaac Sim"),
    ("节拍 ≤ 15 秒\n成功率 ≥ 99 %", "节拍 ≤ 15秒\n成功率 ≥ 99%"),
    ("物流 / 电商 仓库", "物流 / 电商仓库"),
])
def test_a_numbers_unit_spoken_apart_joins_it_in_the_description(typed, kept):
    assert prose(800)(typed) == kept


# An input method's unit symbols (㎜, ㎏, ℃) are written as Chinese text, as 毫米 is; a Latin
# unit keeps the space SI writes before it. A pause before a Chinese stop goes after either.
@pytest.mark.parametrize(("typed", "kept"), [
    ("定位精度 0.5 ㎜，节拍 15 秒，成功率 99 %", "定位精度 0.5㎜，节拍 15秒，成功率 99%"),
    ("负载 5 ㎏", "负载 5㎏"),
    ("重复定位精度 0.1 ㎜ 以内 。", "重复定位精度 0.1㎜以内。"),
    ("工作温度 -20 ℃ 至 45 ℃ ，覆盖面积 200 ㎡", "工作温度 -20℃至 45℃，覆盖面积 200㎡"),
    ("定位精度 0.5 mm，负载 5 kg，连续运行 2000 h", "定位精度 0.5 mm，负载 5 kg，连续运行 2000 h"),
    ("重复定位精度 0.1 mm 以内 。", "重复定位精度 0.1 mm 以内。"),
    ("仿真采用 Isaac Sim ，精度 0.5 mm 。", "仿真采用 Isaac Sim，精度 0.5 mm。"),
])
def test_a_chinese_unit_symbol_joins_its_number_but_a_latin_unit_keeps_its_space(typed, kept):
    assert prose(800)(typed) == kept


async def test_indicators_with_unit_symbols_are_saved_as_those_with_chinese_units(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("定位精度 0.5 ㎜，节拍 15 秒，成功率 99 %")
    assert texts(calls)[0].startswith("已识别指标：定位精度 0.5 毫米；节拍 15 秒；成功率 99%")
    assert saved(app, engineer)["indicators"] == "定位精度 0.5㎜，节拍 15秒，成功率 99%"


# A pause right after a whole figure, before words naming a figure of their own, is the only
# separator of indicators spoken one after another: it is kept as "，", not glued away.
@pytest.mark.parametrize(("typed", "kept"), [
    ("识别准确率百分之九十九点五 单件节拍三十秒每件 定位精度零点一毫米 连续运行八小时无故障",
     "识别准确率百分之九十九点五，单件节拍三十秒每件，定位精度零点一毫米，连续运行八小时无故障"),
    ("节拍三十秒一件 准确率百分之九十九点九", "节拍三十秒一件，准确率百分之九十九点九"),
    ("误差两个毫米 节拍三十秒 成功率百分之九十九", "误差两个毫米，节拍三十秒，成功率百分之九十九"),
    ("准确率99 节拍15", "准确率99，节拍15"),
    ("识别准确率 99 . 5 % 单件节拍 30 秒", "识别准确率 99.5%，单件节拍 30秒"),
    ("节拍三小时 以内 准确率99%", "节拍三小时以内，准确率99%"),
])
def test_a_pause_between_two_spoken_indicators_parts_them(typed, kept):
    assert prose(800)(typed) == kept


# A pause before a figure's unit, comparator or target, or before words with no figure of
# their own, and one after a count before what it counts, is a pause inside the clause.
@pytest.mark.parametrize(("typed", "kept"), [
    ("巡检时间由三小时 缩短到一小时", "巡检时间由三小时缩短到一小时"),
    ("单站巡检时间 由 3 小时 缩短 到 1 小时", "单站巡检时间由 3小时缩短到 1小时"),
    ("单次续航8小时 无故障", "单次续航8小时无故障"),
    ("需要 10 台 机器人 在 2 个 工位", "需要 10台机器人在 2个工位"),
    ("目前 变电站 夜间巡检 每次 3 小时", "目前变电站夜间巡检每次 3小时"),
])
def test_a_pause_inside_one_clause_is_still_dropped(typed, kept):
    assert prose(800)(typed) == kept


# After a figure, a pause parts clauses only when the next words begin with a metric's name:
# what a count counts (2名 工人), where or on what a figure holds (-20℃ 环境下, 20公斤 物料),
# a figure's 每件, and a model's digits (GR-1, Go2, IP67) keep the pause inside the clause,
# since a wrong comma changes what a figure measures.
@pytest.mark.parametrize(("typed", "kept"), [
    ("10台 机器人 协同作业 节拍 30 秒 定位精度 1 毫米 成功率 99%",
     "10台机器人协同作业节拍 30秒，定位精度 1毫米，成功率 99%"),
    ("识别 5 种 缺陷 准确率 99%", "识别 5种缺陷准确率 99%"),
    ("识别 5 种 缺陷准确率 99%", "识别 5种缺陷准确率 99%"),
    ("兼容 3 种 车型 换型时间 10 分钟", "兼容 3种车型换型时间 10分钟"),
    ("覆盖 200 个 表计 识别准确率 98%", "覆盖 200个表计识别准确率 98%"),
    ("搬运 20 公斤 物料 节拍 30 秒", "搬运 20公斤物料节拍 30秒"),
    ("24 小时 不间断 巡检 准确率 98%", "24小时不间断巡检准确率 98%"),
    ("GR-1 机器人 搬运节拍30秒/件", "GR-1机器人搬运节拍30秒/件"),
    ("Go2 四足机器人 续航 2 小时", "Go2 四足机器人续航 2小时"),
    ("Go2 续航 2 小时", "Go2 续航 2小时"),
    ("IP67 防护等级 定位精度 1mm", "IP67 防护等级定位精度 1mm"),
    ("最大速度 1.5m/s 的 AGV 定位精度 10mm", "最大速度 1.5m/s 的 AGV 定位精度 10mm"),
    ("在 -20℃ 环境下 连续工作8小时 定位精度1mm 节拍30秒",
     "在 -20℃环境下连续工作8小时，定位精度1mm，节拍30秒"),
    ("每班 8 小时 作业 成功率 99%", "每班 8小时作业成功率 99%"),
    ("节拍 30 秒 每件 准确率 99% 连续运行 8 小时", "节拍 30秒每件，准确率 99%，连续运行 8小时"),
    ("检测精度0.02mm 每小时 检测 200件", "检测精度0.02mm，每小时检测 200件"),
])
def test_a_pause_before_words_that_do_not_name_a_metric_stays_inside_the_clause(typed, kept):
    assert prose(800)(typed) == kept


def test_a_count_of_what_a_result_changes_is_saved_joined_to_it():
    results = next(field for field in FIELDS if field.key == "expected_results")
    assert first_error(results.rule, "替代 2 名 工人 效率提升 30%") == ("替代 2名工人效率提升 30%", None)


async def test_spoken_indicators_are_saved_and_echoed_one_by_one(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(
        "识别准确率百分之九十九点五 单件节拍三十秒每件 定位精度零点一毫米 连续运行八小时无故障")
    assert texts(calls)[0] == ("已识别指标：识别准确率 99.5%；单件节拍 30 秒；定位精度 0.1 毫米；"
                               "连续运行 8 小时")
    assert saved(app, engineer)["indicators"] == (
        "识别准确率百分之九十九点五，单件节拍三十秒每件，定位精度零点一毫米，连续运行八小时无故障")


async def test_spoken_bare_numbers_are_each_said_to_lack_a_unit(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("准确率99 节拍15")
    assert "“99”“15”没有单位" in texts(calls)[0]


# Engineers name a metric by what it measures (越障高度, 爬坡角度, 涉水深度, 防护等级, 最大负载,
# 噪声, 工作温度): the measured noun at its end makes it a metric as much as 精度 or 节拍 does.
@pytest.mark.parametrize(("typed", "kept"), [
    ("越障高度25厘米 爬坡角度35度", "越障高度25厘米，爬坡角度35度"),
    ("由三小时缩短到一小时 越障高度不低于二十五厘米 最大爬坡角度三十五度",
     "由三小时缩短到一小时，越障高度不低于二十五厘米，最大爬坡角度三十五度"),
    ("涉水深度20厘米 最大坡度30度 最大负载15公斤", "涉水深度20厘米，最大坡度30度，最大负载15公斤"),
    ("载重50公斤 行走速度1.5米每秒 噪声低于60分贝", "载重50公斤，行走速度1.5米每秒，噪声低于60分贝"),
    ("通信延迟小于100毫秒 工作温度零下二十度至五十度", "通信延迟小于100毫秒，工作温度零下二十度至五十度"),
    ("充电时间1小时 单次巡检里程5公里 漏检率低于百分之一",
     "充电时间1小时，单次巡检里程5公里，漏检率低于百分之一"),
    ("垃圾浪费率5% 覆盖率100%", "垃圾浪费率5%，覆盖率100%"),
])
def test_a_pause_before_a_metric_named_by_what_it_measures_parts_the_indicators(typed, kept):
    assert prose(800)(typed) == kept


async def test_spoken_obstacle_and_slope_indicators_are_saved_apart(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("越障高度不低于25厘米 最大爬坡角度35度 续航时间4小时 识别准确率98%")
    assert texts(calls)[0].splitlines()[0] == (
        "已识别指标：越障高度 ≥ 25 厘米；最大爬坡角度 35 度；续航时间 4 小时；识别准确率 98%")
    assert saved(app, engineer)["indicators"] == (
        "越障高度不低于25厘米，最大爬坡角度35度，续航时间4小时，识别准确率98%")


# A measured noun (噪声, 负载, 压力) right after a figure names a metric only when its own
# figure follows it, directly or through a comparator or change: followed by 环境下, 的 or 下
# it says where or on what the figure before holds, and the pause is dropped as any other.
@pytest.mark.parametrize(("typed", "kept"), [
    ("工人需要在 90分贝 噪声 环境 下 工作 8小时 劳动强度大", "工人需要在 90分贝噪声环境下工作 8小时劳动强度大"),
    ("巡检员 需 携带 15公斤 负载 的 检测设备 步行 3公里", "巡检员需携带 15公斤负载的检测设备步行 3公里"),
    ("在 0.5兆帕 压力 下 保持 30分钟 无泄漏 定位精度 ±1毫米",
     "在 0.5兆帕压力下保持 30分钟无泄漏定位精度 ±1毫米"),
    ("越障高度 不低于25厘米 最大负载能力 50公斤", "越障高度不低于25厘米，最大负载能力 50公斤"),
    ("续航4小时 工作温度范围 -20℃至50℃", "续航4小时，工作温度范围 -20℃至50℃"),
])
def test_a_measured_noun_without_its_own_figure_after_a_pause_stays_inside_the_clause(
        typed, kept):
    assert prose(800)(typed) == kept


async def test_a_spoken_pain_point_keeps_the_noise_with_its_figure(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send("工人需要在 90分贝 噪声 环境 下 工作 8小时 劳动强度大")
    assert saved(app, engineer)["pain_point"] == "工人需要在 90分贝噪声环境下工作 8小时劳动强度大"


async def test_spoken_indicators_under_pressure_are_saved_without_a_comma(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("在 0.5兆帕 压力 下 保持 30分钟 无泄漏 定位精度 ±1毫米")
    assert saved(app, engineer)["indicators"] == "在 0.5兆帕压力下保持 30分钟无泄漏定位精度 ±1毫米"
