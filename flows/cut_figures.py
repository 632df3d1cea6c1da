"""A description answer sent by accident in the middle of a figure, and its rest.

On a phone the send key sits beside the keys of a number: an engineer at 技术指标 sends
定位精度±0. and then 5mm，抓取成功率≥99.5%. The first is refused (no quantified indicator); read
alone, the second would be stored as the answer, the first metric without its name or the
integer part of its value. So a refused answer at 现状与痛点, 技术指标 or 预期成效 that stops
where a figure must go on (a bound with no figure or only its whole part after it, a number
with no unit: 减少人工2 then 名，…) is remembered (`Draft.cut`), and the very next message
there, if it is that figure's rest (5mm，…: digits, a unit, the clause's end), is joined to it
with nothing between and checked as one answer, the engineer shown the whole.

An engineer refused more often types the whole answer again, which may open with a figure
too (99%以上的识别准确率，…, 0.5mm定位精度，…, 1. 定位精度…): words right after its unit, or
a point in the rest of a whole part, make it that, not joined. Anything else done next (a
button, ⬅️ 上一步, /start, another question, any other message) forgets it, and it is never
stored alone.

An answer accepted for its other figures may stop where one must go on too (人工由4人减至1人，
效率提升不低于, 节拍≤1.; not 防护等级IP65.): stored as typed, it moves on, and the figure's rest
sent next (30%。) would be refused there as no scenario type, or stored as the next part. So a
part stored with a bound cut (`CUT`, not a bare number: 见附件2 is no figure cut) is remembered
too, and the very next message at the next question, if it is the figure's rest by the same
test and nothing more (30%。, 50万元; not 30%，替代2名工人, which answers that question as
before), is added to the stored part, which is saved and echoed, the question asked again.
A text refused as saying nothing (见附件1, 详见附件2) is no answer cut short: no rest is offered.
An answer at a number (6台 at 部署总数, the next flagged question of a returned draft) is that
question's, never a part's rest.
"""

import re
from dataclasses import replace

from flows import actions, own_labels
from flows.continued import PARTS
from flows.draft import SUMMARY, Draft
from flows.empty_answers import says_nothing
from flows.field import Kind
from flows.navigation import Questionnaire
from flows.numbers import HALF_WIDTH
from flows.outcome import Outcome, told
from flows.paste_parts import kept
from flows.rules import first_error
from flows.screens import screen_for
from flows.step_messages import FOLLOWER_DROPPED
from flows.unit_spellings import read_unit
from flows.valueless_metrics import valueless_metric

BOUND = (r"[±≤≥<>＜＞]|不低于|不高于|不少于|不多于|不超过|不大于|不小于|大于|小于|低于|高于"
         r"|超过|达到|降低至|提升至|提高至|缩短至|约|为|达")
