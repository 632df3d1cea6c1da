"""Counts of machines and stations in a description (flows/indicator_context.py): how many
robots are deployed, and where, is the setting (部署总数 has its own column), not an
indicator; the same count as a capacity or a benefit still is."""

import pytest

from flows.indicators import assess_description

# QA: 需要10台机器人 and 在2个工位开展 were echoed as indicators.
MACHINES_OR_STATIONS_DEPLOYED = [
    "需要10台机器人", "在2个工位开展", "部署10台机器人", "共投入5台四足机器人", "机器人数量10台",
    "部署不少于10台机器人", "计划部署总数10台。", "2026年6月30日前部署10台机器人",
]
CAPACITIES_AND_BENEFITS = [
    "兼容3种车型", "一人管理10台机器人", "同时操作2台设备", "支持20台机器人同时调度", "可替代3台叉车",
    "日处理300台车辆", "每小时下线60台", "产能60台", "UPH≥120台", "机器人单次巡检覆盖30台设备",
    "覆盖设备不少于200台", "每台机器人覆盖3个工位", "可替代2个工位的人工",
    "一台机器人看护3个工位", "单机器人覆盖3个工位", "减少5个工位人员", "实现8个工位无人化",
]


@pytest.mark.parametrize(("text", "quantified"),
                         [(t, False) for t in MACHINES_OR_STATIONS_DEPLOYED]
                         + [(t, True) for t in CAPACITIES_AND_BENEFITS])
def test_machines_or_stations_count_only_as_a_capacity_or_benefit(text, quantified):
    assert assess_description(text).is_quantified is quantified
