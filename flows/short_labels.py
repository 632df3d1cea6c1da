"""The short labels people say in a description (现状：… 指标：… 成效：…), often after an
ordinal (第一，现状：…；第二，指标：…；第三，成效：…), and when they are a pain point's words.

指标, 成效 and 效果 open a pain point's sentences as often as they head a part (效果：目前人工
检测，漏检率约5%; 指标：现有设备精度仅±2mm), so they split only after a pain point labelled
where the text begins (现状：/痛点：), and all or none: every short label said with a colon,
after a comma too, must head its part, once and in order (pain point, 指标, 成效/效果), and not
before words of today (目前, 现有, 仅). One out of place (效果：… 指标：…), said twice, or
read as words makes them all words of the pain point: a pain point filed as results or
indicators is lost from its question, kept whole it is only asked again.

Ordinals belong to the labels only where they begin the list (第一，现状：…): in a list whose
first item has no label (第一，现状是人工搬运；第二，痛点：…) the pain point goes on in words.
"""

import re

from flows.labels import unlabelled

ORDINAL = r"第[一二三四五六七八九十\d]{1,2}\s*[，,、：:.．]?\s*"
_PAIN_WORDS = ("现状", "痛点")
_SHORT = re.compile(rf"【?\s*(?:{ORDINAL})?(指标|成效|效果|现状|痛点)\s*】?\s*(?:[：:]\s*)?")
# A short label said with a colon, not the end of a longer word (技术指标：, 各项指标：).
_SAID = re.compile(r"(?<![^\W\d_])(?:指标|成效|效果|现状|痛点)\s*[：:]")
_OF_TODAY = re.compile(r"^\s*人工|目前|现在|现有|现阶段|当前|原有|以往|只能|仅(?!需)|实际")
_ORDER = ("pain_point", "indicators", "expected_results")


def said_in_order(labels: dict[str, str]) -> dict[str, str]:
    """`labels` (answer key -> regex), each also after an ordinal (`ORDINAL`)."""
    return {key: f"(?:{ORDINAL})?(?:{regex})" for key, regex in labels.items()}


def counted(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels `found` in `text` (by a pattern of `said_in_order` labels) that head parts:
    指标/成效/效果 only when all the short labels are `in_order`, and not a pain point's label
    after an ordinal when the list's first item has none."""
    opening = bool(found) and found[0].lastgroup == "pain_point" and not unlabelled(text, found)
    unlabelled_list = not opening and re.match(rf"\s*{ORDINAL}", text) is not None
    kept = [match for match in found if not (
        unlabelled_list and match.lastgroup == "pain_point"
        and re.match(rf"【?\s*{ORDINAL}", match["pain_point"]))]
    if opening and in_order(text, kept):
        return kept
    return [match for match in kept if match.lastgroup == "pain_point"
            or not _SHORT.fullmatch(match[match.lastgroup])]


def in_order(text: str, found: list[re.Match[str]]) -> bool:
    """Does every short label said with a colon in `text` head a part among the labels
    `found`, each once, in the order pain point, 指标, 成效/效果, and 指标/成效/效果 not before
    words of today? Long labels (技术指标：) may stand anywhere, as before."""
    if any(not any(match.start() <= said.start() < match.end() for match in found)
           for said in _SAID.finditer(text)):
        return False
    ends = [match.start() for match in found[1:]] + [len(text)]
    reached, said_before = 0, set()
    for match, end in zip(found, ends, strict=True):
        key = match.lastgroup
        rank = _ORDER.index(key) if key in _ORDER else len(_ORDER)
        if short := _SHORT.fullmatch(match[key]):
            word = short[1]
            if word in _PAIN_WORDS:
                if reached or word in said_before:
                    return False
            elif rank <= reached or _OF_TODAY.search(text[match.end() : end]):
                return False
            said_before.add(word)
        reached = max(reached, rank)
    return True
