"""A university or an institute named as people shorten it (哈工大, 清华, 中科院自动化所, 十四所)
at one of the four 可规模推广的其他标志性技术产品 questions is the consortium's member, not a
product: refused as a unit's name, as 东南大学 is, where it was saved as a product. Products
named after their makers or with such words inside (中科院紫东太初大模型, 华工激光加工中心) are
saved as before."""

import pytest

from flows.tech_products import product_problem
from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
AT_PRODUCT = {"model_algorithm": AT_MODEL_ALGORITHM, "operating_system": AT_MODEL_ALGORITHM + 1,
              "simulation_platform": AT_MODEL_ALGORITHM + 2,
              "key_components": AT_MODEL_ALGORITHM + 3}
QUESTION = {"model_algorithm": "模型算法", "operating_system": "操作系统",
            "simulation_platform": "仿真平台", "key_components": "关键零部件"}
READS_AS_A_UNIT = ("“{typed}”读来是单位名称（高校或科研院所的简称），不是产品名称，没有保存：本题要填的是"
                   "产品（算法、平台、关键部件），不是企业或单位。参与的单位请在第 8 步“创新应用联合体成员”"
                   "填写。")
# Real products' names, several with a maker's or a university's name inside, or a word (中心,
# 实验室) a unit's name ends in.
PRODUCTS = (
    "盘古大模型", "openEuler", "Isaac Sim", "恒远灵巧手", "RDK X5", "天工大模型", "悟空大模型",
    "华为昇腾910", "开物仿真平台", "文心大模型", "通义千问", "讯飞星火大模型", "紫东太初大模型",
    "中科院紫东太初大模型", "混元大模型", "豆包大模型", "DeepSeek-R1", "GR00T N1", "π0", "RT-2",
    "ROS 2", "ROS2 Humble", "鸿蒙操作系统", "OpenHarmony", "银河麒麟操作系统", "统信UOS", "Gazebo",
    "MuJoCo", "Webots", "PyBullet", "Isaac Lab", "Jetson AGX Orin", "地平线征程5", "宇树H1关节电机",
    "因时灵巧手", "六维力传感器", "谐波减速器", "行星滚柱丝杠", "无框力矩电机", "帕西尼触觉传感器",
    "奥比中光Gemini 335", "Intel RealSense D435", "禾赛JT128激光雷达", "昇思MindSpore",
    "飞桨PaddlePaddle", "华为MDC", "天工开物", "恒远机器人操作系统", "华工激光加工中心",
    "清华紫光芯片", "北航飞控系统", "哈工大机器人关节模组", "中科院沈自所机器人控制器",
    "交大智能调度算法", "复旦视觉大模型", "浙大求是大模型", "鹏城·脑海大模型", "智源悟道大模型",
    "星海图仿真平台", "恒远虚拟仿真实验室", "RoboOS",
)


@pytest.mark.parametrize("typed", ["中科院自动化所", "哈工大", "清华", "北航", "中科院沈阳自动化所",
                                   "十四所", "深圳先进院", "哈工大（深圳）", "清华、哈工大",
                                   "哈工大、东南大学"])
async def test_a_short_name_of_a_university_or_an_institute_is_refused_as_a_unit(
        engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == READS_AS_A_UNIT.format(typed=typed)
    assert "可规模推广的其他标志性技术产品 · 模型算法" in texts(calls)[-1]
    assert "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize(("key", "typed"), [
    ("model_algorithm", "中科院沈阳自动化研究所"), ("operating_system", "北航"),
    ("simulation_platform", "清华"), ("key_components", "哈工大")])
async def test_a_unit_is_refused_at_each_of_the_four(engineer, app, key, typed):
    await walk(engineer, AT_PRODUCT[key])
    calls = await engineer.send(typed)
    assert f"“{typed}”" in texts(calls)[0] and "不是产品名称，没有保存" in texts(calls)[0]
    assert f"可规模推广的其他标志性技术产品 · {QUESTION[key]}" in texts(calls)[-1]
    assert key not in saved(app, engineer)


async def test_a_short_name_typed_at_the_summary_keeps_the_product(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：哈工大")
    assert "“哈工大”读来是单位名称（高校或科研院所的简称）" in texts(calls)[0]
    assert saved(app, engineer)["model_algorithm"] == "恒远具身智能操作大模型"


@pytest.mark.parametrize("name", PRODUCTS)
def test_a_products_name_is_no_unit(name):
    assert product_problem(name) is None


@pytest.mark.parametrize(("key", "typed"), [
    ("model_algorithm", "盘古大模型"), ("model_algorithm", "中科院紫东太初大模型"),
    ("operating_system", "openEuler"), ("simulation_platform", "Isaac Sim"),
    ("simulation_platform", "开物仿真平台"), ("key_components", "华为昇腾910"),
    ("key_components", "RDK X5")])
async def test_a_product_is_saved_at_its_question(engineer, app, key, typed):
    await walk(engineer, AT_PRODUCT[key])
    await engineer.send(typed)
    assert saved(app, engineer)[key] == typed
