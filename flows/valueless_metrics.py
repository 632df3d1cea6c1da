"""Indicators that end with a metric's name and no figure for it (识别准确率≥98%，节拍).

On a phone the send key is pressed before the last figure is typed. The figures before it are
indicators, so the answer would be taken, the name left without its value in the export, and
the figure sent next (15秒，成功率99%) stored apart as the supplement. Only a last clause that
is nothing but a metric's name counts: words of what is wanted (提高效率, 稳定可靠) end
otherwise or open with a verb.
"""

import re

# The names a metric given a figure ends with (单次节拍, 识别准确率, 重复定位精度, MTBF).
_METRIC_END = (r"率|精度|误差|偏差|节拍|时间|时长|耗时|用时|周期|速度|速率|时延|延迟|续航|寿命"
               r"|产能|负载|载荷|噪声|噪音|mtbf|mttr|uph|jph|oee|cpk")
# Words opening what is wanted rather than a metric (提高效率, 保证精度, 无需人工), or saying how
# it is (较高的识别率).
_WANTED = (r"提高|提升|降低|减少|缩短|增加|优化|改善|保证|保障|保持|控制|确保|满足|实现|具备|支持"
           r"|兼顾|无需|达到|关注|注重|影响|包括|[^，,、；;]*[的高低好快慢]")
_LAST_NAME = re.compile(rf"[，,、；;]\s*(?P<name>(?!{_WANTED})[\u4e00-\u9fffA-Za-z]{{0,10}}?"
                        rf"(?:{_METRIC_END}))\s*[。.]?\s*$", re.I)
VALUELESS = "“{name}”还没有数值，请补上数值和单位；这条没有保存。"


def valueless_metric(text: str) -> str | None:
    """The metric's name `text` ends with, after its other clauses, with no figure."""
    found = _LAST_NAME.search(text)
    return found["name"] if found else None


def valueless_problem(text: str) -> str | None:
    """Why indicators ending with a metric's name are not taken (`valueless_metric`)."""
    name = valueless_metric(text)
    return VALUELESS.format(name=name) if name else None
