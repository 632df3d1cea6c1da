"""Indicators QA found misread (fix 409): units said in the trade (丝, JPH, 2T, Ra), figures
that only describe the setting, dimensions of battery and downtime metrics, availability said
in nines, and the conditions and ordinals around a metric."""

import pytest

from flows.coaching import indicator_problem, recognised
from flows.indicators import assess_description, format_indicators

DIMENSIONS = {"accuracy": "精度", "efficiency": "效率", "reliability": "可靠性", None: "-"}


def _echo(text: str) -> str:
    return format_indicators(assess_description(text))


def _dimensions(text: str) -> list[str]:
    return [DIMENSIONS[i.dimension] for i in assess_description(text).indicators]


@pytest.mark.parametrize(("text", "echo"), [
    ("装配间隙不超过5丝", "装配间隙 ≤ 5 丝"),  # 丝 is 0.01 mm
    ("精度要求一丝", "精度要求 1 丝"),
    ("重复精度两丝", "重复精度 2 丝"),
    ("定位误差在3丝以内", "定位误差 ≤ 3 丝"),
    ("精度半个丝", "精度 0.5 丝"),
    ("表面粗糙度Ra0.8μm", "表面粗糙度Ra 0.8 μm"),
    ("产线节拍60JPH", "产线节拍 60 JPH"),
    ("产能1200UPH", "产能 1200 UPH"),
    ("负载2T", "负载 2 吨"),
    ("载重不低于1.5t", "载重 ≥ 1.5 吨"),
    ("待机7天", "待机 7 天"),
    ("双臂7自由度", "双臂 7 自由度"),
    ("续航两个半钟头", "续航 2.5 小时"),
])
def test_units_said_in_the_trade_are_indicators(text, echo):
    assert _echo(text) == echo


def test_a_fit_in_丝_is_a_precision():
    assert _dimensions("装配间隙不超过5丝") == ["精度"]


@pytest.mark.parametrize("text", [
    "M5丝锥攻丝", "温度等级T4", "7自由度机械臂", "采用6自由度的机械臂",
    "安排专人24小时值守", "24小时值守", "厂区面积约2万平方米", "车间建筑面积5000平方米",
    "5吨级叉车", "上线时间3个月", "部署周期2周",
])
def test_names_classes_and_the_setting_are_no_indicators(text):
    assert not assess_description(text).is_quantified


@pytest.mark.parametrize(("text", "echo"), [
    ("机器人24小时值守", "机器人 24 小时"),
    ("单机清扫面积2000平方米/小时", "单机清扫面积 2000 平方米/小时"),
    ("实现0.01mm级重复定位精度", "重复定位精度 0.01 毫米"),
    ("部署后巡检周期1周", "部署后巡检周期 1 周"),
])
def test_the_same_words_with_the_robot_or_a_metric_still_count(text, echo):
    assert _echo(text) == echo


@pytest.mark.parametrize("text", [
    "一次充电可运行6小时", "满电可工作6h", "电池工作时长≥6小时", "单次充电工作时间8小时",
    "年停机时间不超过8小时", "维修时间≤1h", "保养周期500小时", "MTBF提升50%", "停机率<1%",
])
def test_battery_life_downtime_and_upkeep_are_reliability(text):
    assert _dimensions(text) == ["可靠性"]


@pytest.mark.parametrize("text", ["充电时间两个半小时", "充满电需要1.5h", "巡检周期30分钟"])
def test_charging_and_task_times_stay_efficiency(text):
    assert _dimensions(text) == ["效率"]


@pytest.mark.parametrize(("text", "echo"), [
    ("可用性三个9", "可用性 99.9%"),
    ("成功率两个九", "成功率 99%"),
    ("系统可用性达到4个9", "系统可用性 ≥ 99.99%"),
    ("1号机器人精度0.1mm", "1号机器人精度 0.1 毫米"),
    ("第2代产品节拍提升20%", "第2代产品节拍提升 20%"),
    ("在5lux低照度下识别准确率不低于95%", "识别准确率 ≥ 95%"),
    ("在-10℃下续航不低于4h", "续航 ≥ 4 小时"),
    ("当负载10kg时节拍≤20秒", "节拍 ≤ 20 秒"),
    ("测距精度1cm@10m", "测距精度 1 厘米"),
    ("识别准确率99%（白天），95%（夜间）", "识别准确率 99%；识别准确率 95%"),
    ("可在8级风下作业", "抗风等级 8级"),
    ("定位精度±0.1mm，≤15秒", "定位精度 ±0.1 毫米；≤ 15 秒"),
])
def test_values_and_metric_names_are_read_whole(text, echo):
    assert _echo(text) == echo


@pytest.mark.parametrize(("text", "reason"), [
    ("万次无故障", "“万次”没有写出具体数值"),
    ("准确率九九", "“九九”没有单位"),
    ("抓取成功率九十九", "“九十九”没有单位"),
])
def test_chinese_numerals_without_a_value_or_unit_are_named(text, reason):
    assert indicator_problem(text).startswith(f"没有识别到可量化的指标：{reason}")


@pytest.mark.parametrize("text", ["一定程度提高效率", "十分可靠", "效率一般", "百年老店"])
def test_numerals_in_words_still_mean_no_figure(text):
    assert indicator_problem(text).startswith("没有识别到可量化的指标。回答中没有数字")


def test_a_figure_without_unit_beside_indicators_is_said_not_dropped():
    assert recognised("抓取成功率九十九，节拍15秒").split("\n")[:2] == [
        "已识别指标：节拍 15 秒",
        "“九十九”没有单位，未计入已识别指标，请补上单位（如“%”“秒”）。",
    ]
    assert "没有单位" not in recognised("UPH 600，节拍15秒")
