"""Which rows are 省外布局 (填写说明 12): the province's own enterprises' scenarios built outside
it, which it may count as its own, so the engineer is told and the card says so. A central
enterprise group's rows are nationwide and counted apart from any province's (填写说明 1): their
city is recorded as typed, the engineer told only that it is none of the province's, which may
be a slip that hides the row from its city's coordinator. A city that sounds as one of the
province's (苏洲市 for 苏州市) is asked about first, a slip of pinyin input most likely."""

from collections.abc import Callable, Mapping
from typing import Any

from flows import place_replies
from flows.city_sounds import sounds_like
from flows.units import is_central_enterprise

GROUP_ELSEWHERE = ("“{name}”不在本省设区市名单中，已按所填城市记录（中央企业集团的场景不限省份）。"
                   "如果属于本省，请改选所属设区市（点“上一步”，或在汇总页修改），否则所属设区市的协调员看不到这个场景。")
GROUP_ELSEWHERE_DISTRICTS = ("“{name}”不是本市的区，已按所填城市记录"
                             "（中央企业集团的场景不限地区）。如果属于本市，请改选所在的区（点“上一步”，或在汇总页修改），否则所属区的协调员看不到这个场景。")


def outside_province(answers: Mapping[str, Any], cities: tuple[str, ...]) -> bool:
    """Whether the row's city is none of the province's `cities` and no central group hands
    it in."""
    city = answers.get("city")
    return (bool(city) and city not in cities
            and not is_central_enterprise(answers.get("submitting_unit") or ""))


def outside_notice(cities: tuple[str, ...], in_municipality: bool
                   ) -> Callable[[Mapping[str, Any]], str | None]:
    """The 省外布局 notice once such a row's city is recorded (`place_replies.outside`); for a
    central group's row, that its city is none of the province's. Either is said only once
    the engineer keeps a city that sounds as one of `cities`, asked whether it is meant."""
    notice = place_replies.outside(cities, in_municipality)
    group = GROUP_ELSEWHERE_DISTRICTS if in_municipality else GROUP_ELSEWHERE

    def told(answers: Mapping[str, Any]) -> str | None:
        said = recorded(answers)
        meant = said and sounds_like(answers["city"], cities)
        return place_replies.ask_meant_city(answers["city"], meant, said) if meant else said

    def recorded(answers: Mapping[str, Any]) -> str | None:
        if outside_province(answers, cities):
            return notice(answers)
        city = answers.get("city")
        if not city or city in cities:
            return None
        return place_replies.Outside(group.format(name=city))

    return told
