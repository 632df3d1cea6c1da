"""The words said before organisation names in speech, which name no unit: 还有, 主要是, 只有,
联合体成员有 (`SPOKEN_LEAD`), and who is speaking or when before those (我们只有恒远机器人有限公司,
目前只有东南大学, 我们是…: `OWN_LEAD`). Kept, they would stand in the plan's cell as part of
a unit's name; the chat, the summary and the import read them so (`org_names.split_names`).

A name may begin with a character of these words (是德科技, 有研科技, 主线科技), so only whole
words are cut, and 是 or 为 glued to a name only before a whole one (a registered trade name is
two characters at least: 我们是德科技… keeps 是德科技). 有 begins too many names (有研, 有孚) to
be cut when said alone before one: 我们有有研… loses 我们 only, and the 有 left is asked about
(`org_names.SPOKEN_START`). Other words of speech left in a name (我们找了…, `SPOKEN_WORDS`)
are asked about too.
"""

import re

TRADES = "科技|技术|智能|机器人|电子|电气|信息|软件|自动化|机械|装备|实业|工业|集团|控股|股份|有限"
# 是 or 为 before a whole name only: 是德科技 is 是 and a trade name of one character.
_GLUED = rf"(?![\u4e00-\u9fff](?:{TRADES}))"
# The words that lead a list in speech (还有东南大学, 另外还有…, 联合体成员有…, 选的是…, 主要有…,
# 还有就是…, 只有…): no name's. Only whole words: a name may begin with one of their characters
# (是德, 主线), nor before a trade alone (就是科技有限公司: a trade name is two characters at
# least), and a bare 是 before a name is kept (有 is asked about: `SPOKEN_START`).
_CHOSEN = rf"(?:我们|我方)?(?:选(?:的|择的|用的)是|主要(?:有|是|包括|为)|就是)(?!{TRADES})"
SPOKEN_LEAD = re.compile(r"^(?:(?:我们|我方|本项目)?(?:的)?(?:创新应用)?联合体(?:的)?(?:成员)?"
                         r"(?:单位)?(?:主要)?(?:有|是|为|包括)"
                         rf"|(?:(?:另外|此外)(?:还)?有?|还有|以及)\s*(?:{_CHOSEN})?|{_CHOSEN}"
                         r"|(?:就|也|还)?(?:只有|仅有))\s*")
# Who is speaking or when, before the words leading the names (我们只有…, 目前只有…, 我方就是…,
# 我们有…) or before 是/为 said with them (我们是…, 现在是…): cut with that 是 or 为, and before
# the others alone, which the count said then (我们只有一家，…) or `SPOKEN_LEAD` reads.
_WHO = r"(?:我们|我方|我司|本单位|本项目)(?:这边)?(?:目前|现在|当前|暂时)?|目前|现在|当前|暂时"
OWN_LEAD = re.compile(rf"^(?:{_WHO})\s*(?:(?:就|也)?[是为]{_GLUED}[\s：:，,]*"
                      r"|(?=就是|就只有|就一家|也只有|还有|只有|仅有|有|是|主要|选))")

# Words of speech no unit's name holds (我们找了东南大学, 只有…, 我们没有): left in a name, what
# was said before it is not told from the name, so the echo asks (`org_names.recorded`).
SPOKEN_WORDS = re.compile(r"了|我们|我方|我司|只有|没有|暂无|不需要|不用")


def without_own_lead(text: str) -> str:
    """`text` without who said it or when before the names (我们只有…, 目前只有…), read before
    the whole list for a count said after them (我们只有一家，…); as it was if nothing follows."""
    rest = OWN_LEAD.sub("", text, count=1)
    return rest if rest.strip() else text


def without_spoken_lead(item: str) -> str:
    """An item of the list without the words leading it in speech (还有, 主要是, 我们只有)."""
    return SPOKEN_LEAD.sub("", without_own_lead(item))
