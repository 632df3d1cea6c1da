"""Numbers as engineers write them in scenario descriptions, with the unit written after each.

Descriptions mix Arabic digits, Chinese numerals (二十四小时, 零下十度), percent words
(百分之二十五, 千分之二), fractions (三分之一, 一半) and English units. This module only
says what each number is and which unit follows it; whether it is an indicator (and not a
year, a model name or a label) is decided in `indicators.py`. Chinese numerals are converted
by cn2an, whose own digit tables also give the character classes below.
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import cn2an
from cn2an.conf import NUMBER_CN2AN, UNIT_CN2AN

# Unit spellings by kind, space-separated. The kind decides whether a bare count needs more
# context to be an indicator ("count"), and which dimension a number without a metric has.
UNITS_BY_KIND = {
    "time": "毫秒 秒钟 秒 分钟 个小时 小时 个工作日 工作日 天 周 个月 年 ms s sec secs second"
            " seconds min mins minute minutes h hr hrs hour hours day days",
    "length": "微米 毫米 厘米 公里 千米 米 μm um mm cm km m",
    "angle": "° 度 degrees",
    "temperature": "℃ °C 摄氏度",
    "percent": "% ‰ ‱ 成 percent",
    "speed": "米/秒 米每秒 公里/小时 转/分 m/s km/h mm/s °/s rpm r/min",
    "mass": "公斤 千克 克 吨 kg g t",
    "physical": "N·m Nm 牛·米 牛米 kN N 牛 千瓦时 千瓦 kWh kW Wh mAh Hz kHz 赫兹 dB 分贝 lux lx"
                " 勒克斯 MPa kPa 兆帕 pC Gy mSv μSv/h 帧/秒 fps FPS ppm μg/m³ mg/m³ 平方米 ㎡ m²"
                " 立方米 m³ 升 毫升 L mL",
    "money": "亿元 万元 元",
    "multiple": "倍",
    "count": "人次 台套 台 套 人 名 个 件 张 份 次 项 条 种 类 箱 托 单 SKU SKUs robots workers"
             " people operators units pcs pieces times",
}

# A unit spelling that also starts an ordinary word must not be read before these endings.
UNIT_GUARDS = {
    "成": "[本功为果熟型品员套立长效就交像形组批绩都]",
    "人": "形|机|工智能",
    "台": "[阶湾风]",
    "名": "[称单义]",
    "年": "[底初中末度]",
}

# Per-period suffix that turns a count into a rate: 次/天, 件/小时, 元/台.
RATE_SUFFIX = r"\s*/\s*(?:天|日|班|小时|h|分钟|min|秒|s|月|年|人|台|次)(?![A-Za-z])"

CN_DIGITS = "".join(NUMBER_CN2AN)
CN_ZEROS = "".join(d for d, v in NUMBER_CN2AN.items() if v == 0)
CN_NONZERO = "".join(d for d, v in NUMBER_CN2AN.items() if v)
CN_POWERS = "".join(UNIT_CN2AN).replace("千", "")
# A numeral starts with a non-zero digit or 十 (零 starts 零部件 and 零下), or is 零点五;
# 千 before 克/米/瓦 belongs to the unit (三千克 is 3 kg), not to the number.
CN_NUMBER = (f"(?:[{CN_NONZERO}十拾](?:[{CN_DIGITS}{CN_POWERS}]|千(?![克米瓦]))*"
             f"|[{CN_ZEROS}](?=点))(?:点[{CN_DIGITS}]+)?")
# The digit after 成 is its tenth: 九成五.
TENTH_AFTER_CHENG = re.compile(r"[一二三四五六七八九](?![十百千万成])")
ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
ZERO_TARGETS = "故障|差错|事故|失误|漏检|误报|漏报|伤亡|停机|缺陷|投诉|碰撞"

NUMBER = re.compile(
    rf"(?P<below>零下)\s*(?P<below_num>{ARABIC}|{CN_NUMBER})"
    rf"|零(?P<zero>{ZERO_TARGETS})"
    rf"|(?P<per>百分之|千分之|万分之)(?P<per_num>百|{ARABIC}|{CN_NUMBER})"
    rf"|(?P<den>{CN_NUMBER}|\d+)分之(?P<numer>{CN_NUMBER}|\d+)"
    r"|(?P<half>一半|减半|半(?=个?小时|天|年|个月|分钟))"
    r"|翻(?P<fold>[一两二三四]?)番"
    r"|(?<![A-Za-z])IP(?P<ip>\d\d)(?![\dA-Za-z])"
    rf"|(?P<sign>(?<![\dA-Za-z.%‰℃°])-)?(?<![\d.])(?P<ar>{ARABIC})"
    r"(?P<power>\s*(?:万|亿|千(?![克米瓦])))?"
    rf"|(?P<cn>{CN_NUMBER})"
)

# Symbols as the template sample writes them in LaTeX ($\leq \pm 0.5\text{mm}$).
LATEX = {r"\leq": "≤", r"\le": "≤", r"\geq": "≥", r"\ge": "≥", r"\pm": "±", r"^\circ": "°",
         r"\circ": "°", r"\%": "%", "$": ""}
LATEX_TOKEN = re.compile(r"\\text\{([^}]*)\}|" + "|".join(
    re.escape(k) for k in sorted(LATEX, key=len, reverse=True)))
HALF_WIDTH = str.maketrans({**{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)},
                            "\u3000": " ", "〜": "~", "—": "-", "–": "-", "−": "-",
                            "≦": "≤", "≧": "≥"})

# Standard codes (GB/T 38124-2019, ISO 10218-1:2011) are blanked out before numbers are read.
STANDARD_CODE = re.compile(
    r"(?<![A-Za-z])(?:GB/[TZ]|GB|ISO/IEC|ISO/TS|ISO/TR|ISO|IEC|IEEE|ASTM|ANSI|UL|EN|DIN|JIS"
    r"|[A-Z]{2}/T|T/[A-Z]+)\s*\d[\d.:/]*(?:\s*-\s*\d+)*")
BLANK = "\x00"

# Text around a number that makes it a name (UR5, GPT-4, 5G, 3D), an ordinal (第二期, 3#线,
# 1号车间), a date or age, a vague amount (数十台) or a count of partners (3家单位).
LABEL_BEFORE = re.compile(r"(?:[A-Za-z][-.]?|[第#])$")
VAGUE_BEFORE = re.compile(r"[几数]$")
LATIN_AFTER = re.compile(r"[A-Za-z]")
LABEL_AFTER = re.compile(r"[号#期楼层栋家所代级届批月日点岁位寸轴路维足线]|季度")
POWERS_ONLY = ("", "万", "亿", "千")

RANGE_JOINER = re.compile(r"\s*(?:至|到|~|-|to)\s*")
PER_UNITS = {"百分之": "%", "千分之": "‰", "万分之": "‱"}

# How a unit reads when echoed back in Chinese; symbols in ATTACHED_UNITS need no space.
READABLE_UNITS = {
    "s": "秒", "sec": "秒", "secs": "秒", "second": "秒", "seconds": "秒", "秒钟": "秒",
    "ms": "毫秒", "min": "分钟", "mins": "分钟", "minute": "分钟", "minutes": "分钟",
    "h": "小时", "hr": "小时", "hrs": "小时", "hour": "小时", "hours": "小时", "个小时": "小时",
    "day": "天", "days": "天", "mm": "毫米", "cm": "厘米", "m": "米", "km": "公里", "kg": "千克",
    "t": "吨", "m/s": "米/秒", "km/h": "公里/小时", "°C": "℃", "摄氏度": "℃", "degrees": "°",
    "percent": "%",
}
ATTACHED_UNITS = ("%", "‰", "‱", "°", "℃")


def _unit_alternative(spelling: str) -> str:
    guard = UNIT_GUARDS.get(spelling)
    pattern = re.escape(spelling)
    if guard:
        pattern += f"(?!{guard})"
    if spelling[-1].isascii() and spelling[-1].isalpha():
        pattern += "(?![A-Za-z])"
    return pattern


UNIT_KIND = {spelling: kind for kind, units in UNITS_BY_KIND.items() for spelling in units.split()}
UNIT = re.compile(
    r"\s*(?:余|多)?\s*(?P<unit>"
    + "|".join(_unit_alternative(s) for s in sorted(UNIT_KIND, key=len, reverse=True))
    + rf")(?P<rate>{RATE_SUFFIX})?"
)


def normalize(text: str) -> str:
    """Half-width digits and punctuation, the template sample's LaTeX as plain symbols, and
    standard codes blanked out (as BLANK characters) so that their digits are not read."""
    text = LATEX_TOKEN.sub(lambda m: m.group(1) if m.group(1) is not None else LATEX[m.group()],
                           text)
    text = text.translate(HALF_WIDTH)
    return STANDARD_CODE.sub(lambda m: BLANK * len(m.group()), text)


@dataclass(frozen=True)
class Quantity:
    """One number in the text: where it is, its value, and the unit written after it."""

    start: int
    number_end: int  # end of the number itself, before any unit
    end: int  # end of the unit (equals number_end when there is none)
    value: float
    unit: str
    kind: str  # a key of UNITS_BY_KIND, "rate", "zero", "rating", or "" when unitless
    chinese: bool  # written in Chinese numerals, which also occur inside ordinary words
    low: float | None = None  # the first bound of a range (3~5秒); `value` is the second


@lru_cache(maxsize=4096)
def chinese_value(numeral: str) -> float | None:
    """The value of a Chinese numeral, or None for strings cn2an rejects (两三, 十四五)."""
    try:
        return float(cn2an.cn2an(numeral, "normal"))
    except ValueError:
        return None


def _number_value(match: re.Match) -> tuple[float | None, str, str]:
    """Value, implied unit and implied kind of one NUMBER match."""
    group = match.group
    if group("below"):
        value = _plain_value(group("below_num"))
        return (None if value is None else -value), "", ""
    if group("zero"):
        return 0.0, group("zero"), "zero"
    if group("per"):
        value = 100.0 if group("per_num") == "百" else _plain_value(group("per_num"))
        return value, PER_UNITS[group("per")], "percent"
    if group("den"):
        den, numer = _plain_value(group("den")), _plain_value(group("numer"))
        if not den or numer is None:
            return None, "", ""
        return round(numer / den * 100, 2), "%", "percent"
    if group("half"):
        return (0.5, "", "") if group("half") == "半" else (50.0, "%", "percent")
    if group("fold") is not None:
        return 2.0 ** (_plain_value(group("fold") or "一") or 1), "倍", "multiple"
    if group("ip"):
        return float(group("ip")), "IP", "rating"
    value = _plain_value(group("ar") or group("cn"))
    if value is not None and group("sign"):
        value = -value
    return value, "", ""


def _plain_value(numeral: str) -> float | None:
    if numeral[0].isdigit():
        return float(numeral.replace(",", ""))
    return chinese_value(numeral)


def _read_unit(text: str, position: int) -> tuple[int, str, str]:
    """End, spelling and kind of the unit written at `position`, if any."""
    match = UNIT.match(text, position)
    if not match:
        return position, "", ""
    unit = match.group("unit")
    if match.group("rate"):
        return match.end(), unit + match.group("rate").replace(" ", ""), "rate"
    return match.end(), unit, UNIT_KIND[unit]


def scan_quantities(text: str) -> list[Quantity]:
    """Every number in `text` with its unit, in order of appearance; 3~5秒 is one range."""
    quantities: list[Quantity] = []
    for match in NUMBER.finditer(text):
        if quantities and match.start() < quantities[-1].end:  # read with the one before (九成五)
            continue
        quantity = _quantity(text, match)
        if quantity is None:
            continue
        previous = quantities[-1] if quantities else None
        if (previous and previous.low is None and (previous.unit or quantity.unit)
                and RANGE_JOINER.fullmatch(text, previous.end, quantity.start)):
            quantities[-1] = replace(quantity, start=previous.start, low=previous.value,
                                     unit=quantity.unit or previous.unit,
                                     kind=quantity.kind or previous.kind)
        else:
            quantities.append(quantity)
    return quantities


def _quantity(text: str, match: re.Match) -> Quantity | None:
    value, unit, kind = _number_value(match)
    if value is None:
        return None
    end = match.end()
    power = (match.group("power") or "").strip()
    if not unit:
        end, unit, kind = _read_unit(text, end)
        if power:
            unit, kind = power + unit, kind or "count"
    if unit == "成":  # 三成 is 30%, and 九成五 95%
        value, unit, kind = value * 10, "%", "percent"
        if tenth := TENTH_AFTER_CHENG.match(text, end):
            value, end = value + chinese_value(tenth.group()), tenth.end()
    chinese = match.group("cn") is not None or match.group("half") == "半"
    return Quantity(match.start(), match.end(), end, value, unit, kind, chinese)


def is_label(text: str, q: Quantity) -> bool:
    """Whether a number names or orders something instead of measuring it: years (2026年),
    model names (UR5, Go2, GPT-4), ordinals (第二期, 3#线), 5G and 3D, vague 数十."""
    if LABEL_BEFORE.search(text, max(0, q.start - 3), q.start):
        return True
    if q.chinese and VAGUE_BEFORE.search(text, max(0, q.start - 1), q.start):
        return True
    if q.unit == "年":
        return q.value >= 1000
    if q.unit not in POWERS_ONLY:  # a power alone is no unit: 10万级洁净车间 is a class
        return False
    return bool(LABEL_AFTER.match(text, q.end) or LATIN_AFTER.match(text, q.end)
                or q.value.is_integer() and 1900 <= q.value <= 2100)


def format_number(value: float) -> str:
    """15.0 -> "15", 0.10 -> "0.1": numbers as an engineer would type them."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def format_amount(value: float, unit: str) -> str:
    """A value with its unit in readable Chinese: "15 秒", "98%", "IP65"."""
    if unit == "IP":
        return f"IP{format_number(value)}"
    readable = READABLE_UNITS.get(unit, unit)
    separator = "" if not readable or readable in ATTACHED_UNITS else " "
    return f"{format_number(value)}{separator}{readable}"
