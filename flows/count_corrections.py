"""A count taken back in the same answer (10台，不对，是12台; 10台，更正：12台; 不是10台，是12台):
the engineer corrects a slip, so the count after the correction is the one meant.

Only a correction word starting a clause, after a count, and followed by exactly one count and
nothing else, corrects: 10台，不对外开放 has no count after it, and 10台，不对，是12台，10月再采购
5台 or 10台，改为10-12台 say more than one number, so they are read (and asked about) as before.
"""

import re

from flows.count_dates import NUMERAL
from flows.count_words import normalized, unpaused

CLAUSE_END = "，,：:；;。\n"
# 不对, 更正, 改成… at a clause's start (not 10月改为12台, a plan: its date starts the clause).
WORD = re.compile(rf"(?:^|(?<=[{CLAUSE_END}]))(?:不对|更正|改成|改为|应为|应该是|写错了|说错了"
                  r"|打错了|哦不)")
# 不是10台，是12台: the count taken back, then 是 starting the next clause.
NOT_BUT = re.compile(rf"^不是([^{CLAUSE_END}]+)[{CLAUSE_END}]+(?=是)")
# What follows the correction: one count, perhaps after 是 or 为 (，是12台; ：12台), and no more.
ONE_COUNT = re.compile(rf"[{CLAUSE_END}]*(?:是|为)?(?P<count>[{NUMERAL}]+(?:台套|台|套)?)[。.！!]?")


def correction(text: str) -> tuple[str, str] | None:
    """What `text` takes back and the count it corrects it to (10台，写错了，应为12台 → 10台,
    12台), if it corrects a count."""
    written = unpaused(normalized(text.strip()))
    words = list(WORD.finditer(written))
    if taken_back := NOT_BUT.match(written):
        wrong, rest = taken_back.group(1), written[taken_back.end():]
    elif words and not WORD.sub("", written[words[0].start():words[-1].end()]).strip(CLAUSE_END):
        wrong, rest = written[:words[0].start()], written[words[-1].end():]
    else:
        return None
    after = ONE_COUNT.fullmatch(rest)
    if not after or not re.search(rf"[{NUMERAL}]", wrong):
        return None
    return wrong.strip(CLAUSE_END), after["count"]
