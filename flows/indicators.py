"""Does a scenario description state quantified indicators, and which ones?

The notice asks that 场景描述与关键技术要求 be 可量化评估: accuracy, efficiency and reliability
stated with numbers. Engineers tend to write "精度高、效率高、稳定可靠", so the bot checks the
text and echoes back what it understood. A number counts only when it measures something:
years, model names (UR5, Go2), standard codes, labels (1号车间, 第二期), 5G/3D and the
number of organisations in a consortium are not indicators, and neither are figures that only
describe the setting: the enterprise as it is, a project schedule, a contract term, how many
robots are deployed and at how many stations (需要10台机器人, 在2个工位开展). The
vocabulary is in `indicator_words.py`. Pure functions, no I/O.
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from flows.indicator_conditions import (
    bracketed_conditions,
    condition_end,
    is_ordinal,
    shares_metric,
)
from flows.indicator_context import counts, describes_setting, graded, lasting, per_period, tonnes
from flows.indicator_model import Indicator
from flows.indicator_options import option_values, options_metric, with_options
from flows.indicator_words import (
    AFTER,
    BASELINE_START,
    BEFORE,
    CHANGE_TO,
    COMPARATOR_AFTER,
    COMPARATOR_BEFORE,
    DIMENSION_KEYWORD,
    DIMENSIONS,
    FIGURE_TAIL,
    FILLERS_AFTER,
    FILLERS_BEFORE,
    GENERIC_HEADS,
    KEYWORD_DIMENSION,
    MEASURED_BEFORE,
    METRIC_STOP,
    MONEY_METRIC,
    PER_PERIOD,
    REACH,
    SHARED_METRIC,
    TRAILING_ASIDE,
    UNITLESS_METRIC_END,
    UNKNOWN_UNIT,
)
from flows.number_labels import is_label
from flows.numbers import Quantity, normalize, scan_quantities
from flows.ratings import RESOLUTION_UNITS, rating_metric

# Digits inside a name: 5G, 3D, 4K, 1080P, Go2, T4.
GLUED_LETTERS = re.compile(r"(?<=[A-Za-z])\d|\d+[A-Za-z]")
# A bracket opened right before a figure: 温度等级T4（≤135℃）, named by the words before it.
OPENED = re.compile(r"\(\s*$")


@dataclass(frozen=True)
class Assessment:
    """What the bot needs to ask for: any indicator at all, and which dimensions lack one."""

    is_quantified: bool
    indicators: tuple[Indicator, ...]
    missing_dimensions: tuple[str, ...]


@lru_cache(maxsize=4096)
def assess_description(text: str) -> Assessment:
    """Find the quantified indicators in a 场景描述与关键技术要求 answer."""
    text = normalize(text)
    indicators, floor = [], 0
    quantities = with_options(text, scan_quantities(text))
    conditions = bracketed_conditions(text, quantities)
    figures = [q for q in quantities
               if not any(start < q.start < end for end, start in conditions.items())]
    last_end = None
    for quantity, baseline in _targets(text, figures):
        if quantity.start < floor:  # read with the indicator before: 800℃持续30分钟
            continue
        if (held := condition_end(text, quantity)) is not None:
            floor = held  # 在-10℃下续航…: the metric is named after the condition
            continue
        indicator, end = _indicator(text, quantity, baseline, floor, conditions)
        if indicator and not indicator.metric and last_end is not None:
            indicator = _second_value(text, indicators[-1], indicator, last_end, quantity.start)
        if indicator:
            indicators.append(indicator)
        if indicator or not (quantity.word_like or _starts_a_name(text, quantity)
                             or is_ordinal(text, quantity)):
            floor = tail.end() if (tail := FIGURE_TAIL.match(text, end)) else end
            last_end = floor if indicator else None
    found = {i.dimension for i in indicators}
    missing = tuple(d for d in DIMENSIONS if d not in found)
    return Assessment(bool(indicators), tuple(indicators), missing)


def _second_value(text: str, previous: Indicator, indicator: Indicator, previous_end: int,
                  start: int) -> Indicator:
    """识别准确率99%（白天），95%（夜间）: a figure with no metric, in the unit of the indicator
    right before it, is another value of that metric."""
    if previous.metric and previous.unit == indicator.unit and shares_metric(
            text, previous_end, start):
        return replace(indicator, metric=previous.metric, dimension=previous.dimension)
    return indicator


def format_indicators(assessment: Assessment) -> str:
    """All indicators of an assessment on one line, joined the way the notice lists them."""
    return "；".join(indicator.render() for indicator in assessment.indicators)


def _starts_a_name(text: str, q: Quantity) -> bool:
    """四足, 一致性, and 5G专网, 4K摄像头, 温度等级T4: a figure, no indicator, inside the words
    that may name the next metric (5G专网时延≤20ms), so they are not cut at it."""
    return q.unit in ("", *RESOLUTION_UNITS) and bool(GLUED_LETTERS.match(text, q.start))


def _targets(text: str, quantities: list[Quantity]) -> list[tuple[Quantity, int | None]]:
    """Each quantity with where its baseline starts: 由3小时缩短到1小时 is one target."""
    targets, index = [], 0
    while index < len(quantities):
        first = quantities[index]
        second = quantities[index + 1] if index + 1 < len(quantities) else None
        if second and CHANGE_TO.fullmatch(text, first.end, second.start):
            targets.append((second, first.start))
            index += 2
        else:
            targets.append((first, None))
            index += 1
    return targets


def _indicator(text: str, q: Quantity, baseline: int | None, floor: int,
               conditions: dict[int, int]) -> tuple[Indicator | None, int]:
    """The indicator a quantity states, if it is one, and where its text ends; its metric is
    named before the condition bracketed after the name, if any (`_conditions`)."""
    q = graded(text, tonnes(text, per_period(text, q)))
    before = BEFORE.search(text, max(floor, q.start - 16), q.start)
    if not q.unit and (before.group("word") or before.group("pm")):
        q = _with_unknown_unit(text, q)
    after = AFTER.match(text, q.end)
    held_for, end = lasting(text, q, after.end() if after else q.end)
    words = (before.group("word"), after.group("word") if after else None)
    explicit = any(words) or bool(before.group("pm")) or q.low is not None
    metric_end = conditions.get(before.start(), before.start()) if baseline is None else baseline
    following = _metric_after(text, end)
    metric = _metric(text, floor, metric_end, baseline is not None, following)
    if q.unit == "W" and MONEY_METRIC.search(metric):
        q = replace(q, unit="万", kind="count")
    measured = (explicit or bool(MEASURED_BEFORE.search(text, max(floor, q.start - 8), q.start))
                or bool(PER_PERIOD.search(metric) or UNITLESS_METRIC_END.search(metric.lower())))
    clause = _metric(text, floor, metric_end, baseline is not None, "") + following
    if (is_label(text, q, measured) or describes_setting(text, q, explicit, metric, clause)
            or not counts(text, q, explicit, measured, metric.lower())):
        return None, end
    tolerance = q.nominal is not None or bool(before.group("pm"))
    dimension = _dimension(f"{metric} {q.unit}".lower(), q, tolerance)
    if q.nominal is not None:
        comparator, value = "tolerance", (q.nominal, q.value)
    elif options := option_values(text, q):  # 续航4/6/8小时
        comparator, value = "options", options
        metric = options_metric(text, q, metric)  # 支持3/5/10kg三档负载: 负载
    elif q.low is None:
        comparator = _comparator(words, before.group("pm"), q.kind, dimension)
        value = q.value if q.antecedent is None else (q.antecedent, q.value)
    else:
        comparator, value = "range", (min(q.low, q.value), max(q.low, q.value))
    indicator = Indicator(
        text=text[_text_start(q.start if baseline is None else baseline, before):end].strip(),
        metric=rating_metric(metric, q.unit),
        comparator=comparator,
        value=value,
        unit=q.unit,
        dimension=dimension,
        lasting=held_for,
    )
    return indicator, end


def _with_unknown_unit(text: str, q: Quantity) -> Quantity:
    match = UNKNOWN_UNIT.match(text, q.end)
    return replace(q, end=match.end(), unit=match.group(), kind="physical") if match else q


def _text_start(start: int, before: re.Match) -> int:
    """The indicator's text starts at its comparator (不低于, ±), or else at the number."""
    for group in ("word", "pm"):
        if before.group(group):
            return min(start, before.start(group))
    return start


