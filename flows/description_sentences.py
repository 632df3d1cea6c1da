"""Whether a name typed at 创新应用联合体成员 or at a product question is a sentence of the
description instead.

Engineers who answer a question late, or paste the wrong line, type there what 场景描述 asks:
替代2名测试工人，测试效率提升30% (预期成效), 识别准确率不低于98% (技术指标), 需人工插拔高压
测试插头，存在打火风险 (现状与痛点). Saved, its clauses would be listed as units or exported as a
product. A name may hold figures and such words (300台套AGV调度系统, 重复定位精度±0.02mm协作
机器人, 危险气体检测传感器), so only what a name never says counts: a figure with its unit
changed (提升, 替代, 节省), clauses that are nothing but named indicators, or clauses saying
what a pain point predicates (存在, 难以, 依赖, 劳动强度).
"""

import re

from flows.coaching import RESULT
from flows.indicators import Indicator, assess_description
from flows.numbers import normalize

CLAUSE_MARKS = re.compile(r"[，,、；;。\n]")
# Manual work needed is a pain (需人工, 必须人工搬运, 还要人工搬运); not needed (无需人工干预,
# 无须人工搬运, 免人工操作) is a requirement.
PAIN = re.compile(r"存在|难以|无法|依赖|(?<![无不])需要?人工"
                  r"|(?<!无需|无须|不需|不用|不要)(?<!不需要)(?<!免)"
                  r"人工(?:插拔|搬运|巡检|操作|检测|作业|完成)"
                  r"|劳动强度|强度大|效率低|成本高|风险[高大]|招工难|用工难|易(?:发生|出错|疲劳|造成)"
                  r"|耗时长|繁重")
# A requirement in words opens with a need denied (无需人工干预) or with what is to be achieved
# (全程无人值守, 确保零漏检); a product's name ends with the thing named, whatever words it opens
# with (无需标定手眼相机, 无需示教的大模型). Names that open otherwise (恒远自适应抓取, 免标定视觉
# 抓取) are kept: a name refused stops the engineer, or on import the whole row.
REQUIREMENT_OPENING = re.compile(r"无需|无须|不需要?|不用|全程|实现|满足|确保|保证")
THING_ENDING = re.compile(r"(?:系统|平台|模型|大脑|算法|软件|框架|引擎|芯片|模组|模块|机器人|"
                          r"无人机|相机|主机|整机|本体|底盘|关节|手|臂|夹爪|夹具|雷达|终端|"
                          r"设备|装置|工具|套件|器|仪|件)$")
# A bound as a requirement states it, not as a pain point compares today's figure to another.
REQUIRED_BOUND = re.compile(r"[≤≥<>＜＞]|不低于|不少于|不小于|不短于|至少|达到|不高于|不超过|不大于"
                            r"|不多于|不长于|不超|控制在|[小大]于(?:或)?等于|以内|之内")
# Words of the state today (目前人工只能达到90%, 人工识别准确率达到95%): a pain point's figure,
# though its bound (达到, ≥) reads as one to meet.
TODAY_STATE = re.compile(r"目前|现在|现有|现阶段|当前|原有|以往|人工|只能|仅|实际")
TODAY_BOUND = re.compile(r"超过|低于|高于|多于|少于|大于|小于|不足|不到|以上|以下|多达|高达|长达")
# Words saying what the system is to do or spare (无需人工干预, 支持多品种混线): a requirement.
REQUIRED_IN_WORDS = re.compile(r"无需|无须|不需|免|要求|支持|具备|实现|满足|兼容|适应|适配"
                               r"|确保|保证|能够|无人")
NOT_A_NAME = "“{text}”读来是场景描述中的{part}，不是{what}。"
NAME_ALONE = {"产品名称": "请只发送产品的名称，例如：XX谐波减速器。"}
# A product named with what it brings (效率提升30%的视觉大模型, 可替代2名工人的搬运算法): the
# text ends in 的 and a noun phrase without figures or clause marks, which is the product; a goal
# (实现效率提升30%的目标) is no product.
NAMED_AFTER_ITS_BENEFIT = re.compile(
    r"的(?!(?:目标|效果|成效|水平|程度|要求)$)[^\d的，,、；;。\n]{2,}$")


def description_part(text: str) -> str | None:
    """The part of the description `text` reads as, if any."""
    assessment = assess_description(text)
    if any(map(a_result, assessment.indicators)):
        return "预期成效"
    clauses = [c.strip() for c in CLAUSE_MARKS.split(text) if c.strip()]
    if clauses and all(map(_only_an_indicator, clauses)):
        return "技术指标"
    worded = worded_requirements(clauses)
    if indicators_with_requirements(text) and all(map(_names_nothing, worded)):
        return "技术指标"
    return "现状与痛点" if len(clauses) > 1 and PAIN.search(text) else None


