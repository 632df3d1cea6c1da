"""Pauses voice input leaves beside numbers' units are not saved. The description also loses
the pauses between Chinese words; the four product answers keep them, since there a space may
part two products (恒远灵巧手 恒远关节模组) and gluing them would change what was named."""

import pytest

from flows.rules import product, prose
from tests.journey import JOURNEY, walk
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
    ("GR-1 人形机器人", "GR-1 人形机器人"),
    ("H1 2 台", "H1 2台"),
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
