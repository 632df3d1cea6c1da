"""A count taken back in the same answer (10台，不对，是12台; 10台，更正：12台; 不是10台，是12台;
12台，不是10台): the engineer corrects a slip, so the count after the correction is the one meant.

Only a correction word starting a clause or right after a count, after a count, and followed by
one count, corrects: 10台，不对外开放 has no count after it, and 10台，改为10-12台 or 10台，不对，
12台，不对，15台 say more than one number, so they are read (and asked about) as before. What
follows the corrected count after a comma or in brackets (10台，更正：12台，用于巡检) is read as
it would be after that count alone. A count taken back with no count after it (10台，不对) leaves
no count at all (`taken_back`). A correction may name no count taken back, as one typed at
the count question after a coordinator's return (应该是6台, 改成6台, 台数不对，应该是6台), perhaps
after words saying it was checked (经核实，应为6台; 实际应为6台): the count after it is the answer;
应该是6台吧 is a guess and read as before.
"""

import re
from typing import NamedTuple

from flows.count_dates import NUMERAL
from flows.count_words import counts_in, normalized, read_number, unpaused

CLAUSE_END = "，,：:；;。\n！!"
COUNT = rf"[{NUMERAL}]+(?:台套|台|套)?"
# Words saying the count is wrong (不对, 写错了) or giving the right one (更正, 改成…), perhaps
# after 刚才 or an apology, at a clause's start or right after the count (10台不对; not
# 10月改为12台, a plan: its date starts the clause).
SLIP = r"(?:刚才|刚刚)?(?:不对|错了|写错了|说错了|打错了|填错了|搞错了|哦不)"
TO = (r"(?:更正|纠正|改正|修正|改成|改为|应改为|修改为|更改为|调整为|变更为|应为|应是|应当是|应该是"
      r"|应该为)(?:一下)?")
SORRY = r"不好意思|抱歉"
# 不对应该是 and 写错了，应该是 alike: the right count's words may follow the slip's unpaused.
WORD = re.compile(rf"(?:^|(?<=[{CLAUSE_END}台套]))(?:{SLIP}|{TO}|{SORRY})(?:{TO})?")
# The count's name said where the count taken back would be (台数不对，应该是6台; 部署总数改为6台;
# 第10项台数不对…), as a coordinator's return names it: the correction takes back no count said.
COUNT_ITEM = r"第(?:10|十)[项步]"  # as the summary and a return's comment number it
COUNT_NAMES = r"部署总数|部署台数|部署数量|总台数|台数|总数|数量"
NAMED = re.compile(rf"^(?:{COUNT_ITEM}的?)?(?:{COUNT_NAMES})?(?<=[项步数量])"
                   rf"(?=[{CLAUSE_END}]*(?:{SLIP}|{TO}))")
# Words saying the count was checked, before a correction (经核实，应为6台; 核对后，10台不对，应为
# 6台; 实际应为6台): they take nothing back.
CHECKED = r"经过?(?:核实|核对|核查|复核|确认)|(?:核实|核对|核查|复核|确认)后"
LEAD_IN = re.compile(rf"^(?:{CHECKED})[{CLAUSE_END}]*"
                     rf"|^(?:实际上?|其实)(?=(?:{COUNT_NAMES})?(?:{SLIP}|{TO}))")
SAYS_WRONG = re.compile(rf"{SLIP}|{TO}")
# 不是10台，是12台 and 不是10台是12台: the count taken back, then 是 with the one meant.
NOT_BUT = re.compile(rf"^不是([^{CLAUSE_END}]+?)[{CLAUSE_END}]*(?=是)")
# 12台不是10台, 12台，不是10台, 是12台，而不是10台: the count meant, then the one it is not.
BUT_NOT = re.compile(rf"^(?:是|就是|只有|仅|应为|应该是)?(?P<count>{COUNT})[{CLAUSE_END}]*而?不是"
                     rf"(?P<wrong>{COUNT})[。.！!]*$")
# What follows the correction: one count, perhaps after 是 or 为 (，是12台; ：12台), then nothing
# but an ending (改成12台啦) or a remark set apart (，用于巡检; （含2台备用）).
AFTER = re.compile(rf"[{CLAUSE_END}]*(?:是|为)?(?P<count>{COUNT})"
                   rf"(?P<more>(?:啦|了|哈|吧)?[。.！!]*|[{CLAUSE_END}（(].*)", re.DOTALL)
# 吧 after 改成 or 改为 asks for the change (改为6台吧); after 应该是 it guesses (应该是6台吧).
CHANGED = re.compile(r"改(?:成|为)$")


class Correction(NamedTuple):
    """What an answer takes back (10台), the count it means (12台) and that count with what
    follows it (12台，用于巡检). Nothing is taken back where the count said comes first and the
    other is only denied (10台，不是12台): no correction to speak of."""

    wrong: str
    count: str
    rest: str

    @property
    def number(self) -> int:
        """The count meant, as a number (12台 and 12 alike)."""
        return read_number(re.match(rf"[{NUMERAL}]+", self.count).group())


def correction(text: str) -> Correction | None:
    """What `text` takes back and the count it corrects it to (10台，写错了，应为12台 → 10台,
    12台), if it corrects a count."""
    written = unpaused(normalized(text.strip()))
    if denied := BUT_NOT.fullmatch(written):
        return Correction("", denied["count"], denied["count"])  # the count said is the one
    written = NAMED.sub("", LEAD_IN.sub("", written))
    wrong, rest = _split(written)
    after = AFTER.fullmatch(rest) if rest is not None else None
    if not after or (wrong.strip(CLAUSE_END) and not re.search(rf"[{NUMERAL}]", wrong)):
        return None  # 人形不对，是6台: what is taken back is no count
    if after["more"].startswith("吧") and not CHANGED.search(written[:-len(rest)]):
        return None  # 应该是12台吧 guesses; 改为6台吧 asks for the change
    more = after["more"].rstrip("。.！!") if after["more"][:1] in f"{CLAUSE_END}（(" else ""
    return Correction(wrong.strip(CLAUSE_END), after["count"], after["count"] + more)


def taken_back(text: str) -> str | None:
    """The count `text` says is wrong with no count after it (10台，不对; 10台写错了; 10台，应该是),
    which leaves none to save."""
    written = unpaused(normalized(text.strip()))
    wrong, rest = _split(written)
    if rest is None or rest.strip(CLAUSE_END) or not SAYS_WRONG.search(written[len(wrong):]):
        return None
    wrong = wrong.strip(CLAUSE_END)
    if len(counts_in(wrong)) > 1:  # 10台，原来填的12台不对: the other count is the one wrong
        return None
    return wrong if re.search(rf"[{NUMERAL}]", wrong) else None


def _split(written: str) -> tuple[str, str | None]:
    """`written` before the correction words and after them, or no rest when it has none."""
    words = list(WORD.finditer(written))
    if taken := NOT_BUT.match(written):
        return taken.group(1), written[taken.end():]
    if words and not WORD.sub("", written[words[0].start():words[-1].end()]).strip(CLAUSE_END):
        return written[:words[0].start()], written[words[-1].end():]
    return written, None
