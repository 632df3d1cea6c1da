"""The description in the template's 样例 row (填写说明's example of a scenario), which a copy
of the template may hand an engineer as if it were to be kept: pasted, it is no scenario's own.
"""

import re

SAMPLE_PAIN_POINT = (
    "电池包生产下线前的最终功能测试环节，需人工插拔带有数百伏高压的测试插头。"
    "工人面临高压打火风险，作业效率与质量也易受人为因素影响。"
    "因“多品种、小批量、高柔性”特点，自动化改造难度大。"
    "可依托人形机器人柔性操作能力，实现测试插接环节的无人化作业。"
)
SAMPLE_INDICATORS = (
    "能够识别多种型号电池接口、线缆和插头等对象以及接口状态，识别准确率不低于98%。"
    "插接接头位置精度≤±0.5mm，姿态角度精度≤±0.5°，单次插拔节拍≤15秒，"
    "适应产线节拍要求，插拔作业成功率不低于99%。"
)
# Two of its sentences, making up most of what is pasted: one sentence borrowed from it in an
# engineer's own description is theirs to keep.
MIN_SENTENCES = 2
MIN_SHARE = 0.5
_SPACING = re.compile(r"[\s，,、“”\"'：:；;（）()【】$\\]|现状与痛点|技术指标|预期成效")


def _compact(text: str) -> str:
    return _SPACING.sub("", text)


_SENTENCES = [_compact(s) for s in re.split("。", SAMPLE_PAIN_POINT + SAMPLE_INDICATORS) if s]


def is_sample_description(text: str) -> bool:
    """Whether `text` is the sample's description, or most of it (a word changed here and
    there, its labels, spacing and punctuation aside)."""
    compact = _compact(text).replace("。", "")
    found = [sentence for sentence in _SENTENCES if sentence in compact]
    return len(found) >= MIN_SENTENCES and sum(map(len, found)) >= MIN_SHARE * len(compact)
