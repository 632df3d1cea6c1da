"""Which indicators of a supplement give a metric of the indicators a second figure."""

from flows.indicators_restated import restated_metrics, restates_only

INDICATORS = "插接位置精度≤±0.3mm，成功率不低于99.5%。"


def test_a_metric_given_again_is_named_and_another_is_not():
    assert restated_metrics("成功率不低于99%，连续无故障运行≥8小时", INDICATORS) == ["成功率", None]


def test_a_supplement_restating_only_held_metrics_restates_them_all():
    assert restates_only("成功率不低于99%", INDICATORS) == ["成功率"]
    assert restates_only("成功率不低于99%，连续无故障运行≥8小时", INDICATORS) == []


def test_a_metric_measured_under_a_condition_the_indicators_lack_is_another_metric():
    assert restated_metrics("成功率（满载10kg）不低于99%", INDICATORS) == [None]
    assert restated_metrics("成功率（更正）不低于99%", INDICATORS) == ["成功率"]


def test_a_longer_name_ending_in_a_held_metric_is_another_metric():
    assert restated_metrics("插拔成功率不低于99%", INDICATORS) == [None]
