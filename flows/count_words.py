"""How a count is written: the numeral (十台, 10只), the words and the deadline before it (约,
共计, 2026年11月前), the remark after it and a total named last (人形8台，四足2台，共10台).
`counts.read_count` reads what these words leave; `count_remarks` quotes back the rest.
"""

import math
import re
import unicodedata

import cn2an

from flows import count_messages as say
from flows.count_dates import LAST_YEAR, NUMERAL, THIS_YEAR, added_by_deadline


class CountError(ValueError):
    """The text holds no single whole number; the message says what to write instead."""


REMARKS = re.compile(r"[（(][^）)]*[）)]")
HEDGE_BEFORE = re.compile(
    r"^(?:(?:大约|大概|约|一共|总共|共计|合计|总计|累计|共|计划|预计|估计|暂定|初定|拟|目标|完成"
    r"|部署总数|总数|部署|投入使用|投入|投用|投放|上线|落地|应用|使用|配置|配备|安装|采购|购置|购买"
    r"|引进|租用|租赁|交付|新增|不少于|不低于|至少|≥|>=|达到|达|就是|就|是)\s*[：:]?\s*"
    r"|(?:好的|好|嗯|对)\s*[，,]\s*)+")  # 好的，10台: the reply's own words
# The campaign's deadline written before the count: 2026年11月前部署10台 (到位 names no date).
BY_DEADLINE = (r"(?:到(?!位)|截至|截止|于)?(?:\d{4}年)?(?:\d{1,2}月|年)?(?:\d{1,2}[日号])?"
               r"(?:底|末)?(?:前|以前|之前)?")
DEADLINE = re.compile(rf"^{BY_DEADLINE}[，,：:]?")
# Spoken numerals cn2an does not read: 俩台 is 两台.
SPOKEN = str.maketrans({"俩": "两", "仨": "三"})
# After the total, a remark: 10台，其中人形5台 / 共10台：人形5台 / 10台，2026年底前完成.
REMARK_START = re.compile(r"套?(?:[，,：:；;]|其中)")
# 10部, 10只机器狗: engineers count robots in 部 and 只 too, read as 台 (not 10只灵巧手 or 部署).
MACHINE_UNIT = re.compile(rf"(?<=[{NUMERAL}])\s*[部只](?=$|[\s，,；;：:。.（(]|其中|机器|整机"
                          r"|人形|四足|双足|足式|轮式|具身)")
# The total named after its parts or stages: 人形8台，四足2台，共10台; 今年先部署2台，2026年11月
# 前累计10台; 10台，10月新增5台，届时共15台; without a comma only after two parts (5台人形+2台四足
# 共7台, 6+4=10台).
TOTAL_LAST = re.compile(
    rf"(?P<comma>[，,；;])?\s*(?:届时|到时候?)?(?:计划|预计|拟)?{BY_DEADLINE}(?:一共|总共|共计|合计|总计|累计|共|=)"
    rf"(?:部署|达到|达|完成)?\s*(?P<total>[{NUMERAL}]+\s*(?:台套|台|套)?)\s*$")
# Money said of the machines (单价50万元, 投资500万元): a sum after it without a unit is its total.
MONEY = re.compile(r"[元¥￥]|单价|价格|价款|金额|投资|预算|费用|资金|经费|造价|总价|成本")
# A sum of money (1200万元, 300元, 单价30万) written first or right after the count's unit, with
# no comma to set it apart: 总投资1200万元共10台, 单价30万×10台, 10台合计约300万元.
_AMOUNT = r"[^\d，,；;。\n（）()]*?\d+(?:\.\d+)?(?:[万亿]元?|元)(?![台套\d])"
MONEY_FIRST = re.compile(rf"^(?P<money>{_AMOUNT})(?:/台|每台)?[×xX*]?[，,；;]?")
MONEY_AFTER = re.compile(rf"(?<=[台套])(?P<money>{_AMOUNT})(?=[。.]?$)")
# A total closing the answer in brackets after machines added by 2026-11 (10台，10月再采购5台
# （共15台）), which is that total as after a comma (…，共15台).
CLOSING_TOTAL = re.compile(rf"[（(]\s*((?:一共|总共|共计|合计|总计|累计|共)\s*[{NUMERAL}]+"
                           r"\s*(?:台套|台|套)?)\s*[）)][。.]?\s*$")
