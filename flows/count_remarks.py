"""What a count says beside its total, which no answer keeps: 部署总数 holds one number.

Engineers add to the count what they know of the machines (15台（其中足式5台）, 10台，含2台备用)
or of the plan (20台，分两期部署). `counts.read_count` keeps the total; the rest is quoted back,
so nobody believes it was saved, with where such words belong. The machines' kind or form alone
(十五台，全部是轮式人形) is what 应用部署产品类型 asks, and only the count is echoed, unless it is
unlike what that question ticks (`kind_differs`).
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.count_corrections import correction
from flows.count_dates import added_at_year_end, dated_later, later_plan
from flows.count_words import (
    DEADLINE,
    HEDGE_BEFORE,
    KIND,
    LINE_LABEL,
    MACHINE_UNIT,
    REMARK_START,
    REMARKS,
    counts_in,
    money_apart,
    total_named_last,
    total_unbracketed,
    unpaused,
)

# What counts nothing or only repeats the question or another: the machines' kind or form,
# which 应用部署产品类型 asks (10台（人形机器人）, 10台，全部是轮式人形, 10台，机器狗), the
# deadline (10台，2026年底前完成, 10台，11月前到位), a hedge (10台，共计), thanks or a word
# that the answer is complete (10台，没问题, 10台，先这样, 10台，以上).
KIND_ONLY = re.compile(rf"(?:全部|全都|全|都|均|统一)?(?:是|为|采用)?"
                       rf"(?:{KIND}(?:[和及与/]?{KIND})*(?:机器人|整机)?|机器人|整机)的?")
SAYS_NOTHING = re.compile(r"(?:部署|完成|到位|即可|谢谢|好的|没问题|以上|OK"
                          r"|(?:暂时|先|就)*(?:这么多|这样|这些))+", re.IGNORECASE)
# A later line with its own label (备注：…) is another item's, not the count's remark; not 其中：
# or a kind (人形：8台), which detail the count.
OWN_LABEL = re.compile(rf"\n\s*{LINE_LABEL}.*", re.DOTALL)
# Words of the machines' type or form, chosen at 应用部署产品类型.
PRODUCT_WORDS = re.compile(KIND)
# The kinds and forms step 7 ticks, as typed with the count (仿人形 is 其他类型产品's form).
KINDS = {"人形": "人形机器人", "四足": "四足机器人", "机器狗": "四足机器人",
         "仿人形": "其他类型产品", "仿四足": "其他类型产品"}
# The 其他类型产品 an engineer calls by the kind it mimics: a 仿四足机器人 is their robot dog.
MIMICS = {"仿人形机器人": "人形机器人", "仿四足机器人": "四足机器人"}
FORMS = {"轮式": "轮式", "足式": "足式", "双足": "足式"}
TYPED_KIND = re.compile(r"仿人形|仿四足|人形|四足|机器狗|轮式|足式|双足")
KIND_DIFFERS = ("“{typed}”与第 7 步“应用部署产品类型”的勾选（{ticked}）不一致，表格以第 7 步的"
                "勾选为准；如需修改，请在汇总页打开第 7 项“应用部署产品类型”重新勾选。")
NOT_KEPT = "“{remarks}”没有保存：本题只记一个合计台数。"
AT_PRODUCTS = "产品类型和形态以第 7 步“应用部署产品类型”的勾选为准"
AFTER_DEADLINE = "部署总数只算到 2026 年 11 月，之后增加的台数不计入"
IN_DESCRIPTION = "分期、用途、各类台数等说明可写进第 5 步的场景描述"
AT_SUMMARY = "（可在汇总页修改）。"
CORRECTED = "已按更正后的 {count} 台记录，“{wrong}”没有保存。"


def said_beside(text: str) -> list[str]:
    """What `text` says beside the total `read_count` reads: remarks in brackets (15台（其中
    足式5台）), after the total (20台，分两期部署, 15台↵全部轮式) or the parts before it
    (人形8台，四足2台，共10台), each line's apart. Not the hedges, the deadline, the machines'
    kind or form (约10台人形机器人, 10台（人形机器人）, 10台，全部是轮式人形) nor words that say
    nothing (10台（2026年11月）, 10台，共计, 10（台）, 10台，没问题)."""
    if corrected := correction(text):  # 10台，不对，是12台: the count taken back, and what follows
        return [*filter(None, [corrected.wrong]), *said_beside(corrected.rest)]
    # a pause or a new line after the unit sets a remark apart as a comma does (15台 全部轮式);
    # each later line is a remark of its own (10台，用于测试↵另有2台备用)
    plain = money_apart(unpaused(total_unbracketed(text.strip()))).rstrip("。.")
    said = REMARKS.findall(plain)
    plain = REMARKS.sub("", plain)
    total = total_named_last(plain)
    if total and dated_later(total.group()):  # 10台，2027年底前累计30台: the later plan's total
        total = None
    unit = re.search(rf"(?:台套|台|套|个|{MACHINE_UNIT.pattern})(.*)$", plain, re.DOTALL)
    if total and (total["comma"] or counts_in(plain[: total.start()])):
        said.insert(0, plain[: total.start()].rstrip("，,；;"))
    elif unit and REMARK_START.match(unit.group(1)) and (
            rest := unit.group(1).lstrip("套，,：:；;")):
        said.append(rest)
    lines = [line.strip("，,；;") for remark in said for line in remark.split("\n")]
    return [line for line in lines if _says_something(line)]


def remarks_beside(text: str) -> list[str]:
    """The counts said beside the total (10台（轮式8台、四足2台）, 10台，其中人形5台): what an
    imported cell notes, where words without a count are the cell's own business."""
    return [remark for remark in said_beside(text) if counts_in(remark)]


