"""Ratings written with letters around their figures: explosion-proof markings (Ex d IIB T4 Gb),
camera resolutions (1080P, 4K, 3840×2160) and wind force (抗8级风, 抗风等级8级).

Service and special robots (巡检, 消防, 防爆) state these as their specs, as IP67 is one; read
letter by letter they would be model names (T4, 4K) or labels (8级). `numbers.py` reads them
as quantities with these patterns; whether a resolution measures anything is decided by the
metric that names it (`indicators.py`). Pure functions, no I/O.
"""

import re

# GB/T 3836 / IEC 60079: Ex, the types of protection (d, db, e, ia, ib, nA, d[ia] …), the gas
# group (IIA–IIC; dust IIIA–IIIC, Roman numerals as typed), the temperature class (T1–T6,
# or for dust the surface temperature, T135℃) and, optionally, the equipment protection level.
EX_MARKING = (
    r"(?<![A-Za-z])Ex\s*(?P<ex_types>(?:[deimnopqst][abcxyzACLR]?(?:\s*\[[a-z]{1,3}\])?\s*){1,3})"
    r"(?P<ex_group>III[ABC]|II[ABC]?|Ⅲ[ABC]|Ⅱ[ABC]?)\s*(?:\+\s*H2\s*)?"
    r"T\s*(?P<ex_class>[1-6](?!\d)|\d{2,3}\s*(?:℃|°C))(?:\s*(?P<ex_epl>[GD][abc]))?(?![A-Za-z])"
)
# 3840×2160 (not a size: 1200×800mm), 1080P, 4K; not 4k次, a count in thousands.
RESOLUTION = (
    r"(?<![A-Za-z\d.])(?P<res_w>\d{3,4})\s*[×xX*]\s*(?P<res_h>\d{3,4})"
    r"(?![\d.]|\s*(?:[A-Za-z]|[毫厘公]?米))"
    r"|(?<![A-Za-z\d.])(?P<res_p>480|720|1080|1440|2160)[pP](?![A-Za-z\d])"
    r"|(?<![A-Za-z\d.])(?P<res_k>[248])[kK](?![A-Za-z\d]|\s*[次件个台套元米])"
)
RESOLUTION_UNITS = ("P", "K")
# Wind force on the Beaufort scale: 级 after a figure is its rating, not a label, when wind is
# named around it (抗8级风, 可在8级大风下作业, 抗风等级8级, 抗风能力≥8级, 风力8级).
WIND_AFTER = re.compile(r"级(?:[及或]?以上)?的?[大强]?风(?![险格机电冷扇口管道控])")
# The wind said right after 级 is the rating's own (8级大风下作业), unless a word goes on from it
# (8级风况下定位精度, 8级风速).
WIND_GLUED = re.compile(r"级[大强]?风(?![况速向力])")
WIND_BEFORE = re.compile(r"(?:抗风|防风|风力|风速等级)[^\d,.;:!?()、。！？]{0,6}$")
ROMAN = str.maketrans({"Ⅱ": "II", "Ⅲ": "III"})


def ex_marking(match: re.Match) -> tuple[float, str, str]:
    """Value, unit and kind of an Ex marking: the marking itself, spaced as the standard
    writes it (ExdIIBT4 reads Ex d IIB T4), is the unit, and its temperature the value."""
    group = match.group
    temperature = re.sub(r"\s+", "", group("ex_class"))
    parts = ("Ex", re.sub(r"\s+", " ", group("ex_types").strip()),
             group("ex_group").translate(ROMAN), "T" + temperature, group("ex_epl") or "")
    return float(re.match(r"\d+", temperature).group()), " ".join(filter(None, parts)), "rating"


def resolution(match: re.Match) -> tuple[float, str, str, float | None]:
    """Value, unit, kind and, for width × height, the width of a resolution."""
    group = match.group
    if group("res_w"):
        return float(group("res_h")), "×", "resolution", float(group("res_w"))
    if group("res_p"):
        return float(group("res_p")), "P", "resolution", None
    return float(group("res_k")), "K", "resolution", None


def wind_force(text: str, start: int, end: int) -> int | None:
    """Where a wind force rating (8级, 8级大风) ends, if the figure at `start`…`end` is one."""
    if not text.startswith("级", end):
        return None
    if not (WIND_AFTER.match(text, end) or WIND_BEFORE.search(text, max(0, start - 10), start)):
        return None
    return glued.end() if (glued := WIND_GLUED.match(text, end)) else end + 1


def rating_metric(metric: str, unit: str) -> str:
    """The metric a rating is echoed with: a wind force said in passing (抗8级风, 可在8级风下
    作业) is 抗风等级, as the notice's tables name it."""
    return "抗风等级" if unit == "级" and "风" not in metric else metric
