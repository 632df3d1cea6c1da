"""Recognising the 工作计划表's header texts however a user's copy spells them.

Copies fold header texts in every way a clerk can: full-width letters, spaces and line breaks
inside a header, the provincial 应用产品类型 for the annex's 应用部署产品类型.
"""

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from flows.row import COLUMNS

HEADER_ALIASES = {"product_types": ("应用产品类型",)}


def cell_text(value: Any) -> str:
    """A cell's value as the text a user sees: numbers without ".0", whitespace stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def compact(text: Any) -> str:
    """Header-comparable text: full-width forms folded, every space and line break removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell_text(text)))


_HEADER_KEYS = {
    compact(text): key
    for key, header in COLUMNS
    for text in (header, *HEADER_ALIASES.get(key, ()))
}
_HEADER_STARTS = {key: {text[0] for text, k in _HEADER_KEYS.items() if k == key}
                  for key, _ in COLUMNS}


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[tuple[int, int], dict[str, int]] | None:
    """The row with most header texts, plus the sub-header row below it (部署总数 and its two
    neighbours sit under the merged 2026年11月部署应用目标)."""
    matches: dict[int, dict[str, int]] = {}
    for number, values in enumerate(rows, 1):
        for col, value in enumerate(values, 1):
            key = _HEADER_KEYS.get(compact(value))
            if key:
                matches.setdefault(number, {}).setdefault(key, col)
    if not matches:
        return None
    top = max(matches, key=lambda number: (len(matches[number]), -number))
    below = {k: col for k, col in matches.get(top + 1, {}).items() if k not in matches[top]}
    bottom = top + 1 if below else top
    return (top, bottom), {**matches[top], **below}


def is_header_of(text: str, key: str) -> bool:
    """A cell holding its column's header; the first character tells most data cells apart
    without normalising them."""
    return text[:1] in _HEADER_STARTS[key] and _HEADER_KEYS.get(compact(text)) == key
