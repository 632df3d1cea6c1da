"""Tick marks in the template's checkbox cells (应用部署产品类型, 整机应用目标), as Excel, WPS
and people write them, and as engineers type them at the chat's 整机应用目标, which reads them
the same way: other marks than ☑ and ☐ (■ √ [x] 【√】 ● ○, the boxes WPS shows for R
and £), before or after each item, or 是/否 (or 1/0) answering it. A mark that cannot be read
refuses its cell: read as words, it would tick every item.
"""

import re
import unicodedata
from collections.abc import Callable

from flows.org_names import HAN
from flows.row import PRODUCT_FORMS
from flows.typed_buttons import choices_named


class CellError(ValueError):
    """A cell's text cannot be read; the message is the Chinese reason shown to the user."""


# Characters text pasted from web pages and chats carries unseen (zero-width ones, the byte
# order mark). Trimmed only around items and counts: elsewhere a cell is kept as written, so
# an answer exported re-imports unchanged.
UNSEEN = "\u200b\u200c\u200d\u2060\ufeff"
ITEM_TRIM = " \u3000\xa0\t\n、，,；;" + UNSEEN  # what may sit between two ticked items
# Marks as Excel, WPS and people write them, before or after each item: boxes, ticks, ● and
# ○, × for an item not chosen, 是 and 否 answering it (本单位内部署：是), and the letters WPS
# shows in its Wingdings fonts as boxes (R ☑, S ☒, £ ☐; þ ☑, ý ☒, ¨ ☐) before an item's words.
_TICKED = set("☑☒■√✓✔✅xX●◉RSþý是1１")
_WINGDINGS = r"(?<![A-Za-z])[RS](?=[\u4e00-\u9fff])"
# The products, not the forms of 其他类型产品 named after them (仿人形机器人, 仿四足机器人).
PRODUCTS = "(?<!仿)(?:" + "|".join(map(re.escape, PRODUCT_FORMS)) + ")"
# 是 and 否, or a lone 1 and 0 after a colon (本单位：1 同行业：0; a bracketed (1) numbers a
# list), not one inside a note in brackets (☑本单位（数量：1） is ticked by its box).
_YES_NO = r"[：:（(]\s*[是否]"
_ONE_ZERO = r"[：:]\s*[10１０](?![\d.．])(?![^（()）]*[)）])"
_ANSWER_MARK = re.compile(f"{_YES_NO}|{_ONE_ZERO}")
# 是 may carry the item's form in brackets (人形机器人：是（轮式）), read as 人形机器人（轮式）.
# The answer ends at a bracket, a separator or the next product: 是四足机器人 is no form, nor
# 1条产线 or 0成本 an answer.
def _answered(answers: str) -> str:
    return (rf"(?:{answers})(?:\s*[（(][^（）()]*[)）])?"
            rf"(?:(?<=[)）])|(?=$|[\s、，,；;]|{PRODUCTS}))")


_YES_NO_ANSWER = rf"{_YES_NO}\s*[)）]?"
_ANSWERED = _answered(rf"{_YES_NO_ANSWER}|{_ONE_ZERO}")
# A note in brackets inside an item (（预计：3台）, （苏州，无锡两厂）): read as neither an answer
# nor words left unread. A bracketed 是 or 否 is an answer, no note.
_NOTE = re.compile(r"[（(](?!\s*[是否])[^（）()]*[)）]")
# An answer left inside an item: the item and the next one written without a space between
# (本单位：1同行业：0), not a count or a number's name (人形机器人：1台, 1号线). A 1 or 0 only
# where 1/0 answer the items: in a cell ticked by its boxes ☑本单位：0成本复制 is words.
_YES_NO_INSIDE = re.compile(_YES_NO)
_ANSWER_INSIDE = re.compile(rf"{_YES_NO}|[：:]\s*[10１０](?=[\u4e00-\u9fff])(?![台个套件号])")
# What an item answered after it holds that is no answer read: another number after a colon
# (本单位：2台 同行业：0), a second clause (本单位，计划部署1台；同行业：0). Dropped, the cell
# would read as nothing ticked.
_UNREAD_IN_ITEM = re.compile(r"[：:]\s*\d|\S[，,；;]\S")
BOX_CROSSED = ("“{item}”前的方框与其后的“{answer}”不一致：请只用一种标记，在所选项前打☑，"
               "或在每一项后写“：是”“：否”")
