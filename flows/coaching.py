"""Coaching the engineer toward quantified indicators (填写说明 5: 确保可量化评估).

The wording lives here so it can be changed without touching the step logic.
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.counts import NUMERAL
from flows.figures import (
    DATE,
    LABEL,
    MACHINES,
    NAME,
    NO_VALUE,
    RESOLUTION,
    STANDARD,
    UNITLESS,
    what_figures_are,
)
from flows.indicator_words import CHANGE_WORDS, DIMENSION_KEYWORD, KEYWORD_DIMENSION
from flows.indicators import Assessment, Indicator, assess_description, format_indicators
from flows.metric_owners import metric_owners
from flows.numbers import normalize
from flows.part_specs import with_part_specs
from flows.row import indicators_text
from flows.valueless_metrics import valueless_problem

DIMENSION_NAMES = {"accuracy": "精度", "efficiency": "效率", "reliability": "可靠性"}
RESTATED = ("“{text}”写的是技术指标中已有的{metrics}，没有存为补充指标。"
            "要修改技术指标，请点“上一步”回到技术指标重新填写；"
            "要补充，请写尚缺的{wanted}指标（例如：{example}）。")
# New indicators with a held one restated: kept, as the held one may be measured under a
# condition written where it is not read (≥95%（夜间）, 负载10kg时…), but said.
RESTATED_AMONG_NEW = ("⚠️ 补充指标中的{metrics}在技术指标中已有数值：如是修改，"
                      "请在汇总页修改技术指标，并删去补充指标中的这一项；如是另一条件下的指标，请在指标名称后用括号写明条件，"
                      "如“识别准确率（夜间弱光）≥95%”。")
NOT_A_SUPPLEMENT = ("“{text}”没有补上尚缺的{wanted}指标（例如：{example}），没有存为补充指标。"
                    "如果这是预期成效，请点“不需要”，在下一问填写。")
EXAMPLES = {
    "accuracy": "识别准确率不低于98%、定位精度≤±0.5mm",
    "efficiency": "单次节拍≤15秒、巡检时间由3小时缩短到1小时",
    "reliability": "作业成功率不低于99%、连续无故障运行≥8小时",
}
NO_INDICATOR = "没有识别到可量化的指标"
EXAMPLE_LINES = "\n".join(f"• {DIMENSION_NAMES[d]}：{example}" for d, example in EXAMPLES.items())
NOT_QUANTIFIED = (f"{NO_INDICATOR}。回答中没有数字，精度、效率、可靠性须写出数字和单位才能评估，"
                  "例如：\n" + EXAMPLE_LINES)
# Figures written, none an indicator (需要10台机器人, 基于GB 11291.1-2011): what they are.
NOT_MEASURED = (NO_INDICATOR + "：{reasons}，不能用来评估精度、效率或可靠性。"
                "请写出指标的数字和单位，例如：\n" + EXAMPLE_LINES)
RESULTS_EXAMPLE = ("请写出部署后的变化有多大，"
                   "例如：减少巡检人员2名、效率提升30%、年节省成本120万元。")
NO_RESULT_FIGURE = "预期成效没有写出"
RESULTS_NOT_QUANTIFIED = f"{NO_RESULT_FIGURE}数字，无法量化评估（填写说明 5）。{RESULTS_EXAMPLE}"
RESULTS_NOT_MEASURED = (NO_RESULT_FIGURE + "成效的数字：{reasons}，不能说明成效的大小。"
                        + RESULTS_EXAMPLE)
# Figures that measure nothing: a year, a standard, a model or camera (4K摄像头), a label, a
# list's own numbers, a power with no numeral (万次).
NOT_AN_AMOUNT = frozenset({DATE, STANDARD, NAME, RESOLUTION, LABEL, UNITLESS, NO_VALUE})
# Words a deployment count is said with (计划部署12台人形机器人, 部署总数：12台): an answer of
# these and the count only is the count 部署总数 takes, no result; machines said with anything
# else (扩大应用至20台, 推广部署50台套, 覆盖全厂12台机床) may be one.
ANY_FIGURE = re.compile(f"[{NUMERAL}]")
COUNT_WORDS = re.compile(r"计划|预计|拟|部署|总数|共计?|合计|大约|约|左右|人形|四足|机器人|整机"
                         r"|投入使用|投用|[，,、；;。.：:\s]")
# Money said in Chinese numerals without 元 (节约成本三十万), an amount as 30万 is. Only in
# 预期成效: an indicator of 一万 alone (平均无故障时间一万) still names no unit.
MONEY_WITHOUT_YUAN = re.compile(r"[万亿]$")
GAP_CHOICES = ("补充", "不需要")
# A metric naming a change (测试效率提升, 理货人员减少, 年节约人工成本) reads as a result.
RESULT = re.compile(CHANGE_WORDS)
# Words by which a metric counts the staff or what it costs (理货人员, 替代, 年节省人工成本): these
# make it read as efficiency, yet a change of them is a result, not the robot's own level.
STAFF = re.compile(r"替代|代替|取代|人工|人员|用工|工人|减员")
HEADS = ("人", "名")  # the units a headcount is counted in
WITHOUT_UNIT = "{figures}没有单位，未计入已识别指标，请补上单位（如“%”“秒”）。"
STILL_MISSING = "仍未涉及{names}指标（仅提醒）。"
RESULTS_NEXT = "下一问请填写预期成效。"


def indicator_problem(text: str) -> str | None:
    """The coaching message when a technical-indicator answer states no indicator: what its
    figures are instead, if it has any."""
    if assess_description(text).is_quantified:
        return valueless_problem(text)  # 识别准确率≥98%，节拍: the last figure still to come
    if not (figures := what_figures_are(text)):
        return NOT_QUANTIFIED
    return NOT_MEASURED.format(reasons=_reasons(with_part_specs(text, figures)))


def results_problem(text: str) -> str | None:
    """The coaching message when 预期成效 gives no figure for what changes (填写说明 5: 确保可量化
    评估). Unlike an indicator, a result may be measured in people, places or years (替代2名
    工人, 推广至5个车间, 2年收回投资) or in words (翻番, 减半, 零事故, 百万元), so any figure
    that is an amount will do but the machines deployed said alone (12台), and so will money
    without 元 (三十万)."""
    if assess_description(text).is_quantified:
        return None
    figures = what_figures_are(text)
    if not figures:
        return RESULTS_NOT_QUANTIFIED
    money = any(map(MONEY_WITHOUT_YUAN.search, figures.get(UNITLESS, [])))
    counted = {MACHINES} if _only_a_count(text, figures) else set()
    if money or set(figures) - NOT_AN_AMOUNT - counted:
        return None
    return RESULTS_NOT_MEASURED.format(reasons=_reasons(figures))


def _only_a_count(text: str, figures: dict[str, list[str]]) -> bool:
    """Whether `text` says nothing but the machines deployed (12台, 部署总数12台)."""
    rest = text
    for figure in figures.get(MACHINES, []):
        rest = rest.replace(figure, "")
    return not COUNT_WORDS.sub("", rest)


def is_results_coaching(message: str) -> bool:
    """Whether a rule's message is `results_problem`'s, which a whole row only warns of."""
    return message.startswith(NO_RESULT_FIGURE)


def _reasons(figures: dict[str, list[str]]) -> str:
    """“10台”是部署的台数；“2026年”是年份…: what each group of figures is."""
    return "；".join("".join(f"“{figure}”" for figure in written) + what
                    for what, written in figures.items())


def is_indicator_coaching(message: str) -> bool:
    """Whether a rule's message is `indicator_problem`'s, which a whole-row check words alike."""
    return message.startswith(NO_INDICATOR)


def recognised(text: str) -> str | None:
    """Echo what was understood, and which dimensions are still without a number."""
    assessment = assess_description(text)
    if not assessment.is_quantified:
        return None
    lines = [f"已识别指标：{format_indicators(assessment)}"]
    if unread := _without_unit(text, assessment):
        lines.append(WITHOUT_UNIT.format(figures="".join(f"“{f}”" for f in unread)))
    for dimension in assessment.missing_dimensions:
        lines.append(f"尚无{DIMENSION_NAMES[dimension]}指标，例如：{EXAMPLES[dimension]}")
    return "\n".join(lines)


def _without_unit(text: str, assessment: Assessment) -> list[str]:
    """Figures with no unit beside the indicators (成功率九十九，节拍15秒): not echoed, so said,
    lest the engineer take them for understood. A figure listed before another with a slash or
    a 、 (20/40尺, 3、4、5号工位, 110/220/500kV) shares the unit at the list's end."""
    rest = text
    for indicator in assessment.indicators:
        rest = rest.replace(indicator.text, "，")
    if not ANY_FIGURE.search(rest):
        return []  # every figure is an indicator's: the common case, spared the figures' reading
    return [figure for figure in what_figures_are(text).get(UNITLESS, [])
            if not any(figure in indicator.text for indicator in assessment.indicators)
            and not re.search(rf"(?<![\d.]){re.escape(figure)}\s*[/／、]\s*\d", text)]


