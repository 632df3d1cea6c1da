"""A typed list of organisation names (创新应用联合体成员), split the way its author meant it.

Engineers type the list as they would anywhere: 、 or commas, one per line, bullets pasted
from Word, 和 between two full names, or spaces left by voice input inside one name (苏州 博众
精工 科技 股份 有限公司). A comma inside （…） or before "Ltd." belongs to the name. A space splits
only after a name's legal ending (公司, 大学 …), since voice input and English names hold spaces
of their own, and never before a word that is only a legal ending (创新中心 有限公司 is one
name). Short names typed with spaces between them (优必选 达闼 宇树) cannot be told from one name
spoken with pauses (南京 埃斯顿, 海康 威视): they are kept as one, and a name without a legal
ending is echoed back (`recorded`), with how to send several, and asked again. One parent's
units are named after it (中国科学院沈阳自动化研究所): spoken with a pause after 中国科学院, the
institute that follows is still one unit with it, as is a university's school (`part_of`).
"""

import re

from flows.spoken_endings import without_full_stop
from flows.spoken_leads import SPOKEN_WORDS, without_own_lead, without_spoken_lead
from flows.spoken_leads import TRADES as TRADES  # read with the names' words elsewhere
from flows.sub_units import part_of
from flows.typed_replies import LEADING_REPLY

SEPARATORS = frozenset("、，,；;\n")
OPENING, CLOSING = frozenset("（(【["), frozenset("）)】]")
LEGAL_TAIL = re.compile(
    r"\s*(?:ltd|inc|llc|co|corp|corporation|limited|gmbh|ag|plc|s\.a)\b", re.I)
_ORG_END_WORDS = "公司|集团|大学|学院|研究院|研究所|中心|实验室|医院|厂|局|院|所"
# A list's numbering: at a line's start or after a space (1、 一、 2. • -, a table's 序号 cell:
# 1⇥, or a slash between names: A公司 / B公司), or anywhere when it cannot be part of a name
# (①, (2), ●); 1.5T科技 keeps its 1, Universal Robots A/S its slash. A number with its 、 or
# . glued to a name's ending starts the next name (…有限公司2、…, 东南大学二、…): 3M中国,
# 中国电科21所 hold their own digits.
_AFTER_AN_ENDING = "(?:{})".format("|".join(
    f"(?<={end})" for end in _ORG_END_WORDS.split("|")))
# A Chinese numeral numbering a list (一、 二． 十一、), read as a number only: 三一重工, 中国一重
# and 七一八研究所 begin or hold numerals with no mark after them; nor before the number a name
# begins with (一、二号高炉).
CHINESE_NUMBERING = (r"(?:二十|十[一二三四五六七八九]?|[一二三四五六七八九])[、.．]"
                     r"(?![\d〇零一二两三四五六七八九十]*[\d号、.．])")
NUMBER_MARK = rf"(?:\d{{1,2}}[.、．)）](?!\d)|{CHINESE_NUMBERING})"
BULLET = re.compile(rf"(?m)(?:^|(?<=\s))\s*(?:[•·●▪◦\-*/／]|{NUMBER_MARK}"
                    r"|\d{1,3}(?=\t|[^\S\n]{2}))\s*"
                    r"|\s*(?:[①-⑳]|[（(]\d{1,2}[)）]|[•●▪◦])\s*"
                    rf"|{_AFTER_AN_ENDING}{NUMBER_MARK}\s*")
ORG_END = re.compile(f"(?:{_ORG_END_WORDS})$")
# So too after a name's bracket (东南大学（高校）二、…): the look-behind above cannot span one.
_AFTER_A_BRACKET = re.compile(
    rf"((?:{_ORG_END_WORDS})\s*[（(【\[][^（）()【】\[\]]{{1,12}}[)）】\]])\s*{NUMBER_MARK}\s*")
