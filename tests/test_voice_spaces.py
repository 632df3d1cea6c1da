"""Pauses voice input leaves in the four product answers and beside numbers' units are not
saved; English words keep their spaces, and a space before a label keeps parting items."""

import pytest

from flows.rules import product, prose
from tests.journey import JOURNEY, walk
from tests.test_bot_field_answers import saved

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))


async def test_voice_pauses_in_the_product_answers_are_not_saved(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send("理货 具身 大模型")
    await engineer.press("⏭ 跳过")
    await engineer.send("码垛 仿真 平台")
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["simulation_platform"]) == (
        "理货具身大模型", "码垛仿真平台")


@pytest.mark.parametrize(("typed", "kept"), [
    ("ABB Robotics 码垛 平台", "ABB Robotics 码垛平台"),
    ("ROS2 仿真平台:Isaac Sim", "ROS2 仿真平台:Isaac Sim"),
    ("恒远 灵巧手 关键零部件：恒远 关节 模组", "恒远灵巧手 关键零部件：恒远关节模组"),
    ("7 自由度 灵巧手", "7自由度灵巧手"),
])
def test_a_product_keeps_english_words_and_a_space_before_a_label(typed, kept):
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
