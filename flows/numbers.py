"""Numbers as engineers write them in scenario descriptions, with the unit written after each.

Descriptions mix Arabic digits, Chinese numerals (二十四小时, 零下十度), percent words
(百分之二十五, 千分之二, 百分百), fractions (三分之一, 一半), halves (半毫米, 两个半小时)
and English units. This module only says what each number is and which unit follows it;
whether it is an indicator (and not a year, a model name or a label) is decided in
`indicators.py`; the unit spellings are in `unit_spellings.py`. Chinese numerals are converted
by cn2an, whose own digit tables also give the character classes below.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import cn2an
from cn2an.conf import NUMBER_CN2AN, UNIT_CN2AN

from flows.ratings import EX_MARKING, RESOLUTION, ex_marking, resolution, wind_force
from flows.unit_spellings import read_unit

CN_DIGITS = "".join(NUMBER_CN2AN)
CN_ZEROS = "".join(d for d, v in NUMBER_CN2AN.items() if v == 0)
CN_NONZERO = "".join(d for d, v in NUMBER_CN2AN.items() if v)
CN_POWERS = "".join(UNIT_CN2AN).replace("千", "")
# A numeral starts with a non-zero digit or 十 (零 starts 零部件 and 零下), or is 零点五;
# 千 before 克/米/瓦 belongs to the unit (三千克 is 3 kg), not to the number.
CN_NUMBER = (f"(?:[{CN_NONZERO}十拾](?:[{CN_DIGITS}{CN_POWERS}]|千(?![克米瓦]))*"
             f"|[{CN_ZEROS}](?=点))(?:点[{CN_DIGITS}]+)?")
# A place value or a decimal point in a numeral of two or more characters makes it a number,
# not a word: 二十四, 十二, 一百五十, 零点五 (but 十分, 三五, 一一 stay words).
PLACE_VALUE = re.compile(f"[{CN_POWERS}千点]")
# The digit after 成 is its tenth: 九成五.
TENTH_AFTER_CHENG = re.compile(r"[一二三四五六七八九](?![十百千万成])")
ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
# 零故障, 零差错: words a zero target is written with directly after 零.
ZERO_TARGETS = ("故障|差错|事故|失误|漏检|误检|误判|误报|漏报|伤亡|伤害|死亡|停机|缺陷|投诉|碰撞"
                "|破损|损伤|泄漏|泄露|丢失|遗漏|错漏|错拣|错发|返工|划伤|暴露|违章|超标|延误|中断")
# Units a half is spoken before (半毫米, 两个半小时); 半 before other words is no number (半导体).
HALF_UNIT = r"(?:个?小时|个?钟头|天|年|个月|个?星期|分钟|秒|毫米|厘米|公里|米|个?丝|公斤|千克|圈)"
# Powers written after Arabic digits; on phones w (and W before another unit) stands for 万.
POWER_SPELLINGS = {"w": "万", "W": "万"}

NUMBER = re.compile(
    rf"(?P<below>零下)\s*(?P<below_num>{ARABIC}|{CN_NUMBER})"
    rf"|零(?P<zero>{ZERO_TARGETS})"
    # 破损率为零, 降至0: a zero that ends the clause after 为, 至 or 到.
    r"|(?<=[为至到])(?P<nil>零|0)(?=$|[^\w.%‰])"
    rf"|(?P<per>百分之|千分之|万分之)(?P<per_num>百|{ARABIC}|{CN_NUMBER})|(?P<all>百分百)"
    rf"|(?P<den>{CN_NUMBER}|\d+)分之(?P<numer>{CN_NUMBER}|\d+)"
    # 百万元, 近千万元: money said by its order of magnitude alone (十万元 is any numeral).
    r"|(?P<magnitude>[百千]?[万亿]|[百千])(?=元)"
    rf"|(?P<and_half>{ARABIC}|{CN_NUMBER})个?半(?={HALF_UNIT})"
    rf"|(?P<half>一半|减半|半(?={HALF_UNIT}))"
    r"|翻(?P<fold>[一两二三四]?)番"
    # 三个9, 两个九: availability said by its nines, 99.9% and 99%.
    r"|(?<![\d.])(?P<nines>[2-6两二三四五六])个[9九](?![\d号#.点])"
    r"|(?<![A-Za-z])IP(?P<ip>\d\d)(?![\dA-Za-z])"
    rf"|{EX_MARKING}|{RESOLUTION}"
    # 7×24小时: round the clock, on every day of the week.
    r"|(?<![\d.])(?P<days>[1-7])\s*[×xX*]\s*24\s*(?:小时|[hH])(?![A-Za-z])"
    # 1:3 is one ratio, and 8:00 a clock time (told apart in `_ratio`).
    r"|(?<![\d.:])(?P<ratio>\d+(?:\.\d+)?)\s*:\s*(?P<ratio_to>\d+(?:\.\d+)?)(?![\d.:])"
    # A minus after a letter, a figure or +/ is no sign: GR-2, 5-8, +/-0.1mm.
    rf"|(?P<sign>(?<![\dA-Za-z.%‰℃°/+])-)?(?<![\d.])(?P<ar>{ARABIC})"
    r"(?P<power>\s*(?:万|亿|千(?![克米瓦])|[wW](?![A-Za-z\d])))?"
    rf"|(?P<cn>{CN_NUMBER})"
)

# Symbols as the template sample writes them in LaTeX ($\leq \pm 0.5\text{mm}$).
LATEX = {r"\leq": "≤", r"\le": "≤", r"\geq": "≥", r"\ge": "≥", r"\pm": "±", r"^\circ": "°",
         r"\circ": "°", r"\%": "%", "$": ""}
LATEX_TOKEN = re.compile(r"\\text\{([^}]*)\}|" + "|".join(
    re.escape(k) for k in sorted(LATEX, key=len, reverse=True)))
# Units set in one square (㎜, ㎏, ㎡), as Chinese input methods offer them, in their NFKC
# spelling, where a power is a digit (m2) and the slash a division sign: as typed, m² and m/s.
UNIT_SQUARES = {chr(c): unicodedata.normalize("NFKC", chr(c)).translate(
    str.maketrans("23\u2215", "²³/")) for c in range(0x3380, 0x33E0)}
HALF_WIDTH = str.maketrans({**{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)},
                            "\u3000": " ", "〜": "~", "—": "-", "–": "-", "−": "-",
                            "≦": "≤", "≧": "≥", **UNIT_SQUARES})

# Standard codes (GB/T 38124-2019, ISO 10218-1:2011) are blanked out before numbers are read.
STANDARD_CODE = re.compile(
    r"(?<![A-Za-z])(?:GB/[TZ]|GB|ISO/IEC|ISO/TS|ISO/TR|ISO|IEC|IEEE|ASTM|ANSI|UL|EN|DIN|JIS"
    r"|[A-Z]{2}/T|T/[A-Z]+)\s*\d[\d.:/]*(?:\s*-\s*\d+)*")
BLANK = "\x00"
# Voice input spaces out a decimal point: 99 . 5 % is 99.5%. (A point with no space before
# it, as in the numbered list 1. 2台, is left alone.)
SPOKEN_POINT = re.compile(r"(?<=\d)\s+\.\s*(?=\d)")

# Text around a number that makes it a name (UR5, GPT-4, 5G, 3D), an ordinal (第二期, 3#线,
# 1号车间), a date, a clock time (8点30分) or an age, a vague amount (数十台) or a count of
# partners (3家单位).
LABEL_BEFORE = re.compile(rf"(?:[A-Za-z][-.]?|[第#]|[\d{CN_DIGITS}]点)$")
# Metrics written in capitals that measure the figure typed right after them (UPH600, OEE85%,
# CPK1.33, MTBF2000h): a rate, a count of output or a process capability, not a model name.
METRIC_ABBREVIATIONS = "cpk|cmk|uph|jph|cph|oee|mtbf|mttr|fpy"
# Roughness is written Ra0.8, Rz6.3 (micrometres), in this case only.
METRIC_BEFORE = re.compile(rf"(?<![A-Za-z])(?:(?i:{METRIC_ABBREVIATIONS})|R[az])\s*$")
VAGUE_BEFORE = re.compile(r"[几数]$")
LATIN_AFTER = re.compile(r"[A-Za-z]")
LABEL_AFTER = re.compile(r"[号#期楼层栋家所代级届批月日点岁位寸轴路维足线]|季度")
POWERS = ("万", "亿", "千")  # kept before the unit they multiply: 1万次
POWERS_ONLY = ("", *POWERS)
# A duration before a shop names its opening hours (24小时便利店), not the robot's.
SHOP_AFTER = re.compile(r"(?:便利)?店|超市|商超|药房|药店|营业|门诊|热线")
# A voltage before a grid facility is its class (±800kV换流站, 110kV线路), not a measurement.
VOLTAGE_CLASS = re.compile(r"\s*[kK]?V\s*(?:特高压|超高压|高压|交流|直流)?\s*(?:变电站|换流站"
                           r"|开关站|开关室|配电|输电|线路|电网|母线|主变|GIS|站|线)")

# Within a line: a minus starting the next line is a bullet or a sign (≤1mm↵- 20℃), no range;
# a plus signing the bound after 至, 到 or ~ joins it too (-20℃~+60℃, -20℃至+60℃).
RANGE_JOINER = re.compile(r"[^\S\n]*(?:(?:至|到|~)[^\S\n]*\+?|-|to)[^\S\n]*")
TOLERANCE_JOINER = re.compile(r"[^\S\n]*(?:±|\+/-|\+-)[^\S\n]*")
PER_UNITS = {"百分之": "%", "千分之": "‰", "万分之": "‱"}
# A decimal point spoken as 点 (0点2米每秒), told from a clock time (8点30分) by the unit after.
SPOKEN_DECIMAL = re.compile(r"点(\d+)")
CLOCK_UNITS = ("分", "分钟", "点")
# H:MM reads as a clock time unless a ratio word stands near it (人机比1:10, 1:10的比例).
CLOCK = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d")
RATIO_WORD = re.compile(r"比")
# Floors (3层康复大厅) and points (1800点) are labels unless measured; a 点 up to 24 is an hour.
LABEL_UNITS = ("层", "点")


def normalize(text: str) -> str:
    """Half-width digits and punctuation, units in one square spelled out (㎜ as mm), the
    template sample's LaTeX as plain symbols, and standard codes blanked out (as BLANK
    characters) so that their digits are not read."""
    text = LATEX_TOKEN.sub(lambda m: m.group(1) if m.group(1) is not None else LATEX[m.group()],
                           text)
    text = SPOKEN_POINT.sub(".", text.translate(HALF_WIDTH))
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
    # A Chinese numeral with no place value (一, 两, 三五, 半) also occurs inside ordinary
    # words (一定, 两个方面, 四足); one with a place value (一百五十, 二十四) reads as digits do.
    word_like: bool
    low: float | None = None  # the first bound of a range (3~5秒); `value` is the second
    nominal: float | None = None  # the value a tolerance is around (300±20mm); `value` is 20
    antecedent: float | None = None  # the first term of a ratio (1:10); `value` is the second


@lru_cache(maxsize=4096)
def chinese_value(numeral: str) -> float | None:
    """The value of a Chinese numeral, or None for strings cn2an rejects (两三, 十四五) or
    fails on (十一十一 raises a KeyError inside it), as count_words.read_number takes them, and
    for a run of hundreds of numerals (一一一…) too large for a float: no number anyone means."""
    try:
        return float(cn2an.cn2an(numeral, "normal"))
    except (ValueError, KeyError, TypeError, OverflowError):
        return None


def _number_value(match: re.Match) -> tuple[float | None, str, str]:
    """Value, implied unit and implied kind of one NUMBER match."""
    group = match.group
    if group("below"):
        value = _plain_value(group("below_num"))
        return (None if value is None else -value), "", ""
    if group("zero"):
        return 0.0, group("zero"), "zero"
    if group("nil"):
        return 0.0, "", "zero"
    if group("all"):
        return 100.0, "%", "percent"
    if group("per"):
        value = 100.0 if group("per_num") == "百" else _plain_value(group("per_num"))
        return value, PER_UNITS[group("per")], "percent"
    if group("den"):
        den, numer = _plain_value(group("den")), _plain_value(group("numer"))
        if not den or numer is None:
            return None, "", ""
        return round(numer / den * 100, 2), "%", "percent"
    if group("magnitude"):  # 百万 is 一百万
        return chinese_value("一" + group("magnitude")), "", ""
    if group("and_half"):  # 一个半小时 is 1.5 hours
        whole = _plain_value(group("and_half"))
        return (None if whole is None else whole + 0.5), "", ""
    if group("half"):
        return (0.5, "", "") if group("half") == "半" else (50.0, "%", "percent")
    if group("fold") is not None:
        return 2.0 ** (_plain_value(group("fold") or "一") or 1), "倍", "multiple"
    if group("nines"):  # n nines: 100% less 10 to the power 2-n
        nines = _plain_value(group("nines"))
        return round(100 - 10 ** (2 - nines), 6), "%", "percent"
    if group("ip"):
        return float(group("ip")), "IP", "rating"
    if group("ex_class"):
        return ex_marking(match)
    if group("days"):
        return float(group("days")), "×24小时", "time"
    value = _plain_value(group("ar") or group("cn"))
    if value is not None and group("sign"):
        value = -value
    return value, "", ""


def _plain_value(numeral: str) -> float | None:
    """None for hundreds of digits (999…), which float reads as infinity: no number."""
    if numeral[0].isdigit():
        value = float(numeral.replace(",", ""))
        return value if math.isfinite(value) else None
    return chinese_value(numeral)


def scan_quantities(text: str) -> list[Quantity]:
    """Every number in `text` with its unit, in order of appearance; 3~5秒 is one range and
    300±20mm (or 20℃±2℃, the unit said twice) one tolerance."""
    quantities: list[Quantity] = []
    for match in NUMBER.finditer(text):
        if quantities and match.start() < quantities[-1].end:  # read with the one before (九成五)
            continue
        quantity = _quantity(text, match)
        if quantity is None:
            continue
        previous = quantities[-1] if quantities else None
        if (previous and previous.low is None and (previous.unit or quantity.unit)
                and "ratio" not in (previous.kind, quantity.kind)
                and RANGE_JOINER.fullmatch(text, previous.end, quantity.start)):
            quantities[-1] = replace(quantity, start=previous.start, low=previous.value,
                                     unit=quantity.unit or previous.unit,
                                     kind=quantity.kind or previous.kind)
        elif (previous and previous.unit in ("", quantity.unit) and previous.low is None
              and quantity.unit and TOLERANCE_JOINER.fullmatch(text, previous.end, quantity.start)):
            quantities[-1] = replace(quantity, start=previous.start, nominal=previous.value,
                                     value=abs(quantity.value))
        else:
            quantities.append(quantity)
    return quantities


def _quantity(text: str, match: re.Match) -> Quantity | None:
    if match.group("ratio"):
        return _ratio(text, match)
    if match.group("res_h") or match.group("res_p") or match.group("res_k"):
        value, unit, kind, width = resolution(match)
        return Quantity(match.start(), match.end(), match.end(), value, unit, kind, False,
                        antecedent=width)
    value, unit, kind = _number_value(match)
    if value is None:
        return None
    end = match.end()
    power = (match.group("power") or "").strip()
    if match.group("ar") and not power:
        value, end = _spoken_decimal(text, end, value)
    number_end = end
    if not unit and (wind := wind_force(text, match.start(), end)):
        end, unit, kind = wind, "级", "rating"  # 抗8级风: a wind force, not a label
    if not unit:
        end, unit, unit_kind = read_unit(text, end)
        kind = unit_kind or kind
        if power == "W" and not unit:  # 功率50W: a capital W alone is watts
            unit, kind = power, "physical"
        elif power:
            unit, kind = POWER_SPELLINGS.get(power, power) + unit, unit_kind or "count"
    if unit == "成":  # 三成 is 30%, and 九成五 95%
        value, unit, kind = value * 10, "%", "percent"
        if tenth := TENTH_AFTER_CHENG.match(text, end):
            value, end = value + chinese_value(tenth.group()), tenth.end()
    numeral = match.group("cn") or ""
    word_like = (bool(numeral) and not (len(numeral) > 1 and PLACE_VALUE.search(numeral))
                 or match.group("half") == "半")
    return Quantity(match.start(), number_end, end, value, unit, kind, word_like)


def _spoken_decimal(text: str, end: int, value: float) -> tuple[float, int]:
    """0点2米每秒 is 0.2 m/s when a unit follows; 8点30分 stays a clock time."""
    spoken = SPOKEN_DECIMAL.match(text, end)
    if not spoken or read_unit(text, spoken.end())[1] in ("", *CLOCK_UNITS):
        return value, end
    fraction = float("0." + spoken.group(1))
    return (value - fraction if value < 0 else value + fraction), spoken.end()


def _ratio(text: str, match: re.Match) -> Quantity | None:
    """1:3 as one quantity; a clock time (8:00-18:00) is no quantity at all."""
    near = text[max(0, match.start() - 12):match.end() + 4]
    if CLOCK.fullmatch(match.group()) and not RATIO_WORD.search(near):
        return None
    first, second = (float(match.group(g)) for g in ("ratio", "ratio_to"))
    return Quantity(match.start(), match.end(), match.end(), second, ":", "ratio", False,
                    antecedent=first)
