"""Similar scenarios (填写说明 5): rows whose name, industry and description are highly alike
count as one scenario, so they are found and shown together.
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from flows.compared_names import compared_name, same_work
from flows.row import description_cell, indicators_text, industry_cell

THRESHOLD = 75.0
# The answers the comparison reads: name, industry and the description's parts.
COMPARED_KEYS = (
    "scenario_name", "industry", "sub_direction",
    "pain_point", "indicators", "indicators_more", "expected_results", "innovation",
)
WEIGHTS = {"name": 0.4, "industry": 0.2, "description": 0.4}
# 填写说明 5 asks for name, industry and description all alike: a shared name and industry
# alone would reach THRESHOLD, so name and description must each reach PART_FLOOR on their
# own too. So must the technical indicators (the 关键技术要求): two stations of one plant share its
# pain-point paragraph, which lifts the whole description, yet are different work. A copy
# that keeps only some of the other's indicators is still alike (partial_ratio, tried only
# where the plain ratio falls short: it costs some twenty times as much).
# Coordinators mark what this misses as duplicates by hand, and split a pair found wrongly
# (不是同类场景): the pair is then not alike anywhere.
PART_FLOOR = 60.0
# Alike rows linked into one set up to this many are grouped in the fewest groups possible
# (`_fewest`); a larger set, never seen in a province's rows, in 序号 order only.
EXACT_UP_TO = 10


@dataclass(frozen=True)
class Match:
    other_id: int
    score: float


Texts = dict[str, str]  # a row's compared parts, `requirements` floored only


def texts_of(answers: Mapping[str, Any]) -> Texts:
    """The cells the comparison reads, as the template would show them; the name is compared
    as `compared_name` words it (no voltage class, line or phase number, or 智能), and shown
    as written."""
    name = answers.get("scenario_name") or ""
    return {
        "name": name,
        "compared": compared_name(name),
        "industry": industry_cell(answers),
        "description": description_cell(answers),
        "requirements": indicators_text(answers),
    }


def matches(mine: Texts, others: Sequence[tuple[int, Texts]]) -> list[Match]:
    """Other rows alike enough to count as the same scenario, most alike first. Texts are
    drawn from the rows by the caller (`texts_of`), which may keep them between calls.

    The score (0–100) weighs name and description above industry; name and description must
    each reach PART_FLOOR as well, and so must the indicators; names of different work
    (`same_work`) are never alike. As no row is alike without its name reaching PART_FLOOR,
    the names are compared first, all at once, then the descriptions of the rows whose name
    does (and names the same work), all at once too: a province's /stats compares every pair
    of its rows, and what is compared one pair at a time is most of its time.
    """
    names = [texts["compared"] for _, texts in others]
    named = {index: score for _, score, index in process.extract(
        mine["compared"], names, scorer=fuzz.ratio, score_cutoff=PART_FLOOR, limit=None)
        if same_work(mine["compared"], names[index])}
    described = process.extract(
        mine["description"], {index: others[index][1]["description"] for index in named},
        scorer=fuzz.ratio, score_cutoff=PART_FLOOR, limit=None)
    found = []
    for _, description, index in described:
        other_id, texts = others[index]
        total = (WEIGHTS["name"] * named[index] + WEIGHTS["description"] * description
                 + WEIGHTS["industry"] * fuzz.ratio(mine["industry"], texts["industry"]))
        if total >= THRESHOLD and _requirements_alike(mine["requirements"],
                                                      texts["requirements"]):
            found.append((-total, -named[index], index, Match(other_id, total)))
    return [match for *_, match in sorted(found)]


def _requirements_alike(mine: str, other: str) -> bool:
    """Indicators alike, or one keeping only some of the other's: alike as a part of them."""
    return (fuzz.ratio(mine, other, score_cutoff=PART_FLOOR) >= PART_FLOOR
            or fuzz.partial_ratio(mine, other) >= PART_FLOOR)


def similar_groups(rows: Sequence[tuple[int, Mapping[str, Any]]],
                   distinct: Collection[frozenset[int]] = ()) -> list[tuple[int, ...]]:
    """Groups (of two or more ids) of rows each alike to every other, each counting as one
    scenario. 填写说明 5 merges only rows highly alike to each other: of A≈B≈C with A and C
    apart, A and C are two scenarios, so a chain is not one group. Rows join in 序号 order
    the first group all of whose rows they are alike to, so the grouping never shifts, unless
    fewer groups hold them all (`_fewest`).

    The caller leaves out rows a coordinator marked as duplicates: counted through their
    mark, they are in no file, and `lint` groups a file's rows as they are grouped here. Held
    in the group of the row they were marked onto, they pulled rows alike to that row out of
    its group, so that marking a row raised the count.
    Pairs in `distinct` a coordinator judged different scenarios: they are never alike."""
    drawn = sorted((row_id, texts_of(answers)) for row_id, answers in rows)
    alike = {frozenset((row_id, match.other_id)) for index, (row_id, mine) in enumerate(drawn)
             for match in matches(mine, drawn[index + 1 :])} - set(distinct)
    groups = [group for ids in _connected([row_id for row_id, _ in drawn], alike)
              for group in (_fewest(ids, alike) if len(ids) <= EXACT_UP_TO
                            else _first_fit(ids, alike))]
    return sorted(tuple(g) for g in groups if len(g) > 1)


def _connected(ids: list[int], alike: set[frozenset[int]]) -> list[list[int]]:
    """The rows linked by alike pairs, each set in 序号 order: grouped apart from the rest."""
    linked: dict[int, set[int]] = {row_id: set() for row_id in ids}
    for one, other in alike:
        linked[one].add(other)
        linked[other].add(one)
    found, seen = [], set()
    for row_id in ids:
        if row_id not in seen:
            reached, todo = set(), [row_id]
            while todo:
                one = todo.pop()
                if one not in reached:
                    reached.add(one)
                    todo += linked[one] - reached
            seen |= reached
            found.append(sorted(reached))
    return found


def _first_fit(ids: list[int], alike: set[frozenset[int]]) -> list[list[int]]:
    groups: list[list[int]] = []
    for row_id in ids:
        group = next((g for g in groups if all(frozenset((row_id, o)) in alike for o in g)),
                     None)
        if group is None:
            groups.append([row_id])
        else:
            group.append(row_id)
    return groups


def _fewest(ids: list[int], alike: set[frozenset[int]]) -> list[list[int]]:
    """The fewest groups of rows alike to each other, `_first_fit`'s when it needs no more.
    First fit alone may need one group more once a row is left out (marked as a duplicate):
    the fewest never do, so a mark never raises the count."""
    best = _first_fit(ids, alike)

    def place(index: int, groups: list[list[int]]) -> None:
        nonlocal best
        if len(groups) >= len(best):
            return
        if index == len(ids):
            best = [list(g) for g in groups]
            return
        row_id = ids[index]
        for g in groups:
            if all(frozenset((row_id, o)) in alike for o in g):
                g.append(row_id)
                place(index + 1, groups)
                g.pop()
        groups.append([row_id])
        place(index + 1, groups)
        groups.pop()

    place(0, [])
    return best
