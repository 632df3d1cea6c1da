"""Does a scenario description state quantified indicators, and which ones?

The notice asks that 场景描述与关键技术要求 be 可量化评估: accuracy, efficiency and reliability
stated with numbers. Engineers tend to write "精度高、效率高、稳定可靠", so the bot checks the
text and echoes back what it understood. A number counts only when it measures something:
years, model names (UR5, Go2), standard codes, labels (1号车间, 第二期), 5G/3D and the
number of organisations in a consortium are not indicators. Pure functions, no I/O.
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from flows.numbers import (
    BLANK,
    Quantity,
    format_amount,
    format_number,
    is_label,
    normalize,
    scan_quantities,
)

DIMENSIONS = ("accuracy", "efficiency", "reliability")

# Keywords naming a metric. The one ending last wins, since a Chinese noun phrase ends with
# its head (泄漏检测响应时间 is a time); compounds such as 无故障时间 and 续航时间 are listed
# whole so that they beat 时间.
DIMENSION_KEYWORDS = {
    "reliability": "成功率|故障|无故障时间|无故障运行时间|无故障工作时间|连续运行|连续运行时间"
                   "|连续工作|连续工作时间|持续运行|不停机|不间断|续航|续航时间|可用率|稳定运行"
                   "|稳定性|可靠|寿命|在线率|完好率|防护|mtbf|mttr|uptime|availability"
                   "|reliability|reliable|success rate|failure|run for|runtime|endurance"
                   "|per charge|continuous",
    "accuracy": "精度|精确|准确|准度|识别率|误差|偏差|检出率|漏检|误检|误报|漏报|合格率|良率"
                "|良品率|直通率|错误率|差错|错分|错拣|正确率|召回率|公差|分辨率|cpk|cmk|accuracy"
                "|accurate|precision|error|deviation|tolerance|yield",
    "efficiency": "节拍|效率|时间|时长|耗时|用时|速度|速率|时延|延迟|延时|响应|替代|人工|人员"
                  "|用工|产能|产量|吞吐|处理量|周期|工时|出餐|每日|每天|每小时|每班|日均|cycle"
                  "|uph|oee|throughput|speed|latency|per hour|time",
}

# Words before a number that fix how it compares, by symbol. "优于" depends on the unit.
COMPARATORS_BEFORE = {
    "≥": "≥|>=|大于等于|大于或等于|不低于|不少于|不小于|不短于|至少|达到|可达|达|提升至|提升到"
         "|提升为|提高至|提高到|提高为|增加至|增加到|增至|升至|at least|no less than"
         "|not less than|reach",
    "≤": "≤|<=|小于等于|小于或等于|不高于|不超过|不大于|不多于|不长于|不超|控制在|降低至|降低到"
         "|降低为|降至|降到|降为|下降至|下降到|缩短至|缩短到|缩短为|减少至|减少到|减少为|减至"
         "|压缩至|压缩到|not exceed|not to exceed|no more than|not more than|at most|up to|within",
    "<": "<|小于|少于|低于|短于|不足|不到|under|below|less than|lower than|shorter than"
         "|fewer than|smaller than",
    ">": ">|大于|多于|高于|超过|more than|over|above|greater than|higher than|larger than"
         "|wider than|longer than|exceed|exceeds",
    "=": "=",
    "优于": "优于",
}
COMPARATORS_AFTER = {
    "≥": "及以上|或以上|以上|or more|or above|or higher",
    "≤": "及以下|或以下|以下|以内|之内|内|or less|or below",
    "=": "左右",
}


def _by_phrase(groups: dict[str, str]) -> dict[str, str]:
    """Invert a table of "|"-separated phrases: phrase -> its group."""
    return {phrase: key for key, phrases in groups.items() for phrase in phrases.split("|")}


KEYWORD_DIMENSION = _by_phrase(DIMENSION_KEYWORDS)
COMPARATOR_BEFORE = _by_phrase(COMPARATORS_BEFORE)
COMPARATOR_AFTER = _by_phrase(COMPARATORS_AFTER)
# Verbs joining a baseline to a target: 由每次3小时缩短到1小时.
CHANGE_TO = re.compile(r"\s*(?:" + "|".join(
    p for p in COMPARATOR_BEFORE if p[-1] in "至到为") + r")\s*")

# Verbs of reaching a figure: more is better, except for a precision stated as a length.
REACH = frozenset({"达到", "可达", "达", "reach"})
# A count right after these verbs lists equipment (搭载2个相机, 采用2台H1), not a result.
EQUIPMENT_BEFORE = re.compile(r"(?:搭载|配备|配置|配有|装有|安装|采用|包括|包含|使用)\s*$")
# Letters after a number and a comparator are a unit this module does not list (≥20Ah).
UNKNOWN_UNIT = re.compile(r"[A-Za-zΩμ]{1,5}(?:/[A-Za-z]{1,3})?(?![A-Za-z])")
COUNT_NOT_METRIC = re.compile(r"\w{0,2}?(?:单位|企业|高校|院所|大学|院校|机构|专家|工程师"
                              r"|研发人员|技术人员|科研人员|方面|维度|阶段|步骤|环节|工序"
                              r"|层次|方向|部分)")
# Context that makes a count spelled in Chinese (替代两名) a benefit rather than a phrase.
COUNT_CONTEXT = re.compile(r"替代|代替|取代|减少|节约|节省|新增|增加|提升|提高|降低|减员"
                           r"|每|日均|人均|单台|平均|累计")
DURATION_METRIC = re.compile(r"期|寿命|年限|质保|使用|运行|工作|续航|时间|时长")
BASELINE_START = re.compile(r"由|从")
TRAILING_ASIDE = re.compile(r"\([^()]*\)\s*$")  # 平均无故障时间(MTBF)≥500h
LONG_DURATIONS = ("年", "个月", "周", "天", "工作日", "个工作日")
RATE_METRIC_END = re.compile(r"(?:率|精度|误差|偏差|cpk|cmk|度)$")

# Words around a metric that are not part of it; guarded where they start or end a real
# metric word (在线率, 响应, 平均, 雷达).
FILLERS_BEFORE = re.compile(
    r"^(?:\s|要求|确保|保证|实现|其中|同时|使得|将|需(?!求)|能够|并且?|且|在(?!线)|的"
    r"|以(?!太)|满足|(?:and|with|the|a|an)\b)+", re.I)
FILLERS_AFTER = re.compile(
    r"(?:\s|为|约|大约|(?<![雷马])达|在|的|要|需要?|(?<![响适供反对])应当?|可|(?<!平)均|须"
    r"|必须|需达到|\b(?:must|should|shall|will|be|is|are|to|of|at|by|not|has|have|with|a|an))+$",
    re.I)
METRIC_STOP = re.compile(rf"[,.;:!?()、。！？×*\n{BLANK}]|和|与|并|以及|同时|其中"
                         r"|(?<![\w-])(?:and|with)(?![\w-])")


def _alternation(phrases) -> str:
    """One regex for a vocabulary, longest first; English words only as whole words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(rf"\b{re.escape(p)}\b" if p.isascii() and p[0].isalpha() else re.escape(p)
                    for p in ordered)


