"""Is a typed 所属行业 the name of an industry?

The industry question offers buttons and lets the engineer type one the list lacks (纺织服装,
港口物流). What else gets typed there is an answer to something else: a 好的 to the prompt, a
placeholder, or the pain point and indicators typed one question early. A name has no clause
punctuation and measures nothing, so these are told apart without a list of industries.
A typed 行业/细分方向 is both answers at once, as the table's cell writes them, and so is
the pair typed with the questions' own labels (所属行业：…，细分方向：…).
"""

import re
from collections.abc import Callable

from flows.counts import NUMERAL
from flows.industry_lookalikes import place_or_task
from flows.labels import before_label, label_pattern, labelled_parts
from flows.numbers import Quantity, scan_quantities
from flows.other_answers import A_SENTENCE as DESCRIBED
from flows.other_answers import (
    CLAUSE,
    FULL_NAME,
    MEASURE,
    answer_elsewhere,
    city_or_province,
    measured,
    sentence,
)
from flows.own_labels import OWN_LABELS
from flows.typed_replies import agrees

# Acknowledgements besides the yes words: 收到, 明白了.
ACKNOWLEDGED = re.compile(r"(?:确认|确定|收到|明白|知道|了解|好嘞|没问题)了?[!！。.~～]*")
SLASH = re.compile(r"\s*[/／]\s*")
# A line break is typed, never a pause of voice input: it parts the two as a "/" does, but
# for a name wrapped in a narrow cell (电子信息↵制造业, 汽车零部件↵制造, 医疗↵健康): its
# lines join into a button's industry, or the last is only the ending of an industry's name.
LINE_BREAK = re.compile(r"\s*\n\s*")
NAME_ENDING = re.compile(r"(?:制造|服务|产|行|工|企)?业|制造|健康|物流|化工|冶金|零售|康养")
PAUSE = re.compile(r"\s+")
SHIFTS = re.compile(rf"[{NUMERAL}]+\s*班")  # 两班, 三班倒: the shifts worked, no trade
# The two questions' own labels (所属行业：, 行业：, 【细分方向】, 方向：), no part of either.
LABELS = label_pattern({key: OWN_LABELS[key] for key in ("industry", "sub_direction")},
                       typed=True)

EXAMPLES = "例如“汽车制造”“港口物流”“纺织服装”"
NOT_AN_INDUSTRY = ("“{text}”不是行业名称。请点击下方按钮选择所属行业，或输入行业名称，"
                   + EXAMPLES + "。")
A_SENTENCE = ("“{text}”像是一句描述，不是行业名称，没有保存。现状与痛点、技术指标在第 5 步填写；"
              "这里请点击下方按钮选择所属行业，或输入行业名称，" + EXAMPLES + "。"
              "行业和细分方向可以用“/”隔开一起写，如“汽车制造/动力电池”。")


# A part of the description labelled in a direction (动力电池↵技术指标：…, the line break lost):
# the industry reader takes all after 细分方向 as the direction.
DESCRIPTION_LABEL = re.compile(r"(?:现状[与及和]?痛点|痛点|技术指标|关键技术要求|预期成效|场景描述)"
                               r"\s*[：:]")
DESCRIPTION_IN_DIRECTION = ("“{text}”中写了场景描述的内容（“{label}”），没有保存。"
                            "细分方向只填方向名称，如“动力电池”；场景描述在第 5 步填写。")
DIRECTION_ASKED = "细分方向只填方向名称，如“动力电池”；没有可跳过。"
SAME_AS_INDUSTRY = "“{text}”的细分方向“{name}”与所属行业相同，没有保存。" + DIRECTION_ASKED
COUNT_IN_DIRECTION = ("“{text}”写的是人数、台数、班次或车间、产线等的数量，不是细分方向，没有保存。"
                      "细分方向只填方向名称，如“动力电池”；人员和班次写进第 5 步的现状与痛点。")


# How much of a long paste the refusal quotes: enough to recognise it, within one message.
QUOTED = 60


def direction_problem(text: str) -> str | None:
    """Why a direction holding a labelled part of the description, or counting people,
    machines or shifts as the industry may not (每班需2名工人), is refused: saved, it would
    stand in the 行业/方向 cell and be missing from the description. It is quoted as typed,
    its lines apart (总装↵场景描述：…, not 总装场景描述：…)."""
    if found := DESCRIPTION_LABEL.search(text):
        quoted = text if len(text) <= QUOTED else text[:QUOTED] + "…"
        return DESCRIPTION_IN_DIRECTION.format(text=quoted, label=found.group())
    if _counts(text):
        return COUNT_IN_DIRECTION.format(text=text)
    if name := _repeated(text):
        return SAME_AS_INDUSTRY.format(text=f"{name}/{name}", name=name)  # as the cell has it
    return None


def _repeated(text: str) -> str | None:
    """The name of 电力/电力 (or 电力↵电力): an industry with itself as its direction, read
    from one message answering both, whose industry is saved and its direction refused."""
    parts = [part.strip() for part in re.split(r"[/／]|\n", text.strip(), maxsplit=1)]
    return parts[0] if len(parts) == 2 and parts[0] and parts[0] == parts[1] else None


