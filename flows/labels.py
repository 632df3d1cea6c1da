"""Labelled parts of one cell ("技术指标：…", "整机企业：…"): the template's way of holding
several answers in a cell, read back by the import and by the chat when a whole cell is pasted.

An answer may hold a label of its own (an engineer typed `模型算法：甲 关键零部件：乙` as the
模型算法), so a cell this program wrote can show a label twice. Read as people write cells, the
second one would take the first one's place; `faithful` then prefers the reading that writes
the cell back as it is, so nothing is lost and export, import, export stays the same. The same
holds for a half-width colon in an answer (`操作系统：ROS2 仿真平台:Isaac Sim`). Only the spacing
before a label inside an answer may change once, as people separate items by spaces and line
breaks alike: `模型算法：甲，关键零部件：乙` is read as the two items it names, and written back
with a space before 关键零部件.
"""

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from itertools import zip_longest
from typing import TypeVar

COLON = r"\s*[：:]"
WRITTEN_COLON = "："
# A label only counts at the start of a line or after a space or a sentence's end.
LABEL_START = r"(?:^|(?<=[\s。；;，,、]))"
# A list's bullet as typed or copied from Word (● · - ➢), whose Wingdings bullets arrive as
# the letters they are drawn from (➢ as Ø, ■ as §), and as typed in a chat (+ √ →).
BULLET = r"[●•·・▪■□◆◇○◎➢➤►▶→★☆√✓✔*+\-–Ø§]"
# The numbering of a list typed or pasted in the chat (1、 2. （3） （三） ④ 一、 ●): before a
# label it belongs to the label, not to the answer before it.
NUMBERING = (r"(?:\d{1,2}\s*[、.．)）]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]"
             rf"|[①-⑳]|[一二三四五六七八九十]{{1,2}}\s*[、.．]|{BULLET})\s*")
# A list's mark that sets itself apart from the word before it (① （2） ●): glued to an item's
# last word it still begins the next item (①模型算法：甲②关键零部件：乙). Not a number ending in
# 、 or . nor a sign (- + *), which may end that word (ROS2、, 5G+).
_GLUED_MARK = (r"(?:[①-⑳]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]"
               rf"|(?![*+\-–]){BULLET})\s*")
# A list item's number where an item begins, or in brackets (…提高效率（2）降低成本), not a
# decimal's (精度 0.5mm).
LIST_ITEM = re.compile(rf"(?:^|(?<=[\s；;。，,])|(?=[（(])){NUMBERING}(?!\d)")

# A typed label alone on its line, numbered or not, is a heading as Word writes one (二、技术指标↵
# …), colon or none; only where the line begins, as 技术指标要求较高… is a sentence.
_AT_LINE_START = "at_line_start"
_HEADING_END = r"(?=[^\S\n]*\n)"

# What people put between an item and the next label besides spacing (甲，关键零部件：乙): no
# part of either. A full stop ends the item's last sentence and stays, and 、 lists names
# (东南大学、其他：…: a member's name may hold a label of its own).
_BEFORE_LABEL = "，,；;"

Parts = tuple[str, list[tuple[str, str]]]  # unlabelled text before the first label, (key, value)
Reading = TypeVar("Reading")
_Segment = tuple[str, str, str | None]  # (answer key, value, the next label's key)


