"""Whether an answer to the four 可规模推广的其他标志性技术产品 questions names a product.

填写说明 11 asks for the algorithms, platforms and components the scenario proves (the
template's row: 模型算法：XX 操作系统：XX 仿真平台：XX 关键零部件：XX). Engineers who reach
them right after 部署总数 sometimes type how many robots they deploy (部署10台, 今年先部署2台，
2026年11月前累计部署10台): exported, the cell would list a count as a product while 部署总数
keeps the earlier number. An answer is such a count only when nothing but counts of
machines (however hedged: 10台左右, 不少于10台, 10-20台, 10余台, 2台/年), their plan, the robots
they count and what the robots do (用于电池包测试, 开展巡检) is said; a product with numbers in
its name (六维力传感器, 7自由度机械臂, 1000TOPS算力平台) or with its own quantity (300台套AGV调度
系统, 恒远灵巧手 2套) names something else as well.
"""

import re

from flows.corrected_counts import corrects_a_count, count_meant
from flows.counts import NUMERAL, CountError, read_count
from flows.description_sentences import not_a_name
from flows.empty_answers import says_nothing
from flows.labels import label_pattern, labels_in
from flows.product_misfiled import listed_names, unit_named, unnumbered
from flows.row import LIST_SEPARATOR, OTHER_MEMBER_NAME
from flows.typed_replies import declines

MACHINE_UNIT = "(?:台套|台|套|个|件|辆|架)"
# A count of machines as written: a range, more or about it, and per period (2台/年, 每年2台).
# Read from the first of a run of spaces and of numerals only, each run taken whole: from each
# of 4,000 numerals (1111…x) the run was read to its end, 0.5-1.8 s per message.
MACHINE_COUNT = re.compile(
    r"(?:不少于|不低于|不超过|至少|最多|超过|约|近|每年|每月)?"
    rf"(?<!\s)\s*+(?<![{NUMERAL}])[{NUMERAL}]++\s*+"
    rf"(?:[-~～—–至到]\s*+[{NUMERAL}]++\s*+)?[多余几+]?\s*{MACHINE_UNIT}[多余+]?"
    r"(?:左右|以上|以下|以内|之内|开外)?(?:\s*/\s*(?:年|月))?")
# Items counted by their place (第三个, 前两个): choices picked, never machines.
ORDINAL_COUNT = re.compile(rf"[第前后]\s*[{NUMERAL}]+\s*个")
# What the robots counted are for, to the end of its clause: 用于电池包测试, 开展巡检.
PURPOSE = re.compile(r"(?:用于|用来|开展|进行|从事|执行|承担)[^，,。；;的]*(?=[，,。；;]|$)")
# What a deployment plan says around its counts: when, how, and of which robots.
PLAN_WORDS = re.compile(
    r"\d{4}年|\d{1,2}月|今年|明年|后年|年底|年末|月底|截至|截止|以前|之前|前|到|于|底"
    r"|部署总数|总数|台数|部署|投入|投放|采购|购置|购买|引进|交付|上线|应用|新增|增加|扩至|扩大|增至"
    r"|计划|预计|拟|将|先|再|后续|逐步|一共|总共|共计|合计|总计|累计|共|约|大约|其中|首批|首期"
    r"|[一二三\d]期|第[一二三\d]批|阶段|完成|实现|达到|达|已经|已|现有|目前|当前"
    r"|[\u4e00-\u9fff]{0,4}(?:机器人|机器狗)|人形|四足|双足|轮式|足式|具身智能|具身|整机|本体"
    r"|[\s，,。.；;：:、+（）()]")

ASKED_FOR = ("本题填写通过该场景验证、可规模推广的核心技术或产品的名称，如算法、平台、关键部件"
             "（填写说明 11），例如：XX具身智能操作大模型、XX机器人操作系统、XX灵巧手。")
NOT_A_PRODUCT = "“{text}”是{what}，不是产品名称，没有保存。" + ASKED_FOR
# A whole robot (优必选Walker S2人形机器人) is what the scenario deploys, not a product it proves:
# its type is ticked at step 7 and its maker named at step 8. Only a name ending so: one of a
# robot's parts, algorithms or platforms (人形机器人灵巧手, 机器人操作系统) ends in its own word.
# Not any 机器人: step 7 has no type for a 协作机器人 or 巡检机器人, products a scenario proves.
# Names copied from a sheet's cells side by side, a tab between each; or typed parted by a
# full-width space or two spaces, as with 、 (one space stays within a name: Walker S2).
CELL_TABS = re.compile(r" *\t[\t ]*|(?<=[^\s：:，,、；;（(])[ \u3000]*(?:\u3000|  )[ \u3000]*"
                       r"(?=[^\s，,、；;（()）])")
WHOLE_ROBOT = re.compile(r"(?:人形机器人|四足机器人|机器狗)$")
A_WHOLE_ROBOT = ("“{text}”是整机，不是可规模推广的其他标志性技术产品，没有保存：整机的产品类型"
                 "在第 7 步“应用部署产品类型”勾选，整机企业在第 8 步“创新应用联合体成员”填写。"
                 ) + ASKED_FOR
