"""Sorting the rows under the 工作计划表's header, in one pass: data rows, headings between
them, the header pasted again, and the text below the table.

Text that starts below the table (the 填写说明, a `注：`, a signature line) ends it only if a
scenario row follows: clerks type a `注：以下场景为省外布局场景` between rows, or keep typing rows
under the notes of an unedited template, and those rows are as much the province's as the rest.
Below the last scenario row, a row is data only if it reads like one (text in two of 用户单位,
场景名称, 场景描述): a signature line spreads its labels, a seal's unit name and a date over any
columns, and no word list can name every way a province signs its form.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from exports.headers import is_header_of
from exports.template import NOTES_HEADING, SAMPLE_LABEL

HEADING = "标题行“{text}”，不是数据行"
REPEATED_HEADER = "重复的表头，不是数据行"
NOTES_SKIPPED = "说明文字“{text}”（至第 {last} 行），不是数据行"
PARTIAL = "只填了部分内容（用户单位、场景名称、场景描述中不到两项），不是数据行"
_ROW_LABEL = re.compile(rf"\d+|{SAMPLE_LABEL}")
# Where the text below the table starts, in whichever column: the notes' heading (填写说明：,
# 注：) or a signature line's cells: labels (填表人：, 单位（盖章）：, 联系人：, 填报日期：), a seal
# (苏州市工业和信息化局（盖章）) or a date with its year (2026年6月20日).
_NOTES_START = re.compile(rf"(?:{NOTES_HEADING[:-1]}|说明|注|备注)\s*[：:]")
_SIGNATURE_WORD = r"填表|填报|报送|审核|制表|联系|负责|经办|签字|签章|签名|盖章|日期|电话|手机|邮箱"
_SIGNATURE = re.compile(
    rf"[^：:]{{0,10}}(?:{_SIGNATURE_WORD})[^：:]{{0,10}}[：:]"
    r"|[^：:]{0,30}[（(]\s*(?:盖章|签章|签字|公章)\s*[)）]"
    r"|\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\d{1,2}[-/.]\d{1,2})\s*$")
# The answers every scenario row holds; two of them make a row below the table a scenario's.
_SCENARIO_KEYS = ("user_unit", "scenario_name", "description")
# The cells a clerk fills down the whole table, merged or dragged: alone they are a blank line's.
_FILLED_DOWN = ("index", "submitting_unit")


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
    partial: list[int] = field(default_factory=list)  # rows with text, neither data nor notes

    def __post_init__(self) -> None:
        self.last_data = self.data_row - 1
        self._scenario_offsets = [offset for offset, key in self.headers.items()
                                  if key in _SCENARIO_KEYS]
        self._unit_offset = next(offset for offset, key in self.headers.items()
                                 if key == "submitting_unit")
        self._filled_down = {offset for offset, key in self.headers.items()
                             if key in _FILLED_DOWN}

    def add(self, number: int, own: tuple[str, ...], texts: tuple[str, ...]) -> None:
        """`own` is what the row's cells hold, `texts` that with the merges covering it."""
        self.texts.append(texts)
        scenario = self._is_scenario(texts)
        if self.below or _is_below_table(texts):
            if not scenario:
                self.below += [number] if any(texts) else []
                return
            self._resume()
        if not_data := _not_data(own, self.headers):
            self.skipped[number] = not_data
        elif self._is_spacer(texts):
            self._skip_spacer(number, own)
        elif scenario or _ROW_LABEL.fullmatch(texts[0]):
            # Other rows are data only between these: below the last, they are its signature.
            self.last_data = number
        elif any(own):
            self.partial.append(number)

    def tail(self) -> dict[int, str]:
        """The rows below the last scenario row with some of a row's text but not enough to be
        one (a 场景名称 and a count): left out, but named, since they may be a scenario begun."""
        return {number: PARTIAL for number in self.partial if number > self.last_data}

    def _is_scenario(self, texts: tuple[str, ...]) -> bool:
        """Text in two of the answers every scenario holds, other than a signature's: a row
        that begins with a signature label (填表人：, with 张三 in the next cells) is one."""
        first = next((text for text in texts if text), "")
        return not _SIGNATURE.match(first) and sum(
            1 for offset in self._scenario_offsets
            if texts[offset] and not _SIGNATURE.match(texts[offset])) >= 2

    def _is_spacer(self, texts: tuple[str, ...]) -> bool:
        """A row left blank but for the 报送单位 (and its 序号) carried into it."""
        return bool(texts[self._unit_offset]) and not any(
            text for offset, text in enumerate(texts) if offset not in self._filled_down)

    def _skip_spacer(self, number: int, own: tuple[str, ...]) -> None:
        """Read without the merge that covers it, so no scenario comes of it; a unit typed or
        dragged into the row is named, as any other partly filled row's text is."""
        self.texts[-1] = own
        if own[self._unit_offset]:
            self.skipped[number] = PARTIAL
            self.partial.append(number)

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
    """The 填写说明 or a signature line: a first text that starts notes or is a signature's
    (填表人：, a seal, a date; its values may follow in other cells). A row label (a number,
    样例) is the table's."""
    filled = [text for text in cells if text]
    if not filled or _ROW_LABEL.fullmatch(cells[0]):
        return False
    return bool(_NOTES_START.match(filled[0]) or _SIGNATURE.match(filled[0]))