# A whole name, perhaps with a campus, a branch or the member's kind in brackets after it
# (哈尔滨工业大学（深圳）, 东南大学（高校）): a space or a slash after it starts the next name.
NAME_ENDED = re.compile(
    rf"{ORG_END.pattern.removesuffix('$')}\s*(?:[（(【\[][^（）()【】\[\]]{{1,12}}[)）】\]])?\s*$")
# An English name's legal ending; after it only a Chinese word starts a new name ("Co. Ltd."
# is one name).
ENGLISH_END = re.compile(r"\b(?:ltd|inc|llc|corp|corporation|limited|gmbh|plc)\.?$", re.I)
HAN = re.compile(r"[\u4e00-\u9fff]")
# A word that is nothing but a legal ending continues the name before it.
LEGAL_ENDING = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司|公司|集团")
# An academy whose institutes carry its name; no unit of its own in a consortium.
ACADEMY = re.compile(r"中国科学院|中科院")
INSTITUTE_END = re.compile(r"(?:研究所|研究院|所)$")
# 和/与 after a full name (东南大学和南京大学) is read as 、; after a short one it may be a name.
AND_AFTER_A_NAME = re.compile(r"(?:(?<=公司|集团|大学|学院|中心|医院)|(?<=研究院|研究所))"
                              r"\s*(?:和|与|及|以及)\s*")
# 等, 等单位 closing a list says "and others" and names nobody.
AND_OTHERS = re.compile(r"\s*等\s*(?:(?:多|若干|几|\d+|[一二两三四五六七八九十]+)\s*家)?\s*"
                        r"(?:单位|企业|公司|机构|高校|院校|院所|科研院所|成员)?$")
# A count typed where a name was asked (20台, 3家, 十台): a number word with a measure word.
_NUMERALS = "(?:[〇零百千万]*+[一二两三四五六七八九十])++[〇零百千万]*+"  # 万家 is a name
QUANTITY = re.compile(rf"(?:约|共|大约|一共)?(?:\d+|{_NUMERALS})"
                      r"(?:余|多)?\s*(?:台套|台|套|家|个|名|人|款|件|辆)"
                      r"(?:单位|企业|公司|机构)?(?:左右|以上)?")
# A count said before the names it counts (有两家，分别是A和B; 共3家：A、B; 两家整机企业，即…),
# or 分别是 alone after a kind: the names follow, and the count is no unit. Only words that
# name what follows end it: 三人行为科技 has a count and 为, but is one name.
_NAMES_FOLLOW = r"(?:[，,]\s*(?:分别)?(?:是|为|包括|包含|即)|分别(?:是|为)|包括|包含|[：:])"
COUNT_BEFORE_NAMES = re.compile(rf"\s*(?:(?:有|共有|一共有)?(?:{QUANTITY.pattern})"
                                rf"[^，,、：:\s]{{0,8}}?\s*)?{_NAMES_FOLLOW}\s*[：:]?\s*"
                                rf"|\s*(?:就|只有|仅有?)(?:{QUANTITY.pattern})"
                                r"\s*[，,：:]\s*")
# A member's standing in the consortium (牵头单位, 成员单位), said as a label before its name
# (牵头单位：优必选…): it says neither 整机 nor 其他, so the name answers the question typed at.
STANDINGS = "牵头(?:单位|企业|方)?|参与(?:企业|方)?|(?:联合体|核心|主要)?成员(?:单位)?"
_STANDING_LABEL = re.compile(rf"^(?:{STANDINGS})\s*[：:]\s*")
# A count closing the list after a full name (…有限公司两家, …大学等3家): it names no unit.
COUNT_CLOSING = re.compile(r"(?:(?<=公司|集团|大学|学院|中心|医院)|(?<=研究院|研究所))"
                           r"\s*(?:共|等|总共|一共)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*家"
                           r"(?:单位|企业|公司|机构|高校|院所|成员)?$")
