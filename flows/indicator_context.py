"""Whether a number in a description measures something, or only names or describes the
setting: the enterprise, the site, its staff and shifts, the places covered, the robots
deployed, a schedule.
`indicators.py` asks these two questions of every number it reads. Pure functions, no I/O.
"""

import re
from dataclasses import replace

from flows.indicator_words import (
    CHANGE,
    CHINESE_RATE_END,
    COMPUTE_METRIC,
    COMPUTE_UNITS,
    COUNT_CONTEXT,
    COUNT_NOT_METRIC,
    DEADLINE,
    DIMENSION_KEYWORD,
    DURATION_METRIC,
    DUTY_HOURS,
    EXPOSURE,
    HEADCOUNT_UNITS,
    LONG_DURATIONS,
    MACHINE_CAPACITY,
    MACHINE_UNITS,
    MEASURED_IN_UNITS,
    METRIC_NAME,
    PEOPLE_COUNTED,
    PEOPLE_SERVED,
    PER_PERIOD,
    PLACE_COUNTED,
    PLACES_PER_PERIOD,
    RESIDENTS,
    RESOLUTION_METRIC,
    ROBOTS_DEPLOYED,
    RUNNER,
    SCHEDULE_METRIC,
    SETTING,
    SETUP_BEFORE,
    SITE_AREA,
    STOP_CHARS,
    TASK_TIME,
    UNITLESS_METRIC_END,
    ZERO_METRIC,
)
from flows.numbers import POWERS, Quantity, scan_quantities
from flows.unit_spellings import format_amount

DECIMAL_POINT = re.compile(r"[.点]")
# After a numeral spelled as a word these make an adverb (一点, 十分), not a measure.
ADVERB_UNITS = ("点", "分")
CLAUSE_STOP = re.compile(f"[{STOP_CHARS}]")
TONNE_LETTER = re.compile(r"\s*[Tt](?![A-Za-z\d])")
# A class said by a figure and 级 (5吨级叉车, 0.01mm级重复定位精度), not 级别.
GRADE = re.compile(r"\s*级(?!别)")
UNGRADED = ("rating", "money")  # 8级风 is a force; 千万元级 an amount of money all the same
LOAD_BEFORE = re.compile(r"负载|载荷|载重|承重|起重|负荷|重量|吨位")


def describes_setting(text: str, q: Quantity, explicit: bool, metric: str, clause: str) -> bool:
    """Whether a figure only describes the setting: a schedule or contract term of a long
    duration (项目建设周期18个月, 合作期限3年, 为期半年), the enterprise, the site or its
    staff as they are (现有工人300余名, 公司年产值超50亿元, 每班需6名操作工), or the hours of
    a shift or of the site (每班12小时) when nothing compares or changes it.

    A headcount is judged by whom it counts, not by where 现有 stands, so 现有巡检人员12名
    and 12名巡检人员 agree, as do 需要3个人 and 需要3人; people the robot serves (服务3名顾客)
    are a capacity, but not those who live there (入住老人300名). Hours are judged by what
    runs: the robot or its equipment (机器人连续运行24小时) states a target, a shift or the
    site a working pattern.
    `clause` holds the words on both sides of the figure.
    """
    if q.unit in LONG_DURATIONS and SCHEDULE_METRIC.search(metric):
        return True
    if explicit or CHANGE.search(metric):
        return False
    if is_headcount(text, q):  # 减少3名巡检人员: the metric may be the people after it
        return (not (PEOPLE_SERVED.search(clause) or CHANGE.search(clause))
                or bool(RESIDENTS.search(clause)))
    if q.kind == "time" and DUTY_HOURS.search(clause):
        return not (RUNNER.search(clause) or TASK_TIME.search(clause))
    return bool(SETTING.search(metric) or SITE_AREA.search(metric))


def per_period(text: str, q: Quantity) -> Quantity:
    """A count of places per period (200个点位/班) as one rate, read with its places."""
    if q.kind != "count" or not (rate := PLACES_PER_PERIOD.match(text, q.end)):
        return q
    return replace(q, end=rate.end(), unit=q.unit + rate.group().replace(" ", ""), kind="rate")