COUNT_ELSEWHERE = "部署的台数在第 10 步“部署总数”填写{change}。"
# Said at questions before step 10 too, where a first pass reaches 部署总数 before any summary.
CHANGE_COUNT = ("：要改为 {count} 台，请在汇总页输入“部署总数：{count}台”"
                "（还没填到第 10 步的，到时填写即可）")
# This step is the last: the summary follows it, on the first pass too, when none was shown.
CHANGE_AFTER_STEP = "：要改为 {count} 台，请在填完本步后的汇总页输入“部署总数：{count}台”"
MAX_COUNT = 100_000  # the most 部署总数 takes (rules.count): a count over it is no change to offer
OVER_MAX = "，不能超过 {limit} 台"
# A label the column has none of (其他：数字孪生平台, as the members' cell has): its item would
# be glued into the product before it, or fill none.
OTHER_ITEM = re.compile("其[他它](?:产品|技术产品|技术|成果)?")
_OTHER_LABEL = label_pattern({"other": OTHER_ITEM.pattern}, typed=True)
# What separates an item from the next one: cut with an item saying nothing.
ITEM_MARKS = " \t，,；;、"
LABEL_NOT_A_PRODUCT = ("“{label}”不是可规模推广的其他标志性技术产品的分项，“{part}”归不到任何一项："
                       "该列只分模型算法、操作系统、仿真平台、关键零部件四项（填写说明 11），")
IN_ITS_ITEM = "请写在相应的一项之后，如“仿真平台：{item}”。"
# The product written before such an item is refused with it, which its writer, who named it
# plainly, would not guess (as the import refuses the row: exports/cells.py).
UNSAVED_BEFORE = "写在前面的“{product}”也没有保存，请改好后重新发送。"
# A count of machines (台, 台套) said first, before the product's name (12台，模型算法：恒远大模型):
# the count is the deployment's, which a list of products would otherwise begin with. One of
# parts (20个、恒远关节模组, 2套、恒远灵巧手) is the product's own, and stays with it.
UNSAVED_AFTER = "写在后面的“{product}”也没有保存，请只发送产品名称，如“{product}”。"
# A university or an institute under 其他 (其他：南京大学) is a member of the consortium, as under
# the members' 其他, not a product to place among the four.
A_MEMBER = "“{item}”读来是联合体成员单位，请在第 8 步“其他成员”填写。"


# Words that count or wave at things without naming one (若干, 多个, 一些, 等等), alone or
# before a kind of product (若干算法, 多个零部件, 一些相关算法): no product is named.
FILLER = re.compile(r"(?:若干|多|几|一些|一批|部分|等等|等|各种|各类|很多|许多|大量|相关|有关)"
                    r"(?:个|种|项|款|套|类)?(?:相关)?(?:技术产品|产品|技术|大模型|模型|算法|操作系统"
                    r"|系统|软件|仿真平台|平台|关键零部件|零部件|部件|传感器|关节模组|模组|灵巧手"
                    r"|控制器)?")
FILLER_SAID = "“{text}”只是泛指的说法，没有说出产品名称，没有保存。" + ASKED_FOR


# None, then why or what instead (无，暂时没有; 无（暂未采用）; 没有，采用开源ROS2; 无 暂时没有), or
# not used (暂未使用, 没有用到, 本项目不涉及): saved, 模型算法：无，暂时没有 would stand in the row.
# Only here: a pain point or a result may well start 没有，… (没有，目前完全依靠人工搬运).
NONE_WITH_WHY = re.compile(
    r"(?:无|暂无|没有|暂时没有|目前没有|不涉及|不适用)\s*[，,；;。（(、：:/／【\-－—].*"
    r"|(?:暂时没有|目前没有)\s+.+"
    r"|(?:无|暂无|没有)\s+(?:暂时|目前|暂|还|后续)?"
    r"(?:没有|无|未(?:使用|采用|用到|涉及|应用)|不(?:涉及|适用|使用|采用))"
    r"|(?:n/?a|none)\s*[（(]\s*(?:不适用|无|暂无|不涉及|not applicable)\s*[）)]"
    r"|(?:本项目|本场景)?(?:目前|暂时|暂|尚|还)?(?:未|没有?|不)(?:使用|用到|采用|涉及|应用)(?:到|过)?"
    r"(?:了|的)?(?:该项|此项|操作系统|仿真平台|模型算法|算法|关键零部件|零部件)?[。.！!]*",
    re.I | re.S)
NONE_SAID = ("“{text}”读来是没有这一项，没有保存：没有就不用填写（点“跳过”）；"
             "如有，请只填写产品名称，如“XX具身智能操作大模型”。")


