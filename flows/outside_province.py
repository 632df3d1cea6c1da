"""Which rows are 省外布局 (填写说明 12): the province's own enterprises' scenarios built outside
it, which it may count as its own, so the engineer is told and the card says so. A central
enterprise group's rows are nationwide and counted apart from any province's (填写说明 1): their
city, wherever it is, is only recorded."""

from collections.abc import Callable, Mapping
from typing import Any

from flows import place_replies
from flows.units import is_central_enterprise


def outside_province(answers: Mapping[str, Any], cities: tuple[str, ...]) -> bool:
    """Whether the row's city is none of the province's `cities` and no central group hands
    it in."""
    city = answers.get("city")
    return (bool(city) and city not in cities
            and not is_central_enterprise(answers.get("submitting_unit") or ""))


def outside_notice(cities: tuple[str, ...], in_municipality: bool
                   ) -> Callable[[Mapping[str, Any]], str | None]:
    """The 省外布局 notice once such a row's city is recorded (`place_replies.outside`)."""
    notice = place_replies.outside(cities, in_municipality)
    return lambda answers: notice(answers) if outside_province(answers, cities) else None
