"""What the figures of an answer with no indicator are, so the bot can say why none counts.

`indicators.py` decides that 需要10台机器人 or 基于GB 11291.1-2011 states no indicator; an
engineer told only "没有识别到可量化的指标" would not see why, having written numbers. This
module names what each figure is instead (a count of machines or stations, a year, a
standard's number, part of a model name), from the same vocabulary. Pure functions, no I/O.
"""

import re

from flows.indicator_conditions import condition_end
from flows.indicator_context import UNGRADED, in_a_word, is_headcount
from flows.indicator_words import (
    AFTER,
    BEFORE,
    COMPUTE_UNITS,
    LONG_DURATIONS,
    MACHINE_UNITS,
    MEASURED_BEFORE,
    METRIC_NAME_END,
    PLACE_COUNTED,
    STOP_CHARS,
)
from flows.labels import LIST_ITEM
from flows.numbers import (
    CN_DIGITS,
    CN_POWERS,
    HALF_WIDTH,
    LABEL_UNITS,
    POWERS_ONLY,
    STANDARD_CODE,
    VOLTAGE_CLASS,
    Quantity,
    normalize,
    scan_quantities,
)
from flows.unit_spellings import read_unit

# What a figure is, as said after it: “10台”是部署的台数.
STANDARD = "是标准编号"
DATE = "是年份、日期或时刻"
NAME = "是型号或名称的一部分"
LABEL = "是编号或规格"
MACHINES = "是部署的台数（在第 10 步“部署总数”填写）"
PLACES = "是工位、场所的个数"
MEMBERS = "是单位或人员的数量"
TERM = "是工期或期限"
UNITLESS = "没有单位"
SETTING = "只描述了场景情况"
RESOLUTION = "是摄像设备的清晰度（写明“分辨率”才算指标，如“图像分辨率不低于1080P”）"
NO_VALUE = "没有写出具体数值"
PART_SPEC = "是芯片或零部件的规格（写明“算力”才算指标，如“算力不低于200TOPS”）"
CONDITION = "是工作条件（写明在这一条件下要达到的数值才算指标，如“在-20℃下续航不低于4小时”）"

# A date written in figures (2026.11, 2025-12-01, 2025/12/01): one date, not a year and two
# numbers without a unit.
NUMERIC_DATE = re.compile(r"(?<![\d.])(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])"
                          r"(?:[./-](?:0?[1-9]|[12]\d|3[01]))?(?![\d.])")
LETTERS_BEFORE = re.compile(r"[A-Za-z][A-Za-z\d.\-]*\s?$")
LETTERS_AFTER = re.compile(r"[A-Za-z]+")
ORDINAL_BEFORE = re.compile(r"[第#]$")
LABEL_AFTER = re.compile(r"[号#期代级届批轴]|自由度")  # 3号, 第二期, 6轴, 10万级, 7自由度
DATE_AFTER = re.compile(r"年|月|日")
MEMBERS_AFTER = re.compile(r"[家所名人]")
WORD_AFTER = re.compile(r"\w")
# A power said with no numeral before it (万次无故障, 千次): how many is not said. 千克, 千米
# and 千瓦 are units of their own.
BARE_POWER = re.compile(rf"(?<![\d{CN_DIGITS}{CN_POWERS}千])[{CN_POWERS}千]+(?![克米瓦])")
# What a bare power may count: times, things and hours, not 百年 (老店) nor 百度.
POWER_COUNTS = ("count", "time")
# Where a numeral said after a metric (准确率九九) ends, as the metric's figure.
FIGURE_END = re.compile(rf"\s*(?:$|[{STOP_CHARS}，。；、！？])")


def what_figures_are(text: str) -> dict[str, list[str]]:
    """The figures of `text` (as written) grouped by what they are, in order of appearance;
    empty when it holds no figure at all. Meant for a text that states no indicator."""
    found: dict[str, list[str]] = {}
    for code in STANDARD_CODE.finditer(text.translate(HALF_WIDTH)):
        found.setdefault(STANDARD, []).append(code.group().strip())
    plain = normalize(text)
    numbering = [item.span() for item in LIST_ITEM.finditer(plain)]
    for q in scan_quantities(plain):
        if not q.unit and any(start <= q.start < end for start, end in numbering):
            continue  # 1、提高效率；2、降低成本: the list's own numbers, no figures
        if kind := _date_around(plain, q) or _kind(plain, q):
            figure, what = kind
            if figure not in found.setdefault(what, []):
                found[what].append(figure)
    for power in _bare_powers(plain):
        found.setdefault(NO_VALUE, []).append(power)
    return found


