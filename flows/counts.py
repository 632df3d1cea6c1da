"""How many machines a typed or spreadsheet count means: 部署总数 is one whole number.

Engineers write counts the way they speak: 十台, 俩台, 约10台, 一共10台, 10台左右, 1,000台,
共部署人形机器人10台, 2026年11月前部署10台, 截至2026年11月30日部署10台, 不少于10台, 100台以上,
10只机器狗, 10部, or 10台（人形8台、四足2台）.
The number they mean is kept; the hedges, dates and remarks around it (a later plan after it,
10台，2027年扩展至50台 or 10台，后续推广至100台, too) are not part of it (a target's floor,
不少于10台 or ≥10台, is the number the enterprise commits to). A range
(10-20台), a count left open above (10多台, 10+台, 二十余台, 超过10台) or only guessed at (十几台,
上百台, 二十来台), a ceiling (20台以内, 不超过20台, 20台不到: what the enterprise will not
exceed, not what it commits to) or a plan in stages (首批5台，年底扩至20台; 今年5台明年15台)
has no single number; one batch (第一批10台, 第一阶段5台, 5台（首批）, but not 20台，首批10台,
where the batch details the total), a count by a later date (20台（2027年底前）) or one with a
smaller part by the deadline (10台（其中2026年11月前6台）) or more added by it (10台，2026年10月
再增加5台, 10台，10月再采购5台) and a pace (2台/年) are no total.
They are asked again: the cell holds one number, and saving the bound or the batch would
change what was said. What is said beside a total read is quoted back as not saved
(`count_remarks`).
"""

import re

from flows import count_messages as say
from flows.count_corrections import correction, taken_back
from flows.count_dates import (
    AFTERWARDS,
    DATED_OR_NOW,
    DEADLINE_NAMED,
    INSIDE,
    NUMERAL,
    PART_BY_DEADLINE,
    RELATIVE_YEARS,
    SPARES,
    added_at_year_end,
    added_by_deadline,
    dated_later,
    later_plan,
)
from flows.count_sites import check_per_site
from flows.count_totals import STAGE_WORDS, check_total
from flows.count_words import (
    REMARK_START,
    REMARKS,
    CountError,
    counts_in,
    money_apart,
    normalized,
    read_number,
    set_apart,
    total_named_last,
    total_unbracketed,
    unhedged,
    unpaused,
)

THOUSANDS = re.compile(r"(?<=\d)[,，\s](?=\d{3}(?!\d))")
# Two numbers a space or a line apart (10 5), which joined would read as one (105); a lone digit
# before the space is a number typed apart (1 5台 is 15台).
SPACED_NUMBERS = re.compile(r"\d{2}\s+\d")
HEDGE_AFTER = re.compile(r"(?:左右|以上)$")
# The machines named before their count (人形10台, 机器狗10台); after it UNIT drops them.
MACHINES = re.compile(r"^(?:(?:轮式|足式|双足)?(?:人形|四足|具身智能|具身)(?:机器人|整机)?"
                      r"|(?:机器人|整机|机器狗))")
# The unit ends the count: 10台人形机器人 is 10.
UNIT = re.compile(r"(?:台套|台|套|个).*$")
# 10个人: a count of people, not of machines (10个人形机器人 is one).
PEOPLE = re.compile(r"个人(?!形)")
# 6+4台: parts added up, as 人形6台+四足4台, the total left to the reader (10+台 is open-ended).
PARTS_ADDED = re.compile(rf"[{NUMERAL}]\s*\+\s*[{NUMERAL}]")
# 10-20台, 十至二十台, and the spoken 两三台 or 七八台: neighbouring digits name a range.
RANGE = re.compile(rf"[{NUMERAL}]\s*[-~～—–至到]\s*[{NUMERAL}]"
                   r"|[一二两三四五六七八九][一二两三四五六七八九]")
