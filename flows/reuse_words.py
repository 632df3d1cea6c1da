"""沿用 typed: the words of a 沿用 button, or the short ones people type for it.

Seeing 沿用：苏州…有限公司 or 沿用场景 #1 的联合体成员, an engineer may type the label, or just
沿用, 沿用上一个, 沿用场景1. Where that offer is on the screen, these words press it. Elsewhere
(another city, the offering scenario deleted, a first scenario, another scenario's number) they
would be saved as the unit, 沿用： and all, or as a maker named 沿用场景#1, so they are refused
with the reason. Only words no unit or member is called are taken: 沿用 alone or with a
scenario's number or 上一个, or 沿用 with a colon, which only a button's label puts there.
"""

import re
import unicodedata

from flows.draft import Draft
from flows.reuse import Offer, Reuse, cut

# What each question reusing the unit or the members asks to be typed instead.
ASKED = {"enterprise": "用户单位全称", "makers": "整机企业（或应用服务商）名称",
         "partners": "其他联合体成员名称"}
WHAT = {"enterprise": "用户单位", "makers": "联合体成员", "partners": "联合体成员"}
# 沿用 alone, or with the scenario meant (上一个, 场景1, 场景 #1) and what is reused (的联合体成员),
# as `_plain` leaves them; what is reused must be what the question asks.
SHORT = re.compile(r"沿用(?:(?:上次|上一个|上个|之前|以前|前一个)的?(?:场景)?|场景#?(?P<id>\d+))?"
                   r"(?:的?(?P<part>联合体成员|成员|用户单位|单位))?")
# 沿用 and a name: with a colon, as on the unit's button.
NAMED = re.compile(r"沿用(?P<colon>:?)(?P<name>.+)")
BUTTON_WORDS = "“沿用：…”是按钮上的字，"
NOTHING_HERE = "这里没有可沿用的内容，请直接输入{asked}。"
ANOTHER_OFFERED = "这里只能沿用场景 #{id} 的{what}（见下方按钮），请点按钮，或直接输入{asked}。"


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
    if named is None:
        return None
    if offered and named["name"] in {_plain(offered.text), _plain(cut(offered.text))}:
        return offered.press
    return _refusal(draft, offered, BUTTON_WORDS) if named["colon"] else None


def _refusal(draft: Draft, offered: Offer | None, words: str) -> str:
    asked = ASKED[draft.cursor]
    if offered is None:
        return words + NOTHING_HERE.format(asked=asked)
    return words + ANOTHER_OFFERED.format(id=offered.draft_id, what=WHAT[draft.cursor],
                                          asked=asked)


def _parts(draft: Draft) -> tuple[str, ...]:
    return ("用户单位", "单位") if draft.cursor == "enterprise" else ("联合体成员", "成员")


def _plain(text: str) -> str:
    """Without spaces, a closing full stop, and full-width forms (：＃１): how the words were
    typed, not what they say."""
    plain = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", plain).rstrip("。.!！")
