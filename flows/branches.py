"""A unit named as a branch of its parent (南京钢铁股份有限公司盐城分公司, 苏州XX（宿迁）有限公司,
…有限公司（无锡工厂）): the parent's place begins the name, the branch's own place comes after
it. The scenario is at the branch, so the city the name begins with may be no city of the
scenario's: flows/places.py takes the branch's place only when 分公司 follows it directly,
and otherwise asks which city is meant.
"""

import re

# …有限公司无锡分公司, …集团常州工厂, …集团宿迁医院有限公司: a place right after the parent's
# legal ending.
_AFTER_PARENT = re.compile(r"(?:公司|集团)(?P<place>[^\W\d_]{2,8}?)"
                           r"(?:(?P<kind>分公司|子公司|分厂|工厂|基地|分院|办事处)|\w*有限公司)$")
# 昆山恒远精密 江阴工厂: a place after a pause, with no legal ending before it.
_AFTER_A_PAUSE = re.compile(r"\s(?P<place>[^\W\d_]{2,8}?)(?:分公司|分厂|工厂|基地)$")
# 苏州XX（宿迁）有限公司, …有限公司（无锡工厂）: a place in brackets inside or after the name.
_BRACKETED = re.compile(r"[（(](?P<place>[^\W\d_]{2,8}?)(?:分公司|分厂|工厂|基地)?[)）]")


def branch(name: str) -> tuple[str, str] | None:
    """The place naming a branch of the unit, and the word after it (分公司 for …有限公司无锡
    分公司: the branch is in 无锡, whatever city the parent's name begins with); none for a
    word in brackets or a subsidiary's, or after a pause, which may be no place at all
    (苏州XX（集团）有限公司, 南京钢铁集团冶金铸造有限公司, 苏州 恒远分公司); None for a unit
    named as itself."""
    if found := _AFTER_PARENT.search(re.sub(r"\s+", "", name)):  # …有限公司 盐城分公司 too
        return found["place"], found["kind"] or ""
    if found := _BRACKETED.search(name) or _AFTER_A_PAUSE.search(name):
        return found["place"], ""
    return None