# 10多台, 10台多, 10+台, 二十余台, 超过10台: more than a number, by how much left open; 十几台,
# 几十台, 二十来台, 上百台, 数十台, 近20台: a number guessed at.
OPEN_ENDED = re.compile(rf"(?:超过|多于|大于|逾)|[{NUMERAL}]+(?:[多余+]"
                        r"|(?:台套|台|套|个)(?:[多余+](?![\u4e00-\u9fff])|开外)|开外)"
                        rf"|[{NUMERAL}]*几|[{NUMERAL}]+来(?![{NUMERAL}])|[上数](?=[十百千万])"
                        rf"|(?:将近|接近|近)(?=[{NUMERAL}])")
# 20台以内, 不超过20台, 最多20台, ≤20台, 控制在20台, 20台不到: a ceiling (不少于10台 is a floor).
UPPER_BOUND = re.compile(
    r"(?:不超过|不多于|不高于|不大于|最多|至多|顶多|最高|(?<!不)(?:少于|小于|低于)|不到|不足|上限|控制在"
    rf"|[<≤])|[{NUMERAL}]+(?:台套|台|套|个)?(?:(?:及|或)?(?:以内|之内|以下|内)|封顶|为?上限|为限"
    r"|还?(?:不到|不足)|最多|至多|顶多)")
# 第一批10台, 一期部署10台, and a remark naming only the batch (5台（首批）, 8台（一期）): one
# batch of a plan, not its total; a batch with its count after the total (20台，首批10台)
# details it, and 分三期 says how the total is delivered.
BATCH = re.compile(
    r"首批|首期|第[一二三四五\d]批|(?<!分)(?:[一二三\d]期|[一二三四五\d]阶段)|先期|初期")
# A batch's state (首批已到货) says how far the total has come; 5台（首批） only names the batch.
BATCH_STATE = re.compile(r"到货|交付|安装|调试|测试|验证|验收|全部")
CLAUSE = re.compile(r"[，,；;、（）()]")
# A total said before machines added by 2026-11, after the count said first: 10台（共15台.
STATED_TOTAL = re.compile(rf"[，,（(](?:一共|总共|共计|合计|总计|共)[{NUMERAL}]+(?:台|套)$")
# 各5台, 各增加2台, 每个厂区5台, 每条线5台: a count for each of several sites or lines, so
# machines added to it make a total no sum of the counts said is (每月 is a pace, `RATE`).
EACH = re.compile(rf"各(?=[^，,；;。\n{NUMERAL}]{{0,4}}[{NUMERAL}]+(?:台|套))"
                  rf"|每(?![年月周天日季])(?=[^，,；;。\n]{{0,6}}?[{NUMERAL}]+(?:台|套))")

# 已部署3台 says what stands today, not the total by the deadline.
PAST_ONLY = re.compile(r"^[^，,；;]*已(?:经)?(?:完成)?(?:部署|投入|上线)")
# 2台/年, 每月3台: a pace of deployment, not the total by the deadline.
_PERIOD = r"(年|月|周|天|日|季度?)"
RATE = re.compile(rf"(?:台|套)(?:/|每){_PERIOD}"
                  rf"|每{_PERIOD}(?:新增|增加|部署|投入|交付)?[{NUMERAL}]+(?:台|套)")
PERIODS = {"日": "天", "季": "季度"}
YEARS = range(2020, 2036)  # a bare 2026 is the campaign's year, typed at the wrong question


