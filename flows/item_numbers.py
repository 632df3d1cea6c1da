"""Items named by their numbers as people type them: 5、10, 第5项和第10项, 5到10, 五、十, 第三个.

A coordinator flags a return's columns so, an engineer opens a summary item (第8项) or ticks
goals (1、3) so: one reading serves all three.
"""

import re
import unicodedata
from dataclasses import dataclass

from flows.numbers import chinese_value


@dataclass(frozen=True)
class TypedColumns:
    """Items named by number: the columns a return flags, a summary's item, the goals."""

    numbers: tuple[int, ...]  # in the order written, ranges spread out, each once; unchecked
    single: bool  # one number alone (`10`, `第10项`), which may be its button's label


def typed_columns(text: str) -> TypedColumns | None:
    """The items a text made only of item numbers names (`5、10`, `5 10`, `第5项和第10项`,
    `5-10`, `5到10`, `五、十`, `第三个`), whether each exists or not: such a text is never a
    return comment nor an answer. None when the text says anything else."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if len(plain) > 40 or not _only_items(plain):
        return None
    numbers: list[int] = []
    items = list(_COLUMN_ITEM.finditer(plain))
    for item in items:
        low, high = _column_number(item["low"]), _column_number(item["high"] or item["low"])
        low, high = min(low, high), max(low, high)
        numbers += range(low, high + 1) if high - low < 100 else (low, high)
    single = len(items) == 1 and not items[0]["high"]
    return TypedColumns(tuple(dict.fromkeys(numbers)), single)


def _column_number(numeral: str) -> int:
    return int(numeral) if numeral.isdecimal() else int(chinese_value(numeral))


_NUMERAL = r"\d{1,4}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两]"
_COLUMN_ITEM = re.compile(rf"第?\s*(?P<low>{_NUMERAL})\s*(?:[-~—–到至]\s*第?\s*"
                          rf"(?P<high>{_NUMERAL})\s*)?[项列个]?")
_PAUSE = re.compile(r"[\s、,;/和及与]")


def _only_items(text: str) -> bool:
    """Whether `text` is items, each followed by pauses, however its runs split into items
    (1111 is 1111, 1、111, 11、11…; a space closes one item or opens the next). Read
    position by position: one pattern for the whole list tried every split of a run before
    giving up, which for 30 digits then a letter took minutes."""
    after_item = [False] * (len(text) + 1)  # [i]: text[:i] is items and their pauses
    for start in range(len(text)):
        if start and not after_item[start]:
            continue
        if start and _PAUSE.fullmatch(text, start, start + 1):
            after_item[start + 1] = True
        for end in range(start + 1, len(text) + 1):
            after_item[end] = after_item[end] or bool(_COLUMN_ITEM.fullmatch(text, start, end))
    return after_item[-1]
