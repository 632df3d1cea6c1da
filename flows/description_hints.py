"""Where a description goes when it is typed at a question that refuses it.

Sent one question late or to the wrong question, a description (or a sentence of one) is told
where it belongs, by the way the screen offers: pasted whole at 现状与痛点 before the description
is answered; changed at the summary once it is, back with 上一步 or 返回汇总 as the screen's back
button says. At the description's own questions it is not sent back where it already is: only
a sentence reading as an earlier part (more 现状与痛点 at 技术指标) is told the way back to it.
"""

import re

from flows import step_messages as say
from flows.description_sentences import description_part
from flows.draft import Draft
from flows.field import Field
from flows.navigation import Questionnaire
from flows.pastes import TYPED_LABELS
from flows.units import contact_in

FIRST_PART = "pain_point"  # the description's first question, where it is pasted whole
PROSE_LENGTH = 30  # the shortest answers' limit: sentences past it are no name


def where_described(survey: Questionnaire, draft: Draft, field: Field, text: str) -> str | None:
    """What to add to the refusal of `text` at `field`, if it reads as a description."""
    description = survey.field(FIRST_PART).step
    if field.step == description:
        return _earlier_part(survey, draft, field, text)
    if not describes_a_scenario(text):
        return None
    if survey.first_missing(description, draft.answers):
        return say.PASTE_AT_PAIN_POINT
    return say.DESCRIPTION_ANSWERED_EDITING if draft.editing else say.DESCRIPTION_ANSWERED


def _earlier_part(survey: Questionnaire, draft: Draft, field: Field, text: str) -> str | None:
    part = description_part(text)
    earlier = survey.of_step(field.step)[: survey.of_step(field.step).index(field)]
    if not any(f.part == part and f.key in draft.answers for f in earlier):
        return None
    way = say.EARLIER_PART_EDITING if draft.editing else say.EARLIER_PART_BACK
    return (say.EARLIER_PART + way).format(part=part)


def describes_a_scenario(text: str) -> bool:
    """A whole description, or scenario, pasted where one short answer was asked: labelled, or
    sentences (中央厨房每日生产包子5万只，…) longer than any short answer, or one that reads
    as a part of it (测试效率提升30%, 识别准确率不低于98%, 存在打火风险). Contact details are
    none: a unit's name with them is refused with the name to send instead."""
    return TYPED_LABELS.search(text) is not None or description_part(text) is not None or (
        len(text) >= PROSE_LENGTH and re.search(r"[，,。；;]", text) is not None
        and contact_in(text) is None)