# Where a figure stops: a bound and the whole part of its value (定位精度±0.), the bound alone
# (成功率不低于), or 0. (重复定位精度0.); a list's 2. or a label's 附件1. is no figure cut.
CUT = re.compile(rf"(?:(?:{BOUND})\s*(?:\d+[.．])?|(?<![\d.．])0[.．])\s*$")
# A figure cut before its unit (减少人工2 then 名，…): units no fresh answer opens with.
BARE = re.compile(r"(?<![\d.．])\d+(?:[.．]\d+)?\s*$")
UNIT = re.compile(r"(?:名|%|％|倍|元|万元|毫米|mm|秒|分钟|小时|kg|公斤|吨)(?![a-zA-Z])")
# The rest of a figure: digits, the decimal part too after a bound alone, then its unit and
# the clause's end (5mm，…). An answer typed again opens with a figure and goes on with words
# (99%以上的识别准确率，…; 0.5mm定位精度), and is not joined.
REST = {True: re.compile(r"\d+(?![\d.．])"), False: re.compile(r"\d+(?:[.．]\d+)?")}
# The words a figure's bound may take after its unit (5毫米以内, 99%以上, 5mm（重复定位）).
AFTER_UNIT = r"(?:以内|之内|以下|以上|及以上|及以下|左右|内|[（(][^）)\n]{0,12}[）)])?"
CLAUSE_END = re.compile(rf"{AFTER_UNIT}\s*(?:[，,；;。、\n]|$)")
# The end of a message that is the figure's rest and nothing more (30%。, 50万元): what goes
# on with further clauses (30%，替代2名工人) answers the question it was sent at.
MESSAGE_END = re.compile(rf"{AFTER_UNIT}\s*[，,；;。．.！!]*\s*$")
# What a figure cut after its metric measures: a rest in another kind of unit (15秒/件 after
# 成功率不低于, a count of machines 6台 after 年节约成本约) opens a fresh answer instead.
# Metrics not listed take any unit.
MEASURES = ((re.compile(r"率$"), {"percent"}),
            (re.compile(r"(?:节拍|时间|时长|耗时|用时|周期|续航|时延|延迟)$"), {"time", "rate"}),
            (re.compile(r"(?:精度|误差|偏差)$"), {"length", "angle"}),
            (re.compile(r"(?:成本|费用|投资|开支|支出)(?:节约|节省|降低|减少|下降)?$"),
             {"money", "percent"}),
            (re.compile(r"(?:效率|产能|效能)(?:提升|提高|增加|增长)?$"),
             {"percent", "multiple", "rate"}))
AWAITED = "如是没写完就发送了：接着发送后半段即可，将接在“{cut}”之后。"
JOINED = "已将上一条与这一条合为一段：“{text}”"
# The parts whose answer, stored with a figure cut, the next message may finish.
STORED = (*PARTS, "indicators_more")
FINISHED = "已将这一条接在{part}之后，{part}现为：“{text}”"


def with_cut_rest(draft: Draft, action: actions.Action) -> tuple[actions.Action, str | None]:
    """`action`, its text after the part remembered when it opens with the rest of the figure
    (5mm after ±0.), and the text joined so (None when not)."""
    if not (draft.cut and _stored_at(draft) is None and _rests(draft.cut, action)):
        return action, None
    text = draft.cut + action.text.strip()
    return actions.Text(text), text


def finished_figure(survey: Questionnaire, draft: Draft, action: actions.Action
                    ) -> Outcome | None:
    """`action` at the question after a part stored with a figure cut (效率提升不低于), if it
    is the figure's rest (30%。): the part saved with it added, the question asked again."""
    key = _stored_at(draft)
    if key is None or draft.locked or _counted(survey, draft) or not _rests(
            draft.cut, action, MESSAGE_END):
        return None
    text = draft.cut + action.text.strip()
    saved, gone = kept(survey, draft.answers, {key: text})
    if key not in saved:
        return None
    answers = {k: v for k, v in {**draft.answers, **saved}.items() if v is not None}
    after = replace(draft, answers=answers, cut=None, held=False)
    if draft.cursor != SUMMARY and not survey.field(draft.cursor).asked(answers):
        following = survey.after(draft.cursor, answers)  # 是否补充指标 after a reliability
        after = replace(after, cursor=following.key) if following else replace(
            after, cursor=SUMMARY, editing=False)
    part = survey.field(key).part
    said = [FINISHED.format(part=part, text=text), *(FOLLOWER_DROPPED.format(text=t) for t in gone)]
    return Outcome(after, saved, "\n".join(said), screen_for(survey, after))


def _stored_at(draft: Draft) -> str | None:
    """The part other than the one asked that holds the cut remembered: stored, not refused."""
    if not draft.cut:
        return None
    return next((key for key in STORED
                 if key != draft.cursor and draft.answers.get(key) == draft.cut), None)


