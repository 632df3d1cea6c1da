"""A 场景类型 read from one of the notice's focus areas.

The notice lists its focus areas after 工业、服务、特种 without assigning them to a type, so a
type read from an area is said back with why, for the engineer to change where it is wrong.
"""

from typing import Any

from flows.row import SCENARIO_AREAS

# Saved when an area was typed at the 场景类型 question (仓储物流 for 工业).
READ_AS_TYPE = "已按“{saved}”记录（{area}通常属于{saved}类场景，如属{others}类请改选）。"


def read_as_type(text: str, saved: Any) -> str | None:
    """Echo a type saved from an area typed at its question (仓储物流 as 工业), and why, since
    the engineer never named the type; None when the type itself was typed."""
    area = next((area for area in SCENARIO_AREAS.get(saved, ()) if area in text), None)
    if area is None:
        return None
    others = "或".join(kind for kind in SCENARIO_AREAS if kind != saved)
    return READ_AS_TYPE.format(saved=saved, area=area, others=others)
