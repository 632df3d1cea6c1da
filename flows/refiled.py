"""The answer a question's echo reads as another part's (flows/misfiled.py), filed there."""

from dataclasses import replace

from flows.draft import Draft
from flows.field import Field
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.rules import first_error
from flows.screens import screen_for
from flows.suggestions import Suggested

FILED = "已填作{part}，请重新填写{here}。"


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
