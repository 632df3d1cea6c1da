"""A city typed with a pinyin input method's wrong character: 苏洲市 for 苏州市, 无希市 for
无锡市, 南经市 for 南京市. Kept as typed it would be filed outside the province, out of sight of
the city's coordinator, so the engineer is asked whether the province's city is meant. A real
city elsewhere that sounds the same (宿州市 in Anhui as 苏州市, 台州市 in Zhejiang as 泰州市) is
never taken for a slip; a city one character off that sounds otherwise (杭州市, 滁州市) is
no slip either: most of the country's 州 are one character off 苏州."""

from functools import cache

# Real cities whose names sound as another real city's, each pair in full.
SOUNDING_ALIKE = frozenset((
    "苏州市", "宿州市", "泰州市", "台州市", "福州市", "抚州市", "宜春市", "伊春市",
    "榆林市", "玉林市", "吉安市", "集安市",
))


def sounds_like(typed: str, cities: tuple[str, ...]) -> str | None:
    """The one city of `cities` a city typed in full (…市) sounds as, character for character,
    unless it is one of them or a real city sounding as one."""
    if typed in cities or typed in SOUNDING_ALIKE or not typed.endswith("市"):
        return None
    alike = [city for city in cities if len(city) == len(typed) and _same_sound(city, typed)]
    return alike[0] if len(alike) == 1 else None


def _same_sound(city: str, typed: str) -> bool:
    return all(one == other or _readings(one) & _readings(other)
               for one, other in zip(city, typed, strict=True))


@cache
def _readings(character: str) -> frozenset[str]:
    """Every reading of a character without its tone (长: chang, zhang), as pinyin input
    offers it for any of them. pypinyin is imported here, at the first city checked: its
    dictionary takes some 50 MB, which a bot filing cities from its buttons never needs."""
    from pypinyin import Style, pinyin

    return frozenset(pinyin(character, style=Style.NORMAL, heteronym=True)[0])
