"""How a deployment names itself and its places, said once for every text that names them: a
province (江苏) speaks of 本省, its 设区市, its 省级 department and coordinator and 省外 cities;
a municipality (上海), whose cities are its districts, of 本市, its 区, 市级 and 外地."""

from typing import NamedTuple

from flows.place_spellings import MUNICIPALITIES


class Words(NamedTuple):
    own: str  # 本省: the deployment itself
    level: str  # 省级: its department, and the coordinator of all its cities
    city: str  # 设区市: what its cities are
    short: str  # 市: one of them for short, as its coordinator says 本市 and 外市
    place: str  # 城市: one of them as a coordinator's scope names it (--city, /stats 城市名)
    outside: str  # 省外: where a scenario of its enterprises built elsewhere is
    whole: str  # 全省: all its cities together
    unlisted: str  # 不是本省的城市: said of a place typed for a scope that is none of its cities


PROVINCE = Words("本省", "省级", "设区市", "市", "城市", "省外", "全省", "不是本省的城市")
# A district left out of the configured ones is still one of the municipality's: not listed.
MUNICIPALITY = Words("本市", "市级", "区", "区", "区", "外地", "全市", "不在本市的区名单中")


def in_municipality(own_unit: str) -> bool:
    """Whether the deployment's 报送单位 (上海市经济和信息化委员会) is a municipality's."""
    return any(own_unit.startswith(name) for name in MUNICIPALITIES)


def words_of(own_unit: str) -> Words:
    """The words of the deployment whose 报送单位 is `own_unit`; a central enterprise group's
    (of no province) speaks as a province does."""
    return MUNICIPALITY if in_municipality(own_unit) else PROVINCE