def read_count(text: str) -> int:
    """The whole number of machines `text` states (possibly 0 or negative: bounds are the
    rule's business, not the reader's)."""
    if corrected := correction(text):  # 10台，不对，是12台
        try:
            return read_count(corrected.rest)
        except CountError:  # 10台，不对，是12台，10月再采购5台: the whole is read
            if corrected.rest == corrected.count:
                raise
    if wrong := taken_back(text):  # 10台，不对: no count left
        raise CountError(say.TAKEN_BACK.format(wrong=wrong))
    text = total_unbracketed(text)
    check_per_site(text)
    _check_additions(text)
    if head := _before_later_plan(text):
        return read_count(head)
    _check_dates(text)
    remarks = normalized("，".join(REMARKS.findall(money_apart(text))))
    plain = set_apart(THOUSANDS.sub("", normalized(REMARKS.sub("", money_apart(text)))))
    if SPACED_NUMBERS.search(plain):
        raise CountError(say.TWO_NUMBERS.format(text=" ".join(text.split())))
    plain = re.sub(r"\s+", "", plain).rstrip("。.，,；;")
    if rate := RATE.search(plain):
        period = rate.group(1) or rate.group(2)
        raise CountError(say.A_RATE.format(text=text.strip(), period=PERIODS.get(period, period)))
    total = total_named_last(plain)
    before = plain[:total.start()] if total else ""
    if total and (total["comma"] or len(counts_in(before)) > 1 or PARTS_ADDED.search(before)):
        check_total(before, total["total"])
        plain = total["total"]
    elif PAST_ONLY.match(plain):
        raise CountError(say.ALREADY)
    if RANGE.search(plain):
        raise CountError(say.A_RANGE)
    if plain.isdigit() and int(plain) in YEARS:
        raise CountError(say.A_YEAR.format(year=plain))
    unit = UNIT.search(plain)
    if unit and PEOPLE.match(unit.group()):
        raise CountError(say.NOT_A_COUNT)
    after = unit.group()[1:] if unit else ""
    several = say.STAGES if STAGE_WORDS.search(plain) else say.SEVERAL  # 首批5台后续扩至20台
    if PARTS_ADDED.search(plain):
        raise CountError(several)
    if len(counts_in(plain)) > 1 and not re.match(rf"[{NUMERAL}]", unhedged(plain)):
        raise CountError(several)  # 人形机器人2台，四足机器人1台: parts, not the total
    if re.search(rf"[{NUMERAL}]", MACHINES.sub("", after)) and not REMARK_START.match(after):
        raise CountError(several)  # 5台人形机器人和3台四足: parts, not the total
    plain = unhedged(MACHINES.sub("", unhedged(plain)))
    if UPPER_BOUND.match(plain):
        raise CountError(say.UPPER.format(text=text.strip()))
    if OPEN_ENDED.match(plain):
        raise CountError(say.OPEN.format(text=text.strip()))
    if BATCH.search(plain[:unit.start()] if (unit := UNIT.search(plain)) else plain):
        raise CountError(say.ONE_BATCH.format(text=text.strip()))
    number = read_number(HEDGE_AFTER.sub("", UNIT.sub("", plain)))
    if any(part > number for part in counts_in(after)):
        raise CountError(say.STAGES)  # 首批5台，年底扩至20台: a later stage, not a part
    _check_remark(text.strip(), f"{remarks}，{after}", number)
    return number


def _check_dates(text: str) -> None:
    """A count dated after 2026-11 is no total by it: 2027年底前部署20台, 20台（2027年）,
    2026年12月31日前10台, 明年部署10台. Written after the count by the deadline (2026年11月前
    6台，2027年再增加10台), that count is the total, offered back as in 10台（其中2026年11月
    前6台）, not saved: the plan's total may be what was meant. A year said of what follows
    the deployment (质保至2028年, 2027年扩展至50台) leaves the count as it is."""
    written = normalized(text.strip())
    if part := _by_deadline_before_later(REMARKS.sub("", written)):
        raise CountError(say.BY_DEADLINE_PART.format(text=text.strip(), part=part))
    later = [when for clause in CLAUSE.split(written)
             if not AFTERWARDS.search(clause) and (when := dated_later(clause))]
    if later and not (any(word in written for word in RELATIVE_YEARS)
                      and len(counts_in(written)) > 1):  # 今年5台明年15台: stages
        raise CountError(say.LATER.format(text=text.strip(), when=later[0]))


def _before_later_plan(text: str) -> str | None:
    """The count before a later plan written after it (10台，2027年扩展至50台 or 10台，后续推广至
    100台 → 10台): said first, it is the count by 2026-11, and `count_remarks` quotes the plan
    back. Not a count with its own date (今年5台，明年15台: stages; 2026年11月前6台，2027年再增加
    10台 is offered back) or of what stands today (目前3台，明年增至10台)."""
    written = normalized(text.strip())
    masked = REMARKS.sub(lambda remark: "（" + "…" * (len(remark.group()) - 2) + "）", written)
    for clause in re.finditer(r"[^，,；;。\n]+", masked):
        if later_plan(clause.group()) and counts_in(clause.group()):
            head = written[:clause.start()].rstrip("，,；;。\n ")
            dated = DATED_OR_NOW.search(head) or not re.search(rf"[{NUMERAL}]", head)
            return None if dated else head
    return None


