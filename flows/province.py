"""Where the province stands against the notice: at least 20 key scenarios over at least two
scenario types, similar scenarios counted once, and no clustering in one type. A row a central
enterprise group hands in (its 报送单位) counts toward that group's own minimum of 10, not the
province's, and is alike only to the same group's rows: each sends its own list.
What /stats says of the standing is worded in flows/stats_text.py.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from flows.central_enterprises import group_name, listed_group
from flows.coaching import DIMENSION_NAMES
from flows.deployment_words import PROVINCE, Words
from flows.draft import Status
from flows.indicators import Assessment, assess_description
from flows.notice_shortfall import awaiting_review, scenarios_short, types_short
from flows.row import SCENARIO_TYPES, description_cell
from flows.similarity import similar_groups
from flows.units import is_central_enterprise

MIN_SCENARIOS = 20
MIN_TYPES = 2
MIN_ENTERPRISE_SCENARIOS = 10
CLUSTER_SHARE = 0.6  # one type above this share of the scenarios counts as 扎堆
COUNTED = (Status.SUBMITTED, Status.APPROVED)
# Not counted in 本省 (a municipality's 本市, `deployment_words`).
ENTERPRISES = ("中央企业报送的场景（不计入{own}；通知要求各央企不少于 "
               f"{MIN_ENTERPRISE_SCENARIOS} 个，含其在各地的场景）：")
UNNAMED = "（未填场景名称）"
JUDGED_APART = ("ℹ️ 文件中不含协调员在机器人中判定的“不是同类场景”：按填写说明 5 检查文件"
                "（如 scenario-intake lint）时，这些相似行按 1 项计，计 {as_filed} 个；"
                "/stats 按判定分别计数，计 {counted} 个。")
UNMARKED = "⚠️ 相似场景未标记为重复：{groups}（报送后按 1 项计，填写说明 5）"
# Marks set before they were refused across submissions: the row marked is in no count.
MARKS_APART = ("重复标记跨报送单位：{marks}（{own}与各央企的场景分别统计、分别导出，"
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
    # Similar groups whose rows name different 场景类型, each row with its type: the group is
    # counted once, under its first row's type, which the coordinator should know.
    types_apart: list[tuple[tuple[int, str], ...]]
    merged: int = 0  # of the province's own rows counted, those counted with an alike row

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


def judged_apart(rows: Sequence[Row], counted: int) -> str | None:
    """The file cannot hold a coordinator's judgement that alike rows are different scenarios:
    whoever checks it by 填写说明 5 (the ministry, `lint`) counts them once, fewer than
    /stats's `counted`, which the coordinator sending it should know."""
    if not any(r.distinct for r in rows):
        return None
    as_filed = standing([replace(r, distinct=frozenset()) for r in rows]).counted
    return JUDGED_APART.format(as_filed=as_filed, counted=counted) if as_filed < counted else None


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


def as_handed_in(answers: Mapping[str, Any]) -> Mapping[str, Any]:
    """A central enterprise group's row as its file shows it: 报送单位 in the listed full name
    the row is counted under (中国电科 → 中国电子科技集团有限公司), so the file a group hands in
    spells its own name one way. What was written stays stored; a group not listed keeps it."""
    listed = listed_group(answers.get("submitting_unit") or "")
    return {**answers, "submitting_unit": listed} if listed else answers


def marks_apart(marked: Sequence[tuple[int, Mapping[str, Any], int, Mapping[str, Any]]]
                ) -> list[tuple[int, int]]:
    """Of (row, its answers, the row it is marked onto, that row's answers), the marks that
    cross two submissions. Refused now (bot/duplicates.py), such a mark may have been stored
    before: it leaves the row out of its own list as a duplicate, so out of every count and
    file, until a coordinator lifts it."""
    return [(row_id, of) for row_id, answers, of, other in marked
            if submission(answers) != submission(other)]


def marks_apart_text(marks: Sequence[tuple[int, int]], words: Words) -> str:
    return MARKS_APART.format(marks="；".join(f"#{row_id} → #{of}" for row_id, of in marks),
                              own=words.own)


def _by_submitter(rows: Sequence[Row]) -> dict[str | None, list[Row]]:
    lists: dict[str | None, list[Row]] = defaultdict(list)
    for r in rows:
        lists[central_enterprise(r.answers)].append(r)
    return lists


