"""/stats: where the province, or one city, stands against the notice. A province coordinator
may look at one city as that city's coordinator sees it (its contribution, and how much of it
the province counts); a city coordinator sees their own city only."""

from bot.refusals import refused
from bot.replies import Reply
from flows.province import Row, standing
from flows.stats_text import city_share, standing_text
from storage.people import PROVINCE, Coordinator
from storage.reviews import Entry, ReviewStore

OTHER_CITY = "您是{own}的协调员，只能查看本市的统计，请发送 /stats。"
UNKNOWN_PLACE = ("“{place}”不是本省的城市，请发送 /stats 查看全省，或 /stats 城市名查看一个市"
                 "（可选：{cities}）。")


def standing_report(store: ReviewStore, cities: tuple[str, ...], scope: Coordinator,
                    asked: str | None = None) -> Reply:
    """The standing in the coordinator's scope, or in the city `asked` (a city of `cities`,
    PROVINCE, or a place as typed that is neither)."""
    if asked is not None and asked != scope.city:
        if scope.city != PROVINCE:
            return refused(f"user {scope.user_id} of {scope.city} asked /stats {asked}",
                           OTHER_CITY.format(own=scope.city))
        if asked not in cities:
            return refused(f"user {scope.user_id} asked /stats {asked}",
                           UNKNOWN_PLACE.format(place=asked, cities="、".join(cities)))
        scope = Coordinator(scope.user_id, asked)
    rows = standing_rows(store.entries(scope=scope))
    share = None if scope.city == PROVINCE else city_share(
        rows, standing_rows(store.entries()), scope.city)
    return Reply((standing_text(standing(rows), scope.scope_label, share, cities),))


def standing_rows(entries: list[Entry]) -> list[Row]:
    return [Row(e.id, e.info.status, e.answers, e.duplicate_of, e.distinct) for e in entries]