def _comparator(words: tuple[str | None, str | None], plus_minus: str | None, kind: str,
                dimension: str | None) -> str:
    """≥ ≤ < > or =, and ± with the bound written around it, if any (≤±1mm, ±2℃以内)."""
    before, after = (w.lower() if w else None for w in words)
    symbol = COMPARATOR_BEFORE.get(before) or COMPARATOR_AFTER.get(after) or "="
    if symbol == "优于":  # better than a length, angle or time means smaller
        symbol = "≤" if kind in ("length", "angle", "time") or plus_minus else "≥"
    elif before in REACH and dimension == "accuracy" and kind in ("length", "angle"):
        symbol = "≤"  # 精度达到0.1mm: a precision reached is an error at most that large
    if plus_minus:
        return "±" if symbol == "=" else symbol + "±"
    return symbol


def _metric(text: str, floor: int, end: int, has_baseline: bool, following: str) -> str:
    """The noun phrase before a number, back to punctuation, a conjunction or the previous
    number; a short noun joined by 与 shares the metric (料盘条码与料号识别准确率).

    The phrase after the number is taken instead when only it names a metric, as in
    "98% first-pass yield" or "达到99%的识别准确率".
    """
    shared = SHARED_METRIC.search(text[max(floor, end - 30):end])
    if shared and not DIMENSION_KEYWORD.search(shared.group("noun").lower()):
        phrase = shared.group()
    else:
        words = OPENED.sub("", _words_before(text, floor, end))
        phrase = METRIC_STOP.split(TRAILING_ASIDE.sub(r"\1", words))[-1]
    if has_baseline:
        phrase = BASELINE_START.split(phrase)[0]
    phrase = _trim(phrase)
    if not phrase or (not DIMENSION_KEYWORD.search(phrase.lower())
                      and DIMENSION_KEYWORD.search(following.lower())):
        return following
    return phrase


