"""The answer a question's echo reads as another part's (flows/misfiled.py), filed there."""

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from flows.continued import awaits_rest
from flows.description_sentences import description_part
from flows.draft import SUMMARY, Draft
from flows.field import Field
from flows.misfiled import FILED_AT
from flows.navigation import Questionnaire, is_blank
from flows.outcome import Outcome, stay
from flows.rules import first_error
from flows.screens import keeps_answer, screen_for
from flows.split_offers import SplitOff
from flows.suggestions import Suggested, suggested

FILED = "已填作{part}，请重新填写{here}。"
FILED_BEFORE = "先前发送的“{text}”已填作{part}。"
REPLACED_BEFORE = "先前发送的“{text}”已由这一条替换。"
MOVED_OVER = "“{text}”读来是{part}，已填作{part}；{here}保持原来的答案。"


def filed_instead(survey: Questionnaire, draft: Draft, field: Field,
                  echo: Suggested) -> Outcome:
    """The answer at `field` filed at `echo.key`, where it reads as belonging, and `field`
    asked again; or only its end so filed (`SplitOff`), the rest kept at `field`."""
    if isinstance(echo, SplitOff):
        return _split_off(survey, draft, field, echo)
    target = survey.field(echo.key)
    value, error = first_error(target.rule, echo.answer)
    if error:
        return stay(survey, draft, error)
    answers = {k: v for k, v in draft.answers.items() if k != field.key} | {target.key: value}
    asked = replace(draft, answers=answers, cursor=field.key, held=False)
    return Outcome(asked, {field.key: None, target.key: value},
                   FILED.format(part=target.part, here=field.part), screen_for(survey, asked))


def _split_off(survey: Questionnaire, draft: Draft, field: Field, echo: SplitOff) -> Outcome:
    """The parts of the answer filed at their questions (the results ending the indicators, or
    the indicators and results after a pain point), the part before them kept, and the next
    question still open asked, the parts just filed passed over."""
    saved = {}
    for key, text in ((field.key, echo.rest), (echo.key, echo.answer), *echo.also.items()):
        saved[key], error = first_error(survey.field(key).rule, text)
        if error:
            return stay(survey, draft, error)
    answers = {**draft.answers, **saved}
    following = None if draft.editing else asked_next(survey, field, {}, answers)
    cursor = following.key if following else SUMMARY
    moved = replace(draft, answers=answers, cursor=cursor, held=False, editing=False)
    return Outcome(moved, saved, echo.said, screen_for(survey, moved))


def asked_next(survey: Questionnaire, field: Field, before: Mapping[str, Any],
               answers: Mapping[str, Any]) -> Field | None:
    """The question after `field`, answered now. A part blank with the part it is offered to
    be filed at (`FILED_AT`) answered was filed there (or pasted there) and asked again:
    that part is passed over, the engineer asked on at the first still open (预期成效), not
    shown the part just filed as if to type it again, where the results typed would replace
    it. Walking back to an answer (上一步), or any other question, goes on as before."""
    following = survey.after(field.key, answers)
    if not is_blank(before.get(field.key)):
        return following
    while (following and following.key == FILED_AT.get(field.key)
           and not is_blank(answers.get(following.key))):
        field, following = following, survey.after(following.key, answers)
    return following


