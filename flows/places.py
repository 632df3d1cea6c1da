"""Which city an entry belongs to, spelt as its coordinator knows it.

A city coordinator sees, and is told of, the entries whose city is exactly the name on the
city buttons. An engineer who types 苏州, 江苏省苏州市 or 苏州工业园区 instead of pressing 苏州市
means that city, and the entry is stored under it; otherwise nobody in 苏州 would ever see it.
A name matching none of the province's cities is a site outside the province (填写说明 12):
it is kept as typed, provided it reads as the name of a place.
"""

import re
from collections.abc import Callable
from typing import Any

from flows import rules

MAX_LENGTH = 20
PROVINCE_PREFIX = re.compile(r"^\w{2,6}?(?:省|自治区)")
PLACE_ENDINGS = ("市", "州", "盟", "地区", "区", "县", "旗")

NOT_A_PLACE = ("“{name}”不是完整的城市名称。省内场景请点击所属设区市；"
               "省外场景请写城市全称，例如“深圳市”“上海市”。")
OUTSIDE = ("“{name}”不在本省设区市名单中，已按省外布局的场景记录（填写说明 12）。"
           "如果属于本省，请点“⬅️ 上一步”改选所属设区市，否则该市协调员看不到这个场景。")


def city(cities: tuple[str, ...]) -> Callable[[Any], str]:
    """One of `cities` however it was typed, or the full name of a city elsewhere."""
    typed = rules.text(MAX_LENGTH)

    def check(value: Any) -> str:
        name = re.sub(r"\s+", "", typed(value))
        known = _known_city(PROVINCE_PREFIX.sub("", name), cities)
        if known:
            return known
        if not name.endswith(PLACE_ENDINGS):
            raise rules.fail(NOT_A_PLACE.format(name=name))
        return name

    return check


def outside(cities: tuple[str, ...]) -> Callable[[str], str | None]:
    """The warning shown once a city outside the province is recorded."""
    return lambda name: None if name in cities else OUTSIDE.format(name=name)


def _known_city(name: str, cities: tuple[str, ...]) -> str | None:
    """The city `name` starts with: 苏州 and 苏州工业园区 are in 苏州市."""
    for known in cities:
        short = known.removesuffix("市")
        if name.startswith(known) or (len(short) >= 2 and name.startswith(short)):
            return known
    return None