# The machines' kind or form (人形, 轮式), which 应用部署产品类型 asks.
KIND = r"(?:人形|四足|双足|足式|轮式|具身智能|机器狗)"
# A line opening with its own label (备注：, 描述：), another item's, not the count's remark; not
# 其中： or a kind (人形：8台), which detail the count.
LINE_LABEL = rf"(?!其中|{KIND})[^\s，,；;。：:]{{1,12}}[：:]"
# A full stop or a new line after the count's unit with more after it (10台。其中人形6台), but
# not a line with its own label.
APART = re.compile(rf"(?:(?<=[{NUMERAL}][台套个部只])|(?<=台套))"
                   rf"(?:[^\S\n]*。\s*|\s*\n(?!\s*{LINE_LABEL})\s*)(?=\S)")
# What an answer about the count holds beside words: dates and counts of machines.
ONLY_COUNTS = re.compile(rf"\d{{4}}年|\d{{1,2}}月|\d{{1,2}}[日号]|[{NUMERAL}]+(?:台套|台|套)")


def total_named_last(text: str) -> re.Match | None:
    """The total `text` names last (人形8台，四足2台，共10台), unless it is money: without a unit,
    in 万 or after a clause about money (10台，单价50万元，合计500万), it counts no machines."""
    total = TOTAL_LAST.search(text)
    if not total or re.search("台|套", total["total"]):
        return total
    before = re.split(r"[，,；;。\n]", text[:total.start()])[-1]
    money = total["total"].rstrip().endswith("万") or MONEY.search(f"{before}{total.group()}")
    return None if money else total


def money_apart(text: str) -> str:
    """`text` with a sum of money glued to the count in brackets, a remark beside it as any
    (总投资1200万元共10台 → （总投资1200万元）共10台), not read as part of the count."""
    for glued in (MONEY_FIRST, MONEY_AFTER):
        text = glued.sub(lambda found: _bracketed(found, found.group()), text)
    return text


def _bracketed(found: re.Match, whole: str) -> str:
    return f"（{found['money']}）" if MONEY.search(found["money"]) else whole


def normalized(text: str) -> str:
    """`text` as the rules read it: half-width, 今年 as 2026年, 俩 as 两, 10只 as 10台."""
    written = THIS_YEAR.sub(f"{LAST_YEAR}年", unicodedata.normalize("NFKC", text))
    return MACHINE_UNIT.sub("台", written.translate(SPOKEN))


def set_apart(text: str) -> str:
    """`text` with a full stop or a new line after the count's unit, more following, written as
    the comma that sets a remark apart (10台。其中人形6台, 10台↵另有2台备用 → 10台，…)."""
    return APART.sub("，", text)


def unpaused(text: str) -> str:
    """`text` without the pauses voice input types as spaces (10 台 ， 10 月 再 采购 5 台 is
    10台，10月再采购5台): a pause, a full stop or a new line after the unit sets what follows
    apart as a comma does (15台 全部轮式), any other space is none; other new lines are kept."""
    return re.sub(r"[^\S\n]+", "", re.sub(r"(?<=[台套个部只])\s+", "，", set_apart(text)))


def total_unbracketed(text: str) -> str:
    """`text` with a total closing it in brackets after machines added by 2026-11 written after
    a comma (10台，10月再采购5台（共15台） → …，共15台), so it is read as the total named last."""
    total = CLOSING_TOTAL.search(text)
    if not total or not any(added_by_deadline(clause)
                            for clause in re.split(r"[，,；;、（）()]", text[:total.start()])):
        return text
    return f"{text[:total.start()]}，{total.group(1)}"


def unhedged(text: str) -> str:
    """Without the deadline and the words before the count, in either order (2026年11月前计划
    部署10台, 计划于2026年11月前完成部署10台 → 10台)."""
    for _ in range(3):
        text = HEDGE_BEFORE.sub("", DEADLINE.sub("", text))
    return text


def read_number(text: str) -> int:
    """The whole number `text` spells (10, 十, 一百二十)."""
    try:
        read = cn2an.cn2an(text, "smart")
        if not math.isfinite(read):  # hundreds of digits (999…, 一一…): no count anyone means
            raise OverflowError
    except (ValueError, KeyError, TypeError, OverflowError):
        raise CountError(say.NOT_A_COUNT) from None
    if read != int(read):
        raise CountError(say.NOT_WHOLE)
    return int(read)


def counts_in(remark: str) -> list[int]:
    """The counts of machines a remark after the total names (人形5台 → 5)."""
    counts = []
    for found in re.finditer(rf"([{NUMERAL}]+)(?:台|套)", remark):
        try:
            counts.append(read_number(found.group(1)))
        except CountError:
            continue
    return counts


def names_only_counts(text: str) -> bool:
    """Whether the figures of `text` are all counts of machines and dates (2026年11月前6台，
    2027年再增加10台): an answer about the count, though 增加10台 reads as a 预期成效."""
    rest = ONLY_COUNTS.sub("", unicodedata.normalize("NFKC", text))
    return bool(counts_in(text)) and re.search(r"\d", rest) is None
