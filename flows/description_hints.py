"""Where a description goes when it is typed at a question that refuses it.

Sent one question late or to the wrong question, a description (or a sentence of one) is told
where it belongs, by the way the screen offers: pasted whole at 现状与痛点 before the description
is answered; changed at the summary once it is, back with 上一步 or 返回汇总 as the screen's back
button says. At the description's own questions it is not sent back where it already is: only
a sentence reading as an earlier part (more 现状与痛点 at 技术指标) is told the way back to it.
"""

import re

from flows import step_messages as say
from flows.count_words import names_only_counts
from flows.description_sentences import description_part
from flows.draft import Draft
from flows.field import Field, Kind
from flows.indicator_corrections import indicators_changed
from flows.navigation import Questionnaire
from flows.pastes import TYPED_LABELS
from flows.user_units import contact_in

FIRST_PART = "pain_point"  # the description's first question, where it is pasted whole
RESULTS = "expected_results"
PROSE_LENGTH = 30  # the shortest answers' limit: sentences past it are no name
# 上面已经写了, 前面写过了: the part said to be in an answer before (见上, 同上 stay the
# placeholders `empty_answers` refuses wherever typed).
WRITTEN_ABOVE = re.compile(r"(?:我|我们)?(?:(?:上面|前面|上文|之前|刚才|刚刚)(?:已经|已)?"
                           r"(?:写|填|发|说)(?:过|了|过了|的)|已经(?:写|填|发)(?:过|了|过了))"
                           r"[了的啊呀哦吧]*[\s。.!！~～]*")


def where_described(survey: Questionnaire, draft: Draft, field: Field, text: str) -> str | None:
    """What to add to the refusal of `text` at `field`, if it reads as a description: not at
    部署总数 where its figures are all counts and dates (2027年再增加10台 is about the count)."""
    description = survey.field(FIRST_PART).step
    if field.step == description:
        return _earlier_part(survey, draft, field, text)
    if not describes_a_scenario(text) or field.kind == Kind.NUMBER and names_only_counts(text):
        return None
    if survey.first_missing(description, draft.answers):
        return say.PASTE_AT_PAIN_POINT
    return say.DESCRIPTION_ANSWERED_EDITING if draft.editing else say.DESCRIPTION_ANSWERED


def about_above(survey: Questionnaire, draft: Draft, field: Field, text: str) -> str | None:
    """Why `text` at a later part of the description is not saved there: it says the part was
    written above (`written_above`), or, at the results, it corrects or adds to the indicators
    (节拍改为20秒, 补充：MTBF≥2000h), which would stand as the results."""
    if said := written_above(survey, draft, field, text):
        return said
    return indicators_changed(draft.answers, text, field.part) if field.key == RESULTS else None


def written_above(survey: Questionnaire, draft: Draft, field: Field, text: str) -> str | None:
    """What a later part of the description is told when the engineer says it was written
    above: where that text went, rather than that the reply has no figure."""
    earlier = survey.of_step(field.step)[: survey.of_step(field.step).index(field)]
    filled = "、".join(f.part for f in earlier if f.key in draft.answers)
    if not filled or not WRITTEN_ABOVE.fullmatch(text.strip()):
        return None
    if field.key in draft.answers:  # back at a part answered: it is written, and kept
        return say.WRITTEN_ABOVE_KEPT.format(part=field.part)
    return say.WRITTEN_ABOVE.format(part=field.part, filled=filled)


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
