"""Cells the chat refuses for what another answer of the row says, not for their own text:
a 场景名称 that is the 用户单位's short name (苏州恒远 of 苏州恒远动力电池有限公司,
`unit_as_scenario`), a 细分方向 that repeats the 所属行业 (汽车制造/汽车制造). Each cell alone
passes its rule, so `row_problems` lets them by; the file refuses them as the chat does. So is
a 整机企业 of only hospitals or schools (`no_maker`): the chat saves none of them, so the row has
no maker, as one of only a university (filed under 其他) has none."""

from collections.abc import Mapping
from typing import Any

from flows.navigation import Questionnaire
from flows.not_makers import no_maker, not_a_maker_note

NO_MAKER = "缺少整机企业：{note}，并在“整机企业（或应用服务商）：”之后填写提供机器人的单位。"
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
    makers = survey.field("makers")
    if makers.column not in failing and no_maker(answers.get("makers") or []):
        problems.append((makers.column, NO_MAKER.format(note=not_a_maker_note(answers["makers"]))))
    return problems
