"""现状与痛点 sent in two messages.

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
"""

import re
from collections.abc import Mapping
from os.path import commonprefix
from typing import Any

from flows.description_sentences import (
    compares_today,
    description_part,
    indicators_with_requirements,
)
from flows.labels import labels_in
from flows.org_names import Unsure
from flows.pastes import SET_ASIDE, TYPED_LABELS

KEY = "pain_point"
UNFINISHED = re.compile(r"[，,、；;：:]\s*$")
# The part sent again, corrected after most of it: how much of it the resend repeats.
RESENT_SHARE, RESENT_LEAST = 0.6, 8
REST_AWAITED = ("现状与痛点以“{mark}”结尾，像是还没写完：请接着发送后半段，将接在上面的内容之后；"
                "已写完请点“保持不变”。")
REST_ADDED = "接着发送的内容将接在后面"  # said of the answer shown, for "发送新内容即可修改"
INDICATORS_INSTEAD = "这条读来是技术指标：现状与痛点按原样保留，这条填作技术指标。"


def rest_awaited(answers: Mapping[str, Any]) -> Unsure | None:
    """The echo of a pain point that stops mid-sentence: it holds the question open."""
    unfinished = UNFINISHED.search(answers.get(KEY) or "")
    return Unsure(REST_AWAITED.format(mark=unfinished.group().strip())) if unfinished else None


def awaits_rest(key: str, answers: Mapping[str, Any]) -> bool:
    return key == KEY and rest_awaited(answers) is not None


def as_saved(key: str, value: Any, before: Any, editing: bool) -> Any:
    """`value` as saved at `key`: a pain point stops at a clause mark only while held, when it
    is new and the form is first filled in."""
    unfinished = UNFINISHED.search(value) if key == KEY and isinstance(value, str) else None
    if not unfinished or value != before and not editing:
        return value
    return value[:unfinished.start()] + "。"


def indicators_instead(text: str) -> bool:
    """The message after a part held is the indicators, not the rest of the pain point."""
    return (description_part(text) == "技术指标" and not compares_today(text)
            or indicators_with_requirements(text))


def whole(answers: Mapping[str, Any], text: str) -> str:
    """`text` after the part held that it continues, or in its place when it is the part sent
    again: starting with all of it, or with most of it and then corrected (…20kg → …25kg). A
    rest may open with the part's first words (目前，… then 目前每班…): those are no resend."""
    part, typed = answers[KEY].strip(), text.strip()
    said = UNFINISHED.sub("", part)
    shared = len(commonprefix([said, typed]))
    resent = shared == len(said) or shared >= max(RESENT_SHARE * len(said), RESENT_LEAST)
    return typed if resent else part + typed


def kept_by_paste(parts: Mapping[str, str], text: str) -> str | None:
    """What is told when the paste `text`, read into `parts` after a part held, keeps the part
    as it is: it opens with the indicators, or with a label of a later part ("" then, as
    nothing was misread); None when it continues the part or restates it."""
    if _restates(text) or not parts.keys() - {SET_ASIDE}:
        return None
    if KEY not in parts:
        return ""
    return INDICATORS_INSTEAD if indicators_instead(parts[KEY]) else None


def with_rest(answers: Mapping[str, Any], parts: dict[str, str], text: str) -> dict[str, str]:
    """The paste's `parts` with the text before its labels read as the rest of the part held."""
    if KEY not in parts or _restates(text):
        return parts
    return {**parts, KEY: whole(answers, parts[KEY])}


def _restates(text: str) -> bool:
    """A paste naming its own 现状与痛点： is a new description, not the rest of the part."""
    return any(label.lastgroup == KEY for label in labels_in(text, TYPED_LABELS))
