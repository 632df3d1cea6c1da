"""A remark in brackets after the 用户单位's name, as a clerk fills the plan's cell by hand:
where the unit is (…有限公司（苏州市）, …有限公司(昆山)), or that the sheet is stamped (（盖章）).
Neither is a word of the name, and the place is the city the cell is otherwise missing. Only a
bracket ending the text and holding one place of the deployment is read so: a bracket inside a
name (苏州星辰（集团）有限公司, XX（中国）有限公司), after a university's (its campus), or
holding any other word (XX有限公司（筹）, XX有限公司（南京分公司）) is the name's own, and kept
as it is. A seal's note is no word of any unit's name, wherever it follows one (`unit_words`).
"""

import re
from collections.abc import Callable

from flows.org_names import ORG_END
from flows.place_spellings import PROVINCE_PREFIX, PROVINCE_SEPARATORS, every_spelling, resolve
from flows.spoken_endings import without_particle

Split = Callable[[str], dict[str, str]]
_TRAILING = re.compile(r"(.+?)\s*[（(]\s*([^（）()]+?)\s*[）)]\s*[。.]?", re.DOTALL)
# A seal's note, wherever it is written after the name (…有限公司（盖章）, …（盖章）（苏州）):
# the sheet's cell asks for the stamp, and no unit's name holds one.
# From the first of a run of spaces only: from each, 4,000 spaces were read 4,000 times.
SEAL = re.compile(r"(?<!\s)\s*[（(【\[]\s*(?:盖章|公章|签章)\s*[）)】\]]")
# A university's campus is named by its city in brackets: 哈尔滨工业大学（深圳） is a full name.
CAMPUS_OF = re.compile(r"(?:大学|学院)$")


def read_brackets(split: Split, cities: tuple[str, ...], home: str | None = None) -> Split:
    """`split` (of 用户单位 into its city and name), reading a place in brackets after the name
    as its city, which a city written before it must not contradict (苏州市/XX有限公司（无锡）
    is read as before: the bracket stays in the name); a stamp's remark is dropped."""
    def split_bracketed(text: str) -> dict[str, str]:
        text = unit_words(text)
        remark = _TRAILING.fullmatch(text.strip())
        city = _deployment_place(remark[2], cities, home) if remark else None
        if (not city or CAMPUS_OF.search(remark[1])
                or (parts := split(remark[1])).get("city") not in (None, city)):
            return split(text)
        name = parts.get("enterprise") or re.sub(r"\s+", "", remark[1])
        return {"city": city, "enterprise": name} if ORG_END.search(name) else {}

    return split_bracketed


def unit_words(text: str) -> str:
    """A unit's name without the words around it that are never a name's: a seal's note
    (`SEAL`) and a particle said after a name's ending (…有限公司吧, `without_particle`)."""
    return without_particle(SEAL.sub("", text))


def unit_name(check: Callable[[object], str]) -> Callable[[object], str]:
    """`check` of a unit's name, given the name without the words `unit_words` drops: in the
    chat as in a file's cell, where a clerk's （盖章） is common."""
    return lambda value: check(unit_words(value) if isinstance(value, str) else value)


def _deployment_place(text: str, cities: tuple[str, ...], home: str | None) -> str | None:
    """The city of `cities` that `text` names and nothing more: one of them, with or without
    市, or one of their counties or districts (昆山, 吴中区), perhaps after the province."""
    place = PROVINCE_PREFIX.sub("", text).lstrip(PROVINCE_SEPARATORS)
    return resolve(place, cities, home) if place in every_spelling(cities) else None