def _counted(survey: Questionnaire, draft: Draft) -> bool:
    """Is the question asked a number (部署总数)? Its answer, 6台, is never a part's rest."""
    return draft.cursor != SUMMARY and survey.field(draft.cursor).kind is Kind.NUMBER


def _rests(cut: str, action: actions.Action, end: re.Pattern = CLAUSE_END) -> bool:
    return isinstance(action, actions.Text) and _rest(cut, action.text, end)


def _rest(cut: str, text: str, end: re.Pattern = CLAUSE_END) -> bool:
    """`text` opens with what `cut` awaits: a unit after a number (2 then 名), else the rest
    of the figure and its unit, followed by `end` (its clause's end, or the message's)."""
    typed = text.lstrip().translate(HALF_WIDTH)  # ５ｍｍ，９９％
    if BARE.search(cut):
        return bool(UNIT.match(typed))
    digits = REST[cut.rstrip()[-1] in ".．"].match(typed)
    if not digits:
        return False
    after, unit, kind = read_unit(typed, digits.end())
    return bool(unit) and _measures(cut, kind) and bool(end.match(typed, after))


def _measures(cut: str, kind: str) -> bool:
    """Can the metric `cut` stops after take a unit of `kind`?"""
    bound = CUT.search(cut)  # none after a metric's name alone (…，节拍)
    metric = cut[:bound.start() if bound else len(cut)].rstrip(" ：:")
    return all(kind in kinds for ending, kinds in MEASURES if ending.search(metric))


def remembering_cut(survey: Questionnaire, draft: Draft, action: actions.Action,
                    outcome: Outcome, joined_text: str | None) -> Outcome:
    """`outcome` of `action` at `draft`, told the text `joined_text` joined, and remembering
    the text it refused when that stops in the middle of a figure."""
    if joined_text:
        outcome = replace(outcome, message="\n".join(
            filter(None, (JOINED.format(text=joined_text), outcome.message))))
    if stored := _stored_cut(draft, action, outcome):  # told nothing: it answered the question
        return replace(outcome, draft=replace(outcome.draft, cut=stored))
    cut = _cut(survey, draft, action, outcome)
    if cut is None:
        return outcome
    return told(replace(outcome, draft=replace(outcome.draft, cut=cut)), AWAITED.format(cut=cut))


def _stored_cut(draft: Draft, action: actions.Action, outcome: Outcome) -> str | None:
    """The part `action` stored at `draft`'s question, moving on, when it stops mid-figure."""
    after, stored = outcome.draft, outcome.saved.get(draft.cursor)
    if (not isinstance(action, actions.Text) or draft.cursor not in STORED
            or not isinstance(stored, str) or after.answers.get(draft.cursor) != stored
            or (after.cursor, after.editing) == (draft.cursor, draft.editing)):
        return None
    return stored if _figure_cut(stored, CUT) else None


def _cut(survey: Questionnaire, draft: Draft, action: actions.Action, outcome: Outcome
         ) -> str | None:
    """The text of `action` refused at a part of the description, stopping mid-figure."""
    after = outcome.draft
    if (not isinstance(action, actions.Text) or draft.cursor not in PARTS or outcome.saved
            or (after.cursor, after.editing) != (draft.cursor, draft.editing)):
        return None
    text = action.text.strip()
    if not (_figure_cut(text, CUT, BARE) or valueless_metric(text)):  # 识别准确率≥98%，节拍
        return None
    field = survey.field(draft.cursor)
    answer = own_labels.without_own_label(field.key, text)
    refused = first_error(field.rule, answer)[1]
    return text if refused and not says_nothing(answer) else None


def _figure_cut(text: str, *patterns: re.Pattern) -> bool:
    """Does `text` stop mid-figure by one of `patterns`? A list's 2. opening its line does not."""
    cut = next((found for pattern in patterns if (found := pattern.search(text))), None)
    return bool(cut) and not (cut.group()[0].isdigit()
                              and not text[:cut.start()].split("\n")[-1].strip())
