"""A typed list of organisation names (创新应用联合体成员), split the way its author meant it.

Engineers type the list as they would anywhere: 、 or commas, one per line, bullets pasted
from Word, spaces between short names typed on a phone (优必选 达闼 宇树), or spaces left by
voice input inside one name (苏州 博众 精工 科技 股份 有限公司). A comma inside （…） or before
"Ltd." belongs to the name. Where a name ends is told by the words between the spaces:
- Where a word ends with a legal ending (公司, 大学 …) or is only a part of a name (科技, 机器人,
  股份), the text was spoken with pauses: a space splits only after a legal ending, and never
  before a word that is only a legal ending (创新中心 有限公司 is one name).
- Otherwise the words are whole names, and a space between two words of two or more Chinese
  characters splits them, unless the first is a place a name begins with (苏州 博众, 江苏 汇博).
  Such a list is echoed back unit by unit (`recorded`), so a brand spoken in two parts is seen
  and sent again with 、.
English names hold spaces of their own: a space next to a Latin word never splits, except after
an English legal ending before a Chinese word.
"""

import re

SEPARATORS = frozenset("、，,；;\n")
OPENING, CLOSING = frozenset("（(【["), frozenset("）)】]")
LEGAL_TAIL = re.compile(
    r"\s*(?:ltd|inc|llc|co|corp|corporation|limited|gmbh|ag|plc|s\.a)\b", re.I)
# A list's numbering: at a line's start or after a space (1、 2. • -, or a slash between names:
# A公司 / B公司), or anywhere when it cannot be part of a name (①, (2)); 1.5T科技 keeps its 1,
# Universal Robots A/S its slash.
BULLET = re.compile(r"(?m)(?:^|(?<=\s))\s*(?:[•·●▪◦\-*/／]|\d{1,2}[.、．)）](?!\d))\s*"
                    r"|\s*(?:[①-⑳]|[（(]\d{1,2}[)）])\s*")
ORG_END = re.compile(r"(?:公司|集团|大学|学院|研究院|研究所|中心|实验室|医院|厂|局|院|所)$")
# An English name's legal ending; after it only a Chinese word starts a new name ("Co. Ltd."
# is one name).
ENGLISH_END = re.compile(r"\b(?:ltd|inc|llc|corp|corporation|limited|gmbh|plc)\.?$", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
# A word that is nothing but a legal ending continues the name before it.
LEGAL_ENDING = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司|公司|集团")
# Words that describe a business or its form, never a unit on their own: typed alone between
# spaces, they show a name spoken with pauses (宇树 科技, 江苏 汇博 机器人 技术).
NAME_PART = re.compile(r"(?:科技|技术|智能|智造|智慧|机器人|自动化|电子|电气|信息|软件|网络|数字"
                       r"|数据|通信|光电|精密|精工|机械|装备|制造|工业|实业|控股|股份|有限|发展|动力"
                       r"|传动|医疗|汽车|新能源|材料|系统|工程|服务|物流|创新|研究|设计|人工智能"
                       r"|具身|集成|视觉|能源|环境|生物|健康|国际|中国)+")
PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()
# The place many a name begins with, spoken apart from the rest (苏州 博众, 南京市 埃斯顿).
PLACE = re.compile(rf"中国|{'|'.join(PROVINCES)}|[\u4e00-\u9fff]{{1,3}}[省市区县州]")
CHINESE_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
# 等, 等单位 closing a list says "and others" and names nobody.
AND_OTHERS = re.compile(r"\s*等(?:单位|企业|公司|机构|高校|院校|院所|科研院所|成员)?$")
# A count typed where a name was asked (20台, 3家, 十台): a number word with a measure word.
_NUMERALS = "[〇零一二两三四五六七八九十百千万]*"  # with a digit-like one: 万家 is a name
QUANTITY = re.compile(rf"(?:约|共|大约|一共)?(?:\d+|{_NUMERALS}[一二两三四五六七八九十]{_NUMERALS})"
                      r"(?:余|多)?\s*(?:台套|台|套|家|个|名|人|款|件|辆|部)"
                      r"(?:单位|企业|公司|机构)?(?:左右|以上)?")


def split_names(text: str) -> list[str]:
    """The names in `text`, bullets and a closing 等 dropped, in the order typed."""
    names = []
    for item in _split_at_separators(BULLET.sub("\n", text)):
        names += _split_at_spaces(AND_OTHERS.sub("", item.strip()))
    return [name for name in names if name]


def _split_at_separators(text: str) -> list[str]:
    items, current, depth = [], [], 0
    for at, ch in enumerate(text):
        depth += (ch in OPENING) - (ch in CLOSING and depth > 0)
        in_name = depth > 0 or (ch in ",，" and LEGAL_TAIL.match(text, at + 1))
        if ch in SEPARATORS and not in_name:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    return [*items, "".join(current)]


def _split_at_spaces(item: str) -> list[str]:
    words = item.split()
    whole_names = not any(_spoken_in_parts(word) for word in words)
    names: list[str] = []
    for before, word in zip(["", *words], words, strict=False):
        if names and LEGAL_ENDING.fullmatch(word):
            names[-1] += word
        elif names and (_ends_a_name(names[-1], word)
                        or whole_names and _two_chinese_names(before, word)):
            names.append(word)
        elif names:
            names[-1] += f" {word}"
        else:
            names.append(word)
    return names


def _spoken_in_parts(word: str) -> bool:
    return bool(ORG_END.search(word) or ENGLISH_END.search(word) or NAME_PART.fullmatch(word))


def _two_chinese_names(before: str, word: str) -> bool:
    return bool(CHINESE_WORD.fullmatch(before) and CHINESE_WORD.fullmatch(word)
                and not PLACE.fullmatch(before))


def _ends_a_name(name: str, word: str) -> bool:
    if ORG_END.search(name):
        return word[0] not in OPENING
    return bool(ENGLISH_END.search(name) and HAN.match(word))


def recorded(key: str):
    """The names as saved, echoed so the engineer sees how the list was read."""

    def echo(answers) -> str | None:
        names = answers.get(key) or []
        if len(names) < 2:
            return None
        return (f"已记录 {len(names)} 家单位：" + "；".join(names)
                + "。如拆分有误，请用“、”分隔后重新发送。")

    return echo
