"""Which of the four technical products a name is, by the word it ends in (恒远大模型 a model,
恒远灵巧手 a component), for a name typed after the column's number at the summary
(第11项：恒远大模型): the column asks four questions, and the name says which one it answers as
its label would. A name ending in none of these words, a list of names or a sentence is no
guess: the column is opened and the name said to be unsaved. Typed unlabelled at one of the
four questions, names that all end in another's word (恒远灵巧手 at 模型算法) are refused with
the label that files them there: the exported cell would list a component as an algorithm.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from flows.field import Field
from flows.row import TECH_PRODUCTS

# The words a product's name ends in, as the template's own examples end (XX具身智能操作大模型,
# XX机器人操作系统, XX灵巧手); none is the ending of another kind's name.
_ENDINGS = {
    "model_algorithm": r"模型|算法",
    "operating_system": r"操作系统|(?<![A-Za-z])R?OS(?:\s?2)?",  # 恒远OS, not 恒远POS
    "simulation_platform": r"仿真平台|仿真软件|仿真系统|仿真",
    "key_components": r"灵巧手|关节模组|减速器|电机|传感器|控制器|驱动器|执行器|丝杠|电池包",
}
# An operating system named by its own name alone, with no maker's before it.
_ROS = re.compile(r"ROS\s?2?", re.I)
TYPED_ELSEWHERE = "“{text}”读来是{other}，不是{here}，没有保存。"
FILE_THERE = "{keep}请发送“{other}：{names}”填入{other}。"
KEEP_HELD = "{other}已填“{held}”，为一并保留，"
ALREADY_HELD = "{other}已填“{held}”。"
# What becomes of the question typed at: its answer kept, or, with none, how to pass it.
HERE_KEPT = "本问的“{held}”保持不变。"
HERE_SKIPPED = "本问没有要填的，请点“跳过”。"
# A count of pieces written as a name of its own before the name it counts (20个、恒远关节模组).
_COUNT = re.compile(r"\d+\s*(?:台套|台|套|个|件|只|副)")
# One name: no list, clause or label marks, no space between two names.
_ONE_NAME = r"[^，,、；;：:\s]+?"
# How a sentence about a product begins, not a name: a change (改为恒远大模型, 新增…), a plan or a
# source (计划采购…, 基于开源ROS), or none (暂无自研算法, 不涉及操作系统).
_NOT_A_NAME = re.compile(r"改为|改成|换成|更新为|更换为|修改为|调整为|新增|增加|添加|补充"
                         r"|我们|用的是|暂|没有|还没|无|不|计划|拟|基于|采用|使用|采购|外购")


def product_named(text: str) -> str | None:
    """The product question a text answers, if it is one name on one line ending in one
    kind's word (its full stop aside); a sentence (`_NOT_A_NAME`) is none."""
    name = text.strip().rstrip("。.")
    if _NOT_A_NAME.match(name):
        return None
    if _ROS.fullmatch(name):
        return "operating_system"
    kinds = [key for key, ending in _ENDINGS.items()
             if re.fullmatch(f"{_ONE_NAME}(?:{ending})", name)]
    return kinds[0] if len(kinds) == 1 else None


def products_named(text: str) -> str | None:
    """The product question every name of a list answers (恒远灵巧手、20个恒远关节模组), if
    one and the same: a count alone among them (20个、恒远关节模组) is the next name's."""
    kinds = {product_named(name) for name in listed_names(text) if not _COUNT.fullmatch(name)}
    return kinds.pop() if len(kinds) == 1 else None


def listed_names(text: str) -> list[str]:
    """The names of a list, as 、 commas or lines part them (a space parts no names: Walker S2)."""
    names = (name.strip() for name in re.split(r"[、，,；;\n]", text.strip().rstrip("。.")))
    return [name for name in names if name]


def typed_elsewhere(key: str) -> Callable[[Mapping[str, Any], str], str | None]:
    """The refusal (`Field.typed_refusal`) at the product question `key` of names that all
    answer another one (恒远灵巧手 at 模型算法), with the way to file them there: the label
    before them, after what that question holds, so nothing held is replaced unseen. Not
    moved there unasked: a name's ending is a guess its writer should confirm."""
    def refused(answers: Mapping[str, Any], text: str) -> str | None:
        other = products_named(text)
        if other is None or other == key:
            return None
        names, held = listed_names(text), answers.get(other) or ""
        label = TECH_PRODUCTS[other]
        told = TYPED_ELSEWHERE.format(text=text.strip(), other=label, here=TECH_PRODUCTS[key])
        here = HERE_KEPT.format(held=answers[key]) if answers.get(key) else HERE_SKIPPED
        if held and set(names) <= set(listed_names(held)):
            return told + ALREADY_HELD.format(other=label, held=held) + here
        keep = KEEP_HELD.format(other=label, held=held) if held else ""
        return told + FILE_THERE.format(other=label, names="、".join(filter(None, [held, *names])),
                                        keep=keep) + here

    return refused


def kind_checked(field: Field) -> Field:
    """A product question that refuses names answering another (`typed_elsewhere`)."""
    if field.key not in TECH_PRODUCTS:
        return field
    return replace(field, typed_refusal=typed_elsewhere(field.key))
