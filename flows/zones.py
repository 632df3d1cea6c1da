"""Towns, development zones, bonded zones and port areas (张江镇, 苏州工业园区, 张家港保税区,
太仓港区): places below a county that a unit's name often begins with, but no unit themselves.
填写说明 2 asks for the unit that provides the work site, so a zone alone is asked for that
unit's full name, and a town or zone said before a unit's name with a pause (张江镇 上海恒远…,
园区 苏州恒远…, 张江 上海恒远…), or a zone said after a unit's full name (苏州恒远有限公司
张家港保税区), is no part of that name. A zone of another city than the name's after it
(苏州恒远有限公司 无锡高新区) is asked about, not dropped: which city the site is in is unsaid."""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows.named_places import begins_with_a_place
from flows.org_names import ORG_END
from flows.place_spellings import PROVINCE_PREFIX, PROVINCE_SEPARATORS, resolve
from flows.province_said import DASHES, SPACED, bare

# How the name of a town ends (张江镇); a town alone (张江镇, 木渎镇), said before a unit's name
# with its own place (张江镇 上海XX…).
TOWN_ENDINGS = ("镇", "乡", "街道")
TOWN = re.compile(rf"\w{{1,6}}?(?:{'|'.join(TOWN_ENDINGS)})")
# How a zone's name ends: 苏州工业园区, 南京江北新区, 常州高新区, 张家港保税区, 太仓港区.
ZONE = re.compile(r"(?:开发区|经开区|高新区|园区|新区|保税区|综保区|自贸区|港区)$")
# The zones whose kind alone says a place, whatever it is named after (外高桥保税区, 洋山深水港区,
# 漕河泾开发区): no table of places needs to know their names. 新区 is also a district's
# (浦东新区) and 园区 a unit's (科技园区), so they are places only after a known place.
ZONE_ANYWHERE = re.compile(r"(?:保税区|综保区|港区|自贸区|经开区|开发区|高新区|工业园区)$")
# A unit's name as at 用户单位: a legal ending, or a government body's (…管理委员会).
UNIT_END = re.compile(rf"{ORG_END.pattern}|(?:委员会|管委会)$")
# A remark in brackets after a unit's name (…有限公司（筹）, …有限公司（南京分公司）).
_REMARK = re.compile(r"\s*[（(][^（）()]*[）)]$")
# A unit's name, then a space or a comma and one word after it (苏州恒远有限公司 张家港保税区).
_WORD_AFTER = re.compile(r"(.+?)[\s,，]+([^\s,，]+)", re.DOTALL)
# A unit's word before a zone's ending (苏州恒远有限公司 园区): a unit and its zone, not a zone.
_UNIT_WORD = re.compile(r"公司|集团|大学|学院|医院|研究院|研究所|中心")
PORT = re.compile(r"\w港$")  # 太仓港, 张家港港: a port, which begins many legal names
ZONE_AS_UNIT = ("“{name}”是园区（开发区、港区）名称，不是用户单位。"
                "请填写用户单位全称，如“{name}XX有限公司”或“{name}管理委员会”。")
# A zone said by the kind of zone alone (园区 for 苏州工业园区), as engineers of it say it.
_ZONE_KINDS = frozenset({"园区", "工业园区", "新区", "高新区", "开发区", "经开区", "保税区",
                         "综保区", "自贸区", "港区"})
# Told of a 用户单位 cell whose zone or town is neither its city nor part of the unit's name.
ZONE_NOT_KEPT = ("用户单位按所在城市“{city}”、单位全称“{name}”记录，{zones}没有保存"
                 "（本列只记所在城市和单位全称）")
# What parts a 用户单位 cell: 苏州市/苏州工业园区 苏州恒远…, 上海市-张江-上海恒远….
_CELL_PARTS = re.compile(rf"[\s/／,，、；;：:（）()【】\[\]{DASHES}]+")
# A place in brackets before a unit's name (【苏州市】苏州XX…, （苏州工业园区）苏州XX…).
_BRACKET_FIRST = re.compile(r"[【\[（(]\s*([^【】\[\]（）()/／]{2,12}?)\s*[】\]）)]\s*(\S.*)",
                            re.DOTALL)