MARK_ALONE = "“{mark}”之后没有写所选的项目，请把勾选符号写在所选项前"
ANSWERS_RUN_ON = "无法识别“{item}”：请在每一项的“是”“否”之后空格或换行，再写下一项"
HOW_TO_MARK = "请在所选项前打☑，或在每一项后写“：是”“：否”（或“：1”“：0”）"
UNREAD_ITEM = "无法识别“{item}”：" + HOW_TO_MARK
MARK_BETWEEN = ("无法识别“{item}”：看不出勾选符号属于它前面还是后面的一项，请在所选项前打☑，"
                "或每项单独一行、在所选项后打√")
NONE_ANSWERED_YES = "每一项都写了“否”或“0”，没有选中任何一项：请在所选项后写“是”或“1”"
_FORM_AFTER_ANSWER = re.compile(r"(?<=[是否10１０])\s*[)）]?\s*[（(]([^（）()]*)[)）]$")
# Boxes typed as brackets are read as the boxes they stand for first (`_BRACKET_BOX`).
# A × by a figure (2条线×6台, 复制×3) multiplies: no mark.
_BOXES = rf"[☑☒■☐□√✓✔✅●◉○◯✗✘❌þý¨£]|(?<!\d)(?<!\d\s)×(?!\s*\d)|{_WINGDINGS}"
_MARK = re.compile(rf"({_BOXES}|{_ANSWERED})")
# In a cell ticked by boxes, a 1 or 0 left after an item's words once its box has been read
# (☑人形机器人：轮式，数量：0) is those words', no answer of its own.
_BOX_MARK = re.compile(rf"({_BOXES}|{_answered(_YES_NO_ANSWER)})")
# A box typed as brackets ([ ], [√], 【x】, （勾）), or a mark in brackets (（☑）, (□)): read as
# the box it stands for, so the "√" inside "【√】" is not taken for a mark of its own, nor the
# brackets for an item's words.
_BRACKET_BOX = re.compile(r"\[\s*([xX√✓✔☑☐□]?)\s*\]|【\s*([xX√✓✔☑☐□勾]?)\s*】"
                          r"|[（(]\s*(勾|[√✓✔☑☐□])\s*[)）]")
# A box before an item and an answer after it (☑本单位：1, ☐本单位：是): `_one_mark_each`.
_TICKED_BOX, _EMPTY_BOX = "☑☒■√✓✔✅●◉", "☐□○◯"
_BOX_ANSWERED = re.compile(
    rf"(?P<box>[{_TICKED_BOX}{_EMPTY_BOX}])"
    rf"(?P<item>(?:[^{_TICKED_BOX}{_EMPTY_BOX}：:（()）]|[（(][^（()）]*[)）])+)"
    rf"(?P<answer>{_YES_NO_ANSWER}|{_ONE_ZERO})(?=$|[\s、，,；;（(])")
# Where an item begins in a cell without the marks above, and what follows its first sign: not
# at a + joining two items (本单位 + 跨行业) nor a × multiplying a figure (部署 ×2).
_ITEM_START = re.compile(r"(?:^|(?<=[\s、，,；;]))(?![+＋]|×\s*\d)(\S)(\S?)")
UNREAD_MARK = "无法识别勾选符号“{mark}”，请在所选项前打☑、未选项前打☐"
_TYPED_BULLET = re.compile(r"[◆◇◦•▪▫►▶➤→⇒]")
# A word ticking each item of a cell without marks, spaced from what it ticks (勾选 人形机器人：
# 轮式, 勾 本单位, 是 完成本单位内同类场景复制部署): no item's words. A lone 是 names no item,
# and is refused.
_TICK_WORD = re.compile(r"(?:^|(?<=[\s、，,；;]))(?:勾选?|是)[^\S\n]+(?=\S)")


