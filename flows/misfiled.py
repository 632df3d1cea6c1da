"""A part of the description typed whole at the question of another part.

An engineer who pastes the wrong line, or answers one question ahead, types the indicators at
现状与痛点 (识别准确率不低于98%，插接精度≤1mm) or the results at 技术指标 (替代2名测试工人，效率
提升30%). Saved as typed, the table would show them under the wrong heading. Only an answer
that reads so in every clause is asked about (`requirements_only`, `results_only`): a pain point
with today's figures (人工检测准确率仅85%，每班需4人) or indicators with one result beside them
are the engineer's own. The answer is kept while asked, and one press files it where it reads
as belonging, the question asked again; 保持不变 keeps it. Only a part not answered yet is
offered, so an answer given there is never replaced; typed where this question was answered
already, it is filed there at once and that answer kept (flows/refiled.py), not lost to it.

A deployment count corrected (10台不对应该是6台, flows/corrected_counts.py), or a count alone (12台,
typed at the first question a returned draft opens, 部署总数 flagged later), belongs to no part:
it is refused, pointed to 部署总数 as the product questions point a count (flows/tech_products.py).
"""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows.coaching import recognised_so_far
from flows.continued import rest_awaited
from flows.corrected_counts import MACHINES as COUNTED
from flows.corrected_counts import corrects_a_count, count_given, count_meant
from flows.count_dates import NUMERAL
from flows.count_words import normalized, read_number, unpaused
from flows.description_sentences import requirements_only, results_only
from flows.figures import MACHINES
from flows.split_offers import results_split_off, three_parts_split_off
from flows.suggestions import Suggested
from flows.tech_products import CHANGE_COUNT
from flows.unlabelled_description import later_parts_seen

READS_AS = ("这段读来是{part}（{what}），不是{here}。是{part}请点“{take}”，随后再填写{here}；"
            "确是{here}请点“保持不变”。")
TAKE = "填作{part}"
INDICATORS_ARE = "精度、效率、可靠性要达到的数值"
RESULTS_ARE = "部署后减少几人、效率提升多少、节省多少"
COUNT_TYPED = "“{text}”" + MACHINES + "，不是{here}，没有保存{change}。"
# A count of machines and nothing else (12台, 十二台。).
COUNT_ALONE = re.compile(rf"(?P<count>{COUNTED})[。.！!]*")
FILED_AT = {"pain_point": "indicators", "indicators": "expected_results"}  # where each is offered


def pain_point_echo(answers: Mapping[str, Any]) -> str | None:
    """What the pain point saved is told: the rest awaited (flows/continued.py), the
    indicators typed instead, the three parts typed in one paragraph (flows/split_offers.py),
    or else paragraphs of a later part kept in it (`later_parts_seen`), so the indicators are
    not asked for as if none were given."""
    return rest_awaited(answers) or _read_as(
        answers, "pain_point", ("indicators", "技术指标"), "现状与痛点", requirements_only,
        INDICATORS_ARE, three_parts_split_off(answers, later_parts_seen(answers))
        or later_parts_seen(answers))


def indicators_echo(answers: Mapping[str, Any]) -> str | None:
    """After the indicators: the results typed instead, the results written at their end
    (flows/split_offers.py), or what is recognised of them."""
    return _read_as(answers, "indicators", ("expected_results", "预期成效"), "技术指标",
                    results_only, RESULTS_ARE,
                    results_split_off(answers) or recognised_so_far(answers))


def _read_as(answers: Mapping[str, Any], key: str, other: tuple[str, str], here: str,
             reads: Callable[[str], bool], what: str, otherwise: str | None) -> str | None:
    """The answer at `key` asked about when it reads as the `other` part, which told
    `otherwise` when kept as it is; else just `otherwise`."""
    text = answers.get(key)
    other_key, part = other
    if not isinstance(text, str) or other_key in answers or not reads(text):
        return otherwise
    take = TAKE.format(part=part)
    return Suggested(READS_AS.format(part=part, what=what, here=here, take=take), text, take,
                     other_key, kept=otherwise)


def count_typed(here: str) -> Callable[[str], str | None]:
    """Why a count corrected (10台不对应该是6台), given under its name (部署总数20台) or alone
    (12台) is refused at the question of `here`, with the way to change 部署总数 where the count
    meant is said."""
    def problem(text: str) -> str | None:
        if corrects_a_count(text):
            count = count_meant(text)
        elif (count := count_given(text)) is None and (count := count_alone(text)) is None:
            return None
        change = CHANGE_COUNT.format(count=count) if count else ""
        return COUNT_TYPED.format(text=text.strip(), here=here, change=change)

    return problem


def count_alone(text: str) -> int | None:
    """The count of machines `text` is, with nothing else (12台): 部署总数's answer."""
    alone = COUNT_ALONE.fullmatch(unpaused(normalized(text.strip())))
    return read_number(re.match(rf"[{NUMERAL}]+", alone["count"]).group()) if alone else None
