"""Goals counted rather than named, as people type them at 整机应用目标.

前两个 and 后两项 count from an end of the three goals on the screen, so they name goals 1、2
and 2、3. 两个 or 2项 alone says how many goals, or which one (the second?): no number is read
from it, and the engineer is asked which goals are meant (flows/tick_remarks.py).
"""

import re

from flows.numbers import chinese_value

# How many goals, not which (两个, 2项): two goals, or the second? No number read, so asked.
COUNTED = re.compile(r"\s*[一两二三123]\s*[个项](?:目标)?\s*[。.]?\s*")
# The first or last goals on the screen counted (前两个, 后两项): their numbers.
FIRST_OR_LAST = re.compile(r"\s*(?P<end>[前后])\s*(?P<count>[一两二三123])\s*[个项]\s*[。.]?\s*")


def counted_numbers(text: str, goals: int) -> str | None:
    """The numbers of the goals `text` counts from an end of `goals` (前两个: 1、2), listed
    with 、; "" for a count alone (两个), which names no number; None for any other text."""
    if COUNTED.fullmatch(text):
        return ""
    if not (end := FIRST_OR_LAST.fullmatch(text)):
        return None
    numeral = end["count"]
    count = min(int(numeral) if numeral.isdecimal() else int(chinese_value(numeral)), goals)
    first = 1 if end["end"] == "前" else goals - count + 1
    return "、".join(str(number) for number in range(first, first + count))