def recognised_so_far(answers: Mapping[str, Any]) -> str | None:
    """After the indicators: what is understood of them with any supplement, so a supplement
    is not told it lacks what the first answer gave. The dimensions still missing are named
    because the next question (the offer, or the supplement itself) takes the indicator."""
    return recognised(indicators_text(answers))


def recognised_with_supplement(answers: Mapping[str, Any]) -> str | None:
    """After the supplement: what is understood, and the dimensions still missing only as a
    reminder, with no example to copy, since the next question (预期成效) would keep an
    indicator typed there as the results. Results already given are not asked next, or only
    shown to keep (a column walked from the summary), and a change typed there goes back to it."""
    assessment = assess_description(indicators_text(answers))
    if not assessment.is_quantified:
        return None
    found = f"已识别指标：{format_indicators(assessment)}"
    if restated := _restated_among_new(answers):
        found += "\n" + restated
    if not assessment.missing_dimensions:
        return found
    names = "、".join(DIMENSION_NAMES[d] for d in assessment.missing_dimensions)
    next_one = "" if answers.get("expected_results") else RESULTS_NEXT
    return f"{found}\n{STILL_MISSING.format(names=names)}{next_one}"


def _owners(indicators: str, given: Assessment, text: str) -> list[str | None]:
    """Each figure of `text`'s metric among those `given` (the indicators' assessment) holds."""
    held = {i.metric for i in given.indicators if i.metric}
    return metric_owners(normalize(text), normalize(indicators), held)