# A colon may stand between a metric and its comparator: 成功率：≥99%.
BEFORE = re.compile(rf"(?::\s*)?(?P<word>{_alternation(COMPARATOR_BEFORE)})?"
                    r"\s*(?P<pm>±|\+/-|\+-|正负)?\s*(?:约|大约|为|在|是|了|:)?\s*$", re.I)
DIMENSION_KEYWORD = re.compile(_alternation(KEYWORD_DIMENSION))
AFTER = re.compile(rf"\s*(?P<word>{_alternation(COMPARATOR_AFTER)})(?![容部置外涵存网侧壁径衬])",
                   re.I)


@dataclass(frozen=True)
class Indicator:
    """One quantified requirement found in a description, e.g. 识别准确率 ≥ 98%."""

    text: str
    metric: str
    comparator: str  # one of ≥ ≤ < > = ± range
    value: float | tuple[float, float]
    unit: str
    dimension: str | None  # accuracy | efficiency | reliability

    def render(self) -> str:
        """The indicator in Chinese, as the bot echoes it back: 单次节拍 ≤ 15 秒."""
        if self.comparator == "range":
            low, high = self.value
            amount = f"{format_number(low)}～{format_amount(high, self.unit)}"
        else:
            amount = format_amount(self.value, self.unit)
            if self.comparator == "±":
                amount = "±" + amount
            elif self.comparator != "=":  # a plain value reads best without "="
                amount = f"{self.comparator} {amount}"
        return f"{self.metric} {amount}" if self.metric else amount


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
    for quantity, baseline in _targets(text, scan_quantities(text)):
        indicator, end = _indicator(text, quantity, baseline, floor)
        if indicator:
            indicators.append(indicator)
        floor = end
    found = {i.dimension for i in indicators}
    missing = tuple(d for d in DIMENSIONS if d not in found)
    return Assessment(bool(indicators), tuple(indicators), missing)


