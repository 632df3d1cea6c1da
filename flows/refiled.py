"""The answer a question's echo reads as another part's (flows/misfiled.py), filed there."""

from collections.abc import Callable
from dataclasses import replace

from flows.continued import awaits_rest
from flows.draft import Draft
from flows.field import Field
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.rules import first_error
from flows.screens import keeps_answer, screen_for
from flows.suggestions import Suggested, suggested

FILED = "已填作{part}，请重新填写{here}。"
FILED_BEFORE = "先前发送的“{text}”已填作{part}。"


def filed_instead(survey: Questionnaire, draft: Draft, field: Field,
                  echo: Suggested) -> Outcome:
    """The answer at `field` filed at `echo.key`, where it reads as belonging, and `field`
    asked again."""
    target = survey.field(echo.key)
    value, error = first_error(target.rule, echo.answer)
    if error:
        return stay(survey, draft, error)
    answers = {k: v for k, v in draft.answers.items() if k != field.key} | {target.key: value}
    asked = replace(draft, answers=answers, cursor=field.key, held=False)
    return Outcome(asked, {field.key: None, target.key: value},
                   FILED.format(part=target.part, here=field.part), screen_for(survey, asked))


def typed_over_offer(survey: Questionnaire, draft: Draft, held: bool,
                     typed: Callable[..., Outcome]) -> Outcome:
    """`typed` at the question asked while its answer is offered to be filed elsewhere (the
    button on screen): an engineer who answers the question again, with a text not offered
    in turn, meant the first one there, so it is filed there rather than lost to the new one,
    and said. Which new text corrects the first (插接精度改成0.5毫米) and which answers here
    cannot be told by their words alike: filed and said, neither is lost. Without an offer, a
    new answer replaces the old. `held` (`Draft.held`): the offer is open, or the rest of the
    answer awaited, which `typed` is told."""
    field = survey.field(draft.cursor)
    offer = (suggested(field.feedback, draft.answers, held)
             if keeps_answer(field, draft.answers.get(field.key)) else None)
    rest = held and awaits_rest(field.key, draft.answers)
    outcome = typed(draft, held=rest)
    if offer is None or offer.key is None or offer.key in outcome.saved \
            or outcome.saved.get(field.key) in (None, offer.answer):
        return outcome  # no offer, a paste filling the other part, or nothing new here
    again = suggested(field.feedback, outcome.draft.answers, outcome.draft.held)
    target = survey.field(offer.key)
    value, error = first_error(target.rule, offer.answer)
    if (again and again.key) or error:
        return outcome  # the other part sent again: it replaces the first, and is offered
    filed = typed(replace(draft, answers={**draft.answers, target.key: value}), held=rest)
    if filed.saved.get(field.key) != outcome.saved[field.key]:
        return outcome
    said = FILED_BEFORE.format(text=offer.answer, part=target.part)
    return replace(filed, saved={target.key: value, **filed.saved},
                   message="\n".join(filter(None, (said, filed.message))))