def product_problem(answer: str) -> str | None:
    """Why `answer` is refused when it holds an item under a label the column has not, only
    counts or plans the robots deployed, says there is none with why, or reads as a sentence
    of the description."""
    if NONE_WITH_WHY.fullmatch(answer.strip()):
        return NONE_SAID.format(text=answer.strip())
    if unknown := label_not_a_product(answer):
        return unknown + _unsaved_before(answer)
    if filler_only(answer):
        return FILLER_SAID.format(text=answer.strip())
    if only_counts(answer) or corrects_a_count(answer):  # 10台不对应该是6台
        return _count_refused(answer)
    first, listed, rest = answer.partition(LIST_SEPARATOR)
    if listed and rest.strip() and "台" in first and only_counts(first):  # 12台、恒远大模型
        return _count_refused(first.strip()) + UNSAVED_AFTER.format(product=rest.strip())
    return whole_robot(answer) or unit_named(answer) or not_a_name(answer)


def filler_only(answer: str) -> bool:
    """Whether `answer` holds nothing but words of quantity or filler (若干, 多个、一些, 等等):
    saved, the row would list 若干 as the product proven."""
    names = [name.strip(" 。.…！!") for name in re.split(r"[、，,；;\s]+", answer)]
    names = [name for name in names if name]
    return bool(names) and all(FILLER.fullmatch(name) for name in names)


def whole_robot(answer: str) -> str | None:
    """Why an answer naming only whole robots (优必选Walker S2人形机器人) is refused."""
    names = listed_names(answer)
    if names and all(WHOLE_ROBOT.search(name) for name in names):
        return A_WHOLE_ROBOT.format(text=answer.strip())
    return None


def only_counts(text: str) -> bool:
    """Whether `text` says nothing but how many robots are deployed, and when and what for."""
    if ORDINAL_COUNT.search(text):
        return False
    return bool(MACHINE_COUNT.search(text)) and not PLAN_WORDS.sub(
        "", MACHINE_COUNT.sub("", PURPOSE.sub("", text)))


def _count_refused(count_text: str) -> str:
    """Why a count is no product, and how to change 部署总数 to it, where it can be one."""
    count = _deployed(count_text) or count_meant(count_text)
    what, change = ("部署的台数", CHANGE_AFTER_STEP.format(count=count)) if count else ("台数", "")
    if count and count > MAX_COUNT:
        change = OVER_MAX.format(limit=MAX_COUNT)
    return NOT_A_PRODUCT.format(text=count_text, what=what) + COUNT_ELSEWHERE.format(change=change)


def _unsaved_before(answer: str) -> str:
    """That the product before the refused 其他 item (甲↵其他：数字孪生平台) is not saved."""
    before = answer[: labels_in(answer, _OTHER_LABEL)[0].start()].strip(ITEM_MARKS + "\n。")
    return UNSAVED_BEFORE.format(product=before) if before else ""


def _deployed(answer: str) -> int | None:
    """The 部署总数 `answer` reads as, if one (not 首批5台，年底扩至20台, nor 0台)."""
    try:
        count = read_count(answer)
    except CountError:
        return None
    return count if count > 0 else None


def product_text(text: str) -> str:
    """An answer as its products are saved: a numbered list without its numbers, names copied
    from cells side by side or typed apart with wide spaces parted with 、 (a tab stands in the
    exported cell as nothing, and wide spaces read as a name's own), and
    no item labelled 其他 that names nothing."""
    return unnumbered(without_empty_other(CELL_TABS.sub(LIST_SEPARATOR, text.strip())))


def without_empty_other(text: str) -> str:
    """`text` without the items labelled 其他 that name nothing (模型算法：甲↵其他：无, 其他：/,
    其他：不涉及；, or 其他： last with nothing after it), as an answer saying nothing reads
    anywhere: no product to place, so none to refuse."""
    for label in reversed(labels_in(text, _OTHER_LABEL)):
        rest = text[label.end():]
        item = rest.lstrip().split("\n")[0]
        said = item.strip(ITEM_MARKS + "。")
        if said and not (declines(said) or says_nothing(said)):
            continue
        end = label.end() + len(rest) - len(rest.lstrip()) + len(item)
        text = (text[: label.start()].rstrip(ITEM_MARKS) + text[end:]).strip()
    return text


def label_not_a_product(text: str) -> str | None:
    """Why an item labelled 其他 (其他：数字孪生平台) is refused: which of the four products it
    is no one can tell but its writer."""
    found = labels_in(text, _OTHER_LABEL)
    if not found:
        return None
    word = found[0]["other"].strip("【】：: \n")
    item = text[found[0].end():].lstrip().split("\n")[0].strip(" ，,；;。")
    names = [name for name in re.split(r"[、，,]", item) if name.strip()]
    member = names and all(OTHER_MEMBER_NAME.search(name.strip()) for name in names)
    advice = A_MEMBER if member else IN_ITS_ITEM
    return LABEL_NOT_A_PRODUCT.format(label=word, part=f"{word}：{item}") + advice.format(
        item=item or "XX")
