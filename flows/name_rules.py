"""The rules of the name questions (用户单位, 场景名称, 所属行业, 细分方向). Each reads its answer
without the words of a correction that open it (不对，应该是变电站巡检 is saved as 变电站巡检,
`correction_words`; also 换成… and, with its own label, 场景名称改为…), and, but for the
场景名称, judges what follows even when it is refused
(不对，应该是社区食堂 at 所属行业 is told it names a place, not that it reads as a sentence); an
answer under its minimum length is told what it looks like (`short_refusals`): a short 用户单位
is asked for in full (`short_units`). An answer given before is refused after the opening
too (不对，应该是电力 at 细分方向, 电力 the 所属行业: `repeated`)."""

from collections.abc import Callable, Mapping
from typing import Any

from flows import other_answers, rules
from flows.correction_words import NAME_SHOULD_BE, corrected, opening
from flows.names import scenario_name_problem, short_name_problem
from flows.own_labels import OWN_LABELS
from flows.short_refusals import told_when_short
from flows.short_units import short_unit
from flows.unit_refusals import coordinating_unit, latin_unit


def name_opening(key: str | None) -> Any:
    """A correction's opening words at the name question `key`, its own label among them."""
    return opening(NAME_SHOULD_BE, OWN_LABELS[key] if key else None)


def corrected_rule(*checks: Any, key: str | None = None) -> Any:
    """`rules.rule` of `checks`, reading the answer without a correction opening it, which
    may name the question `key` (行业改为…)."""
    return corrected(rules.rule(*checks), judged_after=True, leading=name_opening(key))


def repeated(keys: tuple[str, ...], what: str, then: str, key: str | None = None
             ) -> Callable[[Mapping[str, Any], str], str | None]:
    """`other_answers.repeated` at the name question `key`, judging also what follows a
    correction's opening, as the question's rule does: 不对，应该是电力 at 细分方向 repeats the
    所属行业 电力 as much as 电力 alone does."""
    refused = other_answers.repeated(keys, what, then)
    leading = name_opening(key)

    def refused_after_opening(answers: Mapping[str, Any], text: str) -> str | None:
        found = leading.match(text)
        rest = text[found.end():] if found else ""
        return refused(answers, text) or (refused(answers, rest) if rest.strip() else None)

    return refused_after_opening


def industry_rule(*checks: Any) -> Any:
    """The 所属行业's rule: `checks`, read without a correction's opening (行业改为…)."""
    return corrected_rule(*checks, key="industry")


def unit_rule(check: Any, *refusals: Any) -> Any:
    """The 用户单位's rule: `check`, then the 工信 department and names in Latin letters only
    (`unit_refusals`), then `refusals`; a name too short for `check` is told what it looks
    like by `refusals`, or else asked for as registered (`short_unit`)."""
    own = (coordinating_unit, latin_unit)
    return corrected_rule(told_when_short(check, *own, *refusals, short_unit), *own, *refusals,
                          key="enterprise")


def scenario_name_rule(*checks: Any) -> Any:
    """The 场景名称's rule: at least 4 characters (a shorter name told what it looks like,
    `short_name_problem`), then `checks`, then whether the name is specific
    (`scenario_name_problem`)."""
    # judged whole when what follows the opener is refused: 不对，应该是<a unit> is told it
    # corrects the 用户单位 (`late_corrections`), which the unit alone does not say
    return corrected(rules.rule(told_when_short(rules.name(60, min_length=4), short_name_problem),
                                *checks, scenario_name_problem),
                     leading=name_opening("scenario_name"))