# A semicolon parts directions as 、 does (动力电池；储能电池), no clauses of a sentence.
SEMICOLON = re.compile(r"[；;]")


def direction_elsewhere(text: str) -> str | None:
    """Why a direction within its length is a sentence or an indicator, or plainly answers
    another question (`answer_elsewhere`: a city or province in full, a unit's full name, a
    button's words). A kind of unit (儿童医院), a zone's type (综合保税区) and a robot product
    (人形机器人) name directions."""
    if sentence(SEMICOLON.sub("、", text)) or MEASURE.search(text):
        return DESCRIBED.format(text=text, what="细分方向") + DIRECTION_ASKED
    said = answer_elsewhere(text, "细分方向", places=city_or_province, joined=True,
                            unit=FULL_NAME, robots=True)
    return said + DIRECTION_ASKED if said else None


HERE = "这里请点击下方按钮选择所属行业，或输入行业名称，" + EXAMPLES + "。"
# A kind of hospital typed as the industry (中医医院, 儿童医院) says the 医疗 sector, as the
# direction question keeps it; a hospital's own name (苏州大学附属医院) is a unit's.
HOSPITAL_KIND = re.compile(r"(?:中医|中西医结合|儿童|妇幼|妇产|口腔|眼科|肿瘤|精神|精神卫生|康复"
                           r"|传染病|胸科|骨科|老年|老年病|护理|综合|专科|民营|公立|私立|社区)医院")


def industry_problem(text: str) -> str | None:
    """None for what reads as an industry's name, otherwise why not and what to type: a
    sentence, a count, another question's answer, a site or a robot's task (`place_or_task`)."""
    if agrees(text) or ACKNOWLEDGED.fullmatch(text):
        return NOT_AN_INDUSTRY.format(text=text)
    described = CLAUSE.search(text) or measured(text)
    hospital = HOSPITAL_KIND.fullmatch(PAUSE.sub("", text))
    # 10台 answers 部署总数, 深圳市 the city question
    if not (described or hospital) and (said := answer_elsewhere(text, "行业名称")):
        return said + HERE
    if described or _counts(text):
        return A_SENTENCE.format(text=text)
    return place_or_task(text)


def _counts(text: str) -> bool:
    """Whether `text` counts people, machines or shifts (每班需2名工人轮流操作, 3个车间, 两名工人,
    两个车间, 两班倒), as the work is described: an industry's digits have no such measure (3C电子,
    5G通信, 工业4.0), and its numeral words count nothing or no one (二次电池, 三轮车, 三人行,
    一人一档, 一条龙服务, 四件套, 五台山)."""
    measures = {quantity.unit for quantity in scan_quantities(text)
                if quantity.kind == "count"
                and (not quantity.word_like or _counted(text, quantity))}
    # a number's power read as its unit (500千伏变电站: 500千) measures nothing
    return SHIFTS.search(text) is not None or any(m.strip("十百千万亿") for m in measures)


# Measure words that, after a numeral word, count the workshops, lines, crews, machines or
# people of a site (两个车间, 五条产线, 三台设备, 两个人); not 件, 次, 类 or 人 (四件套, 二次电池,
# 三类医疗器械, 三人行), which begin names.
COUNTED_WORDS = ("名", "个", "个人", "条", "台", "套", "台套", "辆")
PLACE_AFTER = re.compile(r"[山县]")  # 五台山, 三台县: a place's name, not three machines


def _counted(text: str, quantity: Quantity) -> bool:
    """A numeral word counting: any number of 名 (一名工人), but of the other measure words two
    or more, as 一 with them begins a name (一条龙服务, 一个中心)."""
    if quantity.unit not in COUNTED_WORDS or PLACE_AFTER.match(text, quantity.end):
        return False
    return quantity.unit == "名" or quantity.value >= 2


# Words setting an answer right; not 改造, 改性, 下料, 有误检测.
CORRECTING = re.compile(r"不对|不是|错了|[选写填搞弄]错|改一下|改为|改成|更正|上一步|重新")
LABEL_MARK = re.compile(r"[：:]")  # 场景名称：…↵所属行业：…: another column's words


def industry_and_direction(industries: tuple[str, ...], read_only: bool = False
                           ) -> Callable[[str], dict[str, str]]:
    """电子信息制造业/动力电池 answers 所属行业 and 细分方向, and so do the two on two lines
    and 电子信息制造业 动力电池 spoken with a pause after an industry of the buttons
    (`_after_an_industry`); a pause elsewhere is inside one name (港口 物流), and the name is
    kept whole. Directions typed
    on lines of their own (装备制造↵工程机械↵起重机, 装备制造↵工程机械 起重机) are listed with 、
    as the question's example is, not glued into one word. Unlabelled, the second part is a
    direction only for following an industry: after words that are none (two lines of the
    pain point), it is read as nothing, and the message is refused whole at the industry.
    A direction repeating the industry (电力/电力) is given as the message, which the
    direction's rule refuses, so the industry alone is saved; `read_only` (a file's cell, whose
    check refuses the repeat itself) reads the two as written."""

    def split(text: str) -> dict[str, str]:
        if labelled := labelled_industry_and_direction(text):
            return labelled if read_only else _repeat_told(labelled)
        parts = _slashed(text.strip(), industries)
        if len(parts) < 2:
            parts = _lines(text.strip(), industries)
        if len(parts) < 2:
            parts = _after_an_industry(text.strip(), industries)
        if len(parts) < 2 or not all(parts):
            return {}
        if industry_problem(parts[0]):  # the direction only guessed from its place: unsaved
            return {"industry": parts[0]}
        pair = {"industry": parts[0], "sub_direction": parts[1]}
        return pair if read_only else _repeat_told(pair)

    return split


