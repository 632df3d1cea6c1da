"""What is typed after a part held open for its rest (flows/continued.py) that answers the
question after it instead: the part is kept as it is (保持不变) and the text typed there.

The results typed after the indicators held are filed as 预期成效 even when 是否补充指标 is
asked first (the indicators missing a dimension): typed at the offer, they were refused as no
supplement, or taken for one, though the engineer was told they were filed as the results. The
offer is asked after them, 预期成效 shown filled when it comes."""

from collections.abc import Callable
from dataclasses import replace

from flows.continued import RESULTS_INSTEAD
from flows.draft import SUMMARY, Draft
from flows.field import Field
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.screens import screen_for

RESULTS = "expected_results"


def typed_after_kept(survey: Questionnaire, draft: Draft, field: Field, text: str, why: str,
                     answer: Callable[..., Outcome], typed: Callable[..., Outcome]) -> Outcome:
    """The answer at `field` kept (`answer`), and `text` typed (`typed`) at the question after
    it, or at 预期成效 when it reads as the results; `why` is told first."""
    kept = answer(survey, draft, field, draft.answers[field.key])
    if kept.draft.cursor == SUMMARY:
        return stay(survey, draft, why)
    offered = why == RESULTS_INSTEAD and kept.draft.cursor != RESULTS  # 是否补充指标 first
    at = survey.field(RESULTS if offered else kept.draft.cursor)
    outcome = typed(survey, replace(kept.draft, cursor=at.key), at, text)
    said = "\n".join(filter(None, (why, outcome.message)))
    if offered and not outcome.saved:
        return stay(survey, draft, said)  # the indicators still held, the results refused
    if offered and outcome.draft.cursor != RESULTS:  # not held open for their own rest
        asked = replace(outcome.draft, cursor=kept.draft.cursor)
        said = "\n".join(filter(None, (said, kept.message)))
        outcome = replace(outcome, draft=asked, screen=screen_for(survey, asked))
    return replace(outcome, saved={**kept.saved, **outcome.saved}, message=said)
