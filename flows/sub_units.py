"""A university's or an institute's school, department or lab, said after it with a pause
(东南大学 自动化学院, 中科院自动化所 智能机器人实验室): part of that member, not a unit of its
own. Only one named by its subject is: a unit named by a place or a word of its own (东南大学
南京工程学院, 东南大学 三江学院, 东南大学 姑苏实验室) is a member of its own, and a full
name (东南大学 南京理工大学) is too.
"""

import re

_PARENT_END = re.compile(r"(?:大学|学院|研究院|所)(?:[（(][^（）()]{1,12}[)）])?$")
_SUBJECTS = ("自动化|机械|机电|电气|电子|电力|计算|信息|软件|人工智能|智能|控制|仪器|测控|材料"
             "|能源|动力|化学|化工|物理|数学|力学|医学|生物|生命|环境|土木|交通|建筑|航空|航天"
             "|宇航|船舶|海洋|机器|通信|网络|光电|微电子|集成电路|精密|先进制造|数字|数据|感知")
_SUB_UNIT = re.compile(rf"(?:{_SUBJECTS})(?:(?!大学|公司)[\u4e00-\u9fff]){{0,10}}"
                       r"(?:学院|系|实验室|研究中心)")


# A member already ending in its school (苏州大学机电工程学院): a second school after it
# (计算机学院) is its university's, not a part of the first school.
_WITH_SUB_UNIT = re.compile(rf"(?:大学|学院|研究院|所){_SUB_UNIT.pattern}$")


def part_of(name: str, before: str) -> bool:
    """Whether `name`, spoken after `before` with a pause, is a school, a department or a lab
    of that university or institute."""
    return bool(_PARENT_END.search(before) and not _WITH_SUB_UNIT.search(before)
                and _SUB_UNIT.fullmatch(name))
