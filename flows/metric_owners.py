"""Which metric the technical indicators already hold each figure of a supplement is given
for: a figure restating a held metric would give it a second target on the row, while one
under a condition the indicators do not hold it under (识别准确率（夜间弱光）) is another metric.
"""

import re

from flows.indicators import assess_description
from flows.unit_spellings import UNIT_KIND

# A bracket right after a metric's name (识别准确率（夜间弱光）), and one opening a clause after
# an earlier figure (识别准确率（一期）≥95%，（二期）≥99%), which continues the metric before it.
QUALIFIER = r"\s*\(\s*([^()]+?)\s*\)"
CLAUSE_BRACKET = re.compile(r"[,;、]\s*\(([^()]*)\)[^\d,;、()]*$")
# What a bracket names when it makes another metric: the condition the metric is measured under
# (夜间, 透明件, 最终装配工位, 多目标, 遮挡30%, -20℃). What is left of a bracket without the
# words saying the figure corrects the indicators (更正, 修改为, 原98%) or what kind of figure it
# is (最终, 考核值, 实测, 平均值, 一期), and without a value (≥99%, 2026年), names nothing: the
# bracket restates the metric held.
KIND_OF_FIGURE = re.compile(r"(?:更正|修正|订正|修订|修改|更改|改为|改成|调整|提高|提升|降低|目标"
                            r"|要求|更新|最新|最终|考核|验收|实测|实际|设计|期望|预期|承诺|合同"
                            r"|约定|暂定|平均|典型|保证|标称|量产|指标|均值|峰值|[一二三四首初中后末]期"
                            r"|近期|远期|阶段)(?:值|为|成|到|至|后)?"
                            r"|(?:原|新|现|改)(?:值|为|成|到|至|后)?(?=\s*[\d.]|$|[，,、；;])")
CONDITION_FIGURE = re.compile(r"\d\s*(?:℃|°C|kg|千克|公斤|lux|lx|dB|分贝)", re.I)
# A figure with its unit and the words bounding it: what is left of a bracket holding a value.
VALUE = re.compile(r"[-+±~～—]?\s*[\d.．]+\s*(?:[%％‰℃]|°C|[A-Za-z/]+|秒|分钟|小时|天|年|月|日"
                   r"|次|件|个|台|米|毫米|厘米|公里|千克|公斤|克|吨|度|伏|瓦|帧|像素|分贝)?"
                   r"|[≥≤<>＜＞=]|以上|以下|以内|不低于|不高于|不超过|不少于|不大于|不小于"
                   r"|大于|小于|高于|低于|达到|约|左右|[\s,，;；、:：]")
# Words engineers name one metric by: a metric named with the word on the left is the one
# named with the word on the right in its place (定位误差 is 定位精度, 重复定位误差 is
# 重复定位精度 but not 定位精度). Not 周期 for 节拍: 巡检周期, 标定周期 are intervals between
# runs, not the time one run takes; nor 漏检率, 误检率 for 准确率: each counts other misses.
SAME_METRIC = {
    "误差": "精度",  # 定位误差±0.3mm states the 定位精度
    "识别率": "识别准确率",  # 语音识别率 is short for 语音识别准确率
    "正确率": "准确率",  # 分拣正确率 and 分拣准确率 count the same correct picks
}


def metric_owners(text: str, indicators: str, held: set[str]) -> list[str | None]:
    """Each figure's held metric, or None for another (7×24小时, 识别准确率（夜间弱光）: a
    condition not held). A figure in a bracket after a held metric's name (识别准确率（修改为
    99%）, （≥99%）) is that metric's, and so is one after a bracket opening a clause
    (，（二期）≥99%) that names no condition: it is the metric's before it. A metric named by
    another word for a held one (`SAME_METRIC`) is that one."""
    text, indicators = _one_name(text), _one_name(indicators)
    named = {_one_name(metric): metric for metric in held}
    return [named.get(owner) for owner in _owners(text, indicators, set(named))]


def _one_name(text: str) -> str:
    """`text` with each metric named by the words `SAME_METRIC` reads its other names as."""
    return re.sub("|".join(SAME_METRIC), lambda word: SAME_METRIC[word[0]], text)


def _owners(text: str, indicators: str, held: set[str]) -> list[str | None]:
    """Each figure's held metric, all named alike in `text`, `indicators` and `held`."""
    owned = {span: metric for metric in held for span, bracket in _brackets(text, metric, True)
             if not _names_condition(bracket)}
    owners, cursor = [], 0
    for indicator in assess_description(text).indicators:
        at = text.find(indicator.text, cursor)
        cursor = at + len(indicator.text)
        clause = CLAUSE_BRACKET.search(text, 0, at)
        if owner := next((m for (start, end), m in owned.items() if start <= at < end), None):
            owners.append(owner)
        elif clause and owners and not _names_condition(clause[1]):
            owners.append(owners[-1])
        elif indicator.metric in held and (
                _qualifiers(text, indicator.metric) <= _qualifiers(indicators, indicator.metric)):
            owners.append(indicator.metric)
        else:
            owners.append(None)
    return owners


def _brackets(text: str, metric: str, whole: bool = False) -> list[tuple[tuple[int, int], str]]:
    """Each bracket right after `metric`'s name in `text`: where it is, and what it says. With
    `whole`, only after the name written whole, not ending a longer one (语音识别率, 识别率)."""
    start = r"(?<![^\W\d_])" if whole else ""
    return [(match.span(1), match[1])
            for match in re.finditer(start + re.escape(metric) + QUALIFIER, text)]


def _qualifiers(text: str, metric: str) -> set[str]:
    """The conditions brackets right after `metric`'s name in `text` say it is measured under
    (夜间弱光, 负载5kg); its unit there (识别准确率（%）), a correction (更正, 修改为) or a
    stage (一期, 最终) qualifies nothing."""
    return {bracket for _, bracket in _brackets(text, metric) if _names_condition(bracket)}


def _names_condition(bracket: str) -> bool:
    """Whether a bracket names a measuring condition: words besides a value and the kind of
    figure (遮挡30%, 最终装配工位), or the figure of a condition alone (-20℃)."""
    if bracket.lower() in UNIT_KIND:
        return False
    words = VALUE.sub("", KIND_OF_FIGURE.sub("", bracket))
    return bool(re.search(r"[^\W\d_]", words) or (
        CONDITION_FIGURE.search(bracket) and not KIND_OF_FIGURE.search(bracket)))
