"""Whether a word said with a unit's name is a place's name alone (苏州, 昆山市, 吴中区,
工业园区, 临港新片区, 张江镇) and which city it places. Such a place, said before a name that
opens with its own place or after a whole name, a voice pause apart or glued on, is no word of
the name: a name says its place first (苏州恒远…), never again after its district or zone, and
ends with its legal form (…有限公司), never with a place."""

import re

from flows.org_names import ORG_END
from flows.place_spellings import (
    MUNICIPALITIES,
    PROVINCE_PREFIX,
    PROVINCE_SEPARATORS,
    every_spelling,
    own_municipality,
    resolve,
    short,
)
from flows.place_spellings import municipality as _municipality
from flows.province_said import bare as _bare

# How the name of a town ends (张江镇), and of any place below a province (市, 区, 开发区, 县).
TOWN_ENDINGS = ("镇", "乡", "街道")
PLACE_ENDINGS = ("市", "区", "县", "州", "盟", *TOWN_ENDINGS)
# A development zone or a town named alone (工业园区, 园区, 临港新片区, 漕河泾开发区, 张江镇), or a
# district or a county (吴中区, 海淀区, 沛县), but not a campus, a community or a scenic area
# (闵行校区, 竹辉社区, 景区); 张江, 临港 without 镇 cannot be told from a trade name's first word
# (中铁 上海工程局…, 中国石化 上海石油化工…), which is kept.
_ZONE = r"(?:园|开发|新|片|保税|综保|自贸)区"
ZONE_OR_TOWN = re.compile(rf"\w{{0,8}}?(?:{_ZONE}|{'|'.join(TOWN_ENDINGS)})"
                          r"|\w{2,3}(?<![校社景厂矿营库小])[区县]")
# A unit's name with a place's name after it and a pause (…有限公司 闵行, …有限公司 工业园区).
PLACE_AFTER = re.compile(r"(.+?)\s+(\S+?)[。.，,]?", re.DOTALL)
LONGEST_PLACE = 12  # 上海市浦东新区张江镇, 江苏省苏州市吴中区 before a name


def zone_or_town(place: str, name: str, cities: tuple[str, ...], home: str | None) -> bool:
    """Whether `place` is a zone or a town alone (`ZONE_OR_TOWN`) said before a unit's `name`
    in no other city than the name's own (吴中区 苏州XX…, not 吴中区 无锡XX…)."""
    return bool(ZONE_OR_TOWN.fullmatch(place) and not ORG_END.search(place)
                and placed(place, cities, home) in (None, placed(name, cities, home)))


def place_after(text: str, cities: tuple[str, ...]) -> tuple[str, str] | None:
    """The place and the unit's name of a whole name with a place's name alone after it
    (上海恒远有限公司 闵行, 苏州恒远有限公司 工业园区), which no legal name ends with; None for
    any other word after a name (…有限公司 王经理, …有限公司 昆山分公司, …大学 独墅湖校区)."""
    said = PLACE_AFTER.fullmatch(text.strip())
    if not said or not ORG_END.search(name := _bare(said[1])) or ORG_END.search(said[2]):
        return None
    place = said[2]
    bare = PROVINCE_PREFIX.sub("", place) or place
    alone = (bare in every_spelling(cities) or ZONE_OR_TOWN.fullmatch(bare)
             or is_a_city(place, cities) or place.removesuffix("市") in MUNICIPALITIES)
    return (place, name) if alone else None


def name_then_place(place: str, name: str, cities: tuple[str, ...], home: str | None
                    ) -> dict[str, str]:
    """The unit's name said before its place (恒远科技有限公司 昆山), and the city the place is
    in, if it names one (a zone alone does not); a place outside the deployment (…有限公司
    上海 in Jiangsu) may be where the unit is rather than the scenario: nothing is split."""
    if not (city := placed(place, cities, home)):
        return {"enterprise": name}
    return {"city": city, "enterprise": name} if city in cities else {}


def place_glued(text: str, cities: tuple[str, ...], home: str | None) -> dict[str, str]:
    """The city and the unit's name of a place said before a name that says the place's city
    again (上海市闵行区上海恒远…, 上海 闵行区 上海恒远…, 苏州市吴中区苏州恒远…, 苏州工业园区苏州
    恒远…): no name goes on with its city after its city and a district or a zone. A district
    alone before the city (江宁区南京恒远…, 闵行区上海恒远…) may have been typed after another
    city, and a name going on with a county of its city is one name (南京江宁XX…): both are
    kept whole."""
    name = _bare(text)
    for end in range(2, min(len(name) - 1, LONGEST_PLACE + 1)):
        place, rest = name[:end], name[end:]
        city = placed(place, cities, home)
        again = _said_again(city, cities, home) if city else None
        named = (place, PROVINCE_PREFIX.sub("", place).lstrip(PROVINCE_SEPARATORS))
        if (again and rest.startswith(again) and any(p.startswith(again) for p in named)
                and only_a_place(place, cities) and ORG_END.search(rest)):
            return {"city": city, "enterprise": rest}
    return {}


def _said_again(city: str, cities: tuple[str, ...], home: str | None) -> str:
    """The place a unit's name in `city` opens with: the deployment's municipality for one of
    its districts (上海 for 闵行区), else the city's own name (苏州)."""
    own = own_municipality(home)
    return short(own if own and city in cities else city)


def is_a_city(name: str, cities: tuple[str, ...]) -> bool:
    """苏州市, 江苏省苏州市 or 上海市 written in full: a city, not the start of a unit's name."""
    bare = PROVINCE_PREFIX.sub("", _bare(name)) or _bare(name)
    return bare in cities or bare in (f"{m}市" for m in MUNICIPALITIES)


def only_a_place(name: str, cities: tuple[str, ...]) -> bool:
    """A place's name and nothing more (苏州, 昆山市, 苏州工业园区, 上海 as 上海市), not a
    unit's name that begins with one (南京钢铁)."""
    bare = PROVINCE_PREFIX.sub("", _bare(name)).lstrip(PROVINCE_SEPARATORS)
    return (bare in every_spelling(cities) or bare.endswith(PLACE_ENDINGS)
            or is_a_city(name, cities) or _bare(name).removesuffix("市") in MUNICIPALITIES)


def placed(name: str, cities: tuple[str, ...], home: str | None = None) -> str | None:
    """The city a name begins with (昆山沪光… is 苏州市's, 上海振华… 上海市): after the same
    place and a space, it is the template's 昆山市 昆山沪光…, the place said twice. The
    deployment's own municipality without one of its districts says no district."""
    bare = _bare(name)
    elsewhere = _municipality(bare)
    return resolve(bare, cities, home) or (elsewhere if elsewhere != own_municipality(home)
                                           else None)
