"""Which city an entry belongs to, spelt as its coordinator knows it.

A city coordinator sees, and is told of, the entries whose city is exactly the name on the
city buttons. An engineer who types 苏州, 江苏省苏州市, 苏州工业园区 or 昆山 instead of
pressing 苏州市 means that city, and the entry is stored under it; otherwise nobody in 苏州
would ever see it. A name matching none of the province's cities is a site outside the
province (填写说明 12): it is kept as typed, provided it reads as the name of a place. A text
naming two of the cities (南京或者无锡) is refused rather than filed under the first: the
other city's coordinator would never see it.
"""

import re
from collections.abc import Callable
from typing import Any

from flows import branches, rules
from flows.counties import named_in_full
from flows.named_places import (
    JIANGSU,
    begins_with_a_place,
    city_elsewhere,
    city_said_again,
    names_no_city,
    prefecture_typed,
    said_of_a_city,
)
from flows.org_names import ORG_END
from flows.place_replies import (
    NO_UNIT,
    WHICH_CITY,
    WHICH_DISTRICT,
    branch_elsewhere,
    not_a_place,
    two_cities,
)
from flows.place_spellings import (
    MUNICIPALITIES,
    PROVINCE_PREFIX,
    PROVINCE_SEPARATORS,
    PROVINCES,
    cities_named,
    every_spelling,
    resolve,
    short,
    without_own_province,
)
from flows.place_spellings import municipality as _municipality
from flows.place_spellings import own_municipality as _own
from flows.province_said import DASHES, PART, SPACED, without_province
from flows.province_said import bare as _bare
from flows.unit_brackets import read_brackets, unit_words
from flows.zones import (
    TOWN_ENDINGS,
    ZONE,
    ZONE_ANYWHERE,
    ZONE_AS_UNIT,
    bracketed_first,
    district_apart,
    names_a_unit,
    said_apart,
    unit_before_zone,
    zone_after,
    zone_alone,
    zone_or_port,
)

MAX_LENGTH = 20
# A city's name, not a district's (吴江区) or a county's: the template's 用户单位 gives the city.
CITY_ENDINGS = ("市", "州", "盟", "地区")
# How the name of any place below a province ends (市, 区, 开发区, 县, 张江镇).
PLACE_ENDINGS = ("市", "区", "县", "州", "盟", *TOWN_ENDINGS)
# 苏州市/XX有限公司 as the template writes 用户单位, or with a space after the city itself
# (苏州市 苏州XX有限公司), before a name beginning with its own place (昆山市 昆山沪光…), or
# after a municipality's district (浦东 中国商用飞机…, `_set_apart`). Otherwise a space is
# more likely a pause of voice input inside the name: 苏州 恒远…, 常州市武进区 颐和 康养中心,
# 江苏泰兴经济开发区 危化品 仓储有限公司.
_SLASHED = re.compile(r"(.+?)\s*[/／]\s*(.+)", re.DOTALL)
# 苏州市-苏州XX有限公司, 浦东，上海XX…, 苏州市、苏州XX…, 苏州：苏州XX…: a dash, comma, 顿号 or
# colon after a place's name alone is a "/".
_DASHED = re.compile(rf"(.+?)\s*(?:[{DASHES}]+|[,，、：:])\s*(.+)", re.DOTALL)
_DISTRICT_GLUED = re.compile(r"(\w{1,6}?[区县])(.+)", re.DOTALL)  # 浦东新区 + 上海恒远…


def home_of(own_unit: str) -> str | None:
    """The province a deployment is in, as its 报送单位 names it: 上海 for
    上海市经济和信息化委员会, None for a central enterprise group."""
    return next((province for province in PROVINCES if own_unit.startswith(province)), None)


