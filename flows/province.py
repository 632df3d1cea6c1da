"""Where the province stands against the notice: at least 20 key scenarios over at least two
scenario types, similar scenarios counted once, and no clustering in one type.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from flows.coaching import DIMENSION_NAMES
from flows.draft import STATUS_LABELS, Status
from flows.indicators import Assessment, assess_description
from flows.row import SCENARIO_TYPES, description_cell
from flows.similarity import similar_groups

MIN_SCENARIOS = 20
MIN_TYPES = 2
CLUSTER_SHARE = 0.6  # one type above this share of the scenarios counts as 扎堆
COUNTED = (Status.SUBMITTED, Status.APPROVED)
CITY_SHARE = (f"（通知要求全省不少于 {MIN_SCENARIOS} 个重点场景、至少覆盖 {MIN_TYPES} 类场景类型，"
              "由省级协调员汇总；以上为本市的贡献。）")
ALIKE_OUTSIDE = ("其中 {ids} 与本市范围外的场景高度相似，全省统计时与之按 1 项计"
                 "（由省级协调员判断），本市的贡献可能少于上面的数字。")


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
    approved: int  # of `counted`: scenarios one of whose rows a coordinator approved
    # Rows marked as duplicates, whatever their status: decided through the mark, they are
    # in no status of `by_status`, as they are in no count and no export.
    marked: int
    # Dimension (精度…) -> the quantified rows with no indicator of it: a reminder, as in lint.
    uncovered: dict[str, list[int]]

    @property
    def missing(self) -> int:
        return max(0, MIN_SCENARIOS - self.counted)

    @property
    def types_covered(self) -> int:
        return sum(1 for n in self.by_type.values() if n)


def uncovered_dimensions(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The dimensions (精度、效率、可靠性) the description states no indicator of, as the chat's
    coaching and `lint` name them."""
    return _uncovered_names(assess_description(description_cell(answers)))


def _uncovered_names(assessment: Assessment) -> tuple[str, ...]:
    """None for a description without any number: that is a problem of its own, not a gap."""
    if not assessment.is_quantified:
        return ()
    return tuple(DIMENSION_NAMES[d] for d in assessment.missing_dimensions)


def standing(rows: Sequence[Row]) -> Standing:
    live = [r for r in rows if r.status in COUNTED and not r.duplicate_of]
    groups = similar_groups([(r.id, r.answers) for r in live])
    merged = {row_id for group in groups for row_id in group[1:]}
    counted = [r for r in live if r.id not in merged]
    approved = {r.id for r in live if r.status == Status.APPROVED}
    group_of = {row_id: set(group) for group in groups for row_id in group}
    assessed = {r.id: assess_description(description_cell(r.answers)) for r in live}
    uncovered: dict[str, list[int]] = {name: [] for name in DIMENSION_NAMES.values()}
    for r in live:
        for name in _uncovered_names(assessed[r.id]):
            uncovered[name].append(r.id)
    return Standing(
        by_status={s: sum(1 for r in rows if r.status == s and not r.duplicate_of)
                   for s in Status},
        marked=sum(1 for r in rows if r.duplicate_of),
        counted=len(counted),
        by_type={t: sum(1 for r in counted if r.answers.get("scenario_type") == t)
                 for t in SCENARIO_TYPES},
        by_industry=Counter(r.answers.get("industry") or "未填" for r in counted).most_common(),
        by_city=Counter(r.answers.get("city") or "未填" for r in counted).most_common(),
        unquantified=[r.id for r in live if not assessed[r.id].is_quantified],
        groups=groups,
        approved=sum(1 for r in counted if approved & group_of.get(r.id, {r.id})),
        uncovered={name: ids for name, ids in uncovered.items() if ids},
    )


