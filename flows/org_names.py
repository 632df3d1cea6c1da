"""A typed list of organisation names (创新应用联合体成员), split the way its author meant it.

Engineers type the list as they would anywhere: 、 or commas, one per line, bullets pasted
from Word, or spaces left by voice input. A comma inside （…） or before "Ltd." belongs to the
name; a space splits only after a name's legal ending (公司, 大学 …), since English names
hold spaces of their own, and never before a word that is only a legal ending (创新中心 有限公司
is one name, spoken with a pause).
"""

import re

SEPARATORS = frozenset("、，,；;\n")
OPENING, CLOSING = frozenset("（(【["), frozenset("）)】]")
LEGAL_TAIL = re.compile(
    r"\s*(?:ltd|inc|llc|co|corp|corporation|limited|gmbh|ag|plc|s\.a)\b", re.I)
# A list's numbering: at a line's start or after a space (1、 2. • -), or anywhere when it
# cannot be part of a name (①, (2)); 1.5T科技 keeps its 1.
BULLET = re.compile(r"(?m)(?:^|(?<=\s))\s*(?:[•·●▪◦\-*]|\d{1,2}[.、．)）](?!\d))\s*"
                    r"|\s*(?:[①-⑳]|[（(]\d{1,2}[)）])\s*")
ORG_END = re.compile(r"(?:公司|集团|大学|学院|研究院|研究所|中心|实验室|医院|厂|局|院|所)$")
# An English name's legal ending; after it only a Chinese word starts a new name ("Co. Ltd."
# is one name).
ENGLISH_END = re.compile(r"\b(?:ltd|inc|llc|corp|corporation|limited|gmbh|plc)\.?$", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
# A word that is nothing but a legal ending continues the name before it.
LEGAL_ENDING = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司|公司|集团")


def split_names(text: str) -> list[str]:
    """The names in `text`, bullets dropped, in the order typed."""
    names = []
    for item in _split_at_separators(BULLET.sub("\n", text)):
        names += _split_at_spaces(item.strip())
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
    names: list[str] = []
    for word in item.split():
        if names and LEGAL_ENDING.fullmatch(word):
            names[-1] += word
        elif names and _ends_a_name(names[-1], word):
            names.append(word)
        elif names:
            names[-1] += f" {word}"
        else:
            names.append(word)
    return names


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
