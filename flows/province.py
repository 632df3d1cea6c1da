"""Where the province stands against the notice: at least 20 key scenarios over at least two
scenario types, similar scenarios counted once, and no clustering in one type. A row a central
enterprise group hands in (its 报送单位) counts toward that group's own minimum of 10, not the
province's, and is alike only to the same group's rows: each sends its own list.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from flows.central_enterprises import group_name
from flows.coaching import DIMENSION_NAMES
from flows.draft import STATUS_LABELS, Status
from flows.indicators import Assessment, assess_description
from flows.review_card import ids_text
from flows.row import SCENARIO_TYPES, description_cell
from flows.similarity import similar_groups
from flows.units import is_central_enterprise

MIN_SCENARIOS = 20
MIN_TYPES = 2
MIN_ENTERPRISE_SCENARIOS = 10
CLUSTER_SHARE = 0.6  # one type above this share of the scenarios counts as 扎堆
COUNTED = (Status.SUBMITTED, Status.APPROVED)
CITY_SHARE = (f"（通知要求全省不少于 {MIN_SCENARIOS} 个重点场景、至少覆盖 {MIN_TYPES} 类场景类型，"
              "由省级协调员汇总；以上为本市的贡献。）")
ALIKE_OUTSIDE = ("其中 {ids} 与本市范围外的场景高度相似，全省统计时与之按 1 项计"
                 "（由省级协调员判断），本市的贡献可能少于上面的数字。")
ENTERPRISES = ("中央企业报送的场景（不计入本省；通知要求各央企不少于 "
               f"{MIN_ENTERPRISE_SCENARIOS} 个，含其在各地的场景）：")
UNNAMED = "（未填场景名称）"
UNMARKED = "⚠️ 相似场景未标记为重复：{groups}（报送后按 1 项计，填写说明 5）"
# Marks set before they were refused across submissions: the row marked is in no count.
MARKS_APART = ("重复标记跨报送单位：{marks}（本省与各央企的场景分别统计、分别导出，"
               "被标记的场景因此不计入任何一份报送，也不导出；请在被标记场景的卡片上“取消重复标记”）")


@dataclass(frozen=True)
class Row:
    id: int
    status: Status
    answers: Mapping[str, Any]
    duplicate_of: int | None = None
    distinct: frozenset[int] = frozenset()  # rows judged different scenarios though alike


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
    # Central enterprise group -> its scenarios, counted as `counted` is; none of them is in
    # any other count but `by_status`, `marked`, `unquantified`, `uncovered` and `groups`.
    enterprises: dict[str, int]
    # (row, the row it is marked onto) across two submissions (`marks_apart`): to be lifted.
    apart: list[tuple[int, int]]

    @property
    def missing(self) -> int:
        return max(0, MIN_SCENARIOS - self.counted)

    @property
    def types_covered(self) -> int:
        return sum(1 for n in self.by_type.values() if n)

    @property
    def judged_as_province(self) -> bool:
        """Whether the province's minimums apply: not to rows that are all central enterprise
        groups' (their own file), each of which is judged by its own."""
        return bool(self.counted or not self.enterprises)


