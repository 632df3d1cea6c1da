"""A 场景类型 read from one of the notice's focus areas, or at odds with the row's 所属行业.

The notice lists its focus areas after 工业、服务、特种 without assigning them to a type, so a
type read from an area is said back with why, and a 所属行业 that is an area usually of
another type is a reminder to check the type: never a refusal.
"""

from collections.abc import Mapping
from typing import Any

from flows.row import SCENARIO_AREAS, WORDS_OF_TYPE

# Saved when an area was typed at the 场景类型 question (仓储物流 for 工业).
READ_AS_TYPE = "已按“{saved}”记录（{area}通常属于{saved}类场景，如属{others}类请改选）。"
# A word naming no type (电力巡检, 安防巡逻: 特种 in one row, 工业 or 服务 in the next) is asked
# again with what each type covers, for the engineer to judge by the work done: in the notice's
# own focus areas only (医疗康养, not also the 医疗服务 still read when typed).
TYPE_EXAMPLES = ("场景类型只有这三类，按场景的作业内容选择：" + "；".join(
    f"{kind}如{'、'.join(words)}" for kind, words in SCENARIO_AREAS.items()) + "。")
TYPE_OF_INDUSTRY = "所属行业“{industry}”通常属于{usual}类场景，请确认场景类型（仅提醒）"
# Areas whose rows are often of another type too, whose 所属行业 reminds of nothing: a
# hospital's or a supermarket's 仓储物流 is 服务, a refinery's 安全生产 inspection 工业.
AREAS_OF_SEVERAL_TYPES = frozenset(("仓储物流", "安全生产"))
USUAL_TYPE = {area: kind for kind, areas in SCENARIO_AREAS.items() for area in areas
              if area not in AREAS_OF_SEVERAL_TYPES}


def read_as_type(text: str, saved: Any) -> str | None:
    """Echo a type saved from an area or field typed at its question (仓储物流 as 工业, 排爆
    as 特种), and why, since the engineer never named the type; None when the type itself was
    typed (服务类，医疗康养)."""
    area = next((area for area in WORDS_OF_TYPE.get(saved, ()) if area in text), None)
    if area is None or saved in text:
        return None
    others = "或".join(kind for kind in SCENARIO_AREAS if kind != saved)
    return READ_AS_TYPE.format(saved=saved, area=area, others=others)


def type_reminder(answers: Mapping[str, Any]) -> str | None:
    """A 所属行业 that is one of the notice's areas of another type than the row's (医疗康养
    with 特种): such a row may be all that makes a second type covered."""
    industry = (answers.get("industry") or "").strip()
    kind = answers.get("scenario_type")
    usual = USUAL_TYPE.get(industry)
    if not kind or not usual or usual == kind:
        return None
    return TYPE_OF_INDUSTRY.format(industry=industry, usual=usual)