def ticked_items(text: str, split_unmarked: Callable[[str], list[str]]) -> list[str]:
    """The items a user ticked (`marked_items`)."""
    return marked_items(text, split_unmarked)[0]


def marked_items(text: str, split_unmarked: Callable[[str], list[str]]
                 ) -> tuple[list[str], list[str]]:
    """The items a user ticked, each by the mark before it (☑甲 ☐乙) or after it (甲：是 乙：否),
    and those marked not chosen (☐乙, 乙：否, a line left unmarked beside ticked ones).
    A cell without any mark lists only chosen items, after a tick word before them (勾选 甲).
    A cell with marks it cannot read all of, or answering 否 to every item, is refused: read as
    nothing ticked, it would be told as left empty. The emoji form of a mark (✔️) carries an
    invisible variation selector, no part of an item."""
    written, text = text, _one_mark_each(_BRACKET_BOX.sub(_as_box, text.replace("\ufe0f", "")))
    pieces = (_BOX_MARK if re.match(_BOXES, text.strip()) else _MARK).split(text)
    if len(pieces) == 1:
        if mark := _unread_mark(text):
            raise CellError(UNREAD_MARK.format(mark=mark))
        return split_unmarked(_TICK_WORD.sub("", text)), []
    marks = pieces[1::2]  # re.split with one group: item, mark, item, mark … item
    items = [item.strip(ITEM_TRIM + "：:") for item in pieces[::2]]
    if (items[0] and items[-1]) or any("\n" in item for item in items):
        if lined := _unmarked_lines_boxed(text):  # 甲√↵乙, √甲↵乙: each line an item
            return marked_items(lined, split_unmarked)
    if items[0] and items[-1]:
        boxes_only = all(re.fullmatch(_BOXES, mark) for mark in marks)
        raise CellError((MARK_BETWEEN if boxes_only else UNREAD_ITEM).format(item=written.strip()))
    answered = bool(items[0])  # marks after the items: 甲：是 乙：否
    items = items[:-1] if answered else items[1:]
    inside = _ANSWER_INSIDE if any(map(_ANSWER_MARK.match, marks)) else _YES_NO_INSIDE
    if run_on := _first_outside_notes(inside, items):
        raise CellError(ANSWERS_RUN_ON.format(item=run_on))
    if answered and (unread := _first_outside_notes(_UNREAD_IN_ITEM, items)):
        raise CellError(UNREAD_ITEM.format(item=unread))
    marked = list(zip(marks, items, strict=True))
    ticked = [(mark, item) for mark, item in marked
              if _TICKED & set(_FORM_AFTER_ANSWER.sub("", mark))]
    if not ticked and all(_ANSWER_MARK.match(mark) for mark in marks):
        raise CellError(NONE_ANSWERED_YES)  # said of every item, not left empty
    if alone := next((mark for mark, item in ticked if not item), None):
        raise CellError(MARK_ALONE.format(mark=alone.strip()))
    return ([_with_form(item, mark) for mark, item in ticked],
            [item for mark, item in marked if (mark, item) not in ticked])


def boxes_as_bullets(text: str) -> str:
    """`text` with its empty boxes as bullets where it has no other mark (☐ 跨行业, a button's
    label copied into the chat): typed, they list what is chosen; in a cell only boxes left as
    the template prints them are unticked. Bullets and arrows typed before or between items
    (◆本单位, → 跨行业, 本单位 → 同行业) are no marks either."""
    text = _TYPED_BULLET.sub(" ", text)
    bullets = re.sub(f"[{_EMPTY_BOX}]", " ", _BRACKET_BOX.sub(_as_box, text))
    return text if _MARK.search(bullets) else bullets


