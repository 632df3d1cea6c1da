"""The units written after a number: which kind of quantity each names, and how it reads back.

Engineers type on phones, so units come in any case (15KG, 0.05MM, 1.2M/S, 8H, 30S): a spelling
of two or more letters matches in any case. Single letters keep their case, except h and s: a
capital M, T or G after a number is as often million, tesla or a network generation (5G) as
metre, tonne or gram, so those stay unread and the number is taken for a name.
"""

import re

# Unit spellings by kind, space-separated. The kind decides whether a bare count needs more
# context to be an indicator ("count"), and which dimension a number without a metric has.
UNITS_BY_KIND = {
    "time": "毫秒 秒钟 秒 分钟 个小时 小时 个钟头 钟头 个工作日 工作日 天 周 个月 年 ms s sec secs"
            " second seconds min mins minute minutes h hr hrs hour hours day days",
    "length": "微米 毫米 厘米 公里 千米 米 丝 μm um mm cm km m",
    "angle": "° 度 degrees",
    "temperature": "℃ °C 摄氏度",
    "percent": "% ‰ ‱ 成 percent 个百分点 百分点 %LEL %VOL %RH %FS",
    "speed": "米/秒 米每秒 公里/小时 转/分钟 转/分 m/s km/h mm/s °/s rpm r/min",
    "mass": "公斤 千克 毫克 克 吨 kg mg g t",
    "physical": "N·m N.m Nm 牛·米 牛米 kN N 牛 千瓦时 千瓦 兆瓦 瓦时 瓦特 瓦 kWh kW Wh mAh 毫安时"
                " 安时 毫安 Hz kHz 赫兹 dB 分贝 lux lx 勒克斯 MPa kPa 兆帕 pC Gy mSv μSv/h 帧/秒"
                " fps FPS TOPS TFLOPS ppm μg/m³ mg/m³ 平方米 ㎡ m² 平方毫米 mm² 平方厘米 cm²"
                " 平方公里 km² 立方米 m³ 升 毫升 L mL 像素 UPH JPH CPH 自由度",
    "money": "亿元 万元 元",
    "multiple": "倍",
    "count": "人次 台套 台 套 个人 人 名 个 件 张 份 次 项 条 种 类 箱 托 单 趟 片 帧 辆 盒 包 袋"
             " 瓶 颗 盘 分 层 点 支 根 块 枚 粒 株 棵 转"
             " SKU SKUs FTE FTEs robots workers people operators units pcs pieces times",
}

# A unit spelling that also starts an ordinary word must not be read before these endings
# (一成不变, 一次性, 一次合格率, 片区, 分拣, 5S管理, 4S店).
UNIT_GUARDS = {
    "成": "[本功为果熟型品员套立长效就交像形组批绩都]|不变",
    "人": "形|机|工智能",
    "个人": "形|机|工智能|员",
    "台": "[阶湾风]",
    "名": "[称单义]",
    "年": "[底初中末度]",
    "次": r"[性要日年序品级]|[^\d\s,.;，。；、]{0,5}率",  # 一次性, 一次(交检)合格率
    "片": "区",
    "瓦": "[斯片房解砾]",
    "转": "[^\\W\\d_每]",  # 3000转, 3000转每分钟: a revolution, not 转运, 转向
    "包": "[括含装]",
    "盘": "点",
    "瓶": "颈",
    "层": "[次级面]",
    "支": "[持撑援付架路队柱部线出]",
    "根": "[据本源部治]",
    "块": "[状化]",
    "点": "[钟半整击]",
    "分": "[析拣类别布配解段期批区组厂部院享散担]",
    "s": "店|管理|现场|活动|标准|体系",
    "丝": "[杠杆网印锥线绸袜带光巾瓜扣]",  # 5丝 is 0.05 mm; not 丝杠, 丝印
    # 双臂7自由度 is a figure; 7自由度机械臂 describes the arm, as 6轴机械臂 does
    "自由度": "(?!以|及|或|左|和|与|并)[^\\W\\d_]",
}
# Single letters read in either case: 8H is eight hours and 30S thirty seconds.
FOLDED_LETTERS = ("h", "s")
# Spellings whose case carries meaning: 5nm is a chip process, not a torque; PC a computer.
CASE_KEPT = ("Nm", "pC")

# The periods and items an amount is counted per.
PER = (r"(?:天|日|班|小时|分钟|秒|周|月|年|人|台|次|件|个|张|份|片|帧|箱|单|托|盒"
       r"|包|袋|瓶|辆|趟|套|批|颗|盘|(?i:h|min|s))(?![A-Za-z])")
# Per-period or per-item suffix that turns an amount into a rate: 次/天, 件/小时, 3分钟/份,
# or a period said after the unit (2公里每小时, 1500件每小时, 90度每秒), which after a time
# starts the next clause instead (运行8小时每天巡检).
SPOKEN_PER = r"每(?:秒钟?|分钟|小时|天|日|班|周|月)"
RATE_SUFFIX = rf"\s*/\s*{PER}|{SPOKEN_PER}"

