"""The configured questionnaire and how to move through it."""

from collections.abc import Mapping
from typing import Any

from flows.questionnaire import AT_LEAST_ONE, STEPS, Field


class Questionnaire:
    """The question table of one deployment, with lookups the step engine needs."""

    def __init__(self, fields: tuple[Field, ...]):
        self.fields = fields
        self.position = {field.key: index for index, field in enumerate(fields)}
        self.steps = STEPS

    def field(self, key: str) -> Field:
        return self.fields[self.position[key]]

    def first(self) -> Field:
        return self.fields[0]

    def after(self, key: str) -> Field | None:
        index = self.position[key] + 1
        return self.fields[index] if index < len(self.fields) else None

    def before(self, key: str) -> Field | None:
        index = self.position[key] - 1
        return self.fields[index] if index >= 0 else None

    def of_step(self, step: int) -> tuple[Field, ...]:
        return tuple(field for field in self.fields if field.step == step)

    def part(self, field: Field) -> tuple[int, int]:
        """Which question of its template column this is, and how many the column has."""
        siblings = self.of_step(field.step)
        return siblings.index(field) + 1, len(siblings)

    def step_title(self, step: int) -> str:
        return self.of_step(step)[0].column

    def step_problem(self, step: int, answers: Mapping[str, Any]) -> str | None:
        """Why a column cannot be left as it is, or None."""
        fields = self.of_step(step)
        missing = [f for f in fields if f.required and answers.get(f.key) in (None, "", [], {})]
        if missing:
            return f"“{missing[0].column}”尚未填写完整。"
        if step in AT_LEAST_ONE and not any(answers.get(f.key) for f in fields):
            return AT_LEAST_ONE[step]
        return None

    def steps_done(self, answers: Mapping[str, Any]) -> int:
        return sum(
            1 for step in range(1, self.steps + 1) if self.step_problem(step, answers) is None
        )
