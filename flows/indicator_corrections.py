"""The indicators corrected or added to at a later part of the description.

After the indicators are taken the bot asks 预期成效, and an engineer who sees a figure wrong in
the echo types the correction there (不对，节拍是20秒, 节拍改为20秒), or the indicator forgotten
(补充：MTBF≥2000h). Saved, it would stand as the results and the indicators stay wrong. So a
text there whose every figure is a metric the indicators hold, said with words of a change
(改为, 应为, 不对), or that reads as indicators after 补充, is not saved: the engineer is told how
to change the indicators, as a supplement restating them is (flows/coaching.py). A change the
results describe (节拍从60秒降到40秒, 效率提升30%) says no such words and is kept.
"""

import re
from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from flows.description_sentences import a_result, description_part
from flows.indicators import assess_description
from flows.metric_owners import metric_owners
from flows.numbers import normalize
from flows.row import indicators_text

# Words saying a figure given before is wrong or replaced (改为, 应该是, 不对, 写错了).
CORRECTION = re.compile(r"改[为成到]|应该?[是为]|不对|不是|写错|错了|有误|更正|修正|修改|更改")
# Words opening more of what was written before (补充：, 另外补充, 还有：).
ADDING = re.compile(r"\s*(?:另外|再)?(?:补充(?:一下|一点|一项|指标)?|还有|漏了|漏写了?)[：:，,\s]*")
# The words a metric's name ends with that say what it measures (插接位置精度, 单次插拔节拍).
HEAD_WORD = re.compile(r"(?:精度|误差|节拍|成功率|准确率|合格率|良率)$")
CORRECTED = ("“{text}”读来是修改技术指标中的{metrics}，没有存为{here}。要修改技术指标，"
             "请点“上一步”回到技术指标，把全部指标改好后重新发送"
             "（也可以在最后的汇总页修改第 5 项）；这里请填写{here}。")
ADDED = ("“{text}”读来是要补充的技术指标，没有存为{here}。要补上它，请点“上一步”回到技术指标，"
         "把原有的指标连同这一项重新发送（也可以在最后的汇总页修改第 5 项）；"
         "这里请填写{here}。")
REPEATED = ("“{text}”与已填写的技术指标相同，没有存为{here}，也不作补充指标。"
            "这里请填写{here}：部署后减少几人、效率提升多少、节省多少成本。")
# How alike, punctuation and spacing aside, a text is to the indicators held to be a copy of them.
_COPY = 90  # in rapidfuzz's ratio, 0–100
_UNWORDED = re.compile(r"[\s，,。.；;、：:！!]")


def indicators_changed(answers: Mapping[str, Any], text: str, here: str) -> str | None:
    """Why `text`, typed at the part `here` after the indicators, is not saved there: it
    corrects the indicators, adds to them, or repeats them (pasted again by mistake)."""
    if repeats_indicators(answers, text):
        return REPEATED.format(text=text.strip(), here=here)
    if ADDING.match(text) and description_part(text[ADDING.match(text).end():]) == "技术指标":
        return ADDED.format(text=text.strip(), here=here)
    if metrics := corrected_metrics(answers, text):
        return CORRECTED.format(text=text.strip(), metrics="、".join(metrics), here=here)
    return None


def repeats_indicators(answers: Mapping[str, Any], text: str) -> bool:
    """Is `text` the indicators held, typed or pasted again (a 。 or a space apart)? Offered as
    补充指标, a copy would state each indicator twice."""
    held = _UNWORDED.sub("", answers.get("indicators") or "")
    typed = _UNWORDED.sub("", text)
    return bool(held and typed) and fuzz.ratio(held, typed) >= _COPY


def corrected_metrics(answers: Mapping[str, Any], text: str) -> list[str]:
    """The held metrics `text` gives new figures for, with words of a change; none unless
    every figure is one of them and none a change the scenario brings (效率提升改为40%)."""
    held_text = indicators_text(answers)
    if not CORRECTION.search(text) or not held_text:
        return []
    held = {i.metric for i in assess_description(held_text).indicators if i.metric}
    typed = assess_description(normalize(text)).indicators
    if not typed or any(a_result(i) for i in typed):
        return []
    owners = metric_owners(normalize(text), normalize(held_text), held)
    named = [owner or _shortened(indicator.metric, held)
             for owner, indicator in zip(owners, typed, strict=False)]
    return list(dict.fromkeys(named)) if named and all(named) else []


def _shortened(metric: str | None, held: set[str]) -> str | None:
    """The held metric `metric` names by the last words of its name (节拍 for 单次插拔节拍), or
    by its head word alone when one held metric only has it (定位精度 for 插接位置精度): with
    two (定位精度, 重复定位精度) which one is meant is not guessed."""
    if not metric:
        return None
    if named := next((name for name in sorted(held) if name.endswith(metric)), None):
        return named
    head = _head(metric)
    alike = [name for name in held if head and _head(name) == head]
    return alike[0] if len(alike) == 1 else None


def _head(metric: str) -> str | None:
    """The word a metric's name ends with, a 误差 read as the 精度 it states."""
    head = HEAD_WORD.search(metric)
    return head and head[0].replace("误差", "精度")
