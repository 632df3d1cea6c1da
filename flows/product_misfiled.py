"""A product typed at the wrong one of the four product questions, a unit's name typed as a
product, and a numbered list of products.

A name ending in another kind's word (关节模组 at 模型算法, flows/product_kinds.py) would stand in
the cell under the wrong label: the engineer is asked, with one press filing it there, 保持不变
keeping it here. Only names of other kinds whose questions are still unanswered are asked
about: a list all of one other kind is filed there whole; in a list with other names
(分拣大模型、关节模组) those names alone are offered to be filed there, the rest kept here. A name
ending in no kind's word (恒远具身智能平台) is the engineer's to place.
A unit (恒远机器人有限公司, 哈工大) is a member of the consortium (step 8), never a product.
A list typed with its numbers (1.灵巧手 2.关节模组) is saved as a list, without them.
"""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows.academic_short_names import short_unit
from flows.product_kinds import kind_of
from flows.row import LIST_SEPARATOR, TECH_PRODUCTS
from flows.split_offers import SplitOff
from flows.suggestions import Suggested

READS_AS = ("“{text}”读来是{part}，不是{here}。是{part}请点“{take}”，随后再填写{here}；"
            "确是{here}请点“保持不变”。")
TAKE = "填作{part}"
SOME_READ_AS = ("“{text}”中的{items}，不是{here}。分开填写请点“{take}”，{here}保留“{rest}”；"
                "确是{here}请点“保持不变”。")
ITEMS_READ_AS = "“{names}”读来是{part}"
TAKE_APART = "拆出填作{parts}"
SOME_FILED = "已将{items}，{here}为“{rest}”。"
ITEMS_FILED = "“{names}”填作{part}"
# A unit's legal or academic ending: what no product's name ends in.
UNIT_END = re.compile(r"(?:有限(?:责任)?公司|公司|集团|大学|学院|研究院|研究所)$")
NOT_A_UNIT = ("不是产品名称，没有保存：本题要填的是产品（算法、平台、关键部件），不是企业或单位。"
              "参与的单位请在第 8 步“创新应用联合体成员”填写。")
A_UNIT = "“{text}”是单位名称，" + NOT_A_UNIT
# A university or an institute as people shorten it (哈工大, 中科院自动化所): no ending says so.
READS_AS_A_UNIT = "“{text}”读来是单位名称（高校或科研院所的简称），" + NOT_A_UNIT
# A list item's number where an item begins (1. 1、 1) （1）), not a decimal (1.5T), or a
# circled one anywhere: ① sets itself apart from the word before it.
ITEM_NUMBER = re.compile(
    r"(?:(?:^|(?<=[\s，,；;。、]))[（(]?(\d{1,2})\s*[.、．)）](?!\d)|([①-⑳]))\s*")
ITEM_ENDS = " \t\n，,；;。、"


def listed_names(text: str) -> list[str]:
    """The names of a list, as 、 commas or lines part them (a space parts no names: Walker S2)."""
    names = (name.strip() for name in re.split(r"[、，,；;\n]", text.strip().rstrip("。.")))
    return [name for name in names if name]


def kind_asked(key: str) -> Callable[[Mapping[str, Any]], str | None]:
    """The echo of the product question `key`: asks to file its answer at the question its
    names all read as (恒远关节模组 at 模型算法: 关键零部件), while that one is unanswered; or,
    names of several kinds, those of other kinds (`_some_asked`)."""
    def echo(answers: Mapping[str, Any]) -> str | None:
        text = answers.get(key)
        if not isinstance(text, str):
            return None
        kinds = {kind_of(name) for name in listed_names(text)}
        if len(kinds) > 1:
            return _some_asked(key, text, answers)
        kind = kinds.pop() if kinds else None
        if kind is None or kind == key or answers.get(kind):
            return None
        part, here = TECH_PRODUCTS[kind], TECH_PRODUCTS[key]
        take = TAKE.format(part=part)
        return Suggested(READS_AS.format(text=text, part=part, here=here, take=take), text,
                         take, kind)

    return echo


def _some_asked(key: str, text: str, answers: Mapping[str, Any]) -> SplitOff | None:
    """The offer to file the names of a list (分拣大模型、关节模组 at 模型算法) reading as other
    kinds, whose questions are unanswered, each at its own, the other names kept at `key`."""
    moved: dict[str, list[str]] = {}
    rest = []
    for name in listed_names(text):
        kind = kind_of(name)
        if kind and kind != key and not answers.get(kind):
            moved.setdefault(kind, []).append(name)
        else:
            rest.append(name)
    if not moved or not rest:
        return None
    kept, here = LIST_SEPARATOR.join(rest), TECH_PRODUCTS[key]
    lists = {kind: LIST_SEPARATOR.join(names) for kind, names in moved.items()}
    parts = "、".join(TECH_PRODUCTS[kind] for kind in lists)
    read = "，".join(ITEMS_READ_AS.format(names=names, part=TECH_PRODUCTS[kind])
                    for kind, names in lists.items())
    filed = "，".join(ITEMS_FILED.format(names=names, part=TECH_PRODUCTS[kind])
                      for kind, names in lists.items())
    take = TAKE_APART.format(parts=parts)
    (first, answer), *also = lists.items()
    return SplitOff(SOME_READ_AS.format(text=text, items=read, here=here, take=take, rest=kept),
                    answer, take, first, None, kept, dict(also),
                    SOME_FILED.format(items=filed, here=here, rest=kept))


def unit_named(answer: str) -> str | None:
    """Why an answer naming only units (恒远机器人有限公司、东南大学, 哈工大、中科院自动化所) is
    refused: said to read as a unit's when some are short names, which no ending marks."""
    names = listed_names(answer)
    if not names or not all(UNIT_END.search(name) or short_unit(name) for name in names):
        return None
    full = all(UNIT_END.search(name) for name in names)
    return (A_UNIT if full else READS_AS_A_UNIT).format(text=answer.strip())


def unnumbered(text: str) -> str:
    """A list numbered 1, 2, 3… from its start (1.灵巧手 2.关节模组, 1、灵巧手↵2、关节模组) as
    its items parted with 、; any other text as it is."""
    text = text.strip()
    marks = list(ITEM_NUMBER.finditer(text))
    numbers = [int(m[1]) if m[1] else ord(m[2]) - ord("①") + 1 for m in marks]
    if not marks or marks[0].start() != 0 or numbers != list(range(1, len(marks) + 1)):
        return text
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = (text[m.end():end].strip(ITEM_ENDS) for m, end in zip(marks, ends, strict=True))
    return LIST_SEPARATOR.join(item for item in items if item)