def tonnes(text: str, q: Quantity) -> Quantity:
    """负载2T, 载重1.5t: after a load, a T is tonnes, where elsewhere it may name a model (T4)
    or tesla, so that the unit reader leaves it unread."""
    if q.unit or not (letter := TONNE_LETTER.match(text, q.end)):
        return q
    if not LOAD_BEFORE.search(CLAUSE_STOP.split(text[max(0, q.start - 8):q.start])[-1]):
        return q
    return replace(q, end=letter.end(), unit="t", kind="mass")


def graded(text: str, q: Quantity) -> Quantity:
    """5吨级叉车, 0.01mm级重复定位精度: 级 after a measure is read with the figure, so that the
    words after it, which the class is of, are not cut at 级 (`counts` judges them)."""
    if not q.unit or q.kind in UNGRADED or not (grade := GRADE.match(text, q.end)):
        return q
    return replace(q, end=grade.end())


def _is_graded(text: str, q: Quantity) -> bool:
    return q.kind not in UNGRADED and q.end > q.number_end and text[q.end - 1] == "级"


def is_headcount(text: str, q: Quantity) -> bool:
    """3人, 两名, 3个人, 三个工人: people counted."""
    return q.unit in HEADCOUNT_UNITS or q.unit == "个" and bool(PEOPLE_COUNTED.match(text, q.end))


def counts(text: str, q: Quantity, explicit: bool, measured: bool, metric: str) -> bool:
    """Whether a number that is not a label measures something. `explicit` when a comparator
    stands with it; a bare figure is also `measured` by a rate or an approximation (每小时2000).
    A figure with no unit counts only where its unit goes without saying.

    Chinese numerals with no place value also make words (一定, 一度, 两个方面, 十分), so such
    a count (`in_a_word`), a lone 一 or 半, and a count of one (1套平台) need a comparator, a
    change (提高一倍) or a period (一天巡检四次), a lone 一 or 半 of a measure a metric's
    keyword (精度, 续航) will do; any other numeral with its measure word counts as its digits
    do (兼容三种车型 as 兼容3种车型, 一百五十单 as 150单). A
    zero needs a failure or a rate to be the target of (破损率为零, 漏检0次; not 化整为零).
    """
    if _is_graded(text, q) and not METRIC_NAME.search(metric):
        return False  # 5吨级叉车 is a kind of forklift, 0.01mm级精度 a precision
    if q.unit in COMPUTE_UNITS:  # 算力200TOPS, not NVIDIA Orin 275TOPS: a chip's spec
        return bool(COMPUTE_METRIC.search(metric))
    if q.kind == "ratio":  # 人机比1:10, not a 1:1 replica
        return explicit or "比" in metric
    if q.kind == "resolution":
        return bool(RESOLUTION_METRIC.search(metric))
    if q.kind == "zero" and not q.unit or q.kind == "count" and q.value == 0:
        return bool(ZERO_METRIC.search(metric) or DIMENSION_KEYWORD.search(metric))
    if not q.kind:
        return not q.word_like and measured and _unit_goes_without_saying(text, q, metric)
    if q.kind == "count" and (COUNT_NOT_METRIC.match(text, q.end)
                              or SETUP_BEFORE.search(text, 0, q.start)):
        return False
    if q.kind == "count" and q.unit in MACHINE_UNITS and not _machines_measured(text, q, explicit):
        return False  # 需要10台机器人: how many are deployed
    if q.kind == "count" and PLACE_COUNTED.match(text, q.end):  # 覆盖3个厂区: the scope
        # unless per robot, changed or made unmanned: 单机覆盖3个工位, 减少5个工位人员
        return (measured or bool(COUNT_CONTEXT.search(metric))
                or bool(COUNT_CONTEXT.search(text, max(0, q.start - 8), q.start)))
    if q.unit in LONG_DURATIONS:  # 三年行动计划, 近3年, 用3个月完成部署: schedules
        if DEADLINE.match(text, q.end) and not DIMENSION_KEYWORD.search(metric):
            return False  # 1年内完成验证: when the project is done, not how well it works
        return explicit or bool(DURATION_METRIC.search(metric))
    lone_one = text[q.start:q.number_end] in ("一", "半")
    one = q.value <= 1 and not q.unit.startswith(POWERS)  # 1万次 is ten thousand
    if lone_one and q.kind != "count" and DIMENSION_KEYWORD.search(metric):
        return True  # 定位精度半毫米, 续航半小时: the metric makes the word a measure
    if lone_one or q.kind == "count" and (one or q.word_like and (
            in_a_word(text, q) or _no_count(text, q))):
        return measured or bool(COUNT_CONTEXT.search(metric))
    return True


