"""The ways the province's cities and their counties are written (苏州市, 苏州, 昆山市, 昆山,
武进), worked out once for each deployment's cities: every typed city and every check of a
whole row looks them up (`resolve`), as do provinces' and municipalities' names."""

import re
from collections import Counter
from functools import cache

from flows.counties import (
    COUNTIES,
    another_place,
    autonomous,
    in_province,
    place_begun,
    prefecture_spellings,
    short,
)

PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()
# 江苏省, 江苏, 广西壮族自治区 … before the city: the province says nothing the city does not.
PROVINCE_PREFIX = re.compile(
    rf"^(?:{'|'.join(PROVINCES)})(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)?"
)
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
PROVINCE_SEPARATORS = "，,、；;：:/／-—–"  # between a province and its city: 江苏省，苏州市


def cities_named(name: str, cities: tuple[str, ...]) -> list[str]:
    """The cities of `cities` a text names anywhere, by their own name or a county's. After
    a province a city is not in, its counties are read only as `resolve` reads them there:
    福建德清… names neither 杭州's 建德 nor 湖州's 德清."""
    province = PROVINCE_PREFIX.match(name)
    return [city for (city, own), (_, counties) in zip(
                own_names(cities), county_names(cities), strict=True)
            if any(place in name for place in own) or (
                _names_a_county(name, city, counties, districts=False)
                if province and not in_province(city, province.group())
                else any(place in name for place in counties))]


