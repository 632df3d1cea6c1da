"""A pause right after a headcount or a percentage, before the next benefit or indicator
spoken (清洗效率, 发电量, 年节约成本, 定位精度), is the only separator of the two: it is saved as
"，" in 预期成效 and 补充指标 as in 技术指标, while what a headcount counts (2名 工人) and a
figure's own comparator (30% 以上) stay joined to it."""

import pytest

from flows.rules import prose
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.test_bot_field_answers import saved

PAIN = "光伏电站组件清洗靠人工，高空作业危险。"
INDICATORS = "清洗速度2000平方米/小时，连续工作8小时，定位精度±5mm。"
NO_ACCURACY = "清洗速度2000平方米/小时，连续工作8小时。"


@pytest.mark.parametrize(("spoken", "kept"), [
    ("减少清洗工人2名 清洗效率提升30% 年节约成本60万元",
     "减少清洗工人2名，清洗效率提升30%，年节约成本60万元"),
    ("减少清洗工人10名 发电量提升5%", "减少清洗工人10名，发电量提升5%"),
    ("减少清洗工人十名 发电量提升百分之五", "减少清洗工人十名，发电量提升百分之五"),
    ("减少救援人员暴露 两名 搜救时间缩短百分之三十", "减少救援人员暴露两名，搜救时间缩短百分之三十"),
])
async def test_spoken_results_are_saved_apart_after_a_headcount(engineer, app, spoken, kept):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(PAIN)
    await engineer.send(INDICATORS)
    await engineer.send(spoken)
    assert saved(app, engineer)["expected_results"] == kept


async def test_a_spoken_result_and_precision_at_the_offer_are_saved_apart(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(PAIN)
    calls = await engineer.send(NO_ACCURACY)
    assert "是否补充" in texts(calls)[-1]
    await engineer.send("减少清洗工人 2名 定位精度正负5毫米")
    assert saved(app, engineer)["indicators_more"] == "减少清洗工人 2名，定位精度正负5毫米"


@pytest.mark.parametrize(("spoken", "kept"), [
    ("效率提升30% 成本降低20%", "效率提升30%，成本降低20%"),
    ("减少10人 巡检效率提升50%", "减少10人，巡检效率提升50%"),
    ("替代人工3名 年节省人工费用45万元", "替代人工3名，年节省人工费用45万元"),
    ("每班一名 巡检时间缩短到1小时", "每班一名，巡检时间缩短到1小时"),
])
def test_a_pause_after_a_headcount_or_percentage_before_a_benefit_parts_them(spoken, kept):
    assert prose(800)(spoken) == kept


# What a headcount counts is a person (工人, 操作工, 巡检人员, 清洗工): a metric
# after such words may be theirs, so the pause stays inside the clause.
@pytest.mark.parametrize(("spoken", "kept"), [
    ("减少 2名 工人", "减少 2名工人"),
    ("减少 2名 工人 效率提升30%", "减少 2名工人效率提升30%"),
    ("减少2名 操作工效率提升30%", "减少2名操作工效率提升30%"),
    ("减少2名 清洗工效率提升30%", "减少2名清洗工效率提升30%"),
    ("减少2名 巡检人员效率提升30%", "减少2名巡检人员效率提升30%"),
    ("减少2名 保洁员工作时间缩短2小时", "减少2名保洁员工作时间缩短2小时"),
    ("减少2名 飞手作业效率提升百分之四十", "减少2名飞手作业效率提升百分之四十"),
    ("替代 十名 骑手配送效率提升百分之三十", "替代十名骑手配送效率提升百分之三十"),
    ("减少 两名 学徒培训周期缩短到三个月", "减少两名学徒培训周期缩短到三个月"),
    ("需要 两名 专家现场时间缩短百分之五十", "需要两名专家现场时间缩短百分之五十"),
    ("减少两名 民警巡逻时间缩短一半", "减少两名民警巡逻时间缩短一半"),
    ("减少2名 瓦匠作业效率提升百分之四十", "减少2名瓦匠作业效率提升百分之四十"),
    ("减少2名 导游讲解效率提升百分之四十", "减少2名导游讲解效率提升百分之四十"),
    ("替代 两名 工人", "替代两名工人"),
    ("需要 10 台 机器人 协同作业节拍30秒", "需要 10台机器人协同作业节拍30秒"),
    ("清洗效率提升30% 以上", "清洗效率提升30%以上"),
    ("发电量提升5% 左右", "发电量提升5%左右"),
    ("响应时间15秒 以内", "响应时间15秒以内"),
    ("节约20% 成本", "节约20%成本"),
    ("现场每天巡检3小时 夜间风险大", "现场每天巡检3小时夜间风险大"),
])
def test_a_pause_before_what_a_headcount_counts_or_a_figures_qualifier_stays_inside(
        spoken, kept):
    assert prose(800)(spoken) == kept