def alike_outside(mine: Sequence[Row], everyone: Sequence[Row]) -> list[int]:
    """A city's rows that count as one with a row of another city: the province counts the
    pair once, so the city's share as counted alone is more than it adds to the province."""
    ids = {r.id for r in mine}
    live = [(r.id, r.answers) for r in everyone if r.status in COUNTED and not r.duplicate_of]
    return sorted(row_id for group in similar_groups(live) if not ids.issuperset(group)
                  for row_id in group if row_id in ids)


def standing_text(s: Standing, scope: str, province_wide: bool = True,
                  alike: Sequence[int] = ()) -> str:
    """The standing against the notice; a city's share is shown without the province's ✅/❌,
    since the notice's minimums apply to the province as a whole. `alike`: the city's rows
    alike to a row outside it (`alike_outside`), whose content the city may not see."""
    lines = [f"📊 填报进度（范围：{scope}）"]
    marked = [f"已标记为重复 {s.marked}"] if s.marked else []
    lines.append("状态：" + " · ".join(
        [f"{STATUS_LABELS[k]} {v}" for k, v in s.by_status.items()] + marked))
    lines.append(f"重点场景（已提交与已通过，重复与相似场景按 1 项计）：{s.counted} 个，"
                 f"其中已通过 {s.approved} 个")
    types = " · ".join(f"{t} {n}" for t, n in s.by_type.items())
    if province_wide:
        lines += _against_the_notice(s, types)
    else:
        if alike:
            lines.append(ALIKE_OUTSIDE.format(ids="、".join(f"#{i}" for i in alike)))
        lines.append(f"场景类型：{types}")
        lines.append(CITY_SHARE)
    if s.counted:
        top_type, top = max(s.by_type.items(), key=lambda item: item[1])
        if top / s.counted > CLUSTER_SHARE:
            lines.append(f"⚠️ {top_type}类占 {percent(top, s.counted)}，注意避免场景类型扎堆。")
    lines.append("按行业：" + (_counts(s.by_industry) or "—"))
    lines.append("按城市：" + (_counts(s.by_city) or "—"))
    lines.append("缺少量化指标：" + ("、".join(f"#{i}" for i in s.unquantified) or "无"))
    lines.append("指标未涉及的维度（仅提醒）：" + (_uncovered(s.uncovered) or "无"))
    groups = "；".join(" ≈ ".join(f"#{i}" for i in g) for g in s.groups)
    lines.append("相似场景组：" + (groups or "无"))
    return "\n".join(lines)


def percent(part: int, whole: int) -> str:
    """`62.5%` for 5 of 8, `78.9%` for 15 of 19: rounded half up to one decimal, so a share is
    never shown lower than it is, and `100%` without a trailing `.0`."""
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{share.normalize():f}%"


def _against_the_notice(s: Standing, types: str) -> list[str]:
    """The notice's minimums; met is `已达到` as `lint` words it, with the surplus if any."""
    if s.missing:
        lines = [f"❌ 不少于 {MIN_SCENARIOS} 个：还差 {s.missing} 个"]
    elif s.counted == MIN_SCENARIOS:
        lines = [f"✅ 不少于 {MIN_SCENARIOS} 个：已达到"]
    else:
        lines = [f"✅ 不少于 {MIN_SCENARIOS} 个：已达到，超出 {s.counted - MIN_SCENARIOS} 个"]
    mark = "✅" if s.types_covered >= MIN_TYPES else "❌"
    lines.append(f"{mark} 至少覆盖 {MIN_TYPES} 类场景类型：已覆盖 {s.types_covered} 类（{types}）")
    return lines


def _uncovered(uncovered: Mapping[str, list[int]]) -> str:
    """`尚无精度指标 #3、#4；尚无可靠性指标 #1`: the entries to follow up, a dimension each."""
    return "；".join(f"尚无{name}指标 " + "、".join(f"#{i}" for i in ids)
                    for name, ids in uncovered.items())


def _counts(pairs: list[tuple[str, int]]) -> str:
    return " · ".join(f"{name} {n}" for name, n in pairs)
