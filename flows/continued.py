"""现状与痛点, 技术指标 or 预期成效 sent in two messages.

On a phone a long pain point is sent as it is spoken, in parts: the first message stops after a
comma (汽车总装车间需人工搬运轮胎，单个重约20kg，) and the rest follows (工人每班搬运400次以上，劳动
强度大，招工难。). Read at the next question, the rest would be taken for the indicators (its
figure reads as one) or refused as none. A pain point that stops at a clause mark is therefore
held open, and the next text typed there is added to it instead of put in its place. Only a
mark at the end says so: a pain point that ends without one may be whole, and a text that reads
as a pain point may be an indicator too (无需人工干预，节拍≤15秒).

The hold is for that next answer only, while the form is first filled in: a pain point kept
as it is, or one stored so (imported, returned), is replaced like any answer when it is
changed later, and a step elsewhere in between ends the hold; a pause or a question asked in
between does not. Even the next message is no rest when it repeats most of the part held (the
whole sentence sent again, corrected maybe) or reads as the indicators (识别准确率不低于98%，…,
or 无需人工干预，节拍≤15秒 with a bound beside words of what is required): it replaces the
part, or answers the indicators with the part kept. A figure with words of a pain point beside
it (工人每班搬运400次以上，劳动强度大) is the rest, bound or not, and so is a figure compared
as a pain point compares today's (漏检率超过3%，客户投诉多): what is unsure is added, as the
engineer sees the pain point echoed and can correct it, while a rest taken for the indicators
is filed where no one looks for it.

A paste with labels read there (…↵技术指标：…↵预期成效：…) is such a message too: the text
before its first label is the rest or the indicators as if sent alone, and with none the part
is kept; only a paste naming its own 现状与痛点： restates the part.

Kept (保持不变, 写完了, the indicators sent instead), or sent whole in an edit, the pain point
has its mark replaced by 。: the engineer says it is finished, and a reviewer reading the sheet
would take a sentence cut off for one left unfinished.

The indicators and the results are spoken in parts as well (定位精度±0.5mm，节拍≤15秒，then
连续运行720小时无故障; 替代2名测试工人，then 年节约人工成本60万元) and held so too: the rest of
the indicators read at the results would be taken for them, and the rest of the results read
at 场景类型 refused and lost. What answers the next question instead is typed there, the part
kept, as it was before the hold: the results after the indicators (替代2名测试工人 reads as
one; filed as the results though 是否补充指标 is asked first, flows/after_held.py), a choice of
the next question (工业) after the results. So is what cannot be their rest (`no_rest`): what
the part's own check refuses alone (工业, 提高效率 after the indicators) or what reads as another
part; added, the indicators or results would keep words no check saw. A labelled 预期成效：…
is a new answer, not the rest.

A first part too short to answer alone (隧道应急救援场景，) is no answer refused: it is held as
the start, and the whole is checked once the rest is added.
"""

import re
from collections.abc import Callable, Mapping
from os.path import commonprefix
from typing import Any

from flows.description_sentences import (
    a_result,
    compares_today,
    description_part,
    indicators_with_requirements,
)
from flows.draft import Draft
from flows.field import Field
from flows.indicators import assess_description
from flows.labels import labels_in
from flows.org_names import Unsure
from flows.pastes import SET_ASIDE, TYPED_LABELS
from flows.rules import first_error, too_short

KEY = "pain_point"
# The parts held open for their rest, by the name the engineer is told.
PARTS = {KEY: "现状与痛点", "indicators": "技术指标", "expected_results": "预期成效"}
UNFINISHED = re.compile(r"[，,、；;：:]\s*$")
# The part sent again, corrected after most of it: how much of it the resend repeats.
RESENT_SHARE, RESENT_LEAST = 0.6, 8
REST_AWAITED = ("{part}以“{mark}”结尾，像是还没写完：请接着发送后半段，将接在上面的内容之后；"
                "已写完请点“保持不变”。")
REST_ADDED = "接着发送的内容将接在后面"  # said of the answer shown, for "发送新内容即可修改"
INDICATORS_INSTEAD = "这条读来是技术指标：现状与痛点按原样保留，这条填作技术指标。"
RESULTS_INSTEAD = "这条读来是预期成效：技术指标按原样保留，这条填作预期成效。"


def rest_awaited(answers: Mapping[str, Any], key: str = KEY) -> Unsure | None:
    """The echo of a part that stops mid-sentence: it holds the question open."""
    unfinished = UNFINISHED.search(answers.get(key) or "")
    return Unsure(REST_AWAITED.format(part=PARTS[key], mark=unfinished.group().strip())
                  ) if unfinished else None


def held_open(key: str, echo: Callable[[Mapping[str, Any]], Any] | None = None
              ) -> Callable[[Mapping[str, Any]], Any]:
    """The echo (`Field.feedback`) of the part at `key`: the rest awaited, else `echo`'s."""
    return lambda answers: rest_awaited(answers, key) or (echo(answers) if echo else None)


