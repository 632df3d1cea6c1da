"""The ways the province's cities and their counties are written (苏州市, 苏州, 昆山市, 昆山,
武进), worked out once for each deployment's cities: every typed city and every check of a
whole row looks them up."""

from functools import cache

from flows.jiangsu_counties import JIANGSU_COUNTIES


def cities_named(name: str, cities: tuple[str, ...]) -> list[str]:
    """The cities of `cities` a text names anywhere, by their own name or a county's."""
    return [city for (city, own), (_, counties) in zip(
                own_names(cities), county_names(cities), strict=True)
            if any(place in name for place in (*own, *counties))]


@cache
def own_names(cities: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each city with the ways it is written (苏州市, 苏州), worked out once: every typed city
    and every check of a whole row looks them up."""
    return tuple((city, (city, short(city))) for city in cities)


@cache
def every_spelling(cities: tuple[str, ...]) -> frozenset[str]:
    """Every way the cities and their counties are written, for telling a place alone."""
    return frozenset(s for _, names in (*own_names(cities), *county_names(cities))
                     for s in names)


@cache
def county_names(cities: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each city with the ways its counties and districts are written (昆山市, 昆山, 武进)."""
    return tuple((city, tuple(spelling for county in JIANGSU_COUNTIES.get(city, ())
                              for spelling in (county, short(county))))
                 for city in cities)


def short(place: str) -> str:
    """苏州市 → 苏州, 昆山市 → 昆山, 武进区 → 武进, 浦东新区 → 浦东 (no one says 浦东新); a
    name of one character once shortened stays whole."""
    bare = place.removesuffix("市").removesuffix("县").removesuffix("新区").removesuffix("区")
    return bare if len(bare) >= 2 else place