def _restated_among_new(answers: Mapping[str, Any]) -> str | None:
    """A supplement giving a held metric another figure beside new ones: kept, but the row
    would show two targets for it (清洗速度2000 and ≥2500), which the engineer should settle."""
    indicators = answers.get("indicators") or ""
    owners = _owners(indicators, assess_description(indicators),
                     answers.get("indicators_more") or "")
    if not (any(owners) and not all(owners)):
        return None
    return RESTATED_AMONG_NEW.format(metrics="、".join(dict.fromkeys(filter(None, owners))))


def restating(answers: Mapping[str, Any], text: str) -> str | None:
    """Typed as the supplement (at 是否补充指标 or at 补充指标) while a dimension is missing,
    and restating only metrics the indicators hold (a correction typed after 上一步 from
    预期成效): why it is not taken, as one metric would have two targets. Among new ones it is
    kept and said (`_restated_among_new`)."""
    indicators = answers.get("indicators") or ""
    given = assess_description(indicators)
    missing = given.missing_dimensions
    owners = _owners(indicators, given, text)
    if not (missing and owners and all(owners)):
        return None
    metrics = "、".join(dict.fromkeys(owners))
    wanted = "、".join(DIMENSION_NAMES[d] for d in missing)
    return RESTATED.format(text=text, metrics=metrics, wanted=wanted, example=EXAMPLES[missing[0]])


def not_filling_the_gap(answers: Mapping[str, Any], text: str) -> str | None:
    """Typed straight at 是否补充指标 without a dimension the indicators lack, and restating
    them (`restating`) or reading as a result (理货人员减少4人, 效率提升30%, meant for 预期成效):
    why it is not taken as the supplement. None when it adds a missing dimension, when every
    figure is an indicator of some dimension (定位精度±1mm: more indicators, kept), or when it
    states no number at all."""
    if restated := restating(answers, text):
        return restated
    missing = assess_description(answers.get("indicators") or "").missing_dimensions
    typed = assess_description(text)
    if (not typed.is_quantified or any(_fills(i, missing) for i in typed.indicators)
            or all(_is_requirement(i) for i in typed.indicators)):
        return None  # no number at all: the supplement's own rule says so
    wanted = "、".join(DIMENSION_NAMES[d] for d in missing)
    return NOT_A_SUPPLEMENT.format(text=text, wanted=wanted, example=EXAMPLES[missing[0]])


def _fills(indicator: Indicator, missing: tuple[str, ...]) -> bool:
    """Whether an indicator adds a dimension the indicators lack: a level to meet (节拍缩短至15秒),
    or a change of a metric naming that dimension itself (效率提升30%, 故障率降低50%); not a
    change of the staff or its cost (理货人员减少4人, 年节省人工成本120万元), which is a result
    whatever dimension is missing."""
    if indicator.dimension not in missing:
        return False
    if not _is_result(indicator):
        return True
    named = DIMENSION_KEYWORD.findall(STAFF.sub("", indicator.metric.lower()))
    return indicator.dimension in {KEYWORD_DIMENSION[keyword] for keyword in named}


def _is_result(indicator: Indicator) -> bool:
    """A figure of the change the robot brings (效率提升30%, 减少4人), including a headcount
    going from one figure to another (夜班人员由6人减少到2人); not a level of the work the
    staff do, with its baseline (人工换型时间由40分钟缩短至10分钟)."""
    headcount = STAFF.search(indicator.metric) and indicator.unit in HEADS
    return bool(RESULT.search(indicator.metric) or headcount and RESULT.search(indicator.text))


def _is_requirement(indicator: Indicator) -> bool:
    """A figure of a dimension, with its unit, that states a level to meet (定位精度±1mm,
    巡检时间由3小时缩短到1小时) rather than the change it brings (`_is_result`)."""
    return bool(indicator.dimension and indicator.unit and not _is_result(indicator))


def offer_gap(answers: Mapping[str, Any]) -> bool:
    """Offer to add a missing dimension whenever the indicators (kept or new) have none for
    it, so the hint naming it is always followed by a question that takes the indicator;
    once 补充 is chosen, the supplement's own question follows instead."""
    if wants_more(answers):
        return False
    assessment = assess_description(answers.get("indicators") or "")
    return assessment.is_quantified and bool(assessment.missing_dimensions)


def has_innovation(answers: Mapping[str, Any]) -> bool:
    """Asked only from the warning of alike submissions, then kept with the description."""
    return bool(answers.get("innovation"))


def wants_more(answers: Mapping[str, Any]) -> bool:
    return answers.get("indicator_gap") == GAP_CHOICES[0]
