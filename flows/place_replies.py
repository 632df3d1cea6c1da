"""What the city question and 用户单位 say when a typed place is refused, kept apart, or
filed outside the province (flows/places.py decides which)."""

from collections.abc import Callable, Mapping
from typing import Any

from flows.deployment_words import MUNICIPALITY, PROVINCE
from flows.suggestions import Suggested

NO_UNIT = ("“{name}”只写了地名，没有单位名称。"
           "请填写用户单位全称（与营业执照一致），例如：XX电池有限公司。")

NOT_A_PLACE = ("“{name}”不在本省设区市名单中，也不是城市全称。"
               "省内场景请点击所属设区市（区、县、园区也请选所属的市）；省外场景请写带“市”的地级市全称，例如{examples}。")
# The same refusal in a municipality (上海), whose cities are its districts: no 设区市 there.
NOT_A_DISTRICT = ("“{name}”不在本市的区（县）名单中，也不是城市全称。"
                  "本市场景请点击选择所在的区（县）；外地场景请写带“市”的城市全称，例如{examples}。")
# Cities elsewhere to name as examples, each with its province: none of the deployment's own.
ELSEWHERE = (("深圳市", "广东"), ("上海市", "上海"), ("北京市", "北京"), ("成都市", "四川"))
# A branch (…有限公司合肥分公司) whose parent's name begins with one of the cities.
BRANCH_ELSEWHERE = ("“{name}”是分支机构，所在城市不按总公司名称中的城市记录。"
                    "请点击分支机构所在的{where}；在{outside}的请写带“市”的城市全称，例如{examples}。")
# More than a place typed at the city question (南京港), its city kept and nothing else.
UNIT_NOT_KEPT = ("已把“{name}”记为{city}；“{name}”没有记为用户单位名称，"
                 "请在下面填写用户单位全称。")
WHICH_DISTRICT = "“{name}”是本市，请点击选择场景所在的区（县）：{cities}。"
WHICH_CITY = "“{name}”是本省，请点击选择场景所在的设区市：{cities}。"
TWO_CITIES = "“{name}”提到了{cities}：一个场景只对应一个设区市，请选择一个。"
TWO_DISTRICTS = "“{name}”提到了{cities}：一个场景只对应一个区，请选择一个。"
OUTSIDE = ("“{name}”不在本省设区市名单中，已按省外布局的场景记录（填写说明 12）。"
           "如果属于本省，请改选所属设区市（点“上一步”，或在汇总页修改），否则所属设区市的协调员看不到这个场景。")
# A city typed that sounds as one of the province's (苏洲市): asked, never filed unseen.
ASK_MEANT_CITY = ("您是指“{city}”吗？“{typed}”不在本省设区市名单中，是请点击下方“采用”按钮；"
                  "“{typed}”是省外城市、无误请点“保持不变”。")
TAKE_CITY = "采用“{city}”"
OUTSIDE_DISTRICTS = ("“{name}”不是本市的区，已按外地布局的场景记录（填写说明 12）。"
                     "如果属于本市，请改选所在的区（点“上一步”，或在汇总页修改），否则所属区的协调员看不到这个场景。")


class Outside(str):
    """The warning that a city is outside the province: about where the answer files the
    entry, not an echo showing it, so a paste's echo still shows the city it filled."""


def not_a_place(name: str, cities: tuple[str, ...], home: str | None,
                in_municipality: bool) -> str:
    """Why a typed name is no city; in a municipality, whose cities are its districts, of 区."""
    refusal = NOT_A_DISTRICT if in_municipality else NOT_A_PLACE
    return refusal.format(name=name, examples=_elsewhere(cities, home))


def branch_elsewhere(name: str, cities: tuple[str, ...], home: str | None,
                     in_municipality: bool) -> str:
    """Why a branch's name is not filed under the city its parent's name begins with."""
    words = MUNICIPALITY if in_municipality else PROVINCE
    return BRANCH_ELSEWHERE.format(name=name, where=words.city, outside=words.outside,
                                   examples=_elsewhere(cities, home))


def two_cities(name: str, named: list[str], in_municipality: bool) -> str:
    """Why a text naming two of the cities is refused; in a municipality they are 区."""
    refusal = TWO_DISTRICTS if in_municipality else TWO_CITIES
    return refusal.format(name=name, cities="、".join(named))


def _elsewhere(cities: tuple[str, ...], home: str | None) -> str:
    """Two cities outside the deployment's province to name as examples (“深圳市”“上海市”)."""
    picked = [name for name, province in ELSEWHERE if name not in cities and province != home]
    return "".join(f"“{name}”" for name in picked[:2])


def outside(cities: tuple[str, ...], in_municipality: bool
            ) -> Callable[[Mapping[str, Any]], str | None]:
    """The warning shown once a city outside the province, or the municipality, is recorded."""
    warning = OUTSIDE_DISTRICTS if in_municipality else OUTSIDE
    return lambda answers: None if answers["city"] in cities else Outside(warning.format(
        name=answers["city"]))


def ask_meant_city(typed: str, city: str, kept: str | None) -> Suggested:
    """Whether the province's `city` is meant by a city `typed` that sounds as it; `kept`: the
    notice of the city as typed, once kept."""
    return Suggested(ASK_MEANT_CITY.format(city=city, typed=typed), city,
                     TAKE_CITY.format(city=city), kept=kept)


def unit_not_kept(more: Callable[[str], bool]) -> Callable[[str, Any], str | None]:
    """The note when `more` than a place was typed at the city question (南京港, 昆山花桥)
    and only its city was kept: the rest is not saved as the unit's name, which the next
    question asks for, so the engineer knows to type it again there."""

    def note(typed: str, city: Any) -> str | None:
        name = "".join(typed.split()).rstrip("。.")
        return UNIT_NOT_KEPT.format(name=name, city=city) if more(name) else None

    return note
