"""The results written at the end of the indicators, offered to be filed apart.

An engineer typing one paragraph at 技术指标 often ends it with what the scenario brings
(…MTBF≥1000h；预期减少人员3名，年节约成本50万元). Kept whole, the results stand among the
indicators, and 预期成效, asked next, has them written twice. They are never split off by
guess (a change may be an indicator too): the engineer is asked, one press keeping the
indicators before them and filing them as the results, 保持不变 keeping the answer whole.
"""

from collections.abc import Mapping
from typing import Any

from flows.coaching import recognised, recognised_so_far
from flows.description_sentences import results_after
from flows.suggestions import Suggested

RESULTS_AT_THE_END = ("技术指标最后的“{tail}”读来是预期成效"
                      "（部署后减少几人、效率提升多少、节省多少）。是预期成效请点“{take}”，技术指标保留前面的“{head}”；"
                      "确是技术指标请点“保持不变”。")
TAKE = "后半段填作预期成效"
SPLIT_OFF = "已将“{tail}”填作预期成效，技术指标为：“{head}”。"


class SplitOff(Suggested):
    """A `Suggested` filing only the end of the answer (`answer`) at `key`, the answer before
    it (`rest`) kept at the question."""

    rest: str

    def __new__(cls, text: str, answer: str, take: str, key: str, kept: str | None,
                rest: str) -> "SplitOff":
        echo = super().__new__(cls, text, answer, take, key, kept)
        echo.rest = rest
        return echo


def results_split_off(answers: Mapping[str, Any]) -> SplitOff | None:
    """The offer to file the results ending the indicators (`results_after`), while 预期成效
    is still unanswered."""
    text = answers.get("indicators")
    if not isinstance(text, str) or "expected_results" in answers:
        return None
    if not (split := results_after(text)):
        return None
    head, tail = split
    return SplitOff(RESULTS_AT_THE_END.format(tail=tail, take=TAKE, head=head), tail, TAKE,
                    "expected_results", recognised_so_far(answers), head)


def split_off_said(echo: SplitOff) -> str:
    """What the press of the offer is told: where each part went, and the indicators read."""
    said = SPLIT_OFF.format(tail=echo.answer, head=echo.rest)
    return "\n".join(filter(None, (said, recognised(echo.rest))))
