"""The questionnaire as one deployment asks it: its own 报送单位 and its cities in the
questions that name them. The questions themselves are in `questionnaire.py`."""

from dataclasses import replace
from functools import partial
from typing import Annotated

from pydantic import BeforeValidator

from flows import county_brands, place_replies, places, rules, zones
from flows.deployment_words import in_municipality
from flows.field import Field
from flows.outside_province import outside_notice
from flows.questionnaire import CITY_PROMPT, DISTRICT_PROMPT, FIELDS
from flows.units import example_department, read_as_unit, submitting_unit
from flows.user_units import place_as_unit

# The unit's question as the questionnaire asks it, whose rule a deployment's reads after a zone.
_ENTERPRISE = next(field for field in FIELDS if field.key == "enterprise")


def example_city(cities: tuple[str, ...]) -> str:
    """The city an example names: the template's own (苏州市) where it is configured, else the
    deployment's first, so no engineer elsewhere is shown a city of Jiangsu."""
    return "苏州市" if "苏州市" in cities else cities[0]


def configure(own_unit: str, cities: tuple[str, ...]) -> tuple[Field, ...]:
    """The questionnaire with this deployment's 报送单位 and city list; the province the
    报送单位 names (`places.home_of`) is where the cities are."""
    home = places.home_of(own_unit)
    municipal = in_municipality(own_unit)
    past_zone = zones.without_zone_elsewhere(cities, home)  # 恒远… 无锡高新区 at 无锡市
    presets = {
        "submitting_unit": {"choices": (own_unit,), "rule": rules.rule(submitting_unit(own_unit)),
                            "hint": f"例：{example_department(own_unit)} / XX中央企业",
                            "read_as": read_as_unit(own_unit)},
        "city": {
            "prompt": DISTRICT_PROMPT if municipal else CITY_PROMPT,
            "choices": cities,
            "hint": f"例：{example_city(cities)}",
            "rule": rules.rule(county_brands.asked(places.city(cities, home), cities, home)),
            "feedback": outside_notice(cities, municipal),
            "splits": county_brands.kept(places.unit_at_city(cities, home), cities, home),
            "read_as": place_replies.unit_not_kept(
                partial(places.more_than_a_place, cities=cities, home=home)),
        },
        "enterprise": {"splits": zones.zone_kept(places.unit_as_written(cities, home), cities,
                                                 home),
                       "typed_refusal": zones.zone_refused(place_as_unit(cities, home), cities,
                                                           home, "区" if municipal else "设区市"),
                       "rule": Annotated[_ENTERPRISE.rule, BeforeValidator(past_zone)]},
    }
    return tuple(
        replace(field, **presets[field.key]) if field.key in presets else field
        for field in FIELDS
    )