def city(cities: tuple[str, ...], home: str | None = None) -> Callable[[Any], str]:
    """One of `cities` however it was typed, or the full name of a city elsewhere; the
    deployment's own municipality (`home`) alone is asked which of its districts."""
    typed = rules.text(MAX_LENGTH)

    def check(value: Any) -> str:
        name = said_of_a_city(_bare(typed(value)))  # 位于合肥市, 在无锡市
        place = without_own_province(name, home, cities)  # 吉林四平 is 四平市 in Jilin, not 吉林市
        if len(named := cities_named(place, cities)) > 1:
            raise rules.fail(two_cities(name, named, in_municipality=bool(_own(home))))
        known = resolve(place, cities, home)
        if known and _branch_city(place, cities, home) != known:  # …有限公司合肥分公司
            raise rules.fail(branch_elsewhere(name, cities, home, bool(_own(home))))
        if known:
            return known
        if (municipality := _municipality(name)) and municipality == _own(home):
            raise rules.fail(WHICH_DISTRICT.format(name=name, cities="、".join(cities)))
        if municipality:  # 上海 is as full a name as 上海市
            return municipality
        if home and (own := PROVINCE_PREFIX.fullmatch(name)) and own.group().startswith(home):
            raise rules.fail(WHICH_CITY.format(name=name, cities="、".join(cities)))
        if prefecture := prefecture_typed(name):  # 合肥 is as full a name as 合肥市
            return prefecture
        if not name.endswith(CITY_ENDINGS) or names_no_city(name):  # 大都市, 本市
            raise rules.fail(not_a_place(name, cities, home, in_municipality=bool(_own(home))))
        return city_elsewhere(name)  # 江苏省南通市 as 南通市, however it came

    return check


def unit_at_city(cities: tuple[str, ...], home: str | None = None
                 ) -> Callable[[str], dict[str, str]]:
    """Splits the full name of a unit typed at the city question (苏州汇川技术有限公司) into the
    city it names and the name itself, which the next question asks for; nothing when the
    text is not such a name."""
    written = unit_as_written(cities, home)

    def split(text: str) -> dict[str, str]:
        if (parts := written(text)) and "city" in parts:
            return parts
        # …有限公司（盖章）, …有限公司吧, …有限公司 张家港保税区: no part of its name
        typed = unit_words(unit_before_zone(text, lambda t: _placed(t, cities, home))).strip()
        text = without_province(typed, home, cities)  # 江苏省，苏州XX有限公司: no part of its name
        city = _branch_city(text.strip(), cities, home)  # its spaces: 昆山恒远 江阴工厂
        said = typed.removesuffix(text)  # 上海，浦东新区上海XX…: the district is the city
        name = _below(city, text, cities, said) if city and said else _bare(text)
        return {"city": city, "enterprise": name} if city and names_a_unit(name) else {}

    return split


def unit_as_written(cities: tuple[str, ...], home: str | None = None
                    ) -> Callable[[str], dict[str, str]]:
    """Splits 用户单位 written as the template writes it (苏州市/苏州XX有限公司, 苏州市-苏州XX
    有限公司, 苏州，…, 苏州市 苏州XX…) into its city and the unit's name, of which the city
    before it is no part.
    Only this form splits at the unit's own question: a name that merely begins with a city
    (苏州XX有限公司 building in 无锡) says nothing of where the scenario is."""

    def split(text: str) -> dict[str, str]:
        if unit := zone_after(text):  # 苏州恒远有限公司 张家港保税区: where it is, not its name
            return split(unit) or {"enterprise": _bare(unit)}
        typed = bracketed_first(text.strip())  # 【苏州市】苏州XX…, as 苏州市/苏州XX…
        text = without_province(typed, home, cities)
        if written := _SLASHED.fullmatch(text):
            city = _place(written[1], cities, home)
        elif (written := _DASHED.fullmatch(text)) and _only_a_place(written[1], cities):
            city = _place(written[1], cities, home)
        elif written := SPACED.fullmatch(text):
            city = _place(written[1], cities, home) if _alone(written[1], cities) else None
            if city and not _set_apart(written[1], written[2], city, cities, home):
                city = None
        if written and not city:
            city = city_said_again(_bare(written[1]), _bare(written[2]))
        if not written or not city:
            return said_apart(typed, text)
        name = _below(city, written[2], cities, written[1])
        return {"city": city, "enterprise": name} if names_a_unit(name) else {}

    return read_brackets(split, cities, home)


