"""Whole-row checks: what keeps a row from being submitted, exported or imported."""

from collections.abc import Mapping
from typing import Any

from flows.navigation import Questionnaire, is_blank
from flows.questionnaire import AT_LEAST_ONE
from flows.rules import first_error

MISSING = "未填写。"


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
