"""Whether a unit's name says where it is: a local company's or a provincial group's name
ties it to a place, which tells a central enterprise group's national name from a local one
and a place said before a name (江苏省，苏州XX…) from a trade name's first word."""

import re

from flows.counties import prefecture_elsewhere, prefectures_in
from flows.place_spellings import PROVINCE_PREFIX, PROVINCE_SEPARATORS, PROVINCES, resolve

# A unit that says where it is: a province or a city of Jiangsu anywhere in its name
# (中国移动通信集团江苏有限公司, 中国石化集团南京化学工业有限公司), or a place named in full
# before the rest (深圳市…, 沛县…; 中国城市… names no place).
# Jiangsu's alone: a whole country's county names would take trade names (永安…) for places.
JIANGSU = prefectures_in("江苏省")
_PROVINCE_NAMED = re.compile("|".join((*PROVINCES, *(c[:-1] for c in JIANGSU))))
_PLACE_FIRST = re.compile(r"^(?!中国)\w{2,3}?[省市县]")
# A city no table lists, written in full (合肥市, after its province in full: 安徽省合肥市).
_CITY_IN_FULL = re.compile(
    rf"(?:(?:{'|'.join(PROVINCES)})(?:省|(?:壮族|回族|维吾尔)?自治区))?(\w{{2,4}})市")


# Words in 市 that name no city: a kind of city (大都市, 地级市), one not named (本市, 该市, the
# template's XX市), a market (超市, 门市); 城市, 都市, 集市 alone and 门市 after one character
# are cities' ends (盐城市, 成都市, 辛集市, 江门市).
_NO_CITY = re.compile(r"(?:大?城|大?都|本|该|此|全|各|外|某+|[XxＸｘ×]+|县级|地级|设区|省辖|直辖"
                      r"|副省级|集|门|\w{2,}门|.*(?:超|夜|菜|股))?市")
# What is said before a city (位于合肥市, 在无锡市, 地址：合肥市), no part of its name.
_BEFORE_CITY = re.compile(r"(?:位于|地处|坐落于|在|(?:地址|地点|所在地|位置)[：:]?)(?=.)")


# A district of that city glued before the name that says the city again (深圳市，南山区深圳XX…):
# a name goes on from its district (南山区人民医院) but never names its city after it.
_DISTRICT = r"(?:[\u4e00-\u9fff]{2,4}[区县])"


def names_a_place(name: str) -> bool:
    """Whether a unit's name ties it to a place (江苏省国信…, 苏州工业园区…, 昆山…, 深圳市…), as
    a local company's or a provincial or city group's does: a central enterprise group's name
    is national (哈尔滨电气集团有限公司 is the one exception, which the caller knows)."""
    return bool(_PROVINCE_NAMED.search(name) or _PLACE_FIRST.match(name)
                or resolve(name, JIANGSU))


def begins_with_a_place(name: str) -> bool:
    """Whether `name` opens with a province's or a city's name (深圳市…, 江苏…, 昆山…): no
    trade name is a place, so a word said before it is no part of the name."""
    return bool(PROVINCE_PREFIX.match(name) or _PLACE_FIRST.match(name)
                or resolve(name, JIANGSU))


def city_said_again(place: str, name: str) -> str | None:
    """合肥市 before 合肥恒远…: a city no table lists, written in full, before a unit's name that
    begins with it again, perhaps after one of its districts (合肥市，蜀山区合肥恒远…), as the
    city question keeps it alone (安徽省合肥市 as 合肥市). Any other word ending in 市 (位于合肥市,
    大都市, 苏洲市 before 苏州恒远…) may be a typo or no city, and a name that does not say it
    again (中国科学技术大学, 南山区人民医院) is no proof of one."""
    city = city_in_full(place)
    return city if city and re.match(rf"{_DISTRICT}?{city[:-1]}\w", name) else None


def city_in_full(place: str) -> str | None:
    """合肥市 for 合肥市 or 安徽省合肥市: a city no table lists, written in full and alone, as the
    city question keeps it; a supermarket (苏果超市) is no city."""
    city = _CITY_IN_FULL.fullmatch(place)
    return f"{city[1]}市" if city and not names_no_city(f"{city[1]}市") else None


def city_elsewhere(name: str) -> str:
    """A city outside the deployment as every answer stores it, typed in the chat or imported
    (`places.city` reads both): 南通市 for 江苏省南通市, as 用户单位's 城市/单位 keeps it, and
    杭州市 for 杭州 or 浙江杭州, so one city is counted once at /stats. A short name no
    prefecture has alone stays as typed: 神州, 通州 (北京's 通州区 and 南通's)."""
    return city_in_full(name) or prefecture_typed(name) or name


def prefecture_typed(name: str) -> str | None:
    """The prefecture elsewhere a short name means (杭州, 浙江杭州 → 杭州市, 恩施州 →
    恩施土家族苗族自治州); none for a province's name (吉林) or a county's (通州)."""
    bare = PROVINCE_PREFIX.sub("", name).lstrip(PROVINCE_SEPARATORS)
    return None if name in PROVINCES else prefecture_elsewhere(bare)


def names_no_city(name: str) -> bool:
    """Whether a word in 市 (大都市, 本市, 苏果超市) names no city, whatever it ends with."""
    return bool(_NO_CITY.fullmatch(name))


def said_of_a_city(text: str) -> str:
    """`text` without the words said before a city's name (位于, 在, 地址：), which the city
    question reads past: 位于合肥市 is 合肥市, in no table, or 在无锡市 无锡市."""
    before = _BEFORE_CITY.match(text)
    return text[before.end():] if before else text
