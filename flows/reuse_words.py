"""沿用 typed: the words of a 沿用 button, or the short ones people type for it.

Seeing 沿用：苏州…有限公司 or 沿用场景 #1 的联合体成员, an engineer may type the label, or just
沿用, 沿用上一个, 沿用场景1. Where that offer is on the screen, these words press it. Elsewhere
(another city, the offering scenario deleted, a first scenario, another scenario's number) they
would be saved as the unit, 沿用： and all, or as a maker named 沿用场景#1, so they are refused
with the reason. Only words no unit or member is called are taken: 沿用 alone or with a
scenario's number or 上一个, or 沿用 with a colon, which only a button's label puts there; and
these words with more after a comma or space (沿用，再加东南大学), which would save the words as a
name, refused with how to change the list. 和上次一样 where an offer is shown points to it.
"""

import re
import unicodedata

from flows.draft import Draft
from flows.empty_answers import SAME_AS_BEFORE
from flows.reuse import Offer, Reuse, cut

# What each question reusing the unit or the members asks to be typed instead.
ASKED = {"enterprise": "用户单位全称", "makers": "整机企业（或应用服务商）名称",
         "partners": "其他联合体成员名称"}
WHAT = {"enterprise": "用户单位", "makers": "联合体成员", "partners": "联合体成员"}
# 沿用 alone, or with the scenario meant (上一个, 场景1, 场景 #1) and what is reused (的联合体成员),
# as `_plain` leaves them; what is reused must be what the question asks.
SHORT = re.compile(r"沿用(?:(?:上次|上一个|上个|之前|以前|前一个)的?(?:场景)?|场景#?(?P<id>\d+))?"
                   r"(?:的?(?P<part>联合体成员|成员|用户单位|单位))?")
# 沿用 words opening a message with more after them (沿用，再加东南大学): 沿用 is the button's,
# which takes the offer as it is; the words after it would be saved as a name.
WITH_MORE = re.compile(rf"(?:{SHORT.pattern})[,、;。!?]+.+")
# 沿用 and a name: with a colon, as on the unit's button.
NAMED = re.compile(r"沿用(?P<colon>:?)(?P<name>.+)")
BUTTON_WORDS = "“沿用：…”是按钮上的字，"
NOTHING_HERE = "这里没有可沿用的内容，请直接输入{asked}。"
ANOTHER_OFFERED = "这里只能沿用场景 #{id} 的{what}（见下方按钮），请点按钮，或直接输入{asked}。"
MORE_AFTER = "“沿用”是按钮，点它即原样沿用，后面不能再加内容。"
EDIT_THE_LIST = "要在沿用的名单上增删，请发送完整的名单（下面的问题中已列出，可复制后修改）。"
ANOTHER_UNIT = "要填写其他单位，请直接输入{asked}。"
SAME_AS = "“{text}”不能作为回答。要沿用场景 #{id} 的{what}，请点下方的沿用按钮，或直接输入{asked}。"


def reuse_typed(draft: Draft, offered: Offer | None, text: str) -> Reuse | str | None:
    """What typed words mean at the draft's question offering `offered` (or nothing): the press
    of that offer; the refusal of 沿用 words that press nothing here; None for an answer."""
    if draft.cursor not in ASKED:
        return None
    said = _plain(text)
    if short := SHORT.fullmatch(said):
        if (offered and short["id"] in (None, str(offered.draft_id))
                and short["part"] in (None, *_parts(draft))):
            return offered.press
        return _refusal(draft, offered, "")
    named = NAMED.fullmatch(said)
    if offered and named and named["name"] in {_plain(offered.text), _plain(cut(offered.text))}:
        return offered.press
    if _opens_with_reuse(text, said):
        return _more_after(draft, offered)
    if offered and SAME_AS_BEFORE.fullmatch(said):
        return SAME_AS.format(text=text.strip(), id=offered.draft_id, what=WHAT[draft.cursor],
                              asked=ASKED[draft.cursor])
    if named is None:
        return None
    return _refusal(draft, offered, BUTTON_WORDS) if named["colon"] else None


def _refusal(draft: Draft, offered: Offer | None, words: str) -> str:
    asked = ASKED[draft.cursor]
    if offered is None:
        return words + NOTHING_HERE.format(asked=asked)
    return words + ANOTHER_OFFERED.format(id=offered.draft_id, what=WHAT[draft.cursor],
                                          asked=asked)


def _opens_with_reuse(text: str, said: str) -> bool:
    """沿用 words, then a separator and more words: a comma, or a space as typed (沿用 再加…)."""
    first, _, more = unicodedata.normalize("NFKC", text).strip().partition(" ")
    more = more.strip()
    return bool(WITH_MORE.fullmatch(said)
                or more and not more.startswith(":") and SHORT.fullmatch(_plain(first)))


def _more_after(draft: Draft, offered: Offer | None) -> str:
    if offered is None:
        return NOTHING_HERE.format(asked=ASKED[draft.cursor])
    if draft.cursor == "enterprise":
        return MORE_AFTER + ANOTHER_UNIT.format(asked=ASKED[draft.cursor])
    return MORE_AFTER + EDIT_THE_LIST


def _parts(draft: Draft) -> tuple[str, ...]:
    return ("用户单位", "单位") if draft.cursor == "enterprise" else ("联合体成员", "成员")


def _plain(text: str) -> str:
    """Without spaces, a closing full stop, and full-width forms (：＃１): how the words were
    typed, not what they say."""
    plain = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", plain).rstrip("。.!！")
