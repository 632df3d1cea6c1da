"""Whether a name is a university's or a research institute's as people shorten it (哈工大,
清华, 中科院自动化所, 十四所), where a product is asked for.

Engineers asked for the model or algorithm a scenario proves often type who made it: the
university or institute they work with. A full name ends in 大学 or 研究所 and is refused as a
unit's; a short one ends in no such word, and would be saved as a product. Only names no
product bears are read so: a well-known university's abbreviation standing alone (perhaps with
its campus: 哈工大（深圳）), an institute's short name (…所, 先进院), or a unit of the Academy
or of such a university (中科院沈阳自动化所, 清华深研院). A product named after its maker
(中科院紫东太初大模型) ends in its own word and is kept.
"""

import re

# Abbreviations used for one university only: not 东南, 中南 or 重大, which are words as well.
UNIVERSITIES = ("清华|北大|哈工大|哈工程|北航|北理工|北邮|北科大|北交大|北工大|北师大|浙大|复旦"
                "|上交大|上海交大|西安交大|西交大|交大|同济|南大|南航|南理工|南邮|南信大|苏大|河海"
                "|中科大|国防科大|华科|华中科大|武大|川大|电子科大|成电|西工大|西电|天大|南开|大工"
                "|大连理工|吉大|山大|华工|华南理工|深大|南科大|上科大|港科大|港中文|厦大|矿大"
                "|华东理工|华东师大|华师大|上大")
ACADEMY = "中科院|中国科学院"
# A campus after the abbreviation (哈工大（深圳）, 哈工大威海).
_CAMPUS = r"(?:[（(][^（）()]{1,8}[）)]|深圳|威海|苏州|无锡|宁波|青岛|重庆)?"
# A unit within: 清华深研院, 北航机器人研究所, 中科院自动化所, 中科院机器人实验室; not any 中心
# (华工激光加工中心 is a machine).
_UNIT_WITHIN = r"[\w\s]{0,12}?(?:院|所|系|研究中心|创新中心|实验室)"
SHORT_UNIT = re.compile(
    rf"(?:{UNIVERSITIES}){_CAMPUS}|(?:{UNIVERSITIES}|{ACADEMY}){_UNIT_WITHIN}|(?:{ACADEMY})"
    # An institute's short name (十四所, 电子五所, 自动化所, 中电科21所, 深圳先进院) or a lab
    # known by its city (之江实验室, 上海人工智能实验室).
    r"|[\w\s]{0,15}?所|[\w\s]{0,8}?先进院|(?:之江|鹏城|上海人工智能|上海AI)实验室")


def short_unit(name: str) -> bool:
    """Whether `name` is a university or an institute as people shorten it."""
    return bool(SHORT_UNIT.fullmatch(name.strip()))
