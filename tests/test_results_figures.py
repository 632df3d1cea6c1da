"""预期成效 is checked for a figure of what changes (flows/coaching.py `results_problem`):
Chinese numerals count as digits do once a measure word follows them, but not inside words,
as articles or as a list's own numbers."""

import pytest

from flows.coaching import RESULTS_NOT_QUANTIFIED, results_problem

QUANTIFIED_IN_CHINESE_NUMERALS = [
    "减少两名巡检人员", "减少三名夜班人员", "减少两名操作人员", "减少一名巡检人员", "减少巡检人员两名",
    "夜班人员减少两名", "减少人员一名", "每班减少一人", "操作人员从六人减少到两人",
    "减少两名巡检人员，消除夜间巡检安全风险", "实现无人值守，每个站点减少两名值守人员",
    "替代三名搬运工", "每台机器人替代两名工人", "减少两到三名工人", "培养五名技术骨干",
    "节省两个班组", "每条线减少一个工位", "减少三个人工工位", "新增两条示范产线",
    "新增就业岗位五个", "减少三次人工登高作业", "每月减少两次非计划停机", "每年减少停产检修两次",
    "巡检频次由每天两次提高到每天四次", "不良品率下降一个百分点", "良品率提高两个百分点",
    "故障率降低一个数量级", "巡检覆盖率达到百分百", "客户满意度达到百分百",
    "设备巡检覆盖率由百分之六十提升至百分百", "效率提升五成", "节省两成人工", "降低三成能耗",
    "人工成本降低一半", "缩短一半时间", "用工减少三分之一", "作业效率提升两到三倍",
    "一年内收回投资", "半年收回成本", "预计两年收回投资", "缩短交付周期两天",
    "巡检效率提高一倍以上，夜班减少一名值班人员", "1、减少两名巡检人员；2、巡检效率提升30%",
]

# Amounts of money said by their order of magnitude, and zero targets: written amounts.
QUANTIFIED_IN_MAGNITUDE_WORDS = [
    "年节省成本百万元以上", "年节省成本约百万元", "年节省人工成本近千万元", "年节省成本数百万元",
    "年增效益上千万元", "年节约成本千万元级", "新增产值亿元以上", "单站节省运维费用万元以上",
    "实现倒闸操作人员零暴露", "高压作业零伤亡", "装配零差错", "全年设备零故障", "危化品零泄露",
]

WITHOUT_FIGURES = [
    "提高效率，降低成本", "实现一站式服务", "实现一人多机管理", "实现一人多岗", "一次到位，效率大幅提升",
    "效果十分明显", "提高一点效率", "从两个方面提升效率", "达到国内一流水平", "打造一个示范标杆",
    "迈上一个新台阶", "巡检质量再上一个台阶", "打造一个平台管理全部设备", "形成一套可复制推广的方案",
    "一条龙服务", "一张网统一管理", "提升企业一体化水平", "降本增效，一举多得", "实现三化融合",
    "一成不变的人工作业被改变", "让一线员工从繁重劳动中解放出来", "全面提升一线作业安全性",
    "万无一失，确保安全", "实现一键巡检", "1、提高效率；2、降低成本", "大幅降低成本", "效率显著提升",
    "实现零部件国产化", "千方百计保障安全", "百万级像素相机全面应用",
]


@pytest.mark.parametrize("text", QUANTIFIED_IN_CHINESE_NUMERALS)
def test_results_with_chinese_numerals_and_a_measure_word_are_quantified(text):
    assert results_problem(text) is None


@pytest.mark.parametrize("text", QUANTIFIED_IN_MAGNITUDE_WORDS)
def test_results_with_an_amount_in_magnitude_words_or_a_zero_target_are_quantified(text):
    assert results_problem(text) is None


@pytest.mark.parametrize("text", WITHOUT_FIGURES)
def test_results_whose_numerals_are_words_or_articles_have_no_figure(text):
    assert results_problem(text) == RESULTS_NOT_QUANTIFIED
