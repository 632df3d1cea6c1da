"""Where the province stands against the notice: at least 20 key scenarios over at least two
scenario types, similar scenarios counted once, and no clustering in one type.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows.draft import STATUS_LABELS, Status
from flows.indicators import assess_description
from flows.row import SCENARIO_TYPES, description_cell
from flows.similarity import similar_groups

MIN_SCENARIOS = 20
MIN_TYPES = 2
CLUSTER_SHARE = 0.6  # one type above this share of the scenarios counts as 扎堆
COUNTED = (Status.SUBMITTED, Status.APPROVED)
CITY_SHARE = (f"（通知要求全省不少于 {MIN_SCENARIOS} 个重点场景、至少覆盖 {MIN_TYPES} 类场景类型，"
              "由省级协调员汇总；以上为本市的贡献。）")


@dataclass(frozen=True)
class Row:
    id: int
    status: Status
    answers: Mapping[str, Any]
    duplicate_of: int | None = None


@dataclass(frozen=True)
class Standing:
    by_status: dict[Status, int]
    counted: int  # submitted or approved, duplicates and similar groups counted once
    by_type: dict[str, int]
    by_industry: list[tuple[str, int]]
    by_city: list[tuple[str, int]]
    unquantified: list[int]
    groups: list[tuple[int, ...]]

    @property
    def missing(self) -> int:
        return max(0, MIN_SCENARIOS - self.counted)

    @property
    def types_covered(self) -> int:
        return sum(1 for n in self.by_type.values() if n)


def standing(rows: Sequence[Row]) -> Standing:
    live = [r for r in rows if r.status in COUNTED and not r.duplicate_of]
    groups = similar_groups([(r.id, r.answers) for r in live])
    merged = {row_id for group in groups for row_id in group[1:]}
    counted = [r for r in live if r.id not in merged]
    return Standing(
        by_status={s: sum(1 for r in rows if r.status == s) for s in Status},
        counted=len(counted),
        by_type={t: sum(1 for r in counted if r.answers.get("scenario_type") == t)
                 for t in SCENARIO_TYPES},
        by_industry=Counter(r.answers.get("industry") or "未填" for r in counted).most_common(),
        by_city=Counter(r.answers.get("city") or "未填" for r in counted).most_common(),
        unquantified=[r.id for r in live
                      if not assess_description(description_cell(r.answers)).is_quantified],
        groups=groups,
    )


def standing_text(s: Standing, scope: str, province_wide: bool = True) -> str:
    """The standing against the notice; a city's share is shown without the province's ✅/❌,
    since the notice's minimums apply to the province as a whole."""
    lines = [f"📊 填报进度（范围：{scope}）"]
    lines.append("状态：" + " · ".join(f"{STATUS_LABELS[k]} {v}" for k, v in s.by_status.items()))
    lines.append(f"重点场景（已提交与已通过，重复与相似场景按 1 项计）：{s.counted} 个")
    types = " · ".join(f"{t} {n}" for t, n in s.by_type.items())
    if province_wide:
        lines += _against_the_notice(s, types)
    else:
        lines.append(f"场景类型：{types}")
        lines.append(CITY_SHARE)
    if s.counted:
        top_type, top = max(s.by_type.items(), key=lambda item: item[1])
        if top / s.counted > CLUSTER_SHARE:
            lines.append(f"⚠️ {top_type}类占 {top / s.counted:.0%}，注意避免场景类型扎堆。")
    lines.append("按行业：" + (_counts(s.by_industry) or "—"))
    lines.append("按城市：" + (_counts(s.by_city) or "—"))
    lines.append("缺少量化指标：" + ("、".join(f"#{i}" for i in s.unquantified) or "无"))
    groups = "；".join(" ≈ ".join(f"#{i}" for i in g) for g in s.groups)
    lines.append("相似场景组：" + (groups or "无"))
    return "\n".join(lines)


def _against_the_notice(s: Standing, types: str) -> list[str]:
    if s.missing:
        lines = [f"❌ 不少于 {MIN_SCENARIOS} 个：还差 {s.missing} 个"]
    else:
        lines = [f"✅ 不少于 {MIN_SCENARIOS} 个：已超出 {s.counted - MIN_SCENARIOS} 个"]
    mark = "✅" if s.types_covered >= MIN_TYPES else "❌"
    lines.append(f"{mark} 至少覆盖 {MIN_TYPES} 类场景类型：已覆盖 {s.types_covered} 类（{types}）")
    return lines


def _counts(pairs: list[tuple[str, int]]) -> str:
    return " · ".join(f"{name} {n}" for name, n in pairs)
