"""部署总数 written per site: 每个变电站2台，共10个站, 10个站，每站2台, 3个院区各2台, 每站2台.

The cell holds one total, and the docs do not sum per-site counts for the engineer: sites
rarely all get the same number once the plan is settled, and a product saved unasked would be
a figure nobody wrote. The answer is read back (N 处、每处 M 台) with the product offered to
type, or, without the number of sites, the total is asked for. Only an answer that is nothing
but the per-site count and the number of sites reads so: with a total (每个院区2台，共6台,
10台，每站2台) or anything else beside it, the count is read as before.
"""

import re

from flows import count_messages as say
from flows.count_dates import NUMERAL
from flows.count_words import CountError, read_number

# How sites are counted: 3个院区, 20家门店, 4条产线, 2座变电站, 5所学校, 3处, 6栋楼.
MEASURE = "个家条座所处栋间"
# What a site is called: a few characters, none a numeral or a unit (四足 is no site), nor a
# kind of machine (各类机器人2台, 各型号2台), a period (每月2台 is a pace, `counts.RATE`), money
# or people (共10万元, 共10人).
SITE_CHARACTER = rf"(?:(?!机器)[^{NUMERAL}台套类种型款年月周天日季元人名次件，,、；;。\s/])"
SITE = f"{SITE_CHARACTER}{{0,6}}?"
VERB = "(?:部署|配置|配备|投放|安装|使用)?"
MACHINE = "(?:(?:人形|四足)?机器人|机器狗)?"
# 每个院区2台, 每站2台, 各支队2台, 每家门店部署2台, 各2台 (after the sites), 2台/站.
EACH = (rf"(?:(?:每|各)[{MEASURE}]?(?P<where>{SITE}){VERB}"
        rf"(?P<each>[{NUMERAL}]+)(?:台套|台|套){MACHINE}"
        rf"|(?P<each_per>[{NUMERAL}]+)(?:台|套)/{SITE_CHARACTER}{{1,6}})")
# 共3个院区, 10个站, 两个厂区, 共20家门店, 共5站.
SITES = (rf"(?:共|总共|一共|共计|合计)?(?P<sites>[{NUMERAL}]+)"
         rf"(?:[{MEASURE}]{SITE}|{SITE_CHARACTER}{{1,6}})")
APART = r"[，,、；;\s]*"
PER_SITE = (re.compile(rf"{EACH}{APART}{SITES}"), re.compile(rf"{SITES}{APART}{EACH}"),
            re.compile(EACH))


def check_per_site(text: str) -> None:
    """Raise what to write instead when `text` is only a count per site (and how many sites)."""
    plain = text.strip().rstrip("。.，,；;")
    for shape in PER_SITE:
        if found := shape.fullmatch(plain):
            _raise_for(text.strip(), found)


def _raise_for(text: str, found: re.Match) -> None:
    try:
        each = read_number(found["each"] or found["each_per"])
        sites = read_number(found["sites"]) if "sites" in found.re.groupindex else None
    except CountError:
        return
    if sites:
        raise CountError(say.PER_SITE.format(text=text, sites=sites, each=each,
                                             total=sites * each))
    if found["each_per"] or found["where"]:  # 各5台 alone may be each kind of machine
        raise CountError(say.PER_SITE_ONLY.format(text=text))