def _similar_groups(rows: Sequence[Row]) -> list[tuple[int, ...]]:
    """Similar rows counted, within one submitter's list: rows of two lists are counted by two
    minimums. Rows marked as duplicates are counted through their mark, so grouped with none."""
    kept = [r for r in rows if r.status in COUNTED and not r.duplicate_of]
    return sorted(group for mine in _by_submitter(kept).values()
                  for group in similar_groups([(r.id, r.answers) for r in mine],
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
        types_apart=_types_apart(groups, {r.id: r.answers for r in live}),
        merged=sum(1 for r in live if r.id in merged and not central_enterprise(r.answers)),
    )


def _types_apart(groups: Sequence[tuple[int, ...]], answers: Mapping[int, Mapping[str, Any]]
                 ) -> list[tuple[tuple[int, str], ...]]:
    typed = [tuple((i, answers[i].get("scenario_type") or "未填") for i in g if i in answers)
             for g in groups]
    return [pairs for pairs in typed if len({t for _, t in pairs}) > 1]


def enterprise_lines(s: Standing, words: Words = PROVINCE) -> list[str]:
    """Each central enterprise group's scenarios against its own minimum, as `lint` shows them."""
    if not s.enterprises:
        return []
    return [ENTERPRISES.format(own=words.own), *(marked(rule) for rule in _enterprise_rules(s))]


def unmet(s: Standing, in_file: Mapping[int, str], sent: bool = True) -> list[str]:
    """What an exported file still lacks for the notice: its minimums not met, a type it
    clusters in, and its similar rows, which the ministry counts once though each is a row of
    the file. A file of rows awaiting review is not the one `sent`: its minimums and types
    would contradict /stats, its similar rows are still worth a reviewer's look. The file
    shows no entry ids: `in_file` names each row as it is found there (`file_row`)."""
    lines = [marked(rule) for rule in _notice_rules(s) if not rule[0]] if sent else []
    lines += filter(None, [clustering(s)] if sent else [])
    groups = groups_text(s.groups, in_file.__getitem__)
    return lines + ([UNMARKED.format(groups=groups)] if s.groups else [])


def clustering(s: Standing) -> str | None:
    """The notice's 避免场景类型扎堆: one type above `CLUSTER_SHARE` of the scenarios counted,
    said wherever the standing is (/stats, /export, lint)."""
    if not s.counted:
        return None
    top_type, top = max(s.by_type.items(), key=lambda item: item[1])
    if top / s.counted <= CLUSTER_SHARE:
        return None
    return f"⚠️ {top_type}类占 {percent(top, s.counted)}，注意避免场景类型扎堆。"


def file_row(row: int, number: int, answers: Mapping[str, Any]) -> str:
    """`第 6 行（序号 3） 冷链仓库零下二十度整箱拣选`: a row of an exported file by its sheet
    row, as `lint` names it, and its 序号, as the coordinator reads the file."""
    return f"{row_named(row, str(number))} {answers.get('scenario_name') or UNNAMED}"


def row_named(row: int, index: str) -> str:
    """`第 6 行（序号 3）`, or `第 6 行` for a row without a 序号."""
    return f"第 {row} 行" + (f"（序号 {index}）" if index else "")


def meets_notice(s: Standing) -> bool:
    return all(met for met, _ in _notice_rules(s))


def _notice_rules(s: Standing) -> list[tuple[bool, str]]:
    """The minimums that apply to these rows: the province's (`judged_as_province`), and each
    central enterprise group's."""
    return (province_rules(s) if s.judged_as_province else []) + _enterprise_rules(s)


def percent(part: int, whole: int) -> str:
    """`62.5%` for 5 of 8, `78.9%` for 15 of 19: rounded half up to one decimal, so a share is
    never shown lower than it is, and `100%` without a trailing `.0`."""
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{share.normalize():f}%"


def province_rules(s: Standing, awaiting: bool = False) -> list[tuple[bool, str]]:
    """The notice's minimums for the province, each with whether it is met, and what it lacks;
    `awaiting`: how much of a minimum met still awaits review (/stats, not a file's)."""
    short = scenarios_short(s.counted, MIN_SCENARIOS, s.merged)
    short += awaiting_review(s.counted, s.approved) if awaiting and not s.missing else ""
    return [(not s.missing, f"不少于 {MIN_SCENARIOS} 个：{short}"),
            (s.types_covered >= MIN_TYPES, f"至少覆盖 {MIN_TYPES} 类场景类型：已覆盖 "
             f"{s.types_covered} 类（{types_text(s)}）{types_short(s.by_type, MIN_TYPES)}")]


def _enterprise_rules(s: Standing) -> list[tuple[bool, str]]:
    return [(n >= MIN_ENTERPRISE_SCENARIOS,
             f"{name}：{n} 个，不少于 {MIN_ENTERPRISE_SCENARIOS} 个："
             + scenarios_short(n, MIN_ENTERPRISE_SCENARIOS))
            for name, n in s.enterprises.items()]


def types_text(s: Standing) -> str:
    return " · ".join(f"{t} {n}" for t, n in s.by_type.items())


def marked(rule: tuple[bool, str]) -> str:
    met, text = rule
    return ("✅ " if met else "❌ ") + text


def groups_text(groups: Sequence[tuple[int, ...]], named: Callable[[int], str]) -> str:
    return "；".join(" ≈ ".join(named(i) for i in g) for g in groups)