def uncovered_dimensions(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The dimensions (精度、效率、可靠性) the description states no indicator of, as the chat's
    coaching and `lint` name them."""
    return _uncovered_names(assess_description(description_cell(answers)))


def _uncovered_names(assessment: Assessment) -> tuple[str, ...]:
    """None for a description without any number: that is a problem of its own, not a gap."""
    if not assessment.is_quantified:
        return ()
    return tuple(DIMENSION_NAMES[d] for d in assessment.missing_dimensions)


def central_enterprise(answers: Mapping[str, Any]) -> str | None:
    """The central enterprise group that hands the row in, however its name is written (the
    row keeps what was written); None for the province's own row."""
    unit = answers.get("submitting_unit") or ""
    return group_name(unit) if is_central_enterprise(unit) else None


def submission(answers: Mapping[str, Any]) -> str:
    """Whose list the row is counted and exported in: 本省, or its central enterprise group."""
    return central_enterprise(answers) or "本省"


def marks_apart(marked: Sequence[tuple[int, Mapping[str, Any], int, Mapping[str, Any]]]
                ) -> list[tuple[int, int]]:
    """Of (row, its answers, the row it is marked onto, that row's answers), the marks that
    cross two submissions. Refused now (bot/duplicates.py), such a mark may have been stored
    before: it leaves the row out of its own list as a duplicate, so out of every count and
    file, until a coordinator lifts it."""
    return [(row_id, of) for row_id, answers, of, other in marked
            if submission(answers) != submission(other)]


def marks_apart_text(marks: Sequence[tuple[int, int]]) -> str:
    return MARKS_APART.format(marks="；".join(f"#{row_id} → #{of}" for row_id, of in marks))


def _by_submitter(rows: Sequence[Row]) -> dict[str | None, list[Row]]:
    lists: dict[str | None, list[Row]] = defaultdict(list)
    for r in rows:
        lists[central_enterprise(r.answers)].append(r)
    return lists


def _similar_groups(rows: Sequence[Row]) -> list[tuple[int, ...]]:
    """Similar rows counted, within one submitter's list: rows of two lists are counted by two
    minimums. A row marked as a duplicate is in the group of the row it is marked onto."""
    kept = [r for r in rows if r.status in COUNTED or r.duplicate_of]
    return sorted(group for mine in _by_submitter(kept).values()
                  for group in similar_groups([(r.id, r.answers) for r in mine],
                                              {r.id: r.duplicate_of for r in mine
                                               if r.duplicate_of},
                                              {frozenset((r.id, o)) for r in mine
                                               for o in r.distinct}))


def standing(rows: Sequence[Row]) -> Standing:
    live = sorted((r for r in rows if r.status in COUNTED and not r.duplicate_of),
                  key=lambda r: r.id)  # listed by number, as looked up
    groups = _similar_groups(rows)
    merged = {row_id for group in groups for row_id in group[1:]}
    lists = _by_submitter([r for r in live if r.id not in merged])
    counted = lists.pop(None, [])
    approved = {r.id for r in live if r.status == Status.APPROVED}
    group_of = {row_id: set(group) for group in groups for row_id in group}
    assessed = {r.id: assess_description(description_cell(r.answers)) for r in live}
    uncovered: dict[str, list[int]] = {name: [] for name in DIMENSION_NAMES.values()}
    for r in live:
        for name in _uncovered_names(assessed[r.id]):
            uncovered[name].append(r.id)
    answers_of = {r.id: r.answers for r in rows}
    apart = marks_apart([(r.id, r.answers, r.duplicate_of, answers_of[r.duplicate_of])
                         for r in rows if r.duplicate_of in answers_of])
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
        enterprises={name: len(lists[name]) for name in sorted(lists)},
        apart=apart,
    )


