"""When the machines a count names come: by the campaign's deadline (2026-11) or after it.

部署总数 counts to 2026-11 (README step 10). A plan after it (10台，2027年扩展至50台,
10台，后续推广至100台) leaves the count said first as it is; machines added by then
(10台，2026年10月再增加5台) are part of the total, which the count said first is not.
"""

import re

from flows.product_kinds import COMPONENTS

NUMERAL = "\\d〇零一二两三四五六七八九十百千万"
# The campaign runs to 2026-11 (README step 10): a year after it is a later target.
LAST_YEAR = 2026
WRITTEN_YEAR = re.compile(r"(?<!\d)(\d{4})年")
# 12月 of the campaign's year (or of no year) is after its deadline, but not 12月前 or 12月1日前
# (before it).
LATER_MONTH = re.compile(r"(?:(?<!\d)(\d{4})年)?(?<!\d)12月(?!(?:1[日号])?(?:以前|之前|前))")
# 明年, 后年: a later year (2026年 is 今年: the campaign runs in it, to 2026-11).
RELATIVE_YEARS = {"明年": LAST_YEAR + 1, "后年": LAST_YEAR + 2}
THIS_YEAR = re.compile("今年年?")
# A count with its own date or of today: not the count by 2026-11 before a later plan.
DATED_OR_NOW = re.compile(r"\d{4}年|\d{1,2}月|年[底末]|明年|后年|次年|目前|现有|现在|当前")
# The deadline named before a count (2026年11月前, 截至11月30日, 2026年底, 年底前).
DEADLINE_NAMED = re.compile(r"(?<!\d)11月|年[底末]")
# The year's end: after the November deadline, when machines are added then.
YEAR_END = re.compile(r"年[底末]")
# The deadline in a remark, then the count by it: 10台（其中2026年11月前6台）.
PART_BY_DEADLINE = re.compile(
    rf"(?:(?:{LAST_YEAR}年)?11月(?:底|末)?(?:以前|之前|前)?|{LAST_YEAR}年(?:底|末)?(?:以前|之前|前))"
    rf"[^，,；;、]*?([{NUMERAL}]+)(?:台|套)")
# Spreading the deployment further, what follows it rather than part of it.
EXPANDS = r"扩展|扩大|扩至|推广|复制"
# A later date said of what follows the deployment (质保至2028年, 2027年运维, 2027年扩展至50台,
# 12月验收, 12月试运行) leaves the count by 2026-11 as it is; any other (计划2027年部署,
# 20台（2027年）, 12月交付) is its date.
AFTERWARDS = re.compile(rf"质保|保修|维保|运维|维护|服务期|{EXPANDS}"
                        r"|验收|试运行|调试|联调|投用|投运|投产|运行|上线|交付使用|投入使用|培训|评估")
# 后续推广至100台: spread further later, with no date, as 2027年推广至50台 is (not 后续增至20台,
# which may still come by the deadline).
LATER_SPREAD = re.compile(rf"(?:后续|今后|以后|将来|未来|远期).*(?:{EXPANDS})")
# A month of the campaign (2026年10月, 10月前, 11月, 十月, 12月1日前; not 12月, `dated_later`,
# nor 十二月): machines added then are counted.
MONTH_BY_DEADLINE = re.compile(r"(?<!\d)(?:0?[1-9]|1[012])月"
                               r"|(?<![〇零一二三四五六七八九十])(?:十一?|[一二三四五六七八九])月")
# Machines added (再增加5台, 新增5台, 追加5台), bought or deployed again (再采购5台, 另购5台,
# 再买5台, 再各采购1台, 另外10月采购5台, 此外…: not 10月采购5台, which may be part of the count;
# 在采购5台 is 再 mistyped, not 正在) or the count grown to (增至15台).
BOUGHT = r"(?:采购|购置|购买|引进|部署|投入|配置|添置)"
ADDED = re.compile(rf"(?:(?:增加|新增|追加|加装|增配|补充|再加)(?:部署)?|增购|加购"
                   rf"|(?:再|另|新|追加|新增|增加)各?(?:行|外)?(?:{BOUGHT}|[购买])"
                   rf"|(?<![正现存])在(?:采购|购置|购买|添置|[购买])|^(?:另外?|此外).*?{BOUGHT})"
                   rf"(?P<more>[{NUMERAL}]+)(?:台|套)"
                   rf"|(?:扩展|扩大|扩充|增加|增|扩)(?:到|至)(?P<to>[{NUMERAL}]+)(?:台|套)")
# Words saying the machines added are in the count said first (10台，其中10月新增5台, 10台，含
# 10月再采购5台, 10台，含2台备用，10月再采购5台), not beside it (不含备用).
INSIDE = re.compile(r"其中|(?<!不)(?:包含|含|包括)")
# Parts bought, not whole machines (5套灵巧手, 5套关节模组, 5套传感器): no machines added. A bare
# 5套 is machines, as 台套 and 套 are everywhere in a count.
PARTS = re.compile(rf"{COMPONENTS}|关节(?!机器人)|模组|电池|配件|备件|零部件|部件|零件|夹爪|手爪"
                   r"|相机|雷达|充电桩")
# Spare machines or replacements for old ones (5台（备用）, 5台替换旧设备): none added to those
# deployed, as 10台，含2台备用 is 10; not 替代人工, a use.
# Machines that may or may not come: 视情况, 如有需要, 可能 (计划, 拟 are the plan itself).
MAYBE = re.compile(r"视情况|视需要|根据需要|如有需要|如需要|必要时|可能|或将|有望|待定")
SPARES = re.compile(r"备用|备机|备品|冗余|以旧换新|(?:替换|更换|替代|置换|换掉|淘汰)[^，,；;]*?"
                    r"(?:旧|原有|原来|现有|已有|故障|损坏|报废|设备|机器|整机|[台套])")


def dated_later(clause: str) -> str | None:
    """When `clause` dates a count after 2026-11, as the message says it (2027 年)."""
    years = [int(y) for y in WRITTEN_YEAR.findall(clause)] + [
        year for word, year in RELATIVE_YEARS.items() if word in clause]
    if later := [year for year in years if year > LAST_YEAR]:
        return f"{later[0]} 年"
    if (month := LATER_MONTH.search(clause)) and int(month.group(1) or LAST_YEAR) == LAST_YEAR:
        return f"{LAST_YEAR} 年 12 月"
    return None


def later_plan(clause: str) -> bool:
    """Whether `clause` speaks of after 2026-11: dated so (2027年扩展至50台, 2026年12月再增加
    5台) or spreading the deployment later (后续推广至100台)."""
    return bool(dated_later(clause) or LATER_SPREAD.search(clause))


def added_by_deadline(clause: str) -> re.Match | None:
    """Machines `clause` adds in a month by 2026-11 (2026年10月再增加5台, 11月前扩展至15台),
    which the total by then includes; not a part of the count (其中10月新增5台, 含10月再采购5台),
    parts of machines (10月再采购5套灵巧手) nor machines that may come (10月视情况再采购5台),
    which no total committed to by then holds."""
    if (INSIDE.match(clause) or PARTS.search(clause) or MAYBE.search(clause)
            or dated_later(clause) or not MONTH_BY_DEADLINE.search(clause)):
        return None
    return ADDED.search(clause)


def added_at_year_end(clause: str) -> bool:
    """Whether `clause` adds machines at the year's end (年底前再增加5台), after 2026-11: a count
    said by then (今年年底前12台) is the deadline's, but machines added then are not in it."""
    return bool(YEAR_END.search(clause) and ADDED.search(clause))
