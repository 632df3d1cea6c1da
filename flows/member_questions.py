"""A member answer opened by a question about the column (为什么要写大学？我们只有恒远机器人有限
公司): saved, the question would stand in the plan's cell as one member's name. It is answered
from 填写说明 8 and the names asked for again, the words after the question quoted to be sent
alone. They are not saved as the answer: asked so, the engineer is unsure what belongs here
(恒远机器人有限公司 typed at 其他成员 is a maker, which the question before asks), and the
member names take spoken words (我们只有…) as part of a unit's name.

Only an opening sentence ending ？ or ? and asking (为什么, 能否, 是否, 必须, 一定要, 要不要, …吗)
counts: no unit's name holds a question mark, and one typed after a name alone (东南大学？) asks
nothing, nor one in brackets after a name (宇树科技（是否必须本地企业？）): an unclosed bracket
before the mark keeps it inside the list. A message that is only a question is the engine's
(`typed_replies.asks`).

The words after the question are quoted only when they read as units' full names (恒远机器人
有限公司、东南大学): spoken words (我们没有, 找了东南大学, 做机器人本体的，…) quoted as what to send
would be saved as names, so the question is answered and the names asked for again."""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows.member_refusals import yes_to_members
from flows.member_tables import MAKERS, PARTNERS
from flows.org_names import ENGLISH_END, NAME_ENDED, split_names
from flows.spoken_leads import SPOKEN_WORDS

QUESTION = re.compile(r"(?P<question>[^？?\n]{1,40}?[？?]+)\s*(?P<rest>\S.*)", re.S)
ASKING = re.compile(r"为什么|为啥|怎么|能否|能不能|可以|可否|是否|必须|一定要|要不要|需不需要|需要"
                    r"|难道|哪些|什么|吗|么|呢")
# Spoken words before the names after the question (我们只有…, 我方就是…).
SPOKEN_LEAD = re.compile(r"^(?:我们|我方|我司|本单位)?(?:就|也|目前|现在)?"
                         r"(?:只有|仅有|只|就是|是|有)?(?:一家)?[：:，,、\s]*")
OPENING, CLOSING = re.compile(r"[（(]"), re.compile(r"[）)]")
ANSWERS = {
    MAKERS: "这一问填参与联合攻关的整机企业（或应用服务商），至少一家；科研院所、高校、零部件或"
            "模型算法企业等其他成员在下一问填写，没有可跳过（填写说明 8）。",
    PARTNERS: "这一问填参与联合攻关的科研院所、零部件或模型算法企业等其他成员，选填，没有可点"
              "“跳过”；整机企业（或应用服务商）在上一问填写，至少一家（填写说明 8）。",
}
ASKED = "“{question}”是在提问，这条没有保存。{answer}"
SEND_ALONE = "要填“{rest}”，请单独发送。"


def question_first(text: str) -> re.Match[str] | None:
    """The question opening `text` and the words after it, if a question opens it; read
    before the names are filed by kind, which would file the question as a unit."""
    found = QUESTION.fullmatch(text.strip())
    if not found or _in_brackets(found["question"]):
        return None
    return found if ASKING.search(found["question"]) else None


def _in_brackets(question: str) -> bool:
    """Does the question mark close words opened by a bracket (宇树科技（是否必须本地企业？)?"""
    return len(OPENING.findall(question)) > len(CLOSING.findall(question))


def _reads_as_names(rest: str) -> bool:
    """Are the words after the question units' full names, fit to be quoted as what to send?"""
    names = split_names(rest)
    return bool(names) and all((NAME_ENDED.search(name) or ENGLISH_END.search(name))
                               and not SPOKEN_WORDS.search(name) for name in names)


def asked_first(key: str) -> Callable[[Mapping[str, Any], str], str | None]:
    """Why a member answer at the `key` question opened by a question is not saved, with the
    question answered and the words after it quoted."""
    def refusal(answers: Mapping[str, Any], text: str) -> str | None:
        if not (found := question_first(text)):
            return None
        rest = SPOKEN_LEAD.sub("", found["rest"].strip()).rstrip("。.！!")
        said = ASKED.format(question=found["question"], answer=ANSWERS[key])
        return said + (SEND_ALONE.format(rest=rest) if _reads_as_names(rest) else "")

    return refusal


def member_refusal(key: str) -> Callable[[Mapping[str, Any], str], str | None]:
    """The `key` member question's refusals of typed words: a yes (`yes_to_members`) or an
    opening question (`asked_first`)."""
    said_yes, asked = yes_to_members(key), asked_first(key)
    return lambda answers, text: said_yes(answers, text) or asked(answers, text)