def indicators_with_requirements(text: str) -> bool:
    """Indicators with what is required said in words beside them (无需人工干预，节拍≤15秒):
    each clause an indicator alone, or words with no figure that say what is required, and
    one indicator a bound that states a requirement (≤, 不低于, 以内), not a comparison a pain
    point makes of today (超过3%, 低于95%, 400次以上, 约45秒). Told apart from a rest of the
    pain point, not from a name: a product with its spec after it (XX灵巧手，重复定位精度
    ±0.02mm) reads the same, so `description_part` asks as well that its words name nothing."""
    clauses = [c.strip() for c in CLAUSE_MARKS.split(text) if c.strip()]
    stated = [c for c in clauses if _only_an_indicator(c)]
    worded = worded_requirements(clauses)
    bounded = any(REQUIRED_BOUND.search(i.text) for c in stated
                  for i in assess_description(c).indicators)
    return bounded and bool(worded) and len(stated) + len(worded) == len(clauses)


def requirements_only(text: str) -> bool:
    """Every clause a named indicator with a bound to meet (识别准确率不低于98%，插接精度≤1mm):
    技术指标 whole. A pain point's figures state today (人工检测准确率仅85%, 漏检率超过3%,
    目前人工只能达到90%)."""
    clauses = [c.strip() for c in CLAUSE_MARKS.split(text) if c.strip()]
    return bool(clauses) and all(
        _only_an_indicator(c) and not TODAY_STATE.search(c)
        and any(REQUIRED_BOUND.search(i.text) for i in assess_description(c).indicators)
        for c in clauses)


def results_only(text: str) -> bool:
    """Every clause of several a change the scenario brings (替代2名测试工人，效率提升30%):
    预期成效 whole. Indicators beside them (投资回收期不超过3年, 巡检时间由3小时缩短到1小时) are
    none, and one clause alone (检测效率提升30%, 效率提升30%以上) is as often an indicator."""
    clauses = [c.strip() for c in CLAUSE_MARKS.split(text) if c.strip()]
    return len(clauses) > 1 and all(
        (found := assess_description(c).indicators) and all(map(a_result, found))
        for c in clauses)


def compares_today(text: str) -> bool:
    """Indicators that only compare the state today (漏检率超过3%, 合格率低于95%): words of a
    pain point as much as of a requirement."""
    indicators = assess_description(text).indicators
    return bool(indicators) and all(
        TODAY_BOUND.search(i.text) and not REQUIRED_BOUND.search(i.text) for i in indicators)


def not_a_name(text: str, what: str = "产品名称") -> str | None:
    """Why `text` is refused as `what`: it reads as a description."""
    if what == "产品名称" and NAMED_AFTER_ITS_BENEFIT.search(text.strip()):
        return None
    part = description_part(text)
    if not part:
        return None
    return NOT_A_NAME.format(text=text, part=part, what=what) + NAME_ALONE.get(what, "")


def not_members(names: list[str]) -> str | None:
    """Why the units listed are refused: together they read as a description."""
    return not_a_name("，".join(names), "单位名称")


def worded_requirements(clauses: list[str]) -> list[str]:
    """The clauses with no figure that say what is required and read as no pain point."""
    return [c for c in clauses if not assess_description(c).indicators and not PAIN.search(c)
            and REQUIRED_IN_WORDS.search(c)]


def a_result(indicator: Indicator) -> bool:
    """A figure with its unit the scenario changes (替代2名, 效率提升30%), no level to meet."""
    return bool(indicator.unit and RESULT.search(indicator.metric))


def _names_nothing(clause: str) -> bool:
    return REQUIREMENT_OPENING.match(clause) is not None and THING_ENDING.search(clause) is None


def _only_an_indicator(clause: str) -> bool:
    """识别准确率不低于98%: a named metric and its figure, and nothing after them."""
    indicators = assess_description(clause).indicators
    last = indicators[-1] if indicators else None
    return bool(last and last.metric and last.dimension) and normalize(clause).endswith(last.text)


# Where indicators may end and results begin in one paragraph: a sentence's end, not a comma.
SENTENCE_END = re.compile(r"[；;。\n]")
# Words opening results said as expected (预期减少人员3名, 预计年节约成本50万元).
EXPECTED = re.compile(r"\s*(?:预期|预计|部署后|投用后|实施后|上线后|可实现)")


def results_after(text: str) -> tuple[str, str] | None:
    """Indicators with the results written after them in the same answer (…MTBF≥1000h；预期
    减少人员3名，年节约成本50万元): the indicators and the results, split at the last sentence
    end before the results. Only when every clause after it is a change the scenario brings,
    several of them (`results_only`) or said as expected (预期…), and the words before it hold
    an indicator of the machine's own level: one result clause alone (检测效率提升30%) is as
    often an indicator."""
    body = text.rstrip("。.；; \n")
    ends = [end.end() for end in SENTENCE_END.finditer(body)]
    for at in ends:  # the longest run of results at the end
        head, tail = body[:at].rstrip("；;。\n "), body[at:].strip()
        if not tail or not (results_only(tail) or EXPECTED.match(tail) and _all_results(tail)):
            continue
        if any(i.dimension and not a_result(i) for i in assess_description(head).indicators):
            return head, tail
    return None


def _all_results(text: str) -> bool:
    clauses = [c.strip() for c in CLAUSE_MARKS.split(text) if c.strip()]
    return bool(clauses) and all(
        (found := assess_description(c).indicators) and all(map(a_result, found))
        for c in clauses)
