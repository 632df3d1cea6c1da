"""/export 苏州 (or /export苏州, /export 苏州市): the place typed after /export, read as /stats
reads it (`asked_place`). A province coordinator gets that city's rows, as its button on the
city screen gives them; a city coordinator naming another place is refused, as at /stats; a
word naming no city is told so with the usage, never taken for the whole province. A status
typed with it (/export 苏州 全部) is pressed for the coordinator (`status_pressed`)."""

from dataclasses import replace

from bot.refusals import refused
from bot.replies import Reply
from bot.standing import Asked, own_place
from flows.deployment_words import Words
from flows.export_actions import ExportCity, ExportStatus
from flows.export_cities import city_button, whole_button
from flows.export_menu import status_screen
from flows.export_one_city import city_status_screen
from storage.people import PROVINCE, Coordinator

# In the deployment's words (`deployment_words`): 本市, 不是本省的城市, 城市 of a province.
OTHER_CITY = "您是{city}的协调员，只能导出本{short}的场景，请发送 /export。"
UNKNOWN_PLACE = "“{asked}”{unlisted}。"
USAGE = ("用法：/export 按状态和范围选择要导出的场景；/export {place}名 导出一个{short}的场景"
         "（可选：{cities}）。")
IN_CITY = "{county}属于{city}，导出按市汇总，以下为{city}的场景。\n"


def place_menu(coordinator: Coordinator, asked: Asked | None, cities: tuple[str, ...],
               words: Words) -> Reply:
    """The export menu of the coordinator's scope, or of the place `asked` within it."""
    if asked is not None and own_place(asked, coordinator, words):
        asked = None
    if asked is None or asked.city == coordinator.city:
        return Reply(screen=_in_county(status_screen(), asked))
    if asked.city is None or (coordinator.city == PROVINCE and asked.city not in cities):
        said = asked.refusal or UNKNOWN_PLACE.format(asked=asked.typed, **words._asdict())
        usage = USAGE.format(cities="、".join(cities), **words._asdict())
        return refused(f"user {coordinator.user_id} asked /export {asked.typed}", said + usage)
    if coordinator.city != PROVINCE:
        said = OTHER_CITY.format(city=coordinator.city, short=words.short)
        return refused(f"user {coordinator.user_id} of {coordinator.city} asked /export "
                       f"{asked.typed}", said)
    return Reply(screen=_in_county(city_status_screen(asked.city, cities), asked))


def status_pressed(coordinator: Coordinator, asked: Asked | None, status: int,
                   cities: tuple[str, ...], words: Words) -> ExportStatus | ExportCity | None:
    """The button a status typed with the place (/export 苏州 全部) stands for: that city's, the
    whole province's (全省), or the status alone (the city's file, or the province's city
    choice); None where the place is refused, which `place_menu` says."""
    if asked is not None and own_place(asked, coordinator, words):
        asked = None
    if asked is None:
        return ExportStatus(status)
    if asked.city == coordinator.city:
        return whole_button(status) if coordinator.city == PROVINCE else ExportStatus(status)
    if coordinator.city == PROVINCE and asked.city in cities:
        return city_button(status, cities, cities.index(asked.city) + 1)
    return None


def in_county(reply: Reply, asked: Asked | None) -> Reply:
    """A file of a county's city (/export 昆山 全部), said to be the city's, as on its screen."""
    if asked is None or not asked.county or not reply.messages:
        return reply
    said = IN_CITY.format(county=asked.county, city=asked.city) + reply.messages[0]
    return replace(reply, messages=(said, *reply.messages[1:]))


def _in_county(screen, asked: Asked | None):
    """A county asked (昆山) is said to be exported with its city, so the file of the whole
    city is not taken for the county's."""
    if asked is None or not asked.county:
        return screen
    return replace(screen, text=IN_CITY.format(county=asked.county, city=asked.city)
                   + screen.text)