def _unmarked_lines_boxed(text: str) -> str | None:
    """The cell with an empty box on each line left unmarked, where each item has its own line
    and the others tick theirs on the same side (甲√↵乙↵丙): which item a mark is beside is
    plain, and a line left unmarked among ticked ones is not chosen, as an empty box beside
    them is. None where a line holds more than one item around a mark (甲√ 乙 丙, which item
    a mark in a line belongs to cannot be told), marks are on either side, or none ticks."""
    lines = [line.strip(ITEM_TRIM) for line in text.split("\n") if line.strip(ITEM_TRIM)]
    sides, ticks = set(), set()
    for line in lines:
        if len(pieces := _MARK.split(line)) == 1:
            continue
        before, mark, after = pieces if len(pieces) == 3 else ("", "", "")
        if not re.fullmatch(_BOXES, mark) or bool(before.strip()) == bool(after.strip()):
            return None
        sides.add(bool(before.strip()))
        ticks |= _TICKED & set(mark)
    if len(sides) != 1 or not ticks:
        return None
    after = sides.pop()
    return "\n".join(line if _MARK.search(line) else (f"{line}☐" if after else f"☐{line}")
                      for line in lines)


def ticked_choices(text: str, choices: tuple[str, ...]) -> list[str]:
    """The choices a cell of the template's checkboxes ticks (☑工业 ☐服务 ☐特种); none when it
    has no marks (read as typed instead), its marks are not read or tick anything but a choice,
    for the rules to judge it as written."""
    try:
        ticked = [choices_named(item, choices) for item in ticked_items(text, lambda _: [])]
    except CellError:
        return []
    return [] if any(len(named) != 1 for named in ticked) else [n[0] for n in ticked]


def _first_outside_notes(pattern: re.Pattern[str], items: list[str]) -> str | None:
    """The first item where `pattern` is found in its words outside notes in brackets: a note
    (（预计：3台）, （苏州，无锡两厂）) says more of a ticked item, no answer nor words unread."""
    return next((item for item in items if pattern.search(_NOTE.sub("", item))), None)


def _one_mark_each(text: str) -> str:
    """The cell with one mark for each item where it has a box and an answer: the template's
    empty boxes left as printed before items answered after them (☐本单位：是 ☐同行业：否) give
    way to the answers; an answer repeating its box (☑本单位：1) to the box; a contradiction
    (☑本单位：0) refuses the cell."""
    answered = list(_BOX_ANSWERED.finditer(text))
    boxes = len(re.findall(f"[{_TICKED_BOX}{_EMPTY_BOX}]", _NOTE.sub("", text)))
    if answered and len(answered) == boxes and not re.search(f"[{_TICKED_BOX}]", text):
        return _BOX_ANSWERED.sub(lambda found: found["item"] + found["answer"], text)
    if crossed := next((found for found in answered if not _agrees(found)), None):
        raise CellError(BOX_CROSSED.format(item=crossed["item"].strip(ITEM_TRIM),
                                           answer=crossed["answer"].strip()))
    return _BOX_ANSWERED.sub(lambda found: found["box"] + found["item"], text)


def _as_box(found: re.Match[str]) -> str:
    mark = next(filter(None, found.groups()), "")
    return "☑" if mark and mark not in _EMPTY_BOX else "☐"


def _agrees(found: re.Match[str]) -> bool:
    """Whether the answer after an item says what the box before it does (☑…：1, ☐…：否)."""
    return (found["box"] in _TICKED_BOX) == bool(re.search(r"[是1１]", found["answer"]))


def _with_form(item: str, mark: str) -> str:
    """The item with the form its 是 carried (人形机器人：是（轮式） is 人形机器人（轮式）)."""
    form = _FORM_AFTER_ANSWER.search(mark)
    return f"{item}（{form.group(1).strip()}）" if form else item


def _unread_mark(text: str) -> str | None:
    """A sign before an item that is no mark `_MARK` knows (◆, a Wingdings letter such as T):
    whether it means ticked or empty cannot be told, and read as words every item would be
    ticked."""
    for start in _ITEM_START.finditer(text):
        sign, after = start.groups()
        if unicodedata.category(sign).startswith("S") or (
                sign.isascii() and sign.isalpha() and HAN.match(after)):
            return sign
    return None