def no_unit(name: str) -> str | None:
    """Why places alone joined by "/" or dashes (苏州市-, 苏州市—工业园区), a development zone
    alone (苏州工业园区, 昆山开发区), or a prefecture or county of the country in full (滨海新区,
    浦东新区, 河北省常山县) are no unit's name. A name ending in 区 alone may be a unit's
    (竹辉社区, a community a care robot serves)."""
    parts = _parts(name)
    if len(parts) > 1:
        return NO_UNIT.format(name=name) if all(_only_a_place(part, JIANGSU)
                                                or PROVINCE_PREFIX.fullmatch(part)
                                                for part in parts if part) else None
    if named_in_full(_past_province(parts[0])):
        return NO_UNIT.format(name=name)
    placed = _placed(parts[0], JIANGSU)
    zone = _zone_named(parts[0])  # 外高桥保税区 whatever its place, 太仓港区 of 苏州，太仓港区
    if zone_alone(zone) and (placed or ZONE_ANYWHERE.search(zone)):
        return ZONE_AS_UNIT.format(name=zone)
    return NO_UNIT.format(name=name) if placed and ZONE.search(parts[0]) else None


def _zone_named(name: str) -> str:
    """The zone after a place and a comma (太仓港区 of 苏州，太仓港区), or the whole name."""
    *before, zone = re.split(r"[,，、：:]", name)
    return zone if all(_only_a_place(place, JIANGSU) for place in before) else name


def _past_province(name: str) -> str:
    """A place after the province said before it (天津市滨海新区, 河北省常山县), or the name."""
    return PROVINCE_PREFIX.sub("", name).lstrip(PROVINCE_SEPARATORS) or name


def _parts(text: str) -> list[str]:
    parts = []
    while part := PART.fullmatch(text):
        parts.append(_bare(part[1]))
        text = part[2]
    return [*parts, _bare(text)]


def _below(city: str, name: str, cities: tuple[str, ...], said: str) -> str:
    """A unit's name without the places of `city` before it (吴中区-苏州XYZ…, 江阴市周庄镇，
    江苏XYZ…, a district or zone and a space: 工业园区 苏州XYZ…, 张江 上海XYZ… as `said_apart`
    reads it, or a district glued before the place `said` before it again: 上海，浦东新区上海…)."""
    while ((part := PART.fullmatch(name) or _DASHED.fullmatch(name) or district_apart(name)
            or _district_glued(name, said))
           and part[2]
           and _only_a_place(part[1], cities) and _placed(part[1], cities) in (city, None)):
        name = part[2].strip()
    return said_apart(name, name).get("enterprise") or _bare(name)


def _district_glued(name: str, said: str) -> re.Match[str] | None:
    """浦东新区上海恒远… after 上海 (广东省深圳市): a district glued to a unit's name that says
    the place `said` before the district again, which no name goes on with after a district's.
    Any other name may be one name from the district on (浦东新区人民医院, 南山区华联超市…)."""
    said = _bare(said).strip(PROVINCE_SEPARATORS)
    place = short(PROVINCE_PREFIX.sub("", said) or said)  # its province says no city again
    part = _DISTRICT_GLUED.fullmatch(name)
    return part if part and len(place) > 1 and _bare(part[2]).startswith(place) else None


