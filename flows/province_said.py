"""A province said before a place and a unit's name (江苏省-苏州市-…, 江苏省 江阴市 …, 江苏省，
苏州XX有限公司): no part of the unit's name, read past before the place is, except where it
says the place is none of the deployment's (浙江省 普陀区… in a Shanghai deployment)."""

import re

from flows.place_spellings import (
    MUNICIPALITIES,
    PROVINCE_PREFIX,
    PROVINCE_SEPARATORS,
    municipality,
    own_municipality,
    resolve,
)

# 苏州市-苏州XX有限公司: the dashes written after a place's name alone, as a "/".
DASHES = re.escape("-－–—―")
SPACED = re.compile(r"(\S+?)\s+(.+)", re.DOTALL)
# 江苏省-苏州市-…, 苏州市/吴中区/…: the parts of a place before a unit, each written with its
# own "/" or dash; only the city is kept, in its own column.
PART = re.compile(rf"(.+?)\s*(?:[/／]|[{DASHES}]+)\s*(.*)", re.DOTALL)


def without_province(text: str, home: str | None, cities: tuple[str, ...]) -> str:
    """`text` without the province said before its place (`_province_dropped`), unless that is
    another province than the deployment's municipality before one of its districts' names
    (浙江省 普陀区…, in Zhejiang): kept whole, it reads as no district."""
    rest = _province_dropped(text, home)
    named = PROVINCE_PREFIX.match(text)
    elsewhere = bool(own_municipality(home) and named and str(home) not in named.group())
    return text if elsewhere and resolve(rest, cities, home) else rest


def _province_dropped(text: str, home: str | None) -> str:
    """江苏省-苏州市-…, 江苏省 江阴市 …: the province said before the city, with its own dash,
    slash or space; a municipality said with a space may begin a unit's name (上海 江苏恒立…),
    with a slash it is the place: the deployment's own before its district (上海/浦东/…),
    elsewhere the city itself (上海/上海XX…)."""
    spaced = not PART.fullmatch(text)
    part = SPACED.fullmatch(text) if spaced else PART.fullmatch(text)
    own = not spaced and own_municipality(home) == f"{part[1]}市"
    if (part and PROVINCE_PREFIX.fullmatch(bare(part[1])) and not part[1].endswith("市")
            and (part[1] not in MUNICIPALITIES or own)):
        return part[2]
    province = PROVINCE_PREFIX.match(text)
    if province and municipality(province.group()) in (None, own_municipality(home)) and (
            (rest := text[province.end():].lstrip())[:1] in "，,、：:"):
        return rest.lstrip(PROVINCE_SEPARATORS + " ")  # 江苏省，苏州XX有限公司
    return text


def bare(text: str) -> str:
    """A name as spoken into a phone, without the spaces voice input puts inside it."""
    return re.sub(r"\s+", "", text).rstrip("。.，,")
