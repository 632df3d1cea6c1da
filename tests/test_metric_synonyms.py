"""A supplement naming a held metric by another word engineers use for it (定位误差 for
定位精度) restates it, as when it is named alike; a metric only named near it (重复定位精度,
漏检率, 作业周期) is another metric."""

import pytest

from flows.coaching import restating

HELD = "识别准确率不低于98%，定位精度±0.5mm，检测准确率≥99%，作业节拍≤15秒"


def restated(typed: str) -> str | None:
    return restating({"indicators": HELD}, typed)


@pytest.mark.parametrize(("typed", "held"), [
    ("定位误差±0.3mm", "定位精度"),
    ("定位误差≤0.3mm", "定位精度"),
    ("识别率不低于99%", "识别准确率"),
    ("检测正确率≥99.5%", "检测准确率"),
    ("识别正确率≥99%", "识别准确率"),
])
def test_a_held_metric_named_by_its_other_name_is_restated(typed, held):
    assert f"技术指标中已有的{held}，没有存为补充指标" in restated(typed)


@pytest.mark.parametrize("typed", [
    "重复定位精度±0.05mm",  # repeatability (ISO 9283), not the accuracy held
    "重复定位误差±0.05mm",
    "漏检率≤0.5%",  # counts the defects missed, not the correct verdicts
    "误检率≤1%",
    "误识别率≤1%",
    "作业周期≤20秒",  # a 周期 is as often an interval between runs (巡检周期24小时)
    "识别率（夜间弱光）≥90%",  # the other name under a condition: another metric still
])
def test_a_metric_only_named_near_a_held_one_is_not_restated(typed):
    assert restated(typed) is None
