"""A description spoken at 现状与痛点 with its later parts' labels said, not typed: voice input
leaves a pause where the colon would be (…夜间风险大 技术指标方面 表计识别准确率百分之九十九
连续运行二十四小时 预期成效 减少巡检人员两名). Kept whole, the indicators and results would stand
glued into the pain point, and be asked for again.

Only the template's own labels split so (技术指标, 预期成效, 方面 after one), between pauses and
with the pain point said before them; and only when each part they head holds a figure and no
words of today (目前, 仅, 存在, 难以): …设备 技术指标 落后 or …技术指标 达不到要求 合格率仅百分之
八十五 are the pain point's own words, kept whole as before.
"""

import re

from flows.description_sentences import PAIN, TODAY_STATE
from flows.indicators import assess_description
from flows.labels import Parts, label_pattern, labelled_parts
from flows.row import INDICATORS_LABEL, RESULTS_LABEL

_PAUSE = r"[ \t\u3000]+"
SPOKEN_LABELS = label_pattern(
    {"indicators": f"(?:关键)?{INDICATORS_LABEL}", "expected_results": RESULTS_LABEL},
    colon=rf"(?:方面)?{_PAUSE}(?=\S)")
_SAID_OF_TODAY = {"indicators": (PAIN, TODAY_STATE), "expected_results": (PAIN,)}


def spoken_parts(text: str) -> Parts:
    """`text` split at its `SPOKEN_LABELS` when the parts they head read as those parts; else
    the text whole, with no parts."""
    preamble, parts = labelled_parts(text, SPOKEN_LABELS)
    if not preamble or not parts or not all(_reads_as(key, value) for key, value in parts):
        return text.strip(), []
    return preamble, parts


def _reads_as(key: str, value: str) -> bool:
    """A part with a figure (准确率百分之九十九, 减少两名) and nothing said of today."""
    today = any(re.search(words, value) for words in _SAID_OF_TODAY[key])
    return bool(assess_description(value).indicators) and not today