def _branch_city(name: str, cities: tuple[str, ...], home: str | None) -> str | None:
    """The city a unit's name puts it in: a branch's (…有限公司无锡分公司 is 无锡市's, not the
    parent's 苏州市); none when the branch is at another city of `cities` that 分公司 right
    after its place does not say (…无锡工厂, 苏州XX（宿迁）有限公司); else the city it begins
    with, as a word that is no place known here (研发分公司, 合肥分公司) says nothing of one."""
    city = _placed(name, cities, home)
    branch = branches.branch(name)
    alone = branch and (_only_a_place(branch[0], cities) or branch[0] in MUNICIPALITIES)
    at = _placed(branch[0], cities, home) if alone else None  # not 苏州供电 of …苏州供电分公司
    if not branch or at is None or at == city:  # 研发分公司, 工业园区分公司: in the parent's city
        return city
    return at if branch[1] == "分公司" else None


def _is_a_city(name: str, cities: tuple[str, ...]) -> bool:
    """苏州市, 江苏省苏州市 or 上海市 written in full: a city, not the start of a unit's name."""
    bare = PROVINCE_PREFIX.sub("", _bare(name)) or _bare(name)
    return bare in cities or bare in (f"{m}市" for m in MUNICIPALITIES)


def _set_apart(place: str, name: str, city: str, cities: tuple[str, ...], home: str | None
               ) -> bool:
    """Whether a place and a space before a unit's name are a place said apart: a city in full
    (苏州市 恒远…), the same place again (昆山 昆山沪光…), or one of a municipality's districts
    (浦东 上海恒远…, 浦东 中国商用飞机…), whose units' names do not begin with it, a town
    before a name opening with a place of its own (江阴市周庄镇 江苏恒远…, as `said_apart`
    reads a town alone), or any place before a name opening with a province (南京 江苏省人民
    医院). 苏州 恒远… is more likely a pause of voice input inside 苏州恒远…, 昆山市 第一人民
    医院 inside one name, and a zone or a port before a name (苏州工业园区 凌志软件…, 张家港港
    务集团…) begins many legal names: both are kept whole."""
    said_again = _placed(name, cities) in (city, _own(home) or city)
    return (_is_a_city(place, cities) or said_again or (_own(home) is not None and city in cities)
            or bool(PROVINCE_PREFIX.match(name)
                    or place.endswith(TOWN_ENDINGS) and begins_with_a_place(name)))


def more_than_a_place(typed: str, cities: tuple[str, ...], home: str | None = None) -> bool:
    """Whether a text read as one of `cities` says more than the place (南京港, 昆山花桥): a
    unit's name, perhaps, which the city alone does not keep."""
    return bool(resolve(typed, cities, home)) and not _only_a_place(typed, cities)


def _alone(place: str, cities: tuple[str, ...]) -> bool:
    """A place alone before a space: 苏州, 昆山市, 昆山开发区, a port (太仓港) or a municipality."""
    return _only_a_place(place, cities) or zone_or_port(place)


def _only_a_place(name: str, cities: tuple[str, ...]) -> bool:
    """A place's name and nothing more (苏州, 昆山市, 苏州工业园区, 上海 as 上海市), not a
    unit's name that begins with one (南京钢铁)."""
    bare = PROVINCE_PREFIX.sub("", _bare(name)).lstrip(PROVINCE_SEPARATORS)
    return (bare in every_spelling(cities) or bare.endswith(PLACE_ENDINGS)
            or _is_a_city(name, cities) or _bare(name).removesuffix("市") in MUNICIPALITIES)


def _placed(name: str, cities: tuple[str, ...], home: str | None = None) -> str | None:
    """The city a name begins with (昆山沪光… is 苏州市's, 上海振华… 上海市): after the same
    place and a space, it is the template's 昆山市 昆山沪光…, the place said twice. The
    deployment's own municipality without one of its districts says no district."""
    bare = _bare(name)
    elsewhere = _municipality(bare)
    return resolve(bare, cities, home) or (elsewhere if elsewhere != _own(home) else None)


def _place(text: str, cities: tuple[str, ...], home: str | None = None) -> str | None:
    """The city a text is the name of, if it names a place and not a unit."""
    return None if ORG_END.search(_bare(text)) else _placed(text, cities, home)