def _check_additions(text: str) -> None:
    """Machines added by 2026-11 after the count said first (10台，2026年10月再增加5台; 10台，9月
    再采购5台，10月再采购5台) make a total the engineer did not write: it is asked for, the sum
    offered (15台, 20台). Not beside a total written last (…，共15台) or first with its parts
    (15台（10台…，10月再增加5台）, 15台，其中…), nor spares or replacements (10月再采购5台
    （备用）)."""
    written = unpaused(normalized(text.strip()))
    if total_named_last(written) or not (added := _additions(written)):
        return
    said = counts_in(written)
    if len(said) > len(added) + 1 and said[0] == sum(said[1:]):
        return
    ends = [clause.start() for clause, _ in added[1:]] + [len(written)]
    counted = [(clause, match) for (clause, match), end in zip(added, ends, strict=True)
               if not SPARES.search(written[clause.start():end])]
    if counted and EACH.search(written):  # 两个厂区各5台，10月再各增加2台: no sum to offer
        raise CountError(say.ADDED_BY_DEADLINE_EACH.format(text=text.strip()))
    if counted:
        head = written[:counted[0][0].start()].rstrip("，,；;、（(。\n")
        total = _sum_offered(head, [match for _, match in counted])
        raise CountError(say.ADDED_BY_DEADLINE.format(text=text.strip(), total=total))


def _additions(written: str) -> list[tuple[re.Match, re.Match]]:
    """The clauses of `written` adding machines by 2026-11 after a count, with what each adds;
    none after words saying they are in it (10台，其中10月新增5台, 10台，含2台备用，10月…)."""
    added = []
    for clause in re.finditer(r"[^，,；;、（）()。\n]+", written):
        head = written[:clause.start()]
        if not INSIDE.search(head) and counts_in(head) and (
                match := added_by_deadline(clause.group())):
            added.append((clause, match))
    return added


def _sum_offered(head: str, added: list[re.Match]) -> int:
    """The total by 2026-11 offered for the machines `added` after `head`: a total written
    between that they make (10台（共15台，10月新增5台） → 15), or the count said first (10台,
    目前已部署3台) and them, each grown to (9月扩展至15台) or added (10月再增加5台); else one
    total is asked for (10台（共20台，10月新增5台）)."""
    found = counts_in(head)
    more = sum(read_number(match["more"]) for match in added if match["more"])
    if STATED_TOTAL.search(head) and found[0] + more == found[-1]:
        return found[-1]
    total = 0 if added[0]["to"] else _count_before(head, found)
    for match in added:
        total = read_number(match["to"]) if match["to"] else total + read_number(match["more"])
    return total


def _count_before(head: str, found: list[int]) -> int:
    """The count said before machines are added (10台, 目前已部署3台), else one total asked for."""
    try:
        return read_count(head)
    except CountError:
        if len(found) == 1:
            return found[0]
        raise CountError(say.STAGES) from None


def _by_deadline_before_later(text: str) -> int | None:
    """The count by the deadline the text names before a later clause with its count
    (截至2026年11月，部署6台；2027年增至16台 → 6), if any."""
    for clause in re.finditer(r"[^，,；;、]+", text):
        if dated_later(clause.group()) and counts_in(clause.group()):
            before = text[:clause.start()]
            if not DEADLINE_NAMED.search(before):
                return None
            try:
                return read_count(before)
            except CountError:
                return None
    return None


def _check_remark(text: str, remark: str, number: int) -> None:
    """The remark after the total may take it back: 5台（首批） is one batch, and in
    10台（其中2026年11月前6台） the total by the deadline is 6."""
    if BATCH.search(remark) and not counts_in(remark) and not BATCH_STATE.search(remark):
        raise CountError(say.ONE_BATCH.format(text=text))
    for part in PART_BY_DEADLINE.finditer(remark):
        if added_at_year_end(part.group()):  # 10台，今年年底前再增加5台: after 11月, not in it
            continue
        if (by_deadline := read_number(part.group(1))) < number:
            raise CountError(say.BY_DEADLINE_PART.format(text=text, part=by_deadline))