def _repeat_told(parts: dict[str, str]) -> dict[str, str]:
    """`parts`, a direction the industry again given as both (电力/电力), which the
    direction's rule refuses (`_repeated`), so the industry alone is saved."""
    industry = parts.get("industry")
    if industry and parts.get("sub_direction") == industry:
        return {**parts, "sub_direction": f"{industry}/{industry}"}
    return parts


def labelled_direction_and_industry(text: str) -> dict[str, str]:
    """At 细分方向, whose own label is already dropped: 中央厨房↵所属行业：餐饮零售 (细分方向：…
    first) answers both, the words before the industry's label the direction; words setting
    right an answer (不对，所属行业：…, 改为 所属行业：…) are no direction, but the industry is
    changed as said."""
    preamble, parts = labelled_parts(text.strip(), LABELS)
    if not preamble or [key for key, _ in parts] != ["industry"] or LABEL_MARK.search(preamble):
        return _labelled_pair(preamble, parts)
    said = [("sub_direction", preamble)] if not CORRECTING.search(preamble) else []
    pair = before_label([*said, *parts])
    return dict(pair) if all(value for _, value in pair) else {}


def labelled_industry_and_direction(text: str) -> dict[str, str]:
    """所属行业：餐饮零售，细分方向：中央厨房 answers both questions, on one line or two, as does
    餐饮零售↵细分方向：中央厨房 (the industry's label left out), or the direction first
    (细分方向：中央厨房↵所属行业：餐饮零售); the labels and the comma between are no part of
    either answer. 所属行业：… alone answers the industry, typed at
    细分方向 as at the summary. Nothing otherwise (细分方向：… alone is that question's own)."""
    return _labelled_pair(*labelled_parts(text.strip(), LABELS))


def _labelled_pair(preamble: str, parts: list[tuple[str, str]]) -> dict[str, str]:
    parts = [("industry", preamble), *parts] if preamble else parts
    pair = before_label(parts)
    keys = [key for key, _ in pair]
    both = sorted(keys) == ["industry", "sub_direction"]  # in either order
    labelled = both or keys == ["industry"] and not preamble
    return dict(pair) if labelled and all(value for _, value in pair) else {}


def _slashed(text: str, industries: tuple[str, ...]) -> list[str]:
    """电子信息制造业/动力电池 parted at its "/"; but a button's industry and a pause before
    the "/" (汽车制造 焊装/涂装) say the industry first, and the "/" is within the directions."""
    parts = SLASH.split(text, maxsplit=1)
    spoken = _after_an_industry(parts[0], industries) if len(parts) == 2 else []
    return [spoken[0], f"{spoken[1]}/{parts[1]}"] if spoken else parts


def _after_an_industry(text: str, industries: tuple[str, ...]) -> list[str]:
    """A button's industry said first and the direction after a pause: with pauses inside it
    (汽车 制造 总装), without its 业 (电子信息制造 动力电池) or with 行业 after it (电力 行业 巡检,
    the longest spelling read first). Words only beginning like a button's (电子信息 动力电池,
    汽车零部件), typed on without a pause (电子信息制造业、动力电池, 电子信息制造业中的…) or only
    ending its name (医疗康养 产业) are one name: what is meant is not known, so not guessed."""
    words = PAUSE.split(text)
    for n in range(len(words) - 1, 0, -1):
        rest = " ".join(words[n:])
        if (industry := _spoken_as("".join(words[:n]), industries)) and _direction(rest):
            return [industry, rest]
    return []


def _spoken_as(said: str, industries: tuple[str, ...]) -> str | None:
    """The button's industry `said` names: its name, or that name with or without 业/行业."""
    return next((industry for industry in industries
                 if said in (industry, industry + "业", industry + "行业",
                             industry.removesuffix("行业"), industry.removesuffix("业"))), None)


def _direction(rest: str) -> bool:
    """Words after an industry that say its direction, not the ending of its name (服务)."""
    return bool(rest) and not NAME_ENDING.fullmatch(PAUSE.sub("", rest))


def _lines(text: str, industries: tuple[str, ...]) -> list[str]:
    """The industry and its direction on two lines; one part for a name wrapped in its cell."""
    parts = LINE_BREAK.split(text, maxsplit=1)
    wrapped = len(parts) == 2 and ("".join(parts) in industries or NAME_ENDING.fullmatch(parts[1]))
    if wrapped:
        return ["".join(parts)]
    return [parts[0], *("、".join(PAUSE.split(part)) for part in parts[1:])]
