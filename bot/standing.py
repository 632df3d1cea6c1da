"""/stats: where the province, or one city, stands against the notice. A province coordinator
may look at one city as that city's coordinator sees it (its contribution, and how much of it
the province counts); a city coordinator sees their own city only."""

from dataclasses import dataclass, replace

from bot.refusals import refused
from bot.replies import Reply
from bot.returned_cities import as_handed_in, moved_text
from bot.settings import ManyCities, city_scope, own_province_named
from flows.counties import COUNTIES
from flows.deployment_words import Words
from flows.navigation import Questionnaire
from flows.place_spellings import resolve
from flows.province import Row, standing
from flows.stats_text import central_rows, city_share, standing_text
from storage.people import PROVINCE, Coordinator
from storage.reviews import Entry, ReviewStore

# In the deployment's words (`deployment_words`): 本市, 本省, 城市, 全省 of a province.
OTHER_CITY = "您是{city}的协调员，只能查看本{short}的统计，请发送 /stats。"
UNKNOWN_PLACE = ("“{asked}”{unlisted}，请发送 /stats 查看{whole}，或 /stats {place}名"
                 "查看一个{short}（可选：{cities}）。")
IN_CITY = "{county}属于{city}，统计按市汇总，以下为{city}的情况："
# A place none of the deployment's cities that rows name (省外布局, an import's): 按城市 lists
# it, so it is shown as a city is, said to be none.
OUTSIDE_CITY = ("{name}{unlisted}，以下为所填{place}为{name}的场景"
                "（{outside}布局的计入{whole}统计）：")
# How a city's coordinator names their own city (本市, 全市): theirs, as plain /stats is.
OWN_PLACE = ("本{short}", "全{short}")
FULL_STOPS = "。.．"


@dataclass(frozen=True)
class Asked:
    """A place typed after /stats, read: `city` as entries spell it (PROVINCE for 全省), or None
    with `refusal`, what to say of it (none: no place of the deployment's); `county`, the
    county or district of the city it named."""
    typed: str
    city: str | None
    refusal: str = ""
    county: str | None = None


def asked_place(typed: str, cities: tuple[str, ...], own_unit: str) -> Asked:
    """The place as the chat reads it (苏州 is 苏州市, 昆山 is in 苏州市, 全省 or 江苏省 the
    province)."""
    if own_province_named(typed, cities, own_unit):
        return Asked(typed, PROVINCE)
    try:
        city = city_scope(typed, cities, own_unit)
    except ManyCities as error:
        return Asked(typed, None, f"{error}。")
    except ValueError:
        return Asked(typed, None)
    return Asked(typed, city, county=county_named(typed, city))


def county_named(typed: str, city: str) -> str | None:
    """The county or district of `city` that `typed` names (昆山, 江苏省昆山市 → 昆山市); None
    when it names the city itself (苏州, 苏州工业园区), or the province."""
    return resolve(typed, COUNTIES.get(city, ())) if city != PROVINCE else None


def standing_report(store: ReviewStore, survey: Questionnaire, scope: Coordinator,
                    asked: Asked | None = None) -> Reply:
    """The standing in the coordinator's scope, or in the place `asked`; a county asked is
    said to be counted in its city, so its city's figures are not taken for the county's."""
    cities, words = survey.field("city").choices, survey.words()
    if asked is not None and own_place(asked, scope, words):
        asked = None
    if asked is not None and asked.city != scope.city:
        if scope.city != PROVINCE:
            return refused(f"user {scope.user_id} of {scope.city} asked /stats {asked.typed}",
                           OTHER_CITY.format(city=scope.city, short=words.short))
        if asked.city is None and not asked.refusal:
            asked = _outside(asked, store, cities)
        if asked.city is None:
            return refused(f"user {scope.user_id} asked /stats {asked.typed}", asked.refusal
                           or UNKNOWN_PLACE.format(asked=asked.typed, cities="、".join(cities),
                                                   **words._asdict()))
        scope = Coordinator(scope.user_id, asked.city)
    everyone, moved = as_handed_in(store, store.entries())
    mine = [e for e in everyone if scope.covers(e.city)]
    rows = standing_rows(mine)
    share = None if scope.city == PROVINCE else city_share(
        rows, standing_rows(everyone), scope.city)
    text = standing_text(standing(rows), scope.scope_in(words.whole), share, cities, words,
                         central_rows(rows))
    if share is not None and (here := {e.id: moved[e.id] for e in mine if e.id in moved}):
        text += "\n" + moved_text(here, words.short, words.place)
    if asked is not None and asked.county:
        text = f"{IN_CITY.format(county=asked.county, city=scope.city)}\n{text}"
    if scope.city not in (PROVINCE, *cities):
        text = f"{OUTSIDE_CITY.format(name=scope.city, **words._asdict())}\n{text}"
    return Reply((text,))


def _outside(asked: Asked, store: ReviewStore, cities: tuple[str, ...]) -> Asked:
    """The place asked as rows outside the deployment's cities name it (深圳 for 深圳市), which
    the province's 按城市 counts: refused, it would be counted where it cannot be looked at."""
    named = sorted({e.city for e in store.entries(keys=()) if e.city and e.city not in cities})
    return replace(asked, city=resolve(asked.typed, tuple(named)))


def own_place(asked: Asked, scope: Coordinator, words: Words) -> bool:
    """本市 or 全市 typed by a city's coordinator; from the province's, it names no city."""
    typed = asked.typed.strip().rstrip(FULL_STOPS).strip()
    return scope.city != PROVINCE and typed in {own.format(short=words.short)
                                                 for own in OWN_PLACE}


def standing_rows(entries: list[Entry]) -> list[Row]:
    return [Row(e.id, e.info.status, e.answers, e.duplicate_of, e.distinct) for e in entries]
