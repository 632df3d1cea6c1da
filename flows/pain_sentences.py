"""The pain point opening a paragraph of indicators (变电站人工巡检每天2次，夜间风险大。要求表计识别
准确率≥99%，定位误差≤5cm).

Typed as one paragraph, a description runs pain point, indicators, results, each its own
sentence. Where the pain point ends is told only at a sentence's end, never at a comma, and
only when the sentences before it say a pain (人工巡检, 风险大, 劳动强度) and every clause after
it states an indicator as `later_parts_seen` reads a paragraph of them (a named metric with its
figure and unit, one a bound), none of today (目前, 现有): a fact of today with a bound reads
as a requirement, so anything less is left as typed.
"""

from flows.description_sentences import PAIN, SENTENCE_END
from flows.unlabelled_description import TODAY, states_indicators


def pain_before(text: str) -> tuple[str, str] | None:
    """The pain point's sentences opening `text` and the indicators after them, if so read."""
    body = text.rstrip("。.；; \n")
    for end in SENTENCE_END.finditer(body):  # the shortest pain point first
        pain, rest = body[:end.start()].strip(), body[end.end():].strip()
        if (pain and rest and PAIN.search(pain) and not PAIN.search(rest)
                and not TODAY.search(rest) and states_indicators(rest)):
            return pain, rest
    return None
