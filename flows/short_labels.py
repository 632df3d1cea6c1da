"""The short labels people say in a description (现状：… 指标：… 成效：…), often after an
ordinal (第一，现状：…；第二，指标：…；第三，成效：…), and when they are a pain point's words.

指标, 成效 and 效果 open a pain point's sentences as often as they head a part (效果：目前人工
检测，漏检率约5%; 指标：现有设备精度仅±2mm), so they split only in order after a pain point
labelled where the text begins (现状：/痛点：), and not before words of today (目前, 现有, 仅):
a pain point filed as results or indicators is lost from its question, kept whole it is only
asked again. So is the first misreading among them: those after it are words too.

Ordinals belong to the labels only where they begin the list (第一，现状：…): in a list whose
first item has no label (第一，现状是人工搬运；第二，痛点：…) the pain point goes on in words.
"""

import re

from flows.labels import unlabelled

ORDINAL = r"第[一二三四五六七八九十\d]{1,2}\s*[，,、：:.．]?\s*"
_SHORT = re.compile(rf"【?\s*(?:{ORDINAL})?(?:指标|成效|效果)\s*】?\s*(?:[：:]\s*)?")
_OF_TODAY = re.compile(r"^\s*人工|目前|现在|现有|现阶段|当前|原有|以往|只能|仅(?!需)|实际")
_ORDER = ("pain_point", "indicators", "expected_results")


def said_in_order(labels: dict[str, str]) -> dict[str, str]:
    """`labels` (answer key -> regex), each also after an ordinal (`ORDINAL`)."""
    return {key: f"(?:{ORDINAL})?(?:{regex})" for key, regex in labels.items()}


def counted(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels `found` in `text` (by a pattern of `said_in_order` labels) that head parts:
    not a short label out of place or before words of today, nor a pain point's label after
    an ordinal when the list's first item has none."""
    opening = bool(found) and found[0].lastgroup == "pain_point" and not unlabelled(text, found)
    unlabelled_list = not opening and re.match(rf"\s*{ORDINAL}", text) is not None
    ends = [match.start() for match in found[1:]] + [len(text)] if found else []
    kept: list[re.Match[str]] = []
    reached, shorts_count = 0, opening
    for match, end in zip(found, ends, strict=True):
        key, words = match.lastgroup, match[match.lastgroup]
        rank = _ORDER.index(key) if key in _ORDER else len(_ORDER)
        if _SHORT.fullmatch(words):
            shorts_count = shorts_count and rank > reached and not _OF_TODAY.search(
                text[match.end() : end])
            if not shorts_count:
                continue
        elif unlabelled_list and key == "pain_point" and re.match(rf"【?\s*{ORDINAL}", words):
            continue
        kept.append(match)
        reached = max(reached, rank)
    return kept
