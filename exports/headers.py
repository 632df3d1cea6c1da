"""Recognising the 工作计划表's header texts however a user's copy spells them.

Copies write header texts in every way a clerk can: full-width letters, spaces and line breaks
inside a header, the provincial 应用产品类型 for the annex's 应用部署产品类型, a hint in
brackets after it (部署总数（台）, 整机应用目标（可多选）). Messages about a column then name it
as the sheet does, so the person who wrote the header recognises it.
"""

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any, NamedTuple

from flows.row import COLUMNS

# Copies' spellings of a header, each exactly: a word added after any header (部署总数单位)
# would name another column, a province's own beside the template's.
HEADER_ALIASES = {
    "product_types": ("应用产品类型",),
    "scenario_name": ("应用场景名称",),
    "submitting_unit": ("报送单位名称",),
    "user_unit": ("用户单位名称",),
    "consortium": ("创新应用联合体成员单位", "创新应用联合体成员单位名称"),
}
# Spellings copies use for the template's words (其它, 场景描述及关键技术要求): one header.
_SAME_WORDS = ((re.compile("其它"), "其他"), (re.compile("[及和]"), "与"))
# Date formats' parts: the year, month and day, quoted or escaped text, and separators.
_DATE_PART = re.compile(r'(?P<year>y{4}|y{2})(?!y)|(?P<month>m{1,2})(?!m)|(?P<day>d{1,2})(?!d)'
                        r'|"(?P<quoted>[^"]*)"|\\(?P<escaped>.)|[-/. 年月日]', re.IGNORECASE)
# Excel's own short date (mm-dd-yy in the file) is shown in the reader's locale, in China so.
_LOCALE_DATE = {"mm-dd-yy": "yyyy/m/d"}
# A hint in brackets, once compact() has folded full-width （） and ［］ to half-width.
_HINT = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")


class Header(NamedTuple):
    rows: tuple[int, int]  # first and last header row
    columns: dict[str, int]  # cell key of `flows.row.COLUMNS` -> column
    names: dict[str, str]  # cell key -> its header as the sheet writes it, spaces removed


def cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell's value as the text a user sees: numbers without ".0", whitespace stripped, a
    date as its `number_format` shows it (`shown_date`)."""
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == time():
        value = value.date()
    if isinstance(value, date) and not isinstance(value, datetime):
        return shown_date(value, number_format)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def shown_date(day: date, number_format: str | None) -> str:
    """A date as a format naming its year shows it (yyyy/m/d: 2026/5/10); else as Excel shows
    "5-10" typed into a cell, the usual way a date gets into the form (5月10日), also for a
    format not read here (a locale's [$-804], a weekday)."""
    pattern = _LOCALE_DATE.get(number_format or "", number_format or "")
    parts = list(_DATE_PART.finditer(pattern))
    if "".join(p.group() for p in parts) != pattern or not any(p["year"] for p in parts):
        return f"{day.month}月{day.day}日"
    return "".join(_date_part(day, part) for part in parts)


def _date_part(day: date, part: re.Match[str]) -> str:
    if year := part["year"]:
        return f"{day.year % 100:02d}" if len(year) == 2 else str(day.year)
    if number := part["month"] or part["day"]:
        value = day.month if part["month"] else day.day
        return f"{value:02d}" if len(number) == 2 else str(value)
    return part["quoted"] if part["quoted"] is not None else part["escaped"] or part.group()


def compact(text: Any) -> str:
    """Header-comparable text: full-width forms folded, every space and line break removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell_text(text)))


def _plain(text: Any) -> str:
    """A header's text compacted, its bracketed hint dropped, its words as the template's."""
    plain = _HINT.sub("", compact(text))
    for spelling, word in _SAME_WORDS:
        plain = spelling.sub(word, plain)
    return plain


_HEADER_KEYS = {
    _plain(text): key
    for key, header in COLUMNS
    for text in (header, *HEADER_ALIASES.get(key, ()))
}
_HEADER_STARTS = {key: {text[0] for text, k in _HEADER_KEYS.items() if k == key}
                  for key, _ in COLUMNS}


def header_key(text: Any) -> str | None:
    """The cell key whose header `text` is, a bracketed hint aside, as copies spell it."""
    return _HEADER_KEYS.get(_plain(text))


def find_header(rows: Sequence[Sequence[Any]]) -> Header | None:
    """The first row with most header texts counting the sub-header row below it (部署总数 and
    its two neighbours sit under the merged 2026年11月部署应用目标). Counted so, the template's
    two rows match as many as a one-row copy of the header pasted below some rows (district
    files put together), which is then a repeated header, not the table's."""
    matches: dict[int, dict[str, tuple[int, str]]] = {}
    for number, values in enumerate(rows, 1):
        for col, value in enumerate(values, 1):
            if key := header_key(value):
                name = re.sub(r"\s+", "", cell_text(value))
                matches.setdefault(number, {}).setdefault(key, (col, name))
    if not matches:
        return None
    headers = {number: _with_sub_header(matches, number) for number in matches}
    top = max(headers, key=lambda number: (len(headers[number][1]), -number))
    last, found = headers[top]
    return Header((top, last), {key: col for key, (col, _) in found.items()},
                  {key: name for key, (_, name) in found.items()})


def _with_sub_header(matches: dict[int, dict[str, tuple[int, str]]], number: int
                     ) -> tuple[int, dict[str, tuple[int, str]]]:
    """The header's last row and its matches, when row `number` is its first."""
    below = {k: found for k, found in matches.get(number + 1, {}).items()
             if k not in matches[number]}
    return number + 1 if below else number, {**matches[number], **below}


def unknown_headers(rows: Sequence[Sequence[Any]], header: Header) -> list[str]:
    """The headers beside the matched ones that name no column of the template, as the sheet
    writes them: each column's lowest text, a sub-header rather than the group above it."""
    texts: dict[int, str] = {}
    for values in rows[header.rows[0] - 1 : header.rows[1]]:
        for col, value in enumerate(values, 1):
            if text := re.sub(r"\s+", "", cell_text(value)):
                texts[col] = text
    matched = set(header.columns.values())
    first, last = min(matched), max(matched)
    while first - 1 in texts:
        first -= 1
    while last + 1 in texts:
        last += 1
    return [texts[col] for col in range(first, last + 1) if col in texts and col not in matched]


def is_header_of(text: str, key: str) -> bool:
    """A cell holding its column's header; the first character tells most data cells apart
    without normalising them."""
    return text[:1] in _HEADER_STARTS[key] and header_key(text) == key
