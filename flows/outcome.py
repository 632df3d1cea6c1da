"""What one step of the intake comes to: the draft after it, the answers it wrote, what the
engineer is told and the screen asked with next."""

from dataclasses import dataclass, field, replace
from typing import Any

from flows import actions
from flows import step_messages as say
from flows.column_back import BackInColumn, previous_in_column
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


def still_held(survey: Questionnaire, before: Draft, outcome: Outcome) -> Outcome:
    """`outcome` of a step from `before`, its hold on the answer at the cursor (`Draft.held`)
    kept while nothing is saved and the cursor stays: a pause, the question shown again or a
    question asked about it leave the rest still awaited, or the offer open."""
    after = outcome.draft
    if not before.held or outcome.saved or (after.cursor, after.editing) != (
            before.cursor, before.editing):
        return outcome
    kept = replace(after, held=True)
    return replace(outcome, draft=kept, screen=outcome.screen and screen_for(survey, kept))


def told(outcome: Outcome, more: str | None) -> Outcome:
    """The outcome with one more line told after its own message."""
    if not more:
        return outcome
    return replace(outcome, message="\n".join(filter(None, (outcome.message, more))))


def back(survey: Questionnaire, draft: Draft, field: Field, pressed: object = None) -> Outcome:
    """上一步: to the summary when a column was opened from it, else to the question before;
    within a column opened from the summary, its own 上一步 (`BackInColumn`) goes to the
    question before in it. A column opened from the summary and left with nothing ticked
    stays: its ticks are saved as they are made, so leaving would empty a required answer
    unawares (submit refuses it)."""
    within = isinstance(pressed, BackInColumn) and draft.editing
    if within and (previous := previous_in_column(survey, field, draft.answers)):
        return stay(survey, replace(draft, cursor=previous.key))
    if draft.editing:
        if field.multi and field.required and _nothing_ticked(draft.answers.get(field.key)):
            return stay(survey, draft, say.NOTHING_TICKED.format(column=field.column))
        return stay(survey, replace(draft, cursor=SUMMARY, editing=False))
    previous = survey.before(field.key, draft.answers)
    if previous is None:
        return stay(survey, draft, say.FIRST_STEP)
    return stay(survey, replace(draft, cursor=previous.key))


# The summary card's own buttons: an item to open, or the row to submit.
CARD_ACTIONS = (actions.Edit, actions.Submit, actions.SubmitAnyway)


def left_for_card(survey: Questionnaire, draft: Draft, action: object) -> Draft | None:
    """The draft back at the summary when a button of the summary card (✏️ 3, ✅ 提交) is
    pressed while a question opened from it is showing: the engineer has gone back to the
    card, so the question is left as ⬅️ 返回汇总 leaves it, and the button then acts, its
    own checks made (提交 on a card whose answers changed since is refused), where it showed
    the question again and a name typed next was read as its answer. None when no question
    was opened from the summary, or leaving it is refused (a required selection left empty)."""
    if not (draft.editing and draft.cursor != SUMMARY and isinstance(action, CARD_ACTIONS)):
        return None
    left = back(survey, draft, survey.field(draft.cursor)).draft
    return replace(left, held=False) if left.cursor == SUMMARY else None


def _nothing_ticked(answer: Any) -> bool:
    """No choice ticked, or only product types still waiting for their form, which no cell
    ticks either."""
    return is_blank(answer) or (isinstance(answer, dict) and not any(answer.values()))


def clear_refused(survey: Questionnaire, draft: Draft, field: Field) -> str | None:
    """Why 清空此项 keeps the answer: the question is required, or it holds its column's last
    answer where one is needed (四项至少填写一项) and the column was opened to change it, as
    “模型算法：无” typed at the summary is refused. Walking the column the first time, the
    engineer may clear it to fill in another: its end checks the rule."""
    if field.required:
        return say.REQUIRED_KEPT
    if not draft.editing or is_blank(draft.answers.get(field.key)):
        return None
    rest = {key: value for key, value in draft.answers.items() if key != field.key}
    problem = survey.rule_broken(field.step, rest)
    return problem and problem + say.LAST_KEPT.format(part=field.part or field.column)