def label_pattern(labels: Mapping[str, str], typed: bool = False, colon: str = COLON,
                  glued: str = "", bracketed: str = "") -> re.Pattern[str]:
    """A pattern finding any of `labels` (answer key -> label regex) followed by a `colon`.

    `typed` labels are what people paste: also numbered (1、技术指标：) or in brackets
    (【技术指标】), the number and brackets taken with the label, or headings alone on their
    lines. A label `glued` matches (a regex of some of them) also right after the item before,
    behind a list's mark (①模型算法：甲②关键零部件：乙): for labels no answer holds as
    its own words, as a description's parts do (技术指标：①现状：人工45秒②目标：≤15秒). A
    label `bracketed` (a regex of some of them) in brackets is one wherever it stands, glued to
    the words before it too (…存在打火风险【技术指标】…): for a text labelled in brackets."""
    if not typed:
        alternatives = "|".join(f"(?P<{key}>{regex}){colon}" for key, regex in labels.items())
        return re.compile(f"{LABEL_START}(?:{alternatives})", re.MULTILINE)
    alternatives = "|".join(f"(?P<{key}>【\\s*(?:{regex})\\s*】(?:{colon})?|(?:{regex}){colon}"
                            f"|(?({_AT_LINE_START})(?:{regex}){_HEADING_END}|(?!)))"
                            for key, regex in labels.items())
    start = f"(?:(?P<{_AT_LINE_START}>^)[^\\S\\n]*|{LABEL_START})"
    glued_mark = (f"|{_GLUED_MARK}(?=(?:{glued}){colon}|【\\s*(?:{glued})\\s*】)"
                  if glued else "")
    in_brackets = f"|(?=【\\s*(?:{bracketed})\\s*】)" if bracketed else ""
    return re.compile(f"(?:{start}(?:{NUMBERING})?{glued_mark}{in_brackets})(?:{alternatives})",
                      re.MULTILINE)


def labelled_parts(text: str, labels: re.Pattern[str]) -> Parts:
    """Split "甲：… 乙：…" at the labels of a `label_pattern`. A label inside brackets is words
    of the answer around it (恒远灵巧手（12自由度，算法：自研抓取算法）).

    Returns the unlabelled text before the first label and each (answer key, value) in order.
    """
    return split_at(text, labels_in(text, labels))


def labels_in(text: str, labels: re.Pattern[str]) -> list[re.Match[str]]:
    """The labels of a `label_pattern` that `labelled_parts` splits `text` at."""
    return [match for match in labels.finditer(text) if not _in_brackets(text, match.start())]


def _in_brackets(text: str, at: int) -> bool:
    """Within a bracket opened before `at` and not yet closed. When the text leaves a bracket
    open for good, a bracket is counted on its own line only, so the slip hides no label on
    the lines after it."""
    balanced = _opened(text) == 0
    return _opened(text[0 if balanced else text.rfind("\n", 0, at) + 1 : at]) > 0


