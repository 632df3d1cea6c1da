"""Whole-row checks: what keeps a row from being submitted, exported or imported."""

from collections.abc import Mapping
from typing import Any

from flows.indicators import assess_description
from flows.names import scenario_name_problem
from flows.navigation import Questionnaire, is_blank
from flows.questionnaire import AT_LEAST_ONE
from flows.row import description_cell
from flows.rules import first_error

MISSING = "未填写。"
UNQUANTIFIED = "场景描述未识别到量化指标（精度、效率、可靠性须有数字和单位）。"


def row_problems(survey: Questionnaire, answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(column, Chinese reason) for every answer that is missing or breaks its rule."""
    problems = []
    for field in survey.fields:
        value = answers.get(field.key)
        if is_blank(value):
            if field.required:
                problems.append((field.column, MISSING))
            continue
        _, error = first_error(field.rule, value)
        if error:
            problems.append((field.column, error))
    for step, message in AT_LEAST_ONE.items():
        if not any(answers.get(field.key) for field in survey.of_step(step)):
            problems.append((survey.step_title(step), message))
    return problems


def entry_warnings(survey: Questionnaire, answers: Mapping[str, Any]) -> tuple[str, ...]:
    """What a reviewer should look at first: unquantified description, vague name, gaps."""
    warnings = []
    if not assess_description(description_cell(answers)).is_quantified:
        warnings.append(UNQUANTIFIED)
    name = answers.get("scenario_name")
    if name and (problem := scenario_name_problem(name)):
        warnings.append(f"场景名称笼统：{problem}")
    missing = dict.fromkeys(
        column for column, message in row_problems(survey, answers) if message == MISSING
    )
    if missing:
        warnings.append("尚未填写：" + "、".join(missing))
    return tuple(warnings)
