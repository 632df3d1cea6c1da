"""A sentence of the description typed at 整机企业, 其他成员 or a product question (a result,
indicators, a pain point) is no unit and no product, nor a result or indicators at 场景名称: it
is refused, and the engineer is told where the description goes instead of finding its
clauses listed as units or heading the scenario."""

import pytest

from flows.step_messages import DESCRIPTION_ANSWERED, PASTE_AT_PAIN_POINT
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, JOURNEY, RESULTS, fill_to_summary, walk
from tests.test_bot_field_answers import saved

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
AT = {"makers": AT_MAKERS, "partners": AT_MAKERS + 1, "model_algorithm": AT_MODEL_ALGORITHM,
      "key_components": AT_MODEL_ALGORITHM + 3}
WHAT = {"makers": "单位名称", "partners": "单位名称", "model_algorithm": "产品名称",
        "key_components": "产品名称"}
SENTENCES = {
    "替代2名测试工人，测试效率提升30%，年节省人工成本60万元。": "预期成效",
    "识别准确率不低于98%，插接位置精度≤±0.5mm，单次插拔节拍≤15秒": "技术指标",
    "电池包下线前需人工插拔数百伏高压测试插头，存在打火风险": "现状与痛点",
}


@pytest.mark.parametrize("key", AT)
@pytest.mark.parametrize("typed", SENTENCES)
async def test_a_description_sentence_is_not_saved_as_units_or_a_product(
        engineer, app, key, typed):
    await walk(engineer, AT[key])
    before = saved(app, engineer).get(key)
    reply = texts(await engineer.send(typed))[0]
    assert f"读来是场景描述中的{SENTENCES[typed]}，不是{WHAT[key]}。" in reply
    assert DESCRIPTION_ANSWERED in reply and "已记录" not in reply
    assert saved(app, engineer).get(key) == before


async def test_a_result_typed_as_a_product_at_the_summary_is_not_saved(engineer, app):
    await fill_to_summary(engineer)
    reply = texts(await engineer.send("模型算法：测试效率提升30%"))[0]
    assert "“测试效率提升30%”读来是场景描述中的预期成效，不是产品名称。" in reply
    assert saved(app, engineer)["model_algorithm"] == "恒远具身智能操作大模型"


async def test_members_named_with_digits_and_brackets_are_still_saved(engineer, app):
    await walk(engineer, AT["partners"])
    await engineer.send("中国科学院沈阳自动化研究所、哈尔滨工业大学（深圳）、5G应用创新中心")
    assert saved(app, engineer)["partners"] == [
        "中国科学院沈阳自动化研究所", "哈尔滨工业大学（深圳）", "5G应用创新中心"]


@pytest.mark.parametrize("typed", ["重复定位精度±0.02mm协作机器人", "危险气体检测传感器",
                                   "30秒快换夹具系统", "负载 15公斤 协作臂"])
async def test_a_product_named_with_its_specification_is_still_saved(engineer, app, typed):
    await walk(engineer, AT["key_components"])  # a 传感器 is no 模型算法 (product_kinds)
    await engineer.send(typed)
    assert saved(app, engineer)["key_components"] == typed


# Each at its own question: a 减速器 is no 模型算法 (product_kinds).
@pytest.mark.parametrize(("key", "typed"), [
    ("key_components", "成本降低50%的国产减速器"), ("key_components", "寿命提升2倍的谐波减速器"),
    ("model_algorithm", "可替代2名工人的搬运算法"), ("model_algorithm", "减少人工50%的AI质检系统"),
    ("key_components", "减少人工50%的AI质检系统"), ("model_algorithm", "效率提升30%的视觉大模型")])
async def test_a_product_named_with_its_benefit_is_still_saved(engineer, app, key, typed):
    await walk(engineer, AT[key])
    reply = texts(await engineer.send(typed))[0]
    assert "读来是场景描述" not in reply
    assert saved(app, engineer)[key] == typed


async def test_a_result_refused_at_a_product_question_asks_for_the_name_alone(engineer):
    await walk(engineer, AT_MODEL_ALGORITHM)
    reply = texts(await engineer.send("测试效率提升30%"))[0]
    assert "读来是场景描述中的预期成效，不是产品名称。请只发送产品的名称" in reply


@pytest.mark.parametrize("typed", ["无需人工干预，节拍≤15秒", "全程无人值守，识别准确率不低于98%"])
async def test_a_requirement_beside_indicators_is_not_saved_as_a_product(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    reply = texts(await engineer.send(typed))[0]
    assert f"“{typed}”读来是场景描述中的技术指标，不是产品名称。请只发送产品的名称" in reply
    assert "model_algorithm" not in saved(app, engineer)


PRODUCTS_WITH_SPECS = ["恒远灵巧手，重复定位精度±0.02mm", "恒远灵巧手（负载5kg）",
                       "UR5e协作臂，重复定位精度±0.03mm", "Atlas 2.0，负载≤25kg",
                       "RK3588主控，功耗≤10W", "8自由度灵巧手，抓取成功率≥99%"]
# Names holding words a requirement may use too (适应, 免, 无人, 无需): each still names a thing.
NAMES_WITH_REQUIREMENT_WORDS = ["恒远自适应抓取，抓取成功率≥99%", "免标定视觉抓取，定位精度≤±0.5mm",
                                "大疆无人机巡检，续航≥40分钟", "无需标定手眼相机，精度≤0.1mm",
                                "无需示教的大模型，成功率≥95%", "恒远免编程焊接，焊缝合格率≥99%",
                                "恒远智能质检，检出率≥99.5%"]


@pytest.mark.parametrize("typed", PRODUCTS_WITH_SPECS + NAMES_WITH_REQUIREMENT_WORDS)
async def test_a_product_named_before_its_specification_is_still_saved(engineer, app, typed):
    await walk(engineer, AT["key_components"])
    reply = texts(await engineer.send(typed))[0]
    assert "读来是场景描述" not in reply
    assert saved(app, engineer)["key_components"] == typed


async def test_a_result_typed_at_the_scenario_name_is_not_the_name(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send(RESULTS))
    assert said[0].startswith(
        "“替代2名测试工人，测试效率提升30%”读来是场景描述中的预期成效，不是场景名称。请只发送场景名称")
    assert said[0].endswith(PASTE_AT_PAIN_POINT)
    assert said[-1].startswith("第 3/11 步 · 场景名称")
    assert "scenario_name" not in saved(app, engineer)
    await engineer.send("恒远工厂电池测试—柔性插接")
    assert saved(app, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"


async def test_an_indicator_typed_as_the_scenario_name_at_the_summary_is_not_saved(engineer, app):
    await fill_to_summary(engineer)
    reply = texts(await engineer.send("场景名称：定位精度±0.5mm"))[0]
    assert "“定位精度±0.5mm”读来是场景描述中的技术指标，不是场景名称。" in reply
    assert saved(app, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"


@pytest.mark.parametrize("typed", ["10kV变电站巡检", "24小时无人值守机房巡检", "2号高炉炉前作业",
                                   "效率提升30%的电池测试插接"])
async def test_a_scenario_name_with_figures_is_still_saved(engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send(typed)
    assert saved(app, engineer)["scenario_name"] == typed
