"""A deployment count corrected in a few words (10台不对应该是6台, 台数改成6台, 不是10台是6台),
typed at a question of prose or of a product.

An engineer answering a coordinator's "第10项台数不对" while the bot asks 现状与痛点 (the walk of a
returned entry opens its lowest item first) types the count meant there; saved, it would replace
the pain point with a count and nothing said. `6台` alone is refused there already as too short, or
as the machines deployed, but a correction reaches the minimum length. Only an answer that holds
nothing but counts of machines, the count's name (台数, 部署总数, 第10项), the words a correction
is said with and particles is one: a pain point, an indicator or a result names something else
besides its counts (现有10台AGV不够, 故障率不高于1次/100台, 减少6台叉车), so it is never one, and
so is a change described with its thing or its way (叉车由10台减为6台).
"""

import re

from flows.count_corrections import CHECKED, COUNT_ITEM, COUNT_NAMES, SLIP, SORRY, TO, correction
from flows.count_dates import NUMERAL
from flows.count_words import normalized, read_number, unpaused

# A correction is a few words: longer, an answer says more than a count.
SHORT = 24
MACHINES = rf"[{NUMERAL}]+(?:台套|台|套)"
NAMED = rf"{COUNT_ITEM}|{COUNT_NAMES}|部署"
# Words saying the count said is wrong or giving the right one: an answer needs one of these.
CHANGE = rf"{SLIP}|{TO}|有误|而?不是|应该|改到"  # TO holds 应是, 调整为, 修改为
FILLER = rf"{SORRY}|{CHECKED}|是|为|就|只有|实际上?|其实|我们?|的|了|啦|哈|吧|呢|哦|嗯"
PIECE = rf"{MACHINES}|{NAMED}|{CHANGE}|{FILLER}|[，,、：:；;。.！!\s]"
ONLY_A_CORRECTION = re.compile(rf"(?:{PIECE})+")
# The count meant, given last (…应该是6台, 台数改成6台。).
# A count given under its name alone, no change said (部署总数20台, 台数是20台): 部署总数's answer.
COUNT_GIVEN = re.compile(rf"(?:{COUNT_ITEM}的?)?(?:{COUNT_NAMES})(?:是|为|共计?|约|[：:\s])*"
                         rf"(?P<count>{MACHINES})[。.！!]*")
MEANT_LAST = re.compile(rf"(?:{TO}|应该|改到|(?<!不)是|为)(?P<count>{MACHINES})"
                        r"[了啦哈吧。.！!]*$")


def _written(text: str) -> str:
    return unpaused(normalized(text.strip()))


def corrects_a_count(text: str) -> bool:
    """Whether `text` only says a count of machines is wrong, or what it should be."""
    written = _written(text)
    return (len(written) <= SHORT and bool(re.search(MACHINES, written))
            and bool(re.search(CHANGE, written)) and bool(ONLY_A_CORRECTION.fullmatch(written)))


def count_meant(text: str) -> int | None:
    """The count a correction (`corrects_a_count`) gives as the right one, if it gives one:
    none where it only takes one back (10台不对, 台数不是10台)."""
    if not corrects_a_count(text):
        return None
    if corrected := correction(text):
        return corrected.number
    meant = MEANT_LAST.search(_written(text))
    return read_number(re.match(rf"[{NUMERAL}]+", meant["count"]).group()) if meant else None


def count_given(text: str) -> int | None:
    """The count `text` gives under the count's name and nothing else (部署总数20台), where a
    question of prose or a name is asked: 部署总数's answer typed at the wrong question."""
    given = COUNT_GIVEN.fullmatch(_written(text))
    return read_number(re.match(rf"[{NUMERAL}]+", given["count"]).group()) if given else None