@cache
def own_names(cities: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each city with the ways it is written (苏州市, 苏州), worked out once: every typed city
    and every check of a whole row looks them up."""
    return tuple((city, tuple(dict.fromkeys(
        (city, short(city), *prefecture_spellings(city), *autonomous(city))))) for city in cities)


@cache
def every_spelling(cities: tuple[str, ...]) -> frozenset[str]:
    """Every way the cities and their counties are written, for telling a place alone."""
    return frozenset(s for _, names in (*own_names(cities), *county_names(cities))
                     for s in names)


@cache
def county_names(cities: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each city with the ways its counties and districts are written (昆山市, 昆山, 武进, 普宁,
    宝安), when the city is one of `cities`. A name two of them share (南京's and 徐州's 鼓楼区)
    is left out: it says neither."""
    spelt = [(city, tuple(dict.fromkeys(spelling for county in COUNTIES.get(city, ())
                                        for spelling in (county, short(county)))))
             for city in cities]
    shared = Counter(spelling for _, spellings in spelt for spelling in spellings)
    return tuple((city, tuple(s for s in spellings if shared[s] == 1)) for city, spellings in spelt)


def municipality(name: str) -> str | None:
    """上海市 for 上海, 上海市 or 上海浦东新区: a municipality is a city, its districts in it."""
    for municipality in MUNICIPALITIES:
        if name.startswith(municipality):
            return f"{municipality}市"
    return None


def own_municipality(home: str | None) -> str | None:
    """The deployment's municipality (上海市), when it is in one."""
    return f"{home}市" if home in MUNICIPALITIES else None


def resolve(typed: str, cities: tuple[str, ...], home: str | None = None) -> str | None:
    """The city of `cities` a typed name means, or None when it means none of them. In a
    municipality (`home`) whose districts are the cities, 上海市浦东新区 is 浦东新区."""
    name = re.sub(r"\s+", "", typed)
    if (metropolis := municipality(name)) and metropolis not in (*cities, own_municipality(home)):
        return None  # 天津滨海新区 is in 天津, whatever county of the province is called 滨海
    districts = own_municipality(home) is not None
    if districts and _another_province(name, home, cities):
        return None  # 浙江省普陀区 is in Zhejiang, not Shanghai's 普陀区
    names = _without_province(name)
    for city, spellings in own_names(cities):  # a city's own name before a county's
        if any(_begins_with(n, spelling, spellings, districts)
               for n in names for spelling in spellings):
            return city
    for city, spellings in county_names(cities):
        if _names_a_county(name, city, spellings, districts):
            return city
    return None


def _names_a_county(name: str, city: str, spellings: tuple[str, ...], districts: bool) -> bool:
    """Whether `name` begins with one of `city`'s counties (`spellings`). Not when it begins
    with a longer place of the country (三门峡 and 龙泉驿 are no 三门 or 龙泉 of Zhejiang, 和平区
    no 和平 of 河源's 和平县), nor after a province `city` is not in (河北常山, 河北省常山县,
    江西永嘉… are no 衢州市's or 温州市's; 广东省普宁市 is 揭阳市's): only a county whose own name
    begins as that province's does is named then (海南区 is 乌海市's, 海南省海口 no 海南区). Nor
    when it goes on as another place (`another_place`: 宁海路, 金平县 are no 宁海's, 金平区's)."""
    province = PROVINCE_PREFIX.match(name)
    foreign = province is not None and not in_province(city, province.group())
    shortest = province.end() + 1 if province and foreign else 0
    return any(len(spelling) >= shortest and _begins_with(text, spelling, spellings, districts)
               and place_begun(text) in spellings and not another_place(text, spelling, spellings)
               for text in ((name,) if foreign else _without_province(name))
               for spelling in spellings)


def _another_province(name: str, home: str | None, cities: tuple[str, ...]) -> bool:
    """Whether a province other than the deployment's own municipality is named before a place
    (浙江省普陀区, 辽宁朝阳市): no district of the municipality is in it. A configured district
    beginning with a province's name (天津's 河北区) is that district."""
    province = PROVINCE_PREFIX.match(name)
    return bool(province and not province.group().startswith(str(home))
                and name[province.end():] and not name.startswith(cities))


def _without_province(name: str) -> tuple[str, ...]:
    """The ways `name` may name a city: 吉林市 is a city before it is a province, but after 吉林省
    (江苏省, 内蒙古自治区) only what follows is (吉林省延边朝鲜族自治州 is no 吉林市, 江苏省，苏州
    is 苏州, 吉林省 alone no city). A county after it is its own prefecture's (吉林省公主岭市 is
    长春市's, not 吉林市's)."""
    province = PROVINCE_PREFIX.match(name)
    rest = name[province.end():].lstrip(PROVINCE_SEPARATORS) if province else name
    if province and province.group().endswith(("省", "自治区")):
        return (rest,)
    return (name, rest)


def without_own_province(name: str, home: str | None, cities: tuple[str, ...] = ()) -> str:
    """`name` after the deployment's own province written before it (吉林省长春市, 吉林长春,
    江苏省，苏州), whose own name is no second city. 吉林市… begins with a city, kept; so does
    吉林 before a list's mark (吉林、四平, 吉林和长春), which names two cities, and one of
    `cities` whose name begins with it (北京经济技术开发区)."""
    province = PROVINCE_PREFIX.match(name)
    if not (home and province and province.group().startswith(home)) or name.startswith(
            (f"{home}市", *cities)):
        return name
    rest = name[province.end():]
    listed = rest[:1] in f"{PROVINCE_SEPARATORS}和与及或"
    if listed and not province.group().endswith(("省", "自治区")):
        return name
    return rest.lstrip(PROVINCE_SEPARATORS) or name


def _begins_with(name: str, spelling: str, spellings: tuple[str, ...], districts: bool) -> bool:
    """Whether `name` begins with `spelling`, one of a place's `spellings`. A district's name
    without 新区 (浦东) is that district only alone, or set apart before a unit's name (浦东
    上海XX有限公司, `unit_as_written`): 浦东机场, 浦东发展银行 and 上海浦东发展银行股份有限公司
    name no district, only a unit's own name, which would be filed under it. A municipality's
    district (`districts`) said with 市 (朝阳市, 普陀市) is a prefecture city elsewhere."""
    if not name.startswith(spelling):
        return False
    if districts and name[len(spelling):].startswith("市") and not spelling.endswith(("区", "县")):
        return False
    return f"{spelling}新区" not in spellings or name == spelling