# A unit followed by these names an order of magnitude, not an amount: 毫米级缺陷, 秒级响应.
MAGNITUDE = re.compile(r"\s*(?:量级|级)")

# How a unit reads when echoed back in Chinese; symbols that start ATTACHED need no space.
READABLE_UNITS = {
    "s": "秒", "sec": "秒", "secs": "秒", "second": "秒", "seconds": "秒", "秒钟": "秒",
    "ms": "毫秒", "min": "分钟", "mins": "分钟", "minute": "分钟", "minutes": "分钟",
    "h": "小时", "hr": "小时", "hrs": "小时", "hour": "小时", "hours": "小时", "个小时": "小时",
    "钟头": "小时", "个钟头": "小时",
    "个人": "人",
    "day": "天", "days": "天", "mm": "毫米", "cm": "厘米", "m": "米", "km": "公里", "kg": "千克",
    "mg": "毫克", "t": "吨", "m/s": "米/秒", "km/h": "公里/小时", "°C": "℃", "摄氏度": "℃",
    "degrees": "°", "percent": "%", "mm²": "平方毫米", "cm²": "平方厘米", "km²": "平方公里",
    "m²": "平方米", "×24小时": "×24 小时", "N.m": "N·m",
}
ATTACHED = ("%", "‰", "‱", "°", "℃", "×")
# Ratings written right after their figure: a resolution (1080P, 4K), a wind force (8级).
GLUED = ("P", "K", "级")

UNIT_KIND = {spelling: kind for kind, units in UNITS_BY_KIND.items() for spelling in units.split()}


def _folds(spelling: str) -> bool:
    letters = [c for c in spelling if c.isascii() and c.isalpha()]
    return (len(letters) >= 2 and spelling not in CASE_KEPT) or spelling in FOLDED_LETTERS


# The listed spelling for each case-folded one: KG -> kg, M/S -> m/s.
LISTED_SPELLING = {}
for _spelling in UNIT_KIND:
    if _folds(_spelling):
        LISTED_SPELLING.setdefault(_spelling.lower(), _spelling)


def _unit_alternative(spelling: str) -> str:
    pattern = re.escape(spelling)
    if _folds(spelling):
        pattern = f"(?i:{pattern})"
    if guard := UNIT_GUARDS.get(spelling):
        pattern += f"(?!{guard})"
    if spelling[-1].isascii() and spelling[-1].isalpha():
        # A letter, or a digit after h or s, makes a name: 2H1 is no duration.
        pattern += "(?![A-Za-z0-9])" if spelling in FOLDED_LETTERS else "(?![A-Za-z])"
    return pattern


UNIT = re.compile(
    r"\s*(?:余|多)?\s*(?P<unit>"
    + "|".join(_unit_alternative(s) for s in sorted(UNIT_KIND, key=len, reverse=True))
    + rf")(?P<rate>{RATE_SUFFIX})?"
)


def read_unit(text: str, position: int) -> tuple[int, str, str]:
    """End, listed spelling and kind of the unit written at `position`, if any."""
    match = UNIT.match(text, position)
    if not match:
        return position, "", ""
    unit = match.group("unit")
    unit = unit if unit in UNIT_KIND else LISTED_SPELLING[unit.lower()]
    if unit == "个" and not match.group("rate") and (measured := _unit_after_个(text, match.end())):
        return measured  # 两个毫米, 零点五个毫米: 个 is the spoken measure word
    rate = match.group("rate")
    if rate and not (UNIT_KIND[unit] == "time" and rate.startswith("每")):
        return match.end(), unit + rate.replace(" ", ""), "rate"
    return match.end("unit"), unit, UNIT_KIND[unit]


def _unit_after_个(text: str, position: int) -> tuple[int, str, str] | None:
    """The unit 个 is spoken before, if one follows it at once as a whole word: not after a
    pause, a magnitude (两个毫米级缺陷 counts defects) nor a lone letter (2个A类缺陷)."""
    if text[position:position + 1].isspace():
        return None
    end, unit, kind = read_unit(text, position)
    if kind in ("", "count") or MAGNITUDE.match(text, end) or len(unit) == 1 and unit.isascii():
        return None
    return end, unit, kind


def format_number(value: float) -> str:
    """15.0 -> "15", 0.10 -> "0.1": numbers as an engineer would type them."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def format_amount(value: float, unit: str) -> str:
    """A value with its unit in readable Chinese: "15 秒", "98%", "IP65"."""
    if unit == "IP":
        return f"IP{format_number(value)}"
    if unit.startswith("Ex "):  # an explosion-proof marking reads back whole: Ex d IIB T4 Gb
        return unit
    if unit in GLUED:
        return f"{format_number(value)}{unit}"
    readable = READABLE_UNITS.get(unit, unit)
    if unit not in UNIT_KIND and "/" in unit:  # a rate made here: 件/h reads 件/小时
        amount, per = unit.split("/", 1)
        readable = f"{READABLE_UNITS.get(amount, amount)}/{READABLE_UNITS.get(per, per)}"
    separator = "" if not readable or readable.startswith(ATTACHED) else " "
    return f"{format_number(value)}{separator}{readable}"
