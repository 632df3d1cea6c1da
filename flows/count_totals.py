"""A total named after what it is made of (6+4=10台, 人形8台，四足2台，共10台): the cell keeps
the total, so one that cannot be what was said before it is asked about rather than saved."""

import re

from flows import count_messages as say
from flows.count_dates import NUMERAL
from flows.count_words import CountError, read_number

# Only the numerals before a + or the end (人形6+四足4: not the 四 of 四足).
PART_BEFORE_PLUS = re.compile(rf"([{NUMERAL}]+)\s*(?:台套|台|套)?\s*(?=\+|$)")
# Words of a plan in stages: its counts are steps towards the total, not parts to add up.
STAGE_WORDS = re.compile(r"首批|一期|二期|阶段|后续|随后|逐步|扩至|扩大|增至|增加到|目前|现有|计划"
                         r"|年底|今年|明年|后年|次年|\d{4}年.*\d{4}年")


def check_total(before: str, total: str) -> None:
    """Parts added up before their total (6+4=10台) must make it: 6+4=12台 is asked again. A
    total with no unit far from the one count said (10台，合计300) is saved as the total, with
    the count quoted as not saved: asking about it refused real totals (试点2台，累计50)."""
    named = read_number(re.match(rf"[{NUMERAL}]+", total).group())
    numbers = [read_number(n) for n in PART_BEFORE_PLUS.findall(before)]
    if len(numbers) > 1 and sum(numbers) != named:  # not 5台人形+2台四足 共7台: parts named after
        raise CountError(say.SEVERAL)
