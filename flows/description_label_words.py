"""The words that label a description's parts as people paste them (现状：… 技术指标：… 成效：…),
and where each counts as a label: the template's names anywhere a label may stand, the writers'
shorter words only where a line, a list item or a sentence begins, or, in a paste that opens
with such a label, after a space or a comma too (现状：…打火风险 指标：… 成效：…)."""

import re

from flows.labels import BULLET, label_pattern
from flows.row import INDICATORS_LABEL, INNOVATION_LABEL, RESULTS_LABEL

# 技术参数：, 经济效益：, 主要指标： or 存在问题： are as often words of a sentence (测试对象为
# 800V电池包，技术参数：重量500kg…): they are labels only where a line or a list item begins.
# After a line break (and its indent) or a list's number (2、 2. ② （2） 二、) only: a 、 alone
# is a list of words (对电池包尺寸、技术参数：重量…).
LINE_START = (r"(?:(?<=\n)|(?<=\n\s)|(?<=\n\s\s)|(?<=\d[、.．])|(?<=\d[、.．]\s)"
              r"|(?<=[)）①-⑳【])|(?<=[)）①-⑳]\s)|(?<=[一二三四五六七八九十]、)"
              rf"|(?<={BULLET})|(?<={BULLET}\s))")
# A part's name shortened to one word (指标：…。成效：…) heads it only where a line, a list item
# or a sentence begins: after a comma (…，指标：漏检率高达5%) it is words of the part before.
_SHORT_START = rf"(?:^|{LINE_START}|(?<=[。；;！!])|(?<=[。；;！!]\s))"
# In a paste opening with a label, the writer's parts follow on one line too, after a space or
# a comma (现状：…风险 指标：…，成效：…).
_SHORT_START_OPENED = rf"(?:{_SHORT_START}|(?<=[\s，,]))"


def _later(short_start: str) -> dict[str, str]:
    return {
        "indicators": (f"关键{INDICATORS_LABEL}|主要{INDICATORS_LABEL}|{INDICATORS_LABEL}"
                       f"|关键技术要求|技术要求|{LINE_START}(?:主要指标|性能指标|技术参数)"
                       f"|{short_start}(?:指标|要求)"),
        "expected_results": (f"{RESULTS_LABEL}|预期效果|预期目标|预期效益|应用成效"
                             f"|{LINE_START}(?:经济效益|预期收益)"
                             f"|{short_start}(?:成效|效果|效益)"),
        "innovation": re.escape(INNOVATION_LABEL),
    }


TYPED_LATER = _later(_SHORT_START)
PAIN = ("场景描述与关键技术要求|场景描述|(?:场景)?(?:现状[与及和])?痛点|场景现状"
        f"|(?:^|{LINE_START})存在问题")
TYPED = {"pain_point": f"{PAIN}|现状", **TYPED_LATER}
TYPED_LABELS = label_pattern(TYPED, typed=True)
# At the indicators question a bare 现状：… is the baseline an indicator is measured against
# (现状：人工节拍45秒 目标：≤15秒), not the pain point answered before; 现状与痛点：… still is.
TYPED_INDICATORS = {"pain_point": PAIN, **TYPED_LATER}
TYPED_AT_INDICATORS = label_pattern(TYPED_INDICATORS, typed=True)
# Both as read in a paste that opens with one of their labels.
_OPENED_LATER = _later(_SHORT_START_OPENED)
OPENED = {
    TYPED_LABELS: {"pain_point": f"{PAIN}|现状", **_OPENED_LATER},
    TYPED_AT_INDICATORS: {"pain_point": PAIN, **_OPENED_LATER},
}
OPENED_LABELS = {labels: label_pattern(typed, typed=True) for labels, typed in OPENED.items()}


def as_opened(text: str, labels: re.Pattern[str]) -> re.Pattern[str]:
    """`labels` as read in `text`: where it opens with one of them (after a list's mark), the
    shorter words split it after a space or a comma too; else as they are."""
    return OPENED_LABELS[labels] if labels.match(text.lstrip()) else labels


# A forwarded message's first line (【微信转发】, 转自微信群：, —— 转发自 张工 ——): who sent it on,
# no words of the description.
_FORWARD_HEADER = re.compile(r"[^\S\n]*[^\n]{0,12}(?:转发|转自)[^\n]{0,20}\n")


def without_forward_header(text: str, labels: re.Pattern[str]) -> str:
    """`text` without a forwarded message's header line when a label follows it, so the
    header is not read as the start of the pain point; kept above words it may belong to."""
    header = _FORWARD_HEADER.match(text.lstrip())
    if header is None or not labels.match(rest := text.lstrip()[header.end():].lstrip()):
        return text
    return rest
