"""At 预期成效, indicators alone (MTBF≥2000h, 定位精度±0.1mm) are asked about: one press files them
as 补充指标 and asks 预期成效 again, 保持不变 keeps them as the results."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

TAKE = "填作补充指标"


@pytest.mark.parametrize("typed", ["MTBF≥2000h", "定位精度±0.1mm", "识别准确率达到99%以上",
                                   "成功率提高到99.5%", "节拍降至15秒", "不良率降至0.1%以下",
                                   "误报率降至2%", "漏检率降低到1%以下", "OEE提高到85%"])
async def test_an_indicator_alone_at_the_results_is_asked_about(engineer, app, typed):
    await walk(engineer, AT_INDICATORS + 1)
    said = texts(await engineer.send(typed))
    assert said[0] == (f"“{typed}”读来是技术指标（要达到的数值），没有写部署后减少几人、效率提升多少、"
                       "节省多少。是要补充的指标请点“填作补充指标”，随后再填写预期成效；"
                       "确是预期成效请点“保持不变”。")
    assert {TAKE, "✔️ 保持不变"} <= set(engineer.last_buttons())


async def test_the_press_files_it_as_the_supplement(engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send("MTBF≥2000h")
    said = texts(await engineer.press(TAKE))
    assert "已填作补充指标，请重新填写预期成效。" in said[1]
    assert "预期成效：部署后能达到什么效果？" in said[-1]
    answers = saved(app, engineer)
    assert answers["indicators_more"] == "MTBF≥2000h" and "expected_results" not in answers


async def test_kept_it_stays_the_results(engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send("MTBF≥2000h")
    said = texts(await engineer.press("✔️ 保持不变"))
    assert "场景类型" in said[-1]
    answers = saved(app, engineer)
    assert answers["expected_results"] == "MTBF≥2000h" and "indicators_more" not in answers


@pytest.mark.parametrize("typed", ["节拍从60秒降到15秒", "替代2名测试工人，测试效率提升30%",
                                   "成功率由95%提高到99.5%", "人员减少到2人"])
async def test_a_change_at_the_results_is_not_asked_about(engineer, app, typed):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.send(typed)
    assert TAKE not in engineer.last_buttons()
    assert saved(app, engineer)["expected_results"] == typed


@pytest.mark.parametrize("typed", ["效率提升至150%", "产能提高到1.5倍", "患者等待时间缩短至10分钟",
                                   "响应时间缩短到5分钟"])
async def test_a_gain_or_a_wait_changed_to_a_level_is_not_asked_about(engineer, app, typed):
    await walk(engineer, AT_INDICATORS + 1)
    said = texts(await engineer.send(typed))
    assert not any("读来是技术指标" in text for text in said)
    assert TAKE not in engineer.last_buttons()
    assert saved(app, engineer)["expected_results"] == typed