def not_kept(text: str, saved: int) -> str | None:
    """The words typed with the count that were not saved, quoted, and where they belong: the
    machines' form at 应用部署产品类型, a plan's stages or the counts of each kind in the
    description. The count itself is kept: refusing it would lose the answer for its remark.
    A later line with its own label (备注：…) is not the count's: the summary says it unsaved."""
    corrected = correction(text)  # 10台，更正：12台，用于巡检: the remark noted as usual
    if corrected and corrected.number == saved:  # not …12台，合计300, saved as 300
        more = not_kept(corrected.rest, saved) if corrected.rest != corrected.count else None
        said = corrected.wrong and CORRECTED.format(count=saved, wrong=corrected.wrong)
        return "\n".join(filter(None, [said, more])) or None
    if not (said := said_beside(OWN_LABEL.sub("", text.strip()))):
        return None
    remarks = "”“".join(remark.strip("（()）") for remark in said)
    where = [AT_PRODUCTS] if PRODUCT_WORDS.search(remarks) else []
    if any(counts_later(remark, saved) for remark in said):  # 10台，2027年扩至50台
        where.append(AFTER_DEADLINE)
    return NOT_KEPT.format(remarks=remarks) + "；".join([*where, IN_DESCRIPTION]) + AT_SUMMARY


def counts_later(remark: str, saved: int) -> bool:
    """Whether `remark` counts machines after 2026-11 (2027年扩至50台, 后续推广至100台, 年底前
    再增加5台), which 部署总数 leaves out rather than has no room for; not the parts the total
    `saved` is made of (15台（10台已部署，年底前再增加5台）)."""
    if later_plan(remark):
        return bool(counts_in(remark))
    parts = counts_in(remark)
    return added_at_year_end(remark) and (len(parts) < 2 or sum(parts) != saved)


def kind_differs(text: str, answers: Mapping[str, Any]) -> str | None:
    """The machines' kind or form typed with the count (10台，全部是四足; 人形10台) where step 7
    ticks none like it: the table keeps step 7's ticks, so the engineer is told where to change
    them (仿人形 is a 其他类型产品, not a 人形机器人, though a 仿四足 ticked is a 机器狗 typed)."""
    unlike = unlike_kinds(text, answers)
    return unlike and KIND_DIFFERS.format(typed=unlike[0], ticked=unlike[1])


def unlike_kinds(text: str, answers: Mapping[str, Any]) -> tuple[str, str] | None:
    """The kinds or forms typed with the count that no tick of 应用部署产品类型 is like, quoted,
    and the ticks (人形机器人：轮式), as a message says them."""
    ticked = {product: form for product, form in (answers.get("product_types") or {}).items()
              if form}
    like = {*ticked, *(MIMICS[form] for form in ticked.values() if form in MIMICS)}
    words = [word.group() for word in TYPED_KIND.finditer(OWN_LABEL.sub("", text))]
    # A form is at odds only with every tick's form (轮式8台、四足2台 with 人形机器人：轮式 and
    # 四足机器人：足式 is not), as the kind it describes may go unnamed. A 其他类型产品 ticked
    # names what it mimics, not a form: no 轮式 or 足式 is at odds with it.
    chosen = {form for form in ticked.values() if form not in MIMICS}
    unlike = [word for word in dict.fromkeys(words) if (
        KINDS[word] not in like if word in KINDS else chosen and FORMS[word] not in chosen)]
    if not ticked or not unlike:
        return None
    return "”“".join(unlike), "、".join(f"{product}：{form}" for product, form in ticked.items())


def _says_something(remark: str) -> bool:
    words = re.sub(r"[（()），,、；;：:。.！!台套个]", "", remark)
    for _ in range(2):
        words = HEDGE_BEFORE.sub("", DEADLINE.sub("", words))
    return bool(words) and not KIND_ONLY.fullmatch(words) and not SAYS_NOTHING.fullmatch(words)


def recorded(answers) -> str:
    """The count as saved, echoed: 约10台 or 10台（人形8台…） keep only the total."""
    return f"已记录部署总数：{answers['deployment_count']} 台。"
