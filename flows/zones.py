"""Towns, development zones, bonded zones and port areas (张江镇, 苏州工业园区, 张家港保税区,
太仓港区): places below a county that a unit's name often begins with, but no unit themselves.
填写说明 2 asks for the unit that provides the work site, so a zone alone is asked for that
unit's full name, and a town said before a unit's name with a pause (张江镇 上海恒远…) is no
part of that name."""

import re

from flows.named_places import begins_with_a_place
from flows.org_names import ORG_END
from flows.province_said import SPACED, bare

# How the name of a town ends (张江镇); a town alone (张江镇, 木渎镇), said before a unit's name
# with its own place (张江镇 上海XX…).
TOWN_ENDINGS = ("镇", "乡", "街道")
TOWN = re.compile(rf"\w{{1,6}}?(?:{'|'.join(TOWN_ENDINGS)})")
# How a zone's name ends: 苏州工业园区, 南京江北新区, 常州高新区, 张家港保税区, 太仓港区.
ZONE = re.compile(r"(?:开发区|经开区|高新区|园区|新区|保税区|综保区|自贸区|港区)$")
PORT = re.compile(r"\w港$")  # 太仓港, 张家港港: a port, which begins many legal names
ZONE_AS_UNIT = ("“{name}”是园区（开发区、港区）名称，不是用户单位。"
                "请填写用户单位全称，如“{name}XX有限公司”或“{name}管理委员会”。")


def zone_or_port(place: str) -> bool:
    """Whether `place` is a zone's or a port's name (昆山开发区, 太仓港)."""
    return bool(ZONE.search(place) or PORT.search(place))


def said_apart(typed: str, text: str) -> dict[str, str]:
    """The unit's name said after its town and a space (张江镇 上海XX…, 木渎镇 苏州XX…) or after
    the province and a comma or a space (`text` is `typed` without it: 江苏省，苏州XX有限公司):
    a name beginning with a place of its own is no trade name the town or the province begins.
    The town names no city; 张江镇 恒远… may be one name, and 江苏省 人民医院 one name paused in
    voice input: both are kept whole."""
    town = SPACED.fullmatch(text)
    if town and (TOWN.fullmatch(town[1])):
        text = town[2]
    elif text == typed:
        return {}
    name = bare(text)
    return {"enterprise": name} if ORG_END.search(name) and begins_with_a_place(name) else {}
