"""Sorting the rows under the 工作计划表's header, in one pass: data rows, headings between
them, the header pasted again, and the text below the table.

Text that starts below the table (the 填写说明, a `注：`, a signature line) ends it only if no
data row follows: clerks type a `注：以下场景为省外布局场景` between rows, or keep typing rows
under the notes of an unedited template, and those rows are as much the province's as the rest.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from exports.headers import is_header_of
from exports.template import NOTES_HEADING, SAMPLE_LABEL

HEADING = "标题行“{text}”，不是数据行"
REPEATED_HEADER = "重复的表头，不是数据行"
NOTES_SKIPPED = "说明文字“{text}”（至第 {last} 行），不是数据行"
_ROW_LABEL = re.compile(rf"\d+|{SAMPLE_LABEL}")
# Where the text below the table starts, in whichever column: the notes' heading (填写说明：,
# 注：) or a signature line's labels (填报单位（盖章）：, 联系人：, 填报日期：).
_NOTES_START = re.compile(rf"(?:{NOTES_HEADING[:-1]}|说明|注|备注)\s*[：:]")
_SIGNATURE = re.compile(r"(?:填报|报送|审核|制表|联系|负责|经办|签字|盖章|日期|电话|手机|邮箱)"
                        r"[^：:]{0,10}[：:]")


@dataclass
class RowScan:
    """The rows below the header as one pass sorts them. One line of text below the table
    followed by rows is a heading of the table's; several are the notes rows were typed under."""

    data_row: int
    headers: Mapping[int, str]  # offset in a row's texts -> cell key, for repeated headers
    texts: list[tuple[str, ...]] = field(default_factory=list)  # every row's, from data_row
    skipped: dict[int, str] = field(default_factory=dict)
    last_data: int = 0
    notes: tuple[int, int] | None = None
    below: list[int] = field(default_factory=list)  # rows of text below the table since then

    def __post_init__(self) -> None:
        self.last_data = self.data_row - 1

    def add(self, number: int, own: tuple[str, ...], texts: tuple[str, ...]) -> None:
        """`own` is what the row's cells hold, `texts` that with the merges covering it."""
        self.texts.append(texts)
        if self.below or _is_below_table(texts):
            if _is_text_below(texts):
                self.below += [number] if any(texts) else []
                return
            self._resume()
        if not_data := _not_data(own, self.headers):
            self.skipped[number] = not_data
        elif any(texts):
            self.last_data = number

    def _resume(self) -> None:
        """A data row follows the text below the table: that text is inside it after all."""
        first, last = self.below[0], self.below[-1]
        text = next(text for text in self.texts[first - self.data_row] if text)
        if first == last:
            self.skipped[first] = HEADING.format(text=text)
        else:
            self.skipped[first] = NOTES_SKIPPED.format(text=text, last=last)
            # Read as blank lines: no note is a scenario, nor carried down by a merge.
            blank = ("",) * len(self.texts[0])
            for number in range(first + 1, last + 1):
                self.texts[number - self.data_row] = blank
            self.notes = self.notes or (first, last)
        self.below = []


def _not_data(cells: Sequence[str], headers: Mapping[int, str]) -> str | None:
    """Why a row inside the table holds no scenario: a heading (text in the first cell only,
    and not a row label), or the header again (two columns' own header texts, `headers` being
    offset -> cell key). None for every other row."""
    if cells[0] and not any(cells[1:]) and not _ROW_LABEL.fullmatch(cells[0]):
        return HEADING.format(text=cells[0])
    if sum(1 for offset, key in headers.items() if is_header_of(cells[offset], key)) >= 2:
        return REPEATED_HEADER
    return None


def _is_below_table(cells: Sequence[str]) -> bool:
    """The 填写说明 or a signature line: a first text that starts notes, or a row of nothing but
    signature labels. A row label (a number, 样例) is the table's."""
    filled = [text for text in cells if text]
    if not filled or _ROW_LABEL.fullmatch(cells[0]):
        return False
    return bool(_NOTES_START.match(filled[0]) or all(_SIGNATURE.match(text) for text in filled))


def _is_text_below(cells: Sequence[str]) -> bool:
    """Once the table has ended: the notes' lines (one cell of text each, whichever column
    they start in) and a signature line, labels with what was written after them."""
    filled = [text for text in cells if text]
    return (len(filled) <= 1 or _is_below_table(cells)
            or any(_SIGNATURE.match(text) for text in filled))
