"""An indicator added after the results at 预期成效 (替代2名工人。补充：平均无故障时间≥2000小时).

A leading 补充：… there is refused, read as indicators (flows/indicator_corrections.py). Typed
after the results, the part after 补充： would be saved inside them, the level the machine is
to meet shown as what it brings: it is filed as 补充指标 instead, the results before it kept."""

import re

from flows.description_sentences import description_part

# 补充：, 另外补充：, 补充指标：, where a sentence or a line begins after the results.
_ADDED = re.compile(r"(?<=[。；;！!\n])\s*(?:另外)?补充(?:的)?(?:指标)?\s*[：:]")


def supplement_after_results(text: str) -> dict[str, str]:
    """The results and the indicators added after them under 补充：, each to its question;
    nothing when no such part follows results, or what follows it is no indicator."""
    added = _ADDED.search(text)
    if added is None:
        return {}
    results, more = text[: added.start()].strip(), text[added.end():].strip()
    if not results or description_part(results) == "技术指标" or description_part(
            more) != "技术指标":
        return {}
    return {"expected_results": results, "indicators_more": more}
