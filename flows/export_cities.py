"""Which city an /export city button stands for. Callback data holds numbers only, so the
button carries the city's place in the configured list (INTAKE_CITIES) and a mark of the
city's name: a list reordered after the menu was sent puts another city at that place, and
the mark no longer matching tells the button expired, rather than exporting that city."""

import zlib
from collections.abc import Sequence

from flows.export_actions import ExportCity

WHOLE_PROVINCE = 0  # `ExportCity.city` meaning every city: no place in the list to go stale
NO_CITY = 0  # the mark of the whole province's button


def city_mark(city: str) -> int:
    """A number standing for the city's name, the same in every run (unlike `hash`)."""
    return zlib.crc32(city.encode("utf-8"))


def city_button(status: int, cities: Sequence[str], place: int) -> ExportCity:
    """The press exporting the city at 1-based `place` of `cities`, marked with its name."""
    return ExportCity(status, place, city_mark(cities[place - 1]))


def whole_button(status: int) -> ExportCity:
    return ExportCity(status, WHOLE_PROVINCE, NO_CITY)


def city_pressed(action: ExportCity, cities: Sequence[str]) -> str | None:
    """The configured city a button stands for, if the city at its place is still the one
    named on it; None for a place beyond the list or taken by another city since."""
    if not 0 < action.city <= len(cities):
        return None
    city = cities[action.city - 1]
    return city if city_mark(city) == action.mark else None
