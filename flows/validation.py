"""Whole-row checks: what keeps a row from being submitted, exported or imported.

A row is checked cell by cell as the template has it, so a row imported from a spreadsheet
(whose description is one cell) and a row typed in the chat (three answers) meet one rule.
"""

from collections.abc import Mapping
from typing import Any

from flows.coaching import is_indicator_coaching, is_results_coaching
from flows.field import Field
from flows.indicators import assess_description
from flows.navigation import Questionnaire, is_blank
from flows.questionnaire import AT_LEAST_ONE
from flows.row import ANSWER_CELL, COLUMNS, row_cells
from flows.rules import first_error, too_short

MISSING = "未填写。"
PART_MISSING = "缺少{part}。"
UNQUANTIFIED = "场景描述未识别到量化指标（精度、效率、可靠性须有数字和单位）。"
HEADERS = dict(COLUMNS)


def row_problems(survey: Questionnaire, answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(column, Chinese reason) for every cell that is missing or breaks its rule."""
    problems = []
    cells = row_cells(answers)
    for field in survey.fields:
        value = answers.get(field.key)
        if not is_blank(value):
            _, error = first_error(field.rule, value)
            # 填写说明 5 asks figures of the whole description (checked below): the chat's
            # coaching of a 预期成效 without any is no reason to refuse a row.
            if (error and not _long_enough_as_one(field, value, cells["description"])
                    and not is_results_coaching(error)):
                reason = UNQUANTIFIED if is_indicator_coaching(error) else error
                problems.append((field.column, reason))
    required: dict[str, list[str]] = {}
    for f in survey.fields:
        if f.required:
            required.setdefault(ANSWER_CELL[f.key], []).append(f.key)
    # A checkbox cell always has text (its empty boxes): it is missing when no box is ticked.
    # A cell whose answer breaks its rule (0 台 writes no count) is not missing as well, nor
    # one holding only its optional part (其他 members without a 整机企业): that part is named.
    broken = {column for column, _ in problems}
    problems += [(HEADERS[key], MISSING) for key, _ in COLUMNS[1:] if key in required
                 and HEADERS[key] not in broken
                 and (not cells[key] or all(is_blank(answers.get(k)) for k in required[key])
                      and not _named_by_parts(survey, key, required[key]))]
    problems += _missing_parts(survey, answers, {column for column, _ in problems})
    description = cells["description"]
    reported = {column for column, _ in problems}
    if description and HEADERS["description"] not in reported:
        if not assess_description(description).is_quantified:
            problems.append((HEADERS["description"], UNQUANTIFIED))
    for step, message in AT_LEAST_ONE.items():
        if not any(answers.get(field.key) for field in survey.of_step(step)):
            problems.append((survey.step_title(step), message))
    return problems


def _long_enough_as_one(field: Field, value: Any, description: str) -> bool:
    """A part of the description under its minimum length, in a description that is not: a
    spreadsheet's description is one text, and 填写说明 5 sets no length for its parts (the
    chat asks for each part's minimum at its own question)."""
    return (field.column == HEADERS["description"] and too_short(field.rule, value)
            and not too_short(field.rule, description))


def submit_problems(survey: Questionnaire, answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What stops a submission: the row's problems, and a question of a column still
    unanswered that they do not name (a part of the description, say), by its prompt."""
    problems = row_problems(survey, answers)
    reported = {column for column, _ in problems}
    return problems + [
        (missing.column, f"{missing.prompt}（未填写）")
        for step in range(1, survey.steps + 1)
        if (missing := survey.first_missing(step, answers)) and missing.column not in reported
    ]


def _named_by_parts(survey: Questionnaire, cell: str, required: list[str]) -> bool:
    """Whether a cell's missing answers are told by their parts (缺少整机企业) rather than
    the cell as 未填写: all of them have a part, and the cell is not the description, which is
    judged as one text."""
    return cell != "description" and all(survey.field(key).part for key in required)


def _missing_parts(
    survey: Questionnaire, answers: Mapping[str, Any], reported: set[str]
) -> list[tuple[str, str]]:
    """A cell with a required part left out (用户单位 without its city, as an imported
    `XX有限公司` is): its coordinator would never see the row. The description is judged
    as one text, since a spreadsheet's may be one paragraph."""
    problems = []
    for field in survey.fields:
        column = field.column
        if (field.required and field.part and column not in reported
                and column != HEADERS["description"] and is_blank(answers.get(field.key))):
            problems.append((column, PART_MISSING.format(part=field.part)))
            reported.add(column)
    return problems


def entry_warnings(survey: Questionnaire, answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The row's problems in a few lines, for the summary and the review card."""
    problems = row_problems(survey, answers)
    missing = [column for column, message in problems if message == MISSING]
    warnings = [f"尚未填写：{'、'.join(missing)}"] if missing else []
    for column, message in problems:
        if message != MISSING:
            warnings.append(f"{column}：{message}")
    return tuple(dict.fromkeys(warnings))
