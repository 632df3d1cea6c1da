"""The parts of the description written in one paragraph, offered to be filed apart.

An engineer typing one paragraph at 技术指标 often ends it with what the scenario brings
(…MTBF≥1000h；预期减少人员3名，年节约成本50万元), and may open it with the pain point
(人工巡检劳动强度大。要求…); one typing at 现状与痛点 may write all three parts there. Kept
whole, the parts stand under the wrong heading, and the next questions have them written twice.
They are never split by guess (a change may be an indicator too): the engineer is asked, one
press filing each part at its question, 保持不变 keeping the answer whole. A pain point opening
the indicators is added after the pain point answered, which it never replaces.
"""

from collections.abc import Mapping
from typing import Any

from flows.coaching import recognised, recognised_so_far
from flows.description_sentences import results_after
from flows.pain_sentences import pain_before
from flows.suggestions import Suggested

RESULTS_AT_THE_END = ("技术指标最后的“{tail}”读来是预期成效"
                      "（部署后减少几人、效率提升多少、节省多少）。是预期成效请点“{take}”，技术指标保留前面的“{head}”；"
                      "确是技术指标请点“保持不变”。")
TAKE = "后半段填作预期成效"
SPLIT_OFF = "已将“{tail}”填作预期成效，技术指标为：“{head}”。"
PAIN_AND_RESULTS = ("技术指标开头的“{pain}”读来是现状与痛点，最后的“{tail}”读来是预期成效。"
                    "分开填写请点“{take}”：开头接在已填的现状与痛点之后，最后一段填作预期成效，"
                    "技术指标保留中间的“{head}”；确是技术指标请点“保持不变”。")
TAKE_APART = "分开填写"
PAIN_ADDED = "已将“{pain}”接在现状与痛点之后。"
THREE_PARTS = ("这段读来包含场景描述的三部分：现状与痛点“{pain}”，技术指标“{indicators}”，"
               "预期成效“{results}”。分开填写请点“{take}”；整段作现状与痛点请点“保持不变”。")
TAKE_THREE = "分三部分填写"
THREE_FILED = "已分开填写：现状与痛点为“{pain}”，技术指标为“{indicators}”，预期成效为“{results}”。"


class SplitOff(Suggested):
    """A `Suggested` filing only the end of the answer (`answer`) at `key`, the answer before
    it (`rest`) kept at the question; `also` the other parts filed (key: text), `said` what
    the press is told."""

    rest: str
    also: dict[str, str]
    said: str

    def __new__(cls, text: str, answer: str, take: str, key: str, kept: str | None,
                rest: str, also: dict[str, str] | None = None, said: str = "") -> "SplitOff":
        echo = super().__new__(cls, text, answer, take, key, kept)
        echo.rest, echo.also, echo.said = rest, also or {}, said
        return echo


def results_split_off(answers: Mapping[str, Any]) -> SplitOff | None:
    """The offer to file the results ending the indicators (`results_after`), while 预期成效
    is still unanswered, and the pain point opening them (`pain_before`) with it."""
    text = answers.get("indicators")
    if not isinstance(text, str) or "expected_results" in answers:
        return None
    if not (split := results_after(text)):
        return None
    head, tail = split
    pain, indicators = pain_before(head) or ("", head)
    pained = _pain_added(answers.get("pain_point"), pain) if pain else None
    kept = indicators if pained else head
    take = TAKE_APART if pained else TAKE
    asked = (PAIN_AND_RESULTS if pained else RESULTS_AT_THE_END).format(
        pain=pain, tail=tail, take=take, head=indicators if pained else head)
    said = "\n".join(filter(None, (pained and PAIN_ADDED.format(pain=pain),
                                   SPLIT_OFF.format(tail=tail, head=kept),
                                   recognised(kept))))
    return SplitOff(asked, tail, take, "expected_results", recognised_so_far(answers),
                    kept, {"pain_point": pained} if pained else None, said)


def _pain_added(held: Any, pain: str) -> str | None:
    """The pain point answered with `pain` after it; None when it says it already."""
    if not isinstance(held, str) or pain in held:
        return None
    return f"{held.rstrip('。.；;，, ')}。{pain}。"


def three_parts_split_off(answers: Mapping[str, Any],
                          kept: str | None) -> SplitOff | None:
    """The offer to file a paragraph typed at 现状与痛点 as the three parts it holds: its
    pain point, the indicators after it (`pain_before`) and the results ending it
    (`results_after`), while neither later part is answered. Paragraphs pasted apart are
    named to be sent labelled instead (`later_parts_seen`)."""
    text = answers.get("pain_point")
    if (not isinstance(text, str) or "\n" in text.strip()
            or {"indicators", "expected_results"} & answers.keys()):
        return None
    head, results = results_after(text) or ("", "")
    if not results or not (split := pain_before(head)):
        return None
    pain, indicators = split
    parts = {"pain": pain, "indicators": indicators, "results": results}
    said = "\n".join(filter(None, (THREE_FILED.format(**parts), recognised(indicators))))
    return SplitOff(THREE_PARTS.format(take=TAKE_THREE, **parts), indicators, TAKE_THREE,
                    "indicators", kept, f"{pain}。", {"expected_results": results}, said)
