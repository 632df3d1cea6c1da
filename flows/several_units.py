"""Two units typed as 用户单位 (苏州恒远动力电池有限公司、东南大学): the engineer has listed a
partner with the unit where the robots work. The plan's 用户单位 holds one unit, and which of
the two it is cannot be guessed, so the answer is refused with where partners go. Only names
that are always units of their own count (companies, groups, universities): an institute, a
centre or a school after a name (江苏省产业技术研究院，智能制造技术研究所, …有限公司，研发中心)
may be part of it, and is kept as typed."""

import re

# Marks between two units; a name's own comma is in its brackets (…（集团，股份）…).
_LIST_MARK = re.compile(r"[、，,；;]")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
_A_UNIT_OF_ITS_OWN = re.compile(r"(?:公司|集团|大学)$")
SEVERAL_UNITS = ("“{name}”写了多家单位。用户单位只填一家：提供场景并部署机器人的单位全称"
                 "（与营业执照一致）；合作单位请在后面的“其他联合体成员”中填写。")


def several_units(name: str) -> str | None:
    """Why a 用户单位 naming two units of their own is refused."""
    parts = _LIST_MARK.split(_BRACKETED.sub("", name))
    units = [part for part in parts if _A_UNIT_OF_ITS_OWN.search(part.strip())]
    return SEVERAL_UNITS.format(name=name) if len(units) > 1 else None
