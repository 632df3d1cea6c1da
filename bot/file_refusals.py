"""Cells the chat refuses for what another answer of the row says, not for their own text:
a 场景名称 that is the 用户单位's short name (苏州恒远 of 苏州恒远动力电池有限公司,
`unit_as_scenario`), a 细分方向 that repeats the 所属行业 (汽车制造/汽车制造). Each cell alone
passes its rule, so `row_problems` lets them by; the file refuses them as the chat does."""

from collections.abc import Mapping
from typing import Any

from flows.navigation import Questionnaire

# The questions whose typed refusal judges an answer against the row's earlier answers.
CROSS_CHECKED = ("scenario_name", "sub_direction")


def refused_by_answers(survey: Questionnaire, answers: Mapping[str, Any],
                       failing: set[str]) -> list[tuple[str, str]]:
    """(column, the chat's refusal) for each cross-checked answer the chat would not save, in
    a column not already `failing` (a cell is mended for one reason at a time)."""
    problems = []
    for key in CROSS_CHECKED:
        field = survey.field(key)
        value = answers.get(key)
        if field.column in failing or not isinstance(value, str) or not value.strip():
            continue
        if reason := field.refused(answers, value):
            problems.append((field.column, reason))
            failing.add(field.column)
    return problems
