"""/export 苏州 from a province coordinator: the status choice for that one city, each button
exporting the city as its button on the city screen does (`city_button`), so a list reordered
since tells the press expired there too."""

from collections.abc import Sequence

from flows.export_cities import city_button
from flows.export_menu import STATUS_FILTERS
from flows.screens import REVIEW, Button, Screen

ASK_STATUS_OF_CITY = "📤 导出{city}的工作计划表：请选择要导出的场景（标记为重复的场景不导出）。"


def city_status_screen(city: str, cities: Sequence[str]) -> Screen:
    """The statuses to export of `city`, one of the configured `cities`."""
    place = list(cities).index(city) + 1
    buttons = tuple(Button(chosen.label, city_button(status, cities, place))
                    for status, chosen in enumerate(STATUS_FILTERS))
    return Screen(at=REVIEW, text=ASK_STATUS_OF_CITY.format(city=city), choices=(buttons,))