def _bare_powers(text: str) -> list[str]:
    """万次, 千次: a count said by its order of magnitude alone, with no numeral to read."""
    powers = []
    for power in BARE_POWER.finditer(text):
        end, unit, kind = read_unit(text, power.end())
        if kind in POWER_COUNTS and unit not in (*LONG_DURATIONS, *LABEL_UNITS, "分"):
            powers.append(text[power.start():end])
    return powers


def _after_a_metric(text: str, q: Quantity) -> bool:
    """准确率九九, 成功率九十九: a numeral with no unit that ends the clause after a metric's
    name is the metric's figure, whose unit is missing, however it reads as a word."""
    if q.unit or not (FIGURE_END.match(text, q.end) or AFTER.match(text, q.end)):
        return False
    before = BEFORE.search(text, max(0, q.start - 16), q.start)
    return bool(METRIC_NAME_END.search(text, max(0, before.start() - 12), before.start()))


def _date_around(text: str, q: Quantity) -> tuple[str, str] | None:
    """The date written in figures that a figure without a unit is part of, whole."""
    dates = NUMERIC_DATE.finditer(text) if not q.unit else ()
    return next(((date.group(), DATE) for date in dates if date.start() <= q.start < date.end()),
                None)


def _kind(text: str, q: Quantity) -> tuple[str, str] | None:
    """The figure as written around `q`, and what it is; None for a numeral inside a word
    (一定, 四足)."""
    if q.word_like and in_a_word(text, q):
        return (text[q.start:q.end], UNITLESS) if _after_a_metric(text, q) else None
    figure = text[q.start:q.end]
    place = q.kind == "count" and PLACE_COUNTED.match(text, q.end)
    if q.unit in COMPUTE_UNITS:  # NVIDIA Orin 275TOPS
        return figure, PART_SPEC
    if condition_end(text, q) is not None:  # 在-20℃下正常工作
        return figure, CONDITION
    if q.kind == "resolution":  # 4K摄像头: the camera named, its resolution not required
        return figure, RESOLUTION
    if q.unit == "点":  # 7点: a clock hour
        return figure, DATE
    if q.unit == "年" and q.value >= 1000 or not q.unit and DATE_AFTER.match(text, q.end):
        return figure + ("" if q.unit else text[q.end]), DATE
    if not q.unit and q.value.is_integer() and 1900 <= q.value <= 2100 and not _bounded(text, q):
        return figure, DATE
    before = LETTERS_BEFORE.search(text, max(0, q.start - 20), q.start)
    after = None if q.unit else LETTERS_AFTER.match(text, q.end)  # 两个A类: a count of a class
    if before or after:  # Go2, 5G, ROS 2; but ±500kV换流站 is a voltage class
        named = (before.group() if before else "") + figure + (after.group() if after else "")
        return named, (LABEL if VOLTAGE_CLASS.match(text, q.number_end) else NAME)
    if ORDINAL_BEFORE.search(text, max(0, q.start - 1), q.start):
        return text[q.start - 1:q.end] + _label_after(text, q), LABEL
    if q.unit in POWERS_ONLY and LABEL_AFTER.match(text, q.end) or q.unit in LABEL_UNITS:
        return figure + _label_after(text, q), LABEL
    if q.unit and q.kind not in UNGRADED and text.startswith("级", q.end):  # 5吨级叉车
        return figure + "级", LABEL
    if q.unit in MACHINE_UNITS:
        return figure, MACHINES
    if place:
        return text[q.start:place.end()], PLACES
    if not q.unit and MEMBERS_AFTER.match(text, q.end) or is_headcount(text, q):
        return figure + ("" if q.unit else text[q.end]), MEMBERS
    if q.unit in LONG_DURATIONS:
        return figure, TERM
    if not q.unit and AFTER.match(text, q.end):  # 98以上: its comparator, not a word
        return figure, UNITLESS
    if not q.unit and (word := WORD_AFTER.match(text, q.end)):
        return figure + word.group(), SETTING  # 60岁
    return figure, (SETTING if q.unit else UNITLESS)


def _bounded(text: str, q: Quantity) -> bool:
    """节拍不超过2000, 约2000, 2000以上: an amount compared or approximated, not a year."""
    before = BEFORE.search(text, max(0, q.start - 16), q.start)
    return bool(before.group("word") or AFTER.match(text, q.end)
                or MEASURED_BEFORE.search(text, max(0, q.start - 8), q.start))


def _label_after(text: str, q: Quantity) -> str:
    return match.group() if (match := LABEL_AFTER.match(text, q.end)) else ""
