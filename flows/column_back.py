"""⬅️ 上一步 within a column opened from the summary (✏️ 5: 现状与痛点, 技术指标, 补充指标,
预期成效): its 返回汇总 leaves the column, so without this an engineer on its third question
could not get back to its first but by leaving and opening the column again."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flows import actions
from flows.field import Field
from flows.navigation import Questionnaire


@dataclass(frozen=True)
class BackInColumn(actions.Back):
    """⬅️ 上一步 beside ⬅️ 返回汇总 while a column opened from the summary is edited: to the
    question asked before in that column. A 上一步 as such (`actions.Back`) goes back to the
    summary there, as the buttons drawn before this one did."""


def previous_in_column(survey: Questionnaire, field: Field,
                       answers: Mapping[str, Any]) -> Field | None:
    """The question asked before `field` in its own column, if any."""
    previous = survey.before(field.key, answers)
    return previous if previous and previous.step == field.step else None