def format_indicators(assessment: Assessment) -> str:
    """All indicators of an assessment on one line, joined the way the notice lists them."""
    return "；".join(indicator.render() for indicator in assessment.indicators)


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


def _indicator(text: str, q: Quantity, baseline: int | None,
               floor: int) -> tuple[Indicator | None, int]:
    """The indicator a quantity states, if it is one, and where its text ends."""
    before = BEFORE.search(text, max(floor, q.start - 16), q.start)
    if not q.unit and (before.group("word") or before.group("pm")):
        q = _with_unknown_unit(text, q)
    after = AFTER.match(text, q.end)
    end = after.end() if after else q.end
    words = (before.group("word"), after.group("word") if after else None)
    explicit = any(words) or bool(before.group("pm")) or q.low is not None
    metric_end = before.start() if baseline is None else baseline
    metric = _metric(text, floor, metric_end, baseline is not None, _metric_after(text, end))
    if is_label(text, q) or not _counts(text, q, explicit, metric.lower()):
        return None, end
    dimension = _dimension(f"{metric} {q.unit}".lower(), q)
    if q.low is None:
        comparator, value = _comparator(words, before.group("pm"), q.kind, dimension), q.value
    else:
        comparator, value = "range", (min(q.low, q.value), max(q.low, q.value))
    indicator = Indicator(
        text=text[_text_start(q.start if baseline is None else baseline, before):end].strip(),
        metric=metric,
        comparator=comparator,
        value=value,
        unit=q.unit,
        dimension=dimension,
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


def _counts(text: str, q: Quantity, explicit: bool, metric: str) -> bool:
    """Whether a number that is not a label measures something.

    Chinese numerals also make words (一定, 一度, 两个方面, 一成不变), so a Chinese count, a
    lone 一 or 半, and a count of one (1套平台) need a comparator or a change (提高一倍).
    """
    if not q.kind:
        return not q.chinese and (explicit or bool(RATE_METRIC_END.search(metric)))
    if q.kind == "count" and (COUNT_NOT_METRIC.match(text, q.end)
                              or EQUIPMENT_BEFORE.search(text, 0, q.start)):
        return False
    if q.unit in LONG_DURATIONS:  # 三年行动计划, 近3年, 用3个月完成部署: schedules
        return explicit or bool(DURATION_METRIC.search(metric))
    lone_one = text[q.start:q.number_end] in ("一", "半")
    if lone_one or q.kind == "count" and (q.chinese or q.value <= 1):
        return explicit or bool(COUNT_CONTEXT.search(metric))
    return True


def _comparator(words: tuple[str | None, str | None], plus_minus: str | None, kind: str,
                dimension: str | None) -> str:
    if plus_minus:
        return "±"
    before, after = (w.lower() if w else None for w in words)
    symbol = COMPARATOR_BEFORE.get(before) or COMPARATOR_AFTER.get(after) or "="
    if symbol == "优于":  # better than a length, angle or time means smaller
        return "≤" if kind in ("length", "angle", "time") else "≥"
    if before in REACH and dimension == "accuracy" and kind in ("length", "angle"):
        return "≤"  # 精度达到0.1mm: a precision reached is an error at most that large
    return symbol


def _metric(text: str, floor: int, end: int, has_baseline: bool, following: str) -> str:
    """The noun phrase before a number, back to punctuation or the previous number.

    The phrase after the number is taken instead when only it names a metric, as in
    "98% first-pass yield" or "达到99%的识别准确率".
    """
    window = TRAILING_ASIDE.sub("", _words_before(text, floor, end))
    phrase = METRIC_STOP.split(window)[-1]
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
    return _trim(METRIC_STOP.split(following)[0])


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


def _dimension(words: str, q: Quantity) -> str | None:
    keywords = DIMENSION_KEYWORD.findall(words)
    if keywords:
        return KEYWORD_DIMENSION[keywords[-1]]
    if q.kind in ("time", "rate") and q.unit != "年":
        return "efficiency"
    return None
