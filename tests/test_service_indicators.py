"""Specs of service and special robots (巡检, 消防, 防爆) count as indicators as IP67 does: an
Ex marking, a wind force, a resolution named as one, places per shift, a temperature withstood
for a time; names starting with digits (5G专网, 4K摄像头) are echoed whole."""

import pytest

from flows.figures import RESOLUTION, what_figures_are
from flows.indicators import assess_description, format_indicators
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk


@pytest.mark.parametrize(("text", "echo"), [
    ("防爆等级Ex d IIB T4", "防爆等级 Ex d IIB T4"),
    ("防爆等级Ex ib IIC T4 Gb", "防爆等级 Ex ib IIC T4 Gb"),
    ("防爆认证 Ex db IIB T4 Gb", "防爆认证 Ex db IIB T4 Gb"),
    ("防爆等级达到Ex d IIB T4 Gb", "防爆等级 ≥ Ex d IIB T4 Gb"),
    ("Ex d IIB T4", "Ex d IIB T4"),
    ("防爆等级ExdIIBT4", "防爆等级 Ex d IIB T4"),
    ("防爆标志Exd ⅡB T4 Gb", "防爆标志 Ex d IIB T4 Gb"),
    ("粉尘防爆Ex tb IIIC T135℃ Db", "粉尘防爆 Ex tb IIIC T135℃ Db"),
    ("防爆等级Ex d IIB T4，防护等级IP67，续航≥4小时",
     "防爆等级 Ex d IIB T4；防护等级 IP67；续航 ≥ 4 小时"),
    ("温度等级T4（≤135℃）", "温度等级T4 ≤ 135℃"),
    ("巡检200个点位/班", "巡检 200 个点位/班"),
    ("巡检点位200个/班", "巡检点位 200 个/班"),
    ("巡检20个站点每天", "巡检 20 个站点每天"),
    ("抗8级风", "抗风等级 8级"),
    ("抗风等级8级", "抗风等级 8级"),
    ("抗风能力≥8级", "抗风能力 ≥ 8级"),
    ("抗风等级不低于8级", "抗风等级 ≥ 8级"),
    ("可在8级风下作业", "抗风等级 8级"),
    ("抗8级以上大风", "抗风等级 ≥ 8级"),
    ("分辨率1080P", "分辨率 1080P"),
    ("视频分辨率不低于4K", "视频分辨率 ≥ 4K"),
    ("图像分辨率3840×2160", "图像分辨率 3840×2160"),
    ("支持4K分辨率", "分辨率 4K"),
    ("5G专网时延≤20ms", "5G专网时延 ≤ 20 毫秒"),
    ("4G网络下图传延迟≤200ms", "4G网络下图传延迟 ≤ 200 毫秒"),
    ("4K摄像头识别准确率≥95%", "4K摄像头识别准确率 ≥ 95%"),
    ("1080P摄像头识别距离≥30m", "1080P摄像头识别距离 ≥ 30 米"),
    ("3D视觉定位精度±0.5mm", "3D视觉定位精度 ±0.5 毫米"),
    ("耐高温800℃持续30分钟", "耐高温 800℃ 持续 30 分钟"),
    ("耐高温300℃下保持2小时，续航≥4小时", "耐高温 300℃ 保持 2 小时；续航 ≥ 4 小时"),
])
def test_service_robot_specs_are_echoed_as_indicators(text, echo):
    assert format_indicators(assess_description(text)) == echo


@pytest.mark.parametrize(("text", "dimension"), [
    ("防爆等级Ex d IIB T4 Gb", "reliability"), ("Ex d IIB T4", "reliability"),
    ("抗风等级8级", "reliability"), ("分辨率1080P", "accuracy"),
    ("耐高温800℃持续30分钟", "reliability"),
])
def test_ratings_and_resolutions_file_under_their_dimension(text, dimension):
    assert [i.dimension for i in assess_description(text).indicators] == [dimension]


@pytest.mark.parametrize("text", [
    "四足机器人搭载4K云台相机和红外热像仪", "配备1080P摄像头", "风险等级3级", "覆盖3个车间",
    "工作台尺寸1200×800", "一期工程已建成5G专网",
])
def test_cameras_named_by_resolution_risk_grades_and_scopes_are_still_no_indicators(text):
    assert not assess_description(text).is_quantified


def test_a_camera_named_by_its_resolution_is_told_to_name_the_resolution():
    assert what_figures_are("4K摄像") == {RESOLUTION: ["4K"]}


async def test_an_explosion_proof_marking_beside_other_specs_is_echoed(engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("防爆等级Ex d IIB T4 Gb，抗8级风，巡检200个点位/班")
    assert texts(calls)[0].startswith(
        "已识别指标：防爆等级 Ex d IIB T4 Gb；抗风等级 8级；巡检 200 个点位/班")