def alike_outside(mine: Sequence[Row], everyone: Sequence[Row]) -> list[int]:
    """A city's rows that count as one with a row of another city: the province counts the
    pair once, so the city's share as counted alone is more than it adds to the province."""
    ids = {r.id for r in mine}
    return sorted(row_id for group in _similar_groups(everyone) if not ids.issuperset(group)
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
    if province_wide:
        lines += [_marked(rule) for rule in _province_rules(s)]
    else:
        if alike:
            lines.append(ALIKE_OUTSIDE.format(ids=ids_text(alike)))
        lines.append(f"场景类型：{_types(s)}")
        lines.append(CITY_SHARE)
    if s.enterprises:
        lines += (enterprise_lines(s) if province_wide else
                  [ENTERPRISES, *(f"{name}：{n} 个" for name, n in s.enterprises.items())])
    if s.counted:
        top_type, top = max(s.by_type.items(), key=lambda item: item[1])
        if top / s.counted > CLUSTER_SHARE:
            lines.append(f"⚠️ {top_type}类占 {percent(top, s.counted)}，注意避免场景类型扎堆。")
    lines.append("按行业：" + (_counts(s.by_industry) or "—"))
    lines.append("按城市：" + (_counts(s.by_city) or "—"))
    lines.append("缺少量化指标：" + (ids_text(s.unquantified) or "无"))
    lines.append("指标未涉及的维度（仅提醒）：" + (_uncovered(s.uncovered) or "无"))
    lines.append("相似场景组：" + (_groups(s.groups, "#{}".format) or "无"))
    if s.apart:
        lines.append("⚠️ " + marks_apart_text(s.apart))
    return "\n".join(lines)


def enterprise_lines(s: Standing) -> list[str]:
    """Each central enterprise group's scenarios against its own minimum, as `lint` shows them."""
    if not s.enterprises:
        return []
    return [ENTERPRISES, *(_marked(rule) for rule in _enterprise_rules(s))]


def unmet(s: Standing, in_file: Mapping[int, str]) -> list[str]:
    """What an exported file still lacks for the notice: its minimums not met, and its similar
    rows, which the ministry counts once though each is a row of the file. The file shows no
    entry ids: `in_file` names each row as it is found there (`file_row`)."""
    lines = [_marked(rule) for rule in _notice_rules(s) if not rule[0]]
    groups = _groups(s.groups, in_file.__getitem__)
    return lines + ([UNMARKED.format(groups=groups)] if s.groups else [])


def file_row(number: int, answers: Mapping[str, Any]) -> str:
    """`序号 3 冷链仓库零下二十度整箱拣选`: a row of an exported file, as `lint` names one."""
    return f"序号 {number} {answers.get('scenario_name') or UNNAMED}"


def meets_notice(s: Standing) -> bool:
    return all(met for met, _ in _notice_rules(s))


def _notice_rules(s: Standing) -> list[tuple[bool, str]]:
    """The minimums that apply to these rows: the province's (`judged_as_province`), and each
    central enterprise group's."""
    return (_province_rules(s) if s.judged_as_province else []) + _enterprise_rules(s)


def percent(part: int, whole: int) -> str:
    """`62.5%` for 5 of 8, `78.9%` for 15 of 19: rounded half up to one decimal, so a share is
    never shown lower than it is, and `100%` without a trailing `.0`."""
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{share.normalize():f}%"


def _province_rules(s: Standing) -> list[tuple[bool, str]]:
    """The notice's minimums for the province, each with whether it is met."""
    return [(not s.missing, f"不少于 {MIN_SCENARIOS} 个：{_shortfall(s.counted, MIN_SCENARIOS)}"),
            (s.types_covered >= MIN_TYPES,
             f"至少覆盖 {MIN_TYPES} 类场景类型：已覆盖 {s.types_covered} 类（{_types(s)}）")]


def _enterprise_rules(s: Standing) -> list[tuple[bool, str]]:
    return [(n >= MIN_ENTERPRISE_SCENARIOS,
             f"{name}：{n} 个，不少于 {MIN_ENTERPRISE_SCENARIOS} 个："
             + _shortfall(n, MIN_ENTERPRISE_SCENARIOS))
            for name, n in s.enterprises.items()]


def _shortfall(count: int, minimum: int) -> str:
    """`还差 3 个`, or met as `lint` words it, `已达到`, with the surplus if any."""
    if count < minimum:
        return f"还差 {minimum - count} 个"
    return "已达到" + (f"，超出 {count - minimum} 个" if count > minimum else "")


def _types(s: Standing) -> str:
    return " · ".join(f"{t} {n}" for t, n in s.by_type.items())


def _marked(rule: tuple[bool, str]) -> str:
    met, text = rule
    return ("✅ " if met else "❌ ") + text


def _groups(groups: Sequence[tuple[int, ...]], named: Callable[[int], str]) -> str:
    return "；".join(" ≈ ".join(named(i) for i in g) for g in groups)


def _uncovered(uncovered: Mapping[str, list[int]]) -> str:
    """`尚无精度指标 #3、#4；尚无可靠性指标 #1`: the entries to follow up, a dimension each."""
    return "；".join(f"尚无{name}指标 {ids_text(ids)}" for name, ids in uncovered.items())


def _counts(pairs: list[tuple[str, int]]) -> str:
    return " · ".join(f"{name} {n}" for name, n in pairs)
