"""Check a filled 工作计划表 before it is sent: the bot's own rules on every row, similar rows,
and the notice's totals (at least 20 scenarios over at least two 场景类型, similar rows once).

A problem is what the bot would refuse (a missing cell, an invalid value, a vague scenario
name, a description without quantified indicators, a second row of one scenario with other
content); a warning is what it only coaches on, or
what the chat asks of one part of the description (预期成效 with figures) while the template
asks it of the whole cell.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.file_checks import OTHER_CONTENT, Problem, checked_row, cleaned, file_repeats, row_notes
from exports.reader import HEADERS, ImportedRow, ReadFile, read_file
from flows.coaching import recognised, results_problem
from flows.deployment_words import Words
from flows.draft import Status
from flows.navigation import Questionnaire
from flows.notice_shortfall import scenarios_short, types_short
from flows.place_spellings import cities_named
from flows.province import (
    MIN_SCENARIOS,
    MIN_TYPES,
    UNNAMED,
    Row,
    Standing,
    central_enterprise,
    clustering,
    enterprise_lines,
    meets_notice,
    row_named,
    standing,
)
from flows.row import description_cell
from flows.row_hints import row_hints
from flows.row_reminders import missing_parts

UNTYPED = "类型未填或无效"
# The file holds no coordinator's judgement that alike rows are different scenarios, which
# /stats and /export count apart: said once, at the total that counts alike rows once.
NOT_IN_FILE = "协调员在机器人中判定的“不是同类场景”不在文件中，/stats 按判定分别计数"
WITH_PROBLEMS = "，其中 {failing} 个所在行有问题（见上），修正后才能报送"
# In the deployment's words (`deployment_words`): 全省 of a province, 全市 of a municipality.
ONE_CITY = "本文件的场景都在{city}；通知的数量要求针对{whole}，以下仅供参考："


@dataclass(frozen=True)
class LintRow:
    row: int
    index: str  # its 序号 as written, named beside the sheet row as /export names rows
    scenario_name: str
    problems: tuple[Problem, ...]
    warnings: tuple[str, ...]
    similar_to: tuple[int, ...]  # other rows counted as the same scenario


@dataclass(frozen=True)
class LintReport:
    rows: tuple[LintRow, ...]
    totals: Standing
    read: ReadFile  # the sheet read, its skipped rows and the sheets not read
    enterprise_rows: frozenset[int]  # rows a central enterprise group hands in: not the province's
    words: Words  # the deployment's: central groups' rows are not counted in 本省 (本市)
    city: str | None = None  # the one city whose file this is (`_city_file`), if it is one

    @property
    def clean(self) -> bool:
        return not any(row.problems for row in self.rows)

    @property
    def meets_notice(self) -> bool:
        return meets_notice(self.totals)

    @property
    def untyped(self) -> int:
        """Counted scenarios whose 场景类型 is none of the template's: without them the types
        would not add up to the total."""
        return self.totals.counted - sum(self.totals.by_type.values())

    @property
    def counted_with_problems(self) -> int:
        """Counted scenarios whose row has problems: in the total as the file stands, though
        the bot would not accept them as they are. A similar group counts by its first row."""
        merged = {number for group in self.totals.groups for number in group[1:]}
        return sum(1 for row in self.rows if row.problems
                   and row.row not in merged | self.enterprise_rows)


def lint_file(survey: Questionnaire, source: Path) -> LintReport:
    """Every data row of `source` checked; raises TemplateError for a file that is not the form."""
    read = read_file(source)
    imported, problems_of = [], {}
    for row in read.rows:
        row, problems_of[row.row] = checked_row(survey, row)
        imported.append(row)
    accepted = (replace(row, answers=cleaned(survey, row.answers))
                for row in imported if not problems_of[row.row])
    for number, (first, apart) in file_repeats(accepted).items():
        if apart:  # what `import` refuses
            refused = OTHER_CONTENT.format(first=first, columns=apart)
            problems_of[number].append((HEADERS["scenario_name"], refused))
    # Every row counts as handed in: the file is what the province is about to send.
    totals = standing([Row(row.row, Status.SUBMITTED, row.answers) for row in imported])
    group_of = {number: group for group in totals.groups for number in group}
    rows = []
    for row in imported:
        problems = tuple(problems_of[row.row])
        similar = tuple(n for n in group_of.get(row.row, ()) if n != row.row)
        name = row.answers.get("scenario_name") or ""
        rows.append(LintRow(row.row, row.index, name, problems,
                            (*row.notes, *_warnings(row.answers, problems)), similar))
    enterprise_rows = frozenset(row.row for row in imported if central_enterprise(row.answers))
    city = _city_file(source.name, imported, survey.field("city").choices, survey.words())
    return LintReport(tuple(rows), totals, read, enterprise_rows, survey.words(), city)


def _city_file(name: str, rows: list[ImportedRow], cities: tuple[str, ...], words: Words
               ) -> str | None:
    """The city whose own file this is: every row in it, and the file's name naming it (a
    city's /export, 工作计划表_无锡市_….xlsx, or 江阴.xlsx) but not 全省. The notice's minimums
    are the province's, not a city's; a file named by neither may be the province's, whose
    minimums they are however few its cities yet."""
    found = {row.answers.get("city") for row in rows}
    if len(found) != 1 or words.whole in name:
        return None
    [city] = found
    return city if city in cities and cities_named(name, cities) == [city] else None


def lint_text(report: LintReport, name: str) -> str:
    """The rows with findings, a count of the rest, and the notice's totals."""
    lines = [*report.read.sheet_lines(), f"检查 {name}：共 {len(report.rows)} 行数据。",
             *report.read.hidden_rows_lines("检查")]
    named = {row.row: row_named(row.row, row.index) for row in report.rows}
    lines += report.read.with_skipped((row.row, _row_lines(row, report.read, named))
                                      for row in report.rows)
    failing = sum(1 for row in report.rows if row.problems)
    noted = sum(1 for row in report.rows if not row.problems and (row.warnings or row.similar_to))
    lines.append(f"有问题 {failing} 行，仅有提醒 {noted} 行，"
                 f"无问题 {len(report.rows) - failing - noted} 行。")
    lines += _totals_lines(report)
    return "\n".join(lines)


