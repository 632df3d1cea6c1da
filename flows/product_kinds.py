"""Which of the four technical products a name is, by the word it ends in (恒远大模型 a model,
恒远灵巧手 a component), for a name typed after the column's number at the summary
(第11项：恒远大模型): the column asks four questions, and the name says which one it answers as
its label would. A name ending in none of these words, a list of names or a sentence is no
guess: the column is opened and the name said to be unsaved.
"""

import re

# A key component's words (XX灵巧手): parts of a robot, not a whole machine.
COMPONENTS = r"灵巧手|关节模组|减速器|电机|传感器|控制器|驱动器|执行器|丝杠"
# The words a product's name ends in, as the template's own examples end (XX具身智能操作大模型,
# XX机器人操作系统, XX灵巧手); none is the ending of another kind's name.
_ENDINGS = {
    "model_algorithm": r"模型|算法",
    "operating_system": r"操作系统|(?<![A-Za-z])OS",  # 恒远OS, not 恒远POS
    "simulation_platform": r"仿真平台|仿真软件|仿真系统",
    "key_components": COMPONENTS,
}
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
    kinds = [key for key, ending in _ENDINGS.items()
             if re.fullmatch(f"{_ONE_NAME}(?:{ending})", name)]
    return kinds[0] if len(kinds) == 1 else None


def kind_of(name: str) -> str | None:
    """The product question a name answers (`product_named`), or a kind's word alone answers
    (关节模组, 灵巧手: a component named by its kind)."""
    bare = [key for key, ending in _ENDINGS.items() if re.fullmatch(ending, name.strip())]
    return bare[0] if len(bare) == 1 else product_named(name)