# A zone of another city after the unit's full name typed at its question, the city chosen.
ZONE_ELSEWHERE = ("这条消息没有保存：“{zone}”在{zone_city}，而所在城市已选{city}，"
                  "一个场景只对应一个{kind}。场景在{city}的，请只发送单位全称“{unit}”；"
                  "在{zone_city}的，请点“⬅️ 上一步”改选{zone_city}，再发送单位全称。")
# Zones said by their own short name, which no table of counties lists, with the city whose
# name a unit there begins with (张江 上海恒远…); a trade name's first word (中铁 上海工程局…,
# 中建 三局…) is none of them, so it is kept.
_NAMED_ZONES = {"张江": "上海", "临港": "上海", "金桥": "上海", "外高桥": "上海",
                "漕河泾": "上海", "陆家嘴": "上海"}


def names_a_unit(name: str) -> bool:
    """Whether `name` ends as a unit's does (`UNIT_END`), perhaps before a remark in brackets
    that the name keeps (苏州市/苏州XX有限公司（筹）: the city before it is still no part of it)."""
    return bool(UNIT_END.search(_REMARK.sub("", name)))


def zone_alone(name: str) -> bool:
    """Whether `name` is a zone's name and nothing more (张家港保税区, 太仓港区), not a unit's
    name with its zone after it (苏州恒远有限公司 工业园区)."""
    return bool(ZONE.search(name)) and not _UNIT_WORD.search(name)


def zone_after(text: str) -> str | None:
    """The unit's full name before a zone said after it with a pause (苏州恒远有限公司 张家港保税区,
    …有限公司，园区): where it is, which its legal name does not hold. None unless the name
    before it is complete (…有限公司, …医院, …管委会) and the word after it a zone alone."""
    part = _WORD_AFTER.fullmatch(text.strip())
    return part[1] if part and UNIT_END.search(bare(part[1])) and zone_alone(part[2]) else None


def unit_before_zone(text: str, place_of: Callable[[str], str | None]) -> str:
    """`text` without a zone said after the unit's full name (`zone_after`), unless the zone
    names another place (`place_of`) than the name does (苏州恒远有限公司 无锡高新区): then the
    text is kept whole, as which of the two the site is in cannot be told."""
    unit = zone_after(text)
    return unit if unit and not _elsewhere(text, unit, place_of) else text


def _elsewhere(text: str, unit: str, place_of: Callable[[str], str | None]
               ) -> tuple[str, str] | None:
    """The zone said after `unit` in `text` and its place, when that is another place than the
    one the unit's name begins with, if any."""
    zone = text.strip()[len(unit):].strip(" ,，")
    place = place_of(zone)
    return (zone, place) if place not in (None, place_of(unit)) else None


def zone_elsewhere(text: str, cities: tuple[str, ...], home: str | None = None
                   ) -> tuple[str, str, str] | None:
    """The unit's full name, the zone said after it, and the zone's city, when that city is
    not the one the name begins with (苏州恒远有限公司 无锡高新区, 恒远有限公司 无锡高新区)."""
    unit = zone_after(text)
    apart = unit and _elsewhere(text, unit, lambda place: resolve(bare(place), cities, home))
    return (unit, *apart) if unit and apart else None


def without_zone_elsewhere(cities: tuple[str, ...], home: str | None = None
                          ) -> Callable[[Any], Any]:
    """The unit's name before a zone of another city said after it, which `zone_refused` let
    pass as the city chosen is the zone's (恒远有限公司 无锡高新区 at 无锡市): the zone is no
    part of the name, as one of the name's own city is not."""
    def check(value: Any) -> Any:
        apart = isinstance(value, str) and zone_elsewhere(value, cities, home)
        return apart[0] if apart else value

    return check


def zone_kept(split: Callable[[str], dict[str, str]], cities: tuple[str, ...],
              home: str | None = None) -> Callable[[str], dict[str, str]]:
    """The unit question's `split`, but for a unit with a zone of another city after it, which
    is not split off unseen: the city chosen may be either, which `zone_refused` tells."""
    return lambda text: {} if zone_elsewhere(text, cities, home) else split(text)


