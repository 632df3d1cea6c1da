"""A description answer sent by accident in the middle of a figure, and its rest.

On a phone the send key sits beside the keys of a number: an engineer at 技术指标 sends
定位精度±0. and then 5mm，抓取成功率≥99.5%. The first is refused (no quantified indicator); read
alone, the second would be stored as the answer, the first metric without its name or the
integer part of its value. So a refused answer at 现状与痛点, 技术指标 or 预期成效 that stops
where a figure must go on (a digit and a decimal point, a sign or bound with no figure after
it, a number with no unit: 减少人工2 then 名，…) is remembered (`Draft.cut`), and the very next
message there, if it opens with a digit (a unit after a bare number), is joined to it with
nothing between and checked as one answer, the engineer shown the whole.

Only a refused answer is remembered: one accepted (防护等级IP65., 定位精度±0.5mm，节拍≤1.)
is stored as typed and what follows answers the next question, as without this. Anything else
done next (a button, ⬅️ 上一步, /start, another question, words not opening with a digit)
forgets it, and it is never stored alone. A numbered list's first item (1. 定位精度…) opens no
rest: it is the whole answer sent again.
"""

import re
from dataclasses import replace

from flows import actions, own_labels
from flows.continued import PARTS
from flows.draft import Draft
from flows.navigation import Questionnaire
from flows.outcome import Outcome, told
from flows.rules import first_error

CUT = re.compile(r"(?:(?<![\d.．])\d+[.．]|[±≤≥<>＜＞]|不低于|不高于|不少于|不多于|不超过|不大于"
                 r"|不小于|大于|小于|低于|高于|超过|达到|降低至|提升至|提高至|缩短至)\s*$")
LIST_ITEM = re.compile(r"\d+\s*[.．、)）](?!\d)")
# A figure cut before its unit (减少人工2 then 名，…): units no fresh answer opens with.
BARE = re.compile(r"(?<![\d.．])\d+(?:[.．]\d+)?\s*$")
UNIT = re.compile(r"(?:名|%|％|倍|元|万元|毫米|mm|秒|分钟|小时|kg|公斤|吨)(?![a-zA-Z])")
AWAITED = "如是没写完就发送了：接着发送后半段即可，将接在“{cut}”之后。"
JOINED = "已将上一条与这一条合为一段：“{text}”"


def with_cut_rest(draft: Draft, action: actions.Action) -> tuple[actions.Action, str | None]:
    """`action`, its text after the part remembered when it opens with the rest of the figure
    (5mm after ±0.), and the text joined so (None when not)."""
    if not (draft.cut and isinstance(action, actions.Text) and _rest(draft.cut, action.text)):
        return action, None
    text = draft.cut + action.text.strip()
    return actions.Text(text), text


def _rest(cut: str, text: str) -> bool:
    """`text` opens with what `cut` awaits: a unit after a number (2 then 名), else a digit,
    but not a numbered list's first item (1. 定位精度…), the whole answer typed again."""
    typed = text.lstrip()
    if BARE.search(cut):
        return bool(UNIT.match(typed))
    return typed[:1].isdigit() and not LIST_ITEM.match(typed)


def remembering_cut(survey: Questionnaire, draft: Draft, action: actions.Action,
                    outcome: Outcome, joined_text: str | None) -> Outcome:
    """`outcome` of `action` at `draft`, told the text `joined_text` joined, and remembering
    the text it refused when that stops in the middle of a figure."""
    if joined_text:
        outcome = replace(outcome, message="\n".join(
            filter(None, (JOINED.format(text=joined_text), outcome.message))))
    cut = _cut(survey, draft, action, outcome)
    if cut is None:
        return outcome
    return told(replace(outcome, draft=replace(outcome.draft, cut=cut)), AWAITED.format(cut=cut))


def _cut(survey: Questionnaire, draft: Draft, action: actions.Action, outcome: Outcome
         ) -> str | None:
    """The text of `action` refused at a part of the description, stopping mid-figure."""
    after = outcome.draft
    if (not isinstance(action, actions.Text) or draft.cursor not in PARTS or outcome.saved
            or (after.cursor, after.editing) != (draft.cursor, draft.editing)):
        return None
    text = action.text.strip()
    cut = CUT.search(text) or BARE.search(text)
    if not cut or cut.group()[0].isdigit() and not text[:cut.start()].split("\n")[-1].strip():
        return None  # a list's 2. opening its line is no figure cut
    field = survey.field(draft.cursor)
    refused = first_error(field.rule, own_labels.without_own_label(field.key, text))[1]
    return text if refused else None