def _opened(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def written_parts(text: str, labels: Mapping[str, str], separator: str) -> Parts:
    """Split `text` where this program's writer put its labels (answer key -> label, in the
    order written): each exactly as written, at the start or after `separator`. A label out of
    that order, or seen before, is words of the answer before it."""
    alternatives = "|".join(f"(?P<{key}>{re.escape(label)}){WRITTEN_COLON}"
                            for key, label in labels.items())
    pattern = re.compile(f"(?:^|(?<={re.escape(separator)}))(?:{alternatives})")
    rank = {key: position for position, key in enumerate(labels)}
    found: list[re.Match[str]] = []
    for match in pattern.finditer(text):
        if not found or rank[match.lastgroup] > rank[found[-1].lastgroup]:
            found.append(match)
    ends = [following.start() for following in found[1:]] + [len(text)] if found else []
    # The writer leaves out a label with nothing after it: such a label is words too.
    return split_at(text, [match for match, end in zip(found, ends, strict=True)
                         if text[match.end() : end].strip()])


def unlabelled(text: str, found: list[re.Match[str]]) -> str:
    """The text before the first of the labels `found` in `text`."""
    return text[: found[0].start() if found else len(text)].strip()


def faithful(text: str, found: list[re.Match[str]], read: Callable[[Parts], Reading],
             written: Mapping[str, str], separator: str,
             write: Callable[[Reading], str]) -> Reading:
    """The natural reading of a cell (`read` of its parts at the labels `found` by a
    `label_pattern`), unless writing it back
    changes more than spacing and the writer's own reading (`written_parts` of `written`,
    `separator`) gives the cell back.

    More than spacing: a label given twice loses one; or a half-width colon becomes `：`; not
    the order of the items, which the writer puts in its own (关键零部件：乙 操作系统：丙). The
    writer puts `：` after every label it writes, so in a cell laid out exactly as it writes
    one (its labels, and only those, with `：`), `仿真平台:` is words of an answer; in a cell
    typed with half-width labels only, or laid out otherwise, the colon still makes a label.
    Spacing alone is never decided here: a label after a space or on a new line is how people
    type items, and stays a label; so does one after a comma, and a label with nothing after it
    (操作系统：) is an item left empty.
    """
    reading = read(_parted(text, found))
    written_back = write(reading)
    items = _items(text, found, written)
    if written_back == text or _spaced(written_back) == _spaced(items):
        return reading
    as_written = written_parts(text, written, separator)
    writers = read(as_written)
    if _compact(written_back) == _compact(items):  # only the width of some label's colon
        full_width = [match for match in found if match.group().endswith(WRITTEN_COLON)]
        as_laid_out = as_written[1] and writers == read(split_at(text, full_width))
        return writers if as_laid_out and write(writers) == text else reading
    return writers if _spaced(write(writers)) == _spaced(text) else reading


def split_at(text: str, found: list[re.Match[str]]) -> Parts:
    """`text` split at some of the labels found in it: a reader may know some for words."""
    preamble, parts = _segments(text, found)
    return preamble.strip(), [(key, value.strip()) for key, value, _ in parts]


def _parted(text: str, found: list[re.Match[str]]) -> Parts:
    """`split_at`, each part without the comma parting it from the next label on its line
    (甲，技术指标：乙), as the chat's paste stores it. A comma ending a line stays, as the
    writer puts an answer's own there (预期成效：替代3名工人，↵差异化创新点：…) unless
    `line_ends_dropped` knows better, and so does one before another label of the same answer
    (技术指标：…；技术指标：…)."""
    preamble, parts = _segments(text, found)
    return _SEPARATOR.sub("", preamble).strip(), [
        (key, (_SEPARATOR.sub("", value) if following not in (None, key) else value).strip())
        for key, value, following in parts]


def line_ends_dropped(text: str, found: list[re.Match[str]], ended: Collection[str | None]) -> str:
    """`text` without the comma ending the line of an answer of `ended` (its key, None for the
    text before the labels) before the next label on the line after. Such answers the chat
    never stores with one, so only a hand typed it (…20kg，↵技术指标：…；↵预期成效：…), and
    `_parted` keeps a comma ending a line as the answer's own."""
    keys = [None, *(match.lastgroup for match in found)]
    for match, key in reversed(list(zip(found, keys, strict=False))):
        mark = _LINE_END.search(text, 0, match.start())
        if key in ended and key != match.lastgroup and mark and "\n" in mark.group():
            text = text[: mark.start()] + text[mark.start() + 1 :]
    return text


def _segments(text: str, found: list[re.Match[str]]) -> tuple[str, list[_Segment]]:
    """The text before the labels and each part, unstripped."""
    preamble = text[: found[0].start()] if found else text
    parts = []
    for match, following in zip_longest(found, found[1:]):
        end = following.start() if following else len(text)
        parts.append((match.lastgroup, text[match.end() : end],
                      following.lastgroup if following else None))
    return preamble, parts


_SEPARATOR = re.compile(rf"[{_BEFORE_LABEL}][^\S\n]*\Z")
_LINE_END = re.compile(rf"[{_BEFORE_LABEL}]\s*\Z")


def before_label(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The parts without the comma that parts each from the next label (甲，关键零部件：乙)."""
    return [(key, value.rstrip(_BEFORE_LABEL).rstrip()) for key, value in parts[:-1]] + parts[-1:]


def _items(text: str, found: list[re.Match[str]], written: Mapping[str, str]) -> str:
    """The text as the items its labels give, in the order the writer puts them (`written`):
    without the labels left empty or the commas between items, which writing any reading back
    leaves out. Items typed in another order (关键零部件：乙 操作系统：丙) lose nothing when
    written back in the writer's."""
    preamble, parts = _parted(text, found)
    rank = {key: position for position, key in enumerate(written)}
    items = sorted(((key, match.group() + value) for match, (key, value)
                    in zip(found, before_label(parts), strict=True) if value),
                   key=lambda item: rank.get(item[0], len(rank)))
    return preamble + "".join(item for _, item in items)


def _compact(text: str) -> str:
    """Blind to spacing and to full-width forms (： and :)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _spaced(text: str) -> str:
    """Blind to spacing only: `：` and `:` stay apart."""
    return re.sub(r"\s+", "", text)