def in_a_word(text: str, q: Quantity) -> bool:
    """Whether a Chinese numeral with no place value is part of a word (一定, 四足, 十分) or
    an article (打造一个标杆, 形成一套方案, 从两个方面). With a measure word it is a figure, as
    its digits would be (减少两名巡检人员, 下降一个百分点, 一年收回投资); a count of one, or
    of the parts of a whole (方面, 阶段, 班组), only after a change (减少一名, 节省两个班组)."""
    if not q.unit or q.unit in ADVERB_UNITS:
        return True
    lone = text[q.start:q.number_end] in ("一", "半") or COUNT_NOT_METRIC.match(text, q.end)
    clause = CLAUSE_STOP.split(text[max(0, q.start - 8):q.start])[-1]
    return q.kind == "count" and bool(lone) and not COUNT_CONTEXT.search(clause)


def _no_count(text: str, q: Quantity) -> bool:
    """Things are counted with 两, not 二 (二次开发), and 三五个 is a guess: figures all the
    same, which an explanation names, but no count."""
    numeral = text[q.start:q.number_end]
    return q.kind == "count" and (numeral == "二" or len(numeral) > 1)


def _unit_goes_without_saying(text: str, q: Quantity, metric: str) -> bool:
    """Whether a figure written with no unit is whole all the same: after a metric abbreviation
    or a quantity without a unit (UPH 600, 自由度≥12), as a fraction bounding a Chinese rate
    (准确率≥0.99, 零点九九; 准确率达到99 may be 99% or 0.99), or as a count of what is done
    per period (每小时分拣2000). A comparator or 约 does not tell the unit: 节拍不超过15 may be
    seconds or minutes."""
    if UNITLESS_METRIC_END.search(metric):
        return True
    if CHINESE_RATE_END.search(metric):
        return _a_fraction(text, q)
    return bool(PER_PERIOD.search(metric)) and not MEASURED_IN_UNITS.search(metric)


def _a_fraction(text: str, q: Quantity) -> bool:
    return q.value <= 1 and DECIMAL_POINT.search(text, q.start, q.number_end) is not None


def _machines_measured(text: str, q: Quantity, explicit: bool) -> bool:
    """Whether the clause around a count of machines makes it a capacity or a benefit, or
    bounds machines other than the robots deployed."""
    stop = f"[{STOP_CHARS}]"
    before = re.split(stop, text[max(0, q.start - 16):q.start])[-1].lower()
    if MACHINE_CAPACITY.search(before) or DIMENSION_KEYWORD.search(before):
        return True
    after = re.split(stop, text[q.end:q.end + 8])[0]
    return explicit and not ROBOTS_DEPLOYED.search(before + after)

def lasting(text: str, q: Quantity, end: int) -> tuple[str, int]:
    """耐高温800℃持续30分钟: how long a temperature is withstood belongs to its indicator, not
    to one of its own; the words saying so, and where the indicator ends."""
    if q.kind != "temperature" or not (verb := EXPOSURE.match(text, end)):
        return "", end
    duration = next(iter(scan_quantities(text[verb.end():verb.end() + 12])), None)
    if not duration or duration.start or duration.kind != "time" or duration.low is not None:
        return "", end
    return (f"{verb.group('verb')} {format_amount(duration.value, duration.unit)}",
            verb.end() + duration.end)

