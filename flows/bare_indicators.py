"""Indicators alone typed at 预期成效 (MTBF≥2000h, 定位精度±0.1mm).

An engineer who remembers an indicator after the indicators were taken often types it at the
next question, 预期成效, with no words of a correction or a supplement
(flows/indicator_corrections.py). Saved, the table shows a level to meet as what the scenario
brings. It may yet be meant as a result (良品率99.5% after deployment), so it is never moved by
guess: the engineer is asked, one press filing it as 补充指标, 保持不变 keeping it as typed.
A figure of what changes (节拍从60秒降到15秒, 效率提升30%) is a result and not asked about; a
level changed to (成功率提高到99.5%) is asked about as a level reached (识别准确率达到99%以上) is,
unless it is a gain (效率提升至150%, 产能提高到1.5倍) or a wait for people served
(患者等待时间缩短至10分钟): results in any words.
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.description_sentences import a_result, description_part
from flows.indicators import assess_description
from flows.suggestions import Suggested

RESULTS = "expected_results"
MORE = "indicators_more"
# Words of a change the scenario brings, or of results expected (从60秒降到15秒, 预计, 节约).
CHANGE = re.compile(r"预期|预计|部署后|投用后|实施后|上线后|实现|减少|降低|下降|降[到至为]|提[升高]"
                    r"|缩短|节约|节省|替代|减[至到为半]|翻[番倍]|增加|[由从].*?[到至为]")
# A change to a level, with no baseline (成功率提高到99.5%, 节拍降至15秒), states the level to
# meet, as 达到99%以上 does: by how much (提升30%) or from what (从60秒降到15秒) is a result.
TO_LEVEL = re.compile(r"(?:提[升高]|增加|增长|降低|下降|降|缩短)[到至为]")
# What a change to a level is a result of all the same: an efficiency or output gain, a multiple
# of a baseline (提高到1.5倍), a wait for people served (等待时间缩短至10分钟, 响应时间缩短到5分钟:
# in minutes or more; a machine's 响应时间 in ms is its indicator).
_SERVICE_TIME = r"\d+(?:\.\d+)?\s*(?:分钟|小时|天|min(?![a-z])|h(?![a-z]))"
GAIN = re.compile(r"效率|产能|产量|人效|倍|(?:等待|等候|排队|候诊)时[间长]"
                  rf"|响应时[间长][^，,。；;\d]{{0,8}}{_SERVICE_TIME}", re.I)
DIGIT = re.compile(r"\d")
READS_AS_INDICATOR = ("“{text}”读来是技术指标（要达到的数值），没有写部署后减少几人、效率提升多少、"
                      "节省多少。是要补充的指标请点“{take}”，随后再填写预期成效；"
                      "确是预期成效请点“保持不变”。")
TAKE = "填作补充指标"


def indicators_as_results(answers: Mapping[str, Any]) -> Suggested | None:
    """The offer to file the results as 补充指标 when they are only indicators of the
    machine's own level, while no supplement is given (one would be replaced)."""
    text = answers.get(RESULTS)
    if not isinstance(text, str) or MORE in answers or not bare_indicators(text):
        return None
    return Suggested(READS_AS_INDICATOR.format(text=text.strip(), take=TAKE), text.strip(), TAKE,
                     MORE)


def bare_indicators(text: str) -> bool:
    """Every clause a named indicator of a dimension (精度, 效率, 可靠性) with a figure typed in
    digits, and no word of what changes (产能翻番, 不良率减半 are results in words) but to the
    level stated (`TO_LEVEL`), unless a gain or a wait (`GAIN`)."""
    found = assess_description(text).indicators
    changes = CHANGE.search(text if GAIN.search(text) else TO_LEVEL.sub("达到", text))
    return (description_part(text) == "技术指标" and not changes and bool(found)
            and all(i.dimension and not a_result(i) and DIGIT.search(i.text) for i in found))