# A count after a name (优必选 20台, 优必选20台): typed into the list by mistake. Without a
# space, only digits: 五台山 and 万家乐 are names.
COUNT_AFTER_NAME = re.compile(
    rf"\s({QUANTITY.pattern})$|(?<=[\u4e00-\u9fff])((?:约|共)?\d+\s*(?:台套|台|套|家)(?:单位)?)$")

# A member's task typed after its name (东南大学负责算法, XX公司提供整机, 东南大学参与), after a
# pause as an item of its own (东南大学 负责算法), or in brackets after any name (汇川技术（负责
# 场景验证）): what the member does, which the cell does not hold.
TASK_WORDS = "负责|提供|承担|协助|配合|牵头|参与|参加"
TASK_AFTER_NAME = re.compile(
    rf"(?:(?:^|(?<=公司|集团|大学|学院|中心|医院)|(?<=研究院|研究所|实验室))\s*(?:{TASK_WORDS}).*"
    rf"|\s*[（(]\s*(?:{TASK_WORDS})[^（）()]*[)）])$")
TASK_NOT_A_NAME = ("“{task}”是成员的分工，不是单位名称；这里只填单位名称。"
                   "请去掉分工后重新发送，如：{names}")


def split_names(text: str) -> list[str]:
    """The names in `text`, bullets, a count before them, a reply to the bot or words leading
    them in speech (好的，还有), a standing's label (牵头单位：) and a closing 等 or count dropped,
    in the order typed; the full stop voice input closes the list with (东南大学 。) too."""
    names = []
    text = without_own_lead(LEADING_REPLY.sub("", without_full_stop(text).lstrip()))
    text = _MISSED_KEY.sub(r"\1", text)
    counted = COUNT_BEFORE_NAMES.match(text)
    text = text[counted.end():] if counted and text[counted.end():].strip() else text
    text = BULLET.sub("\n", _AFTER_A_BRACKET.sub(r"\1\n", text))
    for item in _split_at_separators(AND_AFTER_A_NAME.sub("、", text)):
        item = COUNT_CLOSING.sub("", AND_OTHERS.sub("", without_spoken_lead(item.strip())))
        names += _with_institutes(_split_at_spaces(item))
    return [bare for name in names if (bare := _STANDING_LABEL.sub("", name))]


def _split_at_separators(text: str) -> list[str]:
    items, current, depth = [], [], 0
    for at, ch in enumerate(text):
        depth += (ch in OPENING) - (ch in CLOSING and depth > 0)
        in_name = depth > 0 or (ch in ",，" and LEGAL_TAIL.match(text, at + 1))
        if (ch in SEPARATORS or _mark_between_names(text, at)) and not in_name:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    return [*items, "".join(current)]


# A ？ 。 or ！ typed where a separator key was missed (东南大学？南京大学), spaced or doubled
# as a slash is not: read as one, a separator between whole names (`_mark_between_names`).
_MISSED_KEY = re.compile(r"(?<=[\u4e00-\u9fff）)】\]])\s*([？?。！!])[？?。！!\s]*"
                         r"(?=[\u4e00-\u9fff])")
# A school or an institute named by a few words only (紫金学院, 医学院): after a university
# (南京理工大学/紫金学院) it may be one unit's name written in two (南京理工大学紫金学院).
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{1,3}(?:学院|研究院|研究所|实验室)")


def _mark_between_names(text: str, at: int) -> bool:
    """A slash or a missed separator key between two whole names (东南大学/南京大学, 东南大学？
    南京大学); a name has neither (Universal Robots A/S). A short name after it (汇川技术,
    中科院自动化所 after 中国科学院自动化研究所) is the same unit's alias, and a university's
    school (`_SCHOOL`) perhaps part of its name: kept with it for the echo to ask about."""
    if (text[at] not in "/／？?。！!" or not HAN.match(text, at + 1)
            or not NAME_ENDED.search(text, 0, at)):
        return False
    before = _ITEM_END.split(text[:at])[-1].strip()
    after = _ITEM_END.split(text[at + 1:])[0].strip()
    return (bool(NAME_ENDED.search(after)) and not _short_for(after, before)
            and not (before.endswith("大学") and _SCHOOL.fullmatch(after)))