def awaits_rest(key: str, answers: Mapping[str, Any]) -> bool:
    return key in PARTS and rest_awaited(answers, key) is not None


def started(field: Field, draft: Draft, text: str) -> bool:
    """`text` is the start of the part, too short to answer alone but stopping at a clause mark
    (隧道应急救援场景，): held for its rest, not refused, while the form is first filled in."""
    return (field.key in PARTS and not draft.editing and text != draft.answers.get(field.key)
            and bool(UNFINISHED.search(text)) and too_short(field.rule, text))


def pasted(field: Field, parts: Mapping[str, str], text: str) -> bool:
    """The `parts` a paste's reader finds in `text` typed at `field` are more than `text`
    itself: a label, or a line set aside. A part to be held is read as typed with the clause
    mark it stops at, which the reader trims as if before a next label (…≥99%，); one refused
    alone (待定，) is read as the reader reads it, refused under the part's name."""
    typed = text.strip()
    return parts != {field.key: typed} and not (
        field.key in PARTS and parts == {field.key: UNFINISHED.sub("", typed)}
        and _held_or_accepted(field, typed))


def _held_or_accepted(field: Field, text: str) -> bool:
    error = first_error(field.rule, text)[1]
    return error is None or too_short(field.rule, text)


def as_saved(key: str, value: Any, before: Any, editing: bool) -> Any:
    """`value` as saved at `key`: a part stops at a clause mark only while held, when it is new
    and the form is first filled in."""
    unfinished = UNFINISHED.search(value) if key in PARTS and isinstance(value, str) else None
    if not unfinished or value != before and not editing:
        return value
    return value[:unfinished.start()] + "。"


def indicators_instead(text: str) -> bool:
    """The message after a part held is the indicators, not the rest of the pain point."""
    return (description_part(text) == "技术指标" and not compares_today(text)
            or indicators_with_requirements(text))


def instead(draft: Draft, field: Field, text: str, chosen: bool = False) -> str | None:
    """What is told when `text`, sent after the part held, answers the question after it: the
    indicators after the pain point, the results after the indicators; "" (nothing to say, as
    before the hold) for a choice of the next question (工业, `chosen`) or a text no rest of
    the indicators or results (`no_rest`); None for a rest."""
    if draft.cursor == KEY:
        return INDICATORS_INSTEAD if indicators_instead(text) else None
    if draft.cursor == "indicators" and description_part(text) == "预期成效":
        return RESULTS_INSTEAD
    return "" if chosen or no_rest(field, text) else None


def no_rest(field: Field, text: str) -> bool:
    """`text` cannot be the rest of the indicators or results held: the part's own check
    refuses it alone (工业, 提高效率), or it reads as another part (降低劳动强度，改善作业环境 a
    pain point; 连续运行720小时无故障 indicators, after the results). The pain point is not
    asked so: its rest is often a few words (招工难。)."""
    part = description_part(text)
    return (first_error(field.rule, text)[1] is not None
            or part not in (None, PARTS[field.key])
            or field.key == "expected_results" and _indicators_alone(text))


def _indicators_alone(text: str) -> bool:
    """Each figure measures the machine's own level (连续运行720小时无故障), none a change the
    scenario brings (效率提升30%, 替代2名工人)."""
    found = assess_description(text).indicators
    return bool(found) and all(i.dimension and not a_result(i) for i in found)


def whole(draft: Draft, text: str) -> str:
    """`text` after the part held that it continues, or in its place when it is the part sent
    again: starting with all of it, or with most of it and then corrected (…20kg → …25kg). A
    rest may open with the part's first words (目前，… then 目前每班…): those are no resend."""
    part, typed = draft.answers[draft.cursor].strip(), text.strip()
    said = UNFINISHED.sub("", part)
    shared = len(commonprefix([said, typed]))
    resent = shared == len(said) or shared >= max(RESENT_SHARE * len(said), RESENT_LEAST)
    return typed if resent else part + typed


def kept_by_paste(draft: Draft, field: Field, parts: Mapping[str, str], text: str) -> str | None:
    """What is told when the paste `text`, read into `parts` after a part held, keeps the part
    as it is: it opens with the next question's answer (`instead`), or with a label of a later
    part ("" then, as nothing was misread); None when it continues the part or restates it."""
    if _restates(draft.cursor, text) or not parts.keys() - {SET_ASIDE}:
        return None
    if draft.cursor not in parts:
        return ""
    return instead(draft, field, parts[draft.cursor])


def with_rest(draft: Draft, parts: dict[str, str], text: str) -> dict[str, str]:
    """The paste's `parts` with the text before its labels read as the rest of the part held."""
    if draft.cursor not in parts or _restates(draft.cursor, text):
        return parts
    return {**parts, draft.cursor: whole(draft, parts[draft.cursor])}


def _restates(key: str, text: str) -> bool:
    """A paste naming the part's own label (现状与痛点：) is a new one, not the rest of it."""
    return any(label.lastgroup == key for label in labels_in(text, TYPED_LABELS))