def typed_over_offer(survey: Questionnaire, draft: Draft, held: bool,
                     typed: Callable[..., Outcome], kept: Callable[[Draft], Outcome]) -> Outcome:
    """`typed` at the question asked while its answer is offered to be filed elsewhere (the
    button on screen): an engineer who answers the question again, with a text not offered
    in turn, meant the first one there, so it is filed there rather than lost to the new one,
    and said. Which new text corrects the first (插接精度改成0.5毫米) and which answers here
    cannot be told by their words alike: filed and said, neither is lost. Without an offer, a
    new answer replaces the old, unless it would be offered to be filed elsewhere
    (`_moved_over_answer`). A new text holding the first with more (替代4名工人，成功率提高到
    99.5%) restates it, and replaces it; one offered in turn replaces it too, and says so.
    `held` (`Draft.held`): the offer is open, or the rest of the answer awaited, which `typed`
    is told; `kept`: the question's answer kept (保持不变)."""
    field = survey.field(draft.cursor)
    offer = (suggested(field.feedback, draft.answers, held)
             if keeps_answer(field, draft.answers.get(field.key)) else None)
    rest = held and awaits_rest(field.key, draft.answers)
    outcome = typed(draft, held=rest)
    if offer is None and not held:
        return _moved_over_answer(survey, draft, field, outcome, kept)
    if offer is None or offer.key is None or offer.key in outcome.saved \
            or outcome.saved.get(field.key) in (None, offer.answer):
        return outcome  # no offer, a paste filling the other part, or nothing new here
    before = draft.answers[field.key]
    if _restated(before, outcome.saved[field.key], field.part):
        return outcome
    again = suggested(field.feedback, outcome.draft.answers, outcome.draft.held)
    target = survey.field(offer.key)
    value, error = first_error(target.rule, offer.answer)
    if (again and again.key) or error:  # the other part sent again: it replaces the first
        said = REPLACED_BEFORE.format(text=before)
        return replace(outcome, message="\n".join(filter(None, (said, outcome.message))))
    also = _also_filed(survey, draft, offer)
    answers = {k: v for k, v in draft.answers.items() if k != field.key} | {target.key: value}
    filed = typed(replace(draft, answers=answers | also), held=rest)  # as after its press
    if filed.saved.get(field.key) != outcome.saved[field.key]:
        return outcome
    said = "".join(FILED_BEFORE.format(text=text, part=survey.field(key).part)
                   for key, text in ((target.key, offer.answer), *also.items()))
    return replace(filed, saved={target.key: value, **also, **filed.saved},
                   message="\n".join(filter(None, (said, filed.message))))


def _restated(before: Any, typed: Any, part: str) -> bool:
    """Does the answer `typed` hold the one `before` it whole, its full stop aside, and read
    as the `part` asked (替代4名工人 added to a level at 预期成效)? One reading as the part the
    first was offered to (more indicators after them at 现状与痛点) restates nothing here."""
    return (isinstance(before, str) and isinstance(typed, str)
            and before.strip().rstrip("。.；;，, ") in typed and description_part(typed) == part)


def _also_filed(survey: Questionnaire, draft: Draft, offer: Suggested) -> dict[str, Any]:
    """The other parts a split offered (`SplitOff.also`) files with the first when a new
    answer is typed over the offer, so the results of a paragraph at 现状与痛点 are not lost;
    only those not answered yet, and accepted: an answer given (the pain point a sentence was
    to be added to) is never replaced."""
    also = offer.also if isinstance(offer, SplitOff) else {}
    filed = {key: first_error(survey.field(key).rule, text) for key, text in also.items()
             if key not in draft.answers}
    return {key: value for key, (value, error) in filed.items() if error is None}


def _moved_over_answer(survey: Questionnaire, draft: Draft, field: Field, outcome: Outcome,
                       kept: Callable[[Draft], Outcome]) -> Outcome:
    """`outcome` of a text typed at a question already answered (walked back to, 上一步),
    which reads as a later part not answered yet (the results at 技术指标): offered to be
    filed there over the answer it replaced, one press would leave neither here, the
    engineer's answer lost. It is filed there at once and the answer here kept, and said:
    nothing is lost, and both are on the summary to correct."""
    before = draft.answers.get(field.key)
    if not (outcome.draft.held and outcome.saved.get(field.key) and keeps_answer(field, before)):
        return outcome  # no answer here, or none held open to be asked about
    offer = suggested(field.feedback, outcome.draft.answers, outcome.draft.held)
    if not (offer and offer.key) or offer.answer == before or isinstance(offer, SplitOff):
        return outcome  # a split offered stays asked: filed at once, the new head is lost
    target = survey.field(offer.key)
    value, error = first_error(target.rule, offer.answer)
    if error:
        return outcome
    filed = kept(replace(draft, answers={**draft.answers, target.key: value}))
    said = MOVED_OVER.format(text=offer.answer, part=target.part, here=field.part)
    return replace(filed, saved={target.key: value, **filed.saved},
                   message="\n".join(filter(None, (said, filed.message))))