def _metric_after(text: str, end: int) -> str:
    """For "98% first-pass yield" and "零下十度至四十度环境中连续工作": the phrase after."""
    following = text[end:end + 20]
    if following.isascii():  # whole English words: "first-pass yield"
        following = text[end:end + 40]
        if end + 40 < len(text):
            following = following.rsplit(" ", 1)[0]
    following = METRIC_STOP.split(following)[0]
    if _names_a_figure(following):
        return ""  # 充电30分钟可连续巡检4小时: the phrase after names its own figure
    return _trim(following)


@lru_cache(maxsize=4096)
def _names_a_figure(phrase: str) -> bool:
    """Kept for phrases seen again: a message of 2,000 numbers (1 1 1 …) read the same few
    words after each, a second in all."""
    return any(not q.word_like or q.unit and q.value > 1 for q in scan_quantities(phrase))


def _words_before(text: str, floor: int, end: int) -> str:
    """Up to 20 characters before `end`, or whole English words within 40."""
    window = text[max(floor, end - 20):end]
    if not window.isascii():
        return window
    start = max(floor, end - 40)
    window = text[start:end]
    return window.split(" ", 1)[-1] if start > floor and text[start - 1].isalnum() else window


def _trim(phrase: str) -> str:
    return FILLERS_AFTER.sub("", FILLERS_BEFORE.sub("", phrase)).strip()


def _dimension(words: str, q: Quantity, tolerance: bool) -> str | None:
    """The dimension named by the metric's head; failing that, a ± or 丝 (0.01 mm, said only of
    fits and errors) is a precision, and a time or a rate an efficiency."""
    keywords = DIMENSION_KEYWORD.findall(words)
    specific = [k for k in keywords if k not in GENERIC_HEADS]
    if keywords:
        return KEYWORD_DIMENSION[(specific or keywords)[-1]]
    if tolerance or q.kind == "resolution" or q.unit == "丝":
        return "accuracy"
    if q.kind == "rating":  # IP67, Ex d IIB T4, 8级风: what the robot withstands
        return "reliability"
    if q.kind in ("time", "rate") and q.unit != "年":
        return "efficiency"
    return None
