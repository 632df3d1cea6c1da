"""What one step of the intake comes to: the draft after it, the answers it wrote, what the
engineer is told and the screen asked with next."""

from dataclasses import dataclass, field, replace
from typing import Any

from flows import step_messages as say
from flows.draft import SUMMARY, Draft
from flows.field import Field
from flows.navigation import Questionnaire, is_blank
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


def back(survey: Questionnaire, draft: Draft, field: Field) -> Outcome:
    """上一步: to the summary when a column was opened from it, else to the question before."""
    if draft.editing:
        summary = stay(survey, replace(draft, cursor=SUMMARY, editing=False))
        return _kept(survey, summary, field, draft) if field.multi and is_blank(
            draft.answers.get(field.key)) and not is_blank(draft.replaced) else summary
    previous = survey.before(field.key, draft.answers)
    if previous is None:
        return stay(survey, draft, say.FIRST_STEP)
    return stay(survey, replace(draft, cursor=previous.key))


def _kept(survey: Questionnaire, summary: Outcome, field: Field, draft: Draft) -> Outcome:
    """A multi-select opened from the summary and left with nothing ticked keeps what it had:
    unticking it all is more likely a slip than a wish to leave it unanswered, which submit
    refuses anyway."""
    kept = replace(summary.draft, answers={**draft.answers, field.key: draft.replaced})
    ticked = draft.replaced.items() if isinstance(draft.replaced, dict) else ()
    said = "、".join(f"{p}：{form}" if form else p for p, form in ticked) or "、".join(
        draft.replaced)
    return Outcome(kept, {field.key: draft.replaced}, say.NOTHING_TICKED.format(answer=said),
                   screen_for(survey, kept))