def zone_refused(refused: Callable[[Mapping[str, Any], str], str | None],
                 cities: tuple[str, ...], home: str | None = None, kind: str = "设区市"
                 ) -> Callable[[Mapping[str, Any], str], str | None]:
    """The unit question's `refused`, and why a unit with a zone of another city after it
    (苏州恒远有限公司 无锡高新区) is not saved: with another city chosen (苏州市), which of the
    two the site is in is asked, and how either is answered; with the zone's own city chosen,
    the name is refused only as itself. `kind` is what a scenario is in: 设区市, or a 区. With no
    city chosen yet, as in a file's cell, the unit's own refusal."""
    def check(answers: Mapping[str, Any], text: str) -> str | None:
        apart, city = zone_elsewhere(text, cities, home), answers.get("city")
        if not (apart and city):  # a file's cell with no city: refused as a cell
            return refused(answers, text)
        unit, zone, zone_city = apart
        if city == zone_city:  # saved without the zone (`without_zone_elsewhere`)
            return refused(answers, unit)
        return ZONE_ELSEWHERE.format(zone=zone, zone_city=zone_city, city=city, kind=kind,
                                     unit=bare(unit))

    return check


def bracketed_first(text: str) -> str:
    """`text` with a bracket opening it written as the template's "/" after a place (【苏州市】
    苏州XX… as 苏州市/苏州XX…): whether the bracket holds a place the "/" form decides."""
    return f"{part[1]}/{part[2]}" if (part := _BRACKET_FIRST.fullmatch(text)) else text


def district_apart(name: str) -> re.Match[str] | None:
    """吴中区 苏州XYZ…: a district's or a zone's name, and a space before the rest."""
    return (part := SPACED.fullmatch(name)) and part[1].endswith("区") and part or None


def zone_or_port(place: str) -> bool:
    """Whether `place` is a zone's or a port's name (昆山开发区, 太仓港)."""
    return bool(ZONE.search(place) or PORT.search(place))


def zone_said_before(word: str, name: str) -> bool:
    """Whether `word`, said before a unit's `name` with a pause, is a zone it is in: a kind of
    zone alone (园区, 高新区), or a zone's own name before a name beginning with its city."""
    city = _NAMED_ZONES.get(word)
    return word in _ZONE_KINDS or bool(city and name.startswith(city))


def said_apart(typed: str, text: str) -> dict[str, str]:
    """The unit's name said after its town or zone and a space (张江镇 上海XX…, 木渎镇 苏州XX…,
    园区 苏州XX…, 张江 上海XX…: `zone_said_before`) or after the province and a comma or a
    space (`text` is `typed` without it: 江苏省，苏州XX有限公司): a name beginning with a place
    of its own is no trade name the town, the zone or the province begins. The town names no
    city; 张江镇 恒远… may be one name, and 江苏省 人民医院 one name paused in voice input: both
    are kept whole."""
    town = SPACED.fullmatch(text)
    if town and (TOWN.fullmatch(town[1]) or zone_said_before(town[1], bare(town[2]))):
        text = town[2]
    elif text == typed:
        return {}
    name = bare(text)
    return {"enterprise": name} if ORG_END.search(name) and begins_with_a_place(name) else {}


def zones_left_out(cell: str, city: str, name: str) -> str | None:
    """What an imported 用户单位 `cell` read as `city` and the unit's `name` says of a zone or
    a town that neither holds (苏州市/苏州工业园区 苏州恒远…, 上海市/张江 上海恒远…): the chat
    shows an engineer what it filled in where, and the file's reader is told as much."""
    zones = [zone for part in _CELL_PARTS.split(cell) if (zone := _zone_in(part, city))
             and zone not in bare(name) and zone != city]
    if not zones:
        return None
    said = "、".join(f"“{zone}”" for zone in dict.fromkeys(zones))
    return ZONE_NOT_KEPT.format(city=city, name=name, zones=said)


def _zone_in(part: str, city: str) -> str | None:
    """The zone or town a part of the cell names, without the city said before it (苏州市苏州
    工业园区, 上海市张江): a kind of zone (园区), a zone's own name, or a town's."""
    place = PROVINCE_PREFIX.sub("", bare(part)).lstrip(PROVINCE_SEPARATORS)
    place = place.removeprefix(city) or place
    named = next((zone for zone in _NAMED_ZONES if place.endswith(zone)), None)
    if named or place in _ZONE_KINDS or zone_alone(place) or place.endswith(TOWN_ENDINGS):
        return named or place
    return None