def lint_json(report: LintReport) -> str:
    """One JSON object per row, one line each, then one with the totals."""
    lines = [
        {
            "row": row.row,
            "scenario_name": row.scenario_name,
            "problems": [{"column": report.read.column(column), "reason": reason}
                         for column, reason in row.problems],
            "warnings": list(row.warnings),
            "similar_to": list(row.similar_to),
        }
        for row in report.rows
    ]
    totals = report.totals
    lines.append({"totals": {
        "rows": len(report.rows),
        "rows_with_problems": sum(1 for row in report.rows if row.problems),
        "scenarios": totals.counted,
        "min_scenarios": MIN_SCENARIOS,
        "scenarios_with_problems": report.counted_with_problems,
        "by_type": totals.by_type,
        "without_valid_type": report.untyped,
        "types_covered": totals.types_covered,
        "min_types": MIN_TYPES,
        "meets_notice": report.meets_notice,
        "central_enterprises": totals.enterprises,
        "sheet": report.read.sheet,
        "sheets_not_read": list(report.read.unread),
        "columns_not_read": list(report.read.unread_columns),
        "rows_skipped": [{"row": row, "reason": reason}
                         for row, reason in sorted(report.read.skipped.items())],
        "rows_hidden": list(report.read.hidden_rows),
    }})
    return "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)


def _warnings(answers: Mapping[str, Any], problems: tuple[Problem, ...]) -> tuple[str, ...]:
    """预期成效 without figures, a description without 现状与痛点 and the dimensions (精度、
    效率、可靠性) still without an indicator, as the chat asks them, unless the description is
    already a problem; and what `row_hints` reminds of (a 所属行业 usually of another 场景类型).
    `recognised` echoes the indicators found on its first line, then names one gap a line.
    What the row may not hold as meant is said as `import` says it (`row_notes`)."""
    notes = (*row_notes(answers), *row_hints(answers))
    if any(column == HEADERS["description"] for column, _ in problems):
        return notes
    results = answers.get("expected_results")
    found = recognised(description_cell(answers))
    return notes + tuple(filter(None, [results and results_problem(results),
                                       *missing_parts(answers),
                                       *(found.splitlines()[1:] if found else ())]))


def _row_lines(row: LintRow, read: ReadFile, named: Mapping[int, str]) -> list[str]:
    """`named`: each row as the file shows it (第 5 行（序号 2）), as /export's notes name it."""
    if not (row.problems or row.warnings or row.similar_to):
        return []
    lines = [f"{named[row.row]} {row.scenario_name or UNNAMED}"]
    lines += [f"  ❌ {read.column(column)}：{reason}" for column, reason in row.problems]
    lines += [f"  ⚠️ {warning}" for warning in row.warnings]
    if row.similar_to:
        others = "、".join(named[n] for n in row.similar_to)
        lines.append(f"  ≈ 与{others}高度相似，按填写说明 5 只按 1 项计算")
    return lines


def _totals_lines(report: LintReport) -> list[str]:
    """The notice's totals, each part of the count named, so the numbers add up; a file of
    central enterprise groups' rows only (`export --central`) by each group's minimum alone."""
    totals = report.totals
    types = [f"{name} {count}" for name, count in totals.by_type.items()]
    if report.untyped:
        types.append(f"{UNTYPED} {report.untyped}")
    failing = report.counted_with_problems
    merged = any(group[0] not in report.enterprise_rows for group in totals.groups)
    enough = "✅" if not totals.missing else "❌"
    shortfall = (scenarios_short(totals.counted, MIN_SCENARIOS, totals.merged)
                 if totals.missing else "已达到")
    covered = "✅" if totals.types_covered >= MIN_TYPES else "❌"
    if report.city:  # figures for reference: not met or not, they are not the city's to meet
        enough = covered = "ℹ️"
    province = [
        f"重点场景（相似场景按 1 项计）：{totals.counted} 个"
        + (f"（{NOT_IN_FILE}，可能多于此数）" if merged else "")
        + (WITH_PROBLEMS.format(failing=failing) if failing else ""),
        *([ONE_CITY.format(city=report.city, whole=report.words.whole)] if report.city else []),
        f"{enough} 不少于 {MIN_SCENARIOS} 个：{shortfall}",
        f"{covered} 至少覆盖 {MIN_TYPES} 类场景类型：已覆盖 {totals.types_covered} 类"
        f"（{' · '.join(types)}）{types_short(totals.by_type, MIN_TYPES)}",
    ]
    province += filter(None, [clustering(totals)])
    return ((province if totals.judged_as_province else [])
            + enterprise_lines(totals, report.words))
