"""What voice input leaves in a typed answer: pauses as spaces between words, in a decimal
(99 . 5) and between a number and its unit (15 公斤, 0.5 ㎜, 1.2 米 / 秒). The rules take them out
where the official table holds the words, not the pauses."""

import re

from flows.clause_pauses import mark_clause_breaks
from flows.unit_spellings import ATTACHED, read_unit

# A pause between Chinese characters or full-width brackets (博世 汽车部件 （苏州）), or next to
# a half-width bracket group of Chinese words (西门子 (中国) 有限公司); the brackets of an English
# name ("ABB Robotics (China) Co.") keep their spaces.
_CHINESE = "[\u4e00-\u9fff（）]"
# The one-character unit symbols of a Chinese input method (㎜, ㎏, ㎡, ℃): written as Chinese
# text, as 毫米 is, so a pause beside them goes; Latin units (0.5 mm, 5 kg) keep the space SI
# writes, which engineers copy from datasheets.
UNIT_SYMBOLS = "\u2103\u2109\u3371-\u337a\u3380-\u33df"
_HAN_OR_MARK = rf"[\u4e00-\u9fff{UNIT_SYMBOLS}，。；：、！？（）“”]"
# Before a list item's number (二、增效, （3）成功率, 二是) a space parts items, not words.
_LIST_ITEM = (r"(?:[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十\d]+(?![个台次])"
              r"|首先|其次|再次|最后|[（(]\d{1,2}[)）])")
# A pause before a Chinese stop or comma goes after any word (0.5 mm ，, Isaac Sim 。) too.
PROSE_PAUSE = re.compile(rf"(?<={_HAN_OR_MARK})[ \t\u3000]+(?!{_LIST_ITEM})(?={_HAN_OR_MARK})"
                         r"|(?<=\S)[ \t\u3000]+(?=[，。；：、！？])")
SPOKEN_DECIMAL = re.compile(r"(?<=\d) \. (?=\d)")
# A number's unit spoken apart from it (15 公斤, 99.5 % ，, 1.2 米 / 秒); not a Latin word's
# digits (ROS2 操作系统), nor a slash between words (物流 / 电商).
_NUMBER = r"(?<![A-Za-z\d.])\d+(?:\.\d+)?"
SPOKEN_PER = re.compile(r"(\d[\u4e00-\u9fff%]{1,3})[ \t\u3000]*/[ \t\u3000]*(?=[\u4e00-\u9fff])")
SPOKEN_UNIT = (
    (re.compile(rf"({_NUMBER})[ \t\u3000]+(?=[\u4e00-\u9fff{UNIT_SYMBOLS}%])"), r"\1"),
    (re.compile(rf"(?<=\d%)[ \t\u3000]+(?={_HAN_OR_MARK})"), ""),
    (SPOKEN_PER, r"\1/"),
)
# In a product, a number spoken apart from the unit after it (15 公斤); not a model's digits
# (GR-1 人形机器人, ROS2 平台), whose next word may be another name.
PRODUCT_NUMBER = re.compile(r"(?<![A-Za-z\d.\-])(?P<number>\d+(?:\.\d+)?)[ \t\u3000]+")
UNIT_SYMBOL = re.compile(f"[{UNIT_SYMBOLS}]")
SPOKEN_PAUSE = re.compile(rf"(?<={_CHINESE})\s+(?={_CHINESE}|\({_CHINESE})"
                          rf"|(?<={_CHINESE}\))\s+(?={_CHINESE})")


def units_joined(typed: str) -> str:
    """A product's numbers joined to the Chinese units spoken after them (15 公斤, 5 ㎏), but not to
    a word after a model's digits, which may start the next product."""

    def joined(spoken: re.Match[str]) -> str:
        end, unit, _ = read_unit(typed, spoken.end())
        written = typed[spoken.end():end]
        chinese = UNIT_SYMBOL.match(typed, spoken.end()) or unit and (
            not written[0].isascii() or written.startswith(ATTACHED))
        return spoken.group("number") if chinese else spoken.group()

    return SPOKEN_PER.sub(r"\1/", PRODUCT_NUMBER.sub(joined, typed))


def without_pauses(typed: str) -> str:
    """Prose without its pauses, but where a pause is the only break between two indicators
    (clause_pauses), which becomes "，"."""
    typed = mark_clause_breaks(SPOKEN_DECIMAL.sub(".", typed))
    for spoken, written in SPOKEN_UNIT:
        typed = spoken.sub(written, typed)
    return PROSE_PAUSE.sub("", typed)
