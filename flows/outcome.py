"""What one step of the intake comes to: the draft after it, the answers it wrote, what the
engineer is told and the screen asked with next."""

from dataclasses import dataclass, field, replace
from typing import Any

from flows.draft import Draft
from flows.navigation import Questionnaire
from flows.screens import Screen, screen_for


@dataclass(frozen=True)
class Outcome:
    draft: Draft
    saved: dict[str, Any] = field(default_factory=dict)  # answers written; None = cleared
    message: str | None = None  # shown before the screen: an error, or a notice
    screen: Screen | None = None


def stay(survey: Questionnaire, draft: Draft, message: str | None = None) -> Outcome:
    return Outcome(draft, message=message, screen=screen_for(survey, draft))


def told(outcome: Outcome, more: str | None) -> Outcome:
    """The outcome with one more line told after its own message."""
    if not more:
        return outcome
    return replace(outcome, message="\n".join(filter(None, (outcome.message, more))))
