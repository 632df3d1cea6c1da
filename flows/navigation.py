"""The configured questionnaire and how to move through it."""

from collections.abc import Mapping
from typing import Any

from flows.deployment_words import Words, words_of
from flows.field import Field, Kind
from flows.questionnaire import AT_LEAST_ONE, STEPS


class Questionnaire:
    """The question table of one deployment, with lookups the step engine needs."""

    def __init__(self, fields: tuple[Field, ...]):
        self.fields = fields
        self.position = {field.key: index for index, field in enumerate(fields)}
        self.steps = STEPS
        self.titles = tuple(self.step_title(step) for step in range(1, STEPS + 1))

    def field(self, key: str) -> Field:
        return self.fields[self.position[key]]

    def words(self) -> Words:
        """How the deployment names itself (本省 or 本市), as its default 报送单位 says."""
        return words_of(self.field("submitting_unit").choices[0])

    def first(self) -> Field:
        return self.fields[0]

    def after(self, key: str, answers: Mapping[str, Any]) -> Field | None:
        """The next question to ask, skipping those whose condition the answers do not meet."""
        later = self.fields[self.position[key] + 1 :]
        return next((field for field in later if field.asked(answers)), None)

    def before(self, key: str | None, answers: Mapping[str, Any]) -> Field | None:
        """The previous question asked; with no key, the last one of all."""
        earlier = reversed(self.fields[: self.position[key]] if key else self.fields)
        return next((field for field in earlier if field.asked(answers)), None)

    def typed_followers(self, field: Field, answers: Mapping[str, Any]) -> list[str]:
        """The engineer's own words among the answers that follow this one (the supplement
        to the indicators): part of what the cell shows, kept when this answer changes."""
        return [key for key in field.resets
                if self.field(key).kind == Kind.TEXT and not is_blank(answers.get(key))]

    def cleared(self, field: Field, value: Any, answers: Mapping[str, Any]) -> dict[str, None]:
        """Answers that followed from the old one go when it changes, to be asked again. The
        engineer's own words among them stay, with what led to them, and are asked again
        showing them, while the new answer still leads to their question (the new indicators
        still miss a dimension) and does not already hold them; when it no longer leads there,
        they go too, and the engine quotes them back (`dropped`)."""
        if value == answers.get(field.key):
            return {}
        resets = {key: None for key in field.resets if key in answers}
        typed = self.typed_followers(field, answers)
        if typed and self._leads_on(field, value, answers) and not all(
                _holds(value, answers[key]) for key in typed):
            return {}
        return resets

    def dropped(self, field: Field, value: Any, answers: Mapping[str, Any],
                gone: Mapping[str, None]) -> list[str]:
        """The engineer's own words among `gone` (what `cleared` gave) that the new answer
        does not hold: never dropped unseen, they are shown to the engineer to reuse."""
        return [answers[key] for key in self.typed_followers(field, answers)
                if key in gone and not _holds(value, answers[key])]

    def _leads_on(self, field: Field, value: Any, answers: Mapping[str, Any]) -> bool:
        """Would the new answer, with its followers cleared, ask its first follower again?"""
        fresh = {key: v for key, v in answers.items() if key not in field.resets}
        return self.field(field.resets[0]).asked({**fresh, field.key: value})

    def of_step(self, step: int) -> tuple[Field, ...]:
        return tuple(field for field in self.fields if field.step == step)

    def part(self, field: Field) -> tuple[int, int]:
        """Which question of its template column this is, and how many the column asks.

        Only questions always asked are counted; one asked on a condition (是否补充指标, its
        supplement, 差异化创新点) follows up the one before and shares its number, so the count
        does not grow from (3/4) to (5/5) as the engineer goes on.
        """
        siblings = self.of_step(field.step)
        counted = [f for f in siblings if f.ask_if is None]
        up_to = siblings[: siblings.index(field) + 1]
        return max(1, sum(1 for f in up_to if f.ask_if is None)), len(counted)

    def step_title(self, step: int) -> str:
        return self.of_step(step)[0].column

    def first_missing(self, step: int, answers: Mapping[str, Any]) -> Field | None:
        """The first required question of a column still unanswered."""
        return next(
            (
                f
                for f in self.of_step(step)
                if f.required and f.asked(answers) and is_blank(answers.get(f.key))
            ),
            None,
        )

    def rule_broken(self, step: int, answers: Mapping[str, Any]) -> str | None:
        """The column's own rule (e.g. at least one of four) when it is broken."""
        if step in AT_LEAST_ONE and not any(answers.get(f.key) for f in self.of_step(step)):
            return AT_LEAST_ONE[step]
        return None

    def untouched(self, answers: Mapping[str, Any]) -> bool:
        """Nothing the engineer chose: no answer, or only the one button a question offered
        alone (报送单位, where the deployment offers its own unit). A /start never followed up,
        or a /new sent twice, is clutter: nobody can be chased, or reminded, about nothing."""
        return all(key in self.position and self.field(key).choices == (value,)
                   for key, value in answers.items())

    def steps_done(self, answers: Mapping[str, Any]) -> int:
        return sum(
            1
            for step in range(1, self.steps + 1)
            if not self.first_missing(step, answers) and not self.rule_broken(step, answers)
        )


def is_blank(value: Any) -> bool:
    return value in (None, "", [], {})


def _holds(value: Any, text: str) -> bool:
    """Did the engineer retype `text` into the new answer?"""
    return isinstance(value, str) and text.strip("。；;，,. ") in value