def _short_for(alias: str, name: str) -> bool:
    """Whether `alias` keeps some of `name`'s characters in their order (中科院 of 中国科学院)."""
    rest = iter(name)
    return len(alias) < len(name) and all(ch in rest for ch in alias)


def _split_at_spaces(item: str) -> list[str]:
    names: list[str] = []
    for word in item.split():
        if names and LEGAL_ENDING.fullmatch(word):
            names[-1] += word
        elif names and _ends_a_name(names[-1], word):
            names.append(word)
        elif names:
            names[-1] += f" {word}"
        else:
            names.append(word)
    return names


def _with_institutes(names: list[str]) -> list[str]:
    joined: list[str] = []
    for name in names:
        if joined and (ACADEMY.fullmatch(joined[-1]) and INSTITUTE_END.search(name)
                       or part_of(name, joined[-1])):
            joined[-1] += name
        else:
            joined.append(name)
    return joined


def _ends_a_name(name: str, word: str) -> bool:
    if NAME_ENDED.search(name, len(name) - 20):  # its end only: 18 at most (研究所 （高校）)
        return word[0] not in OPENING
    if (ORG_END.search(word) or _task(word)) and _task(name):  # 甲公司负责本体 东南大学负责…
        return True  # (the word first: the name grows with each word, 1 1 1… read n² times)
    return bool(HAN.match(word) and ENGLISH_END.search(name, len(name) - 16))  # its end only


def _task(name: str) -> re.Match[str] | None:
    """The member's task typed after its `name`, if it has one: a name that ends as a name
    (负责任智能科技有限公司, 苏州智造方案提供商有限公司) holds none."""
    task = TASK_AFTER_NAME.search(name)
    return task if task and not ORG_END.search(task.group()) else None


def a_count(item: str) -> str | None:
    """The count an item of a name list is, or ends with after a space (优必选 20台)."""
    if QUANTITY.fullmatch(item):
        return item
    after = COUNT_AFTER_NAME.search(item)
    return (after.group(1) or after.group(2)) if after else None


def task_problem(names: list[str]) -> str | None:
    """Why names with a member's task after one (东南大学负责算法) are refused, with the names to
    send: dropped unsaid, the task would be lost to the engineer who meant it; kept, the cell
    would name no unit. A name that ends as a name (负责任智能科技有限公司) holds no task."""
    tasks = {name: task for name in names if (task := _task(name))}
    if not tasks:
        return None
    kept = [name[:tasks[name].start()] if name in tasks else name for name in names]
    task = next(iter(tasks.values())).group().strip(" （()）")
    return TASK_NOT_A_NAME.format(task=task, names="、".join(filter(None, kept)))


class Unsure(str):
    """An echo asking for the names to be sent again: the question stays open with them as its
    answer, so the resend replaces them rather than answering the next question."""


def asks_again(feedback, answers) -> bool:
    """Whether the answer's echo asks for it to be sent again, so the question stays open."""
    return isinstance(feedback and feedback(answers), Unsure)


# One name may be several glued (优必选 达闼 宇树); of several, split as listed, one may be
# a short name or misheard: asked to separate with 、 only the first.
RESEND_ONE = "如是多家单位，请用“、”分隔后重新发送，将替换上面的记录；无误请点“保持不变”。"
RESEND_SEVERAL = "如名称有误，请改正后重新发送，将替换上面的记录；无误请点“保持不变”。"
# How a full name may end besides `ORG_END`: a campus or branch in brackets (哈尔滨工业大学
# （深圳）), an alliance, a brigade, a committee, a Danish or German company (A/S, AG).
WHOLE_NAME = re.compile(rf"(?:{ORG_END.pattern.removesuffix('$')}|联盟|支队|管委会|委员会)"
                        r"(?:\s*[（(][^（）()]{1,12}[)）])?$|\b(?:AG|A/S)$")
# A unit and its parent (江苏省产业技术研究院：智能制造技术研究所) or its alias (…/汇川技术).
JOINED = re.compile(r"[：:]|[/／？?。！!](?=\s*[\u4e00-\u9fff])")
_ITEM_END = re.compile(r"[、，,；;\n/／？?。！!]")
# A full name that begins with 有, perhaps said between a kind and the name (整机企业有优必选…):
# it is kept rather than a real name's first character cut (有研, 有孚), so it is asked about.
SPOKEN_START = re.compile(r"^(?P<word>有)(?P<rest>.{4,})$")
SAID_BEFORE = ("“{name}”以“{word}”开头：如果“{word}”不是单位名称的一部分，请发送“{rest}”，"
               "将替换上面的记录；无误请点“保持不变”。")
# A pause between two Chinese words inside one name, as the cell has it before cleaning.
HAN_PAUSE = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
JOINED_IN_FILE = "创新应用联合体成员“{name}”按一家单位记录，如是多家单位请用“、”分隔"
SAID_BEFORE_IN_FILE = "联合体成员“{name}”以“{word}”开头，如“{word}”不是名称的一部分请改正"


def recorded(key: str):
    """The names as saved, echoed so the engineer sees how the list was read. A name without
    a legal ending may be several glued together (优必选 达闼 宇树), one beginning with 有 or
    holding words of speech (我们找了…) carry words said before it, and one with a colon, a
    slash or a ？ inside (江苏省产业技术研究院：智能制造技术研究所, 苏州汇川技术有限公司/汇川技术)
    be a unit with its parent or alias, or two units: a resend is asked for."""

    def echo(answers) -> str | None:
        names = answers.get(key) or []
        said = f"已记录 {len(names)} 家单位：" + "；".join(names) + "。"
        if any(map(_may_be_several, names)) or any(map(SPOKEN_WORDS.search, names)):
            one = len(names) == 1 and not SPOKEN_WORDS.search(names[0])
            return Unsure(said + (RESEND_ONE if one else RESEND_SEVERAL))
        if spoken := said_first(names):
            rest = "、".join(name[1:] if name == spoken.string else name for name in names)
            return Unsure(said + SAID_BEFORE.format(name=spoken.string, word=spoken["word"],
                                                    rest=rest))
        return said if len(names) > 1 else None

    return echo


def _may_be_several(name: str) -> bool:
    return not (WHOLE_NAME.search(name) or ENGLISH_END.search(name)) or bool(JOINED.search(name))


def joined_note(names: list[str]) -> str | None:
    """The chat's echo of a name that may be several, as a note on a file's row, for a name
    written with a pause or a mark inside (优必选 达闼, 优必选/达闼): the import keeps it one
    unit, as the chat does. One short name alone (优必选) is common in a file and not noted."""
    joined = next((name for name in names
                   if _may_be_several(name) and (JOINED.search(name) or HAN_PAUSE.search(name))),
                  None)
    return JOINED_IN_FILE.format(name=joined) if joined else None


def said_first(names: list[str]) -> re.Match[str] | None:
    """The first name beginning with 有, which may be the word said before it (`SPOKEN_START`)."""
    return next(filter(None, map(SPOKEN_START.match, names)), None)


def said_before_note(names: list[str]) -> str | None:
    """The question the chat's echo asks of such a name, as a note on a file's row: the
    import keeps the name whole, as the chat does, and the operator sees it to correct."""
    spoken = said_first(names)
    return SAID_BEFORE_IN_FILE.format(name=spoken.string, word=spoken["word"]) if spoken else None
