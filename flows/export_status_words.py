"""A status word typed with /export's place (/export 苏州 全部, /export 全部 苏州, /export 已通过):
the status its buttons offer (`STATUS_FILTERS`), read as if pressed, so the words are not
taken for a second city. Words people use for a status besides the buttons' own: 已审核 and
审核通过 are 已通过, 待审核 and 未审核 are 已提交, 所有 is 全部."""

import re

from flows.export_menu import STATUS_FILTERS

WORDS = {
    **{chosen.label: status for status, chosen in enumerate(STATUS_FILTERS)},
    **dict.fromkeys(("已审核", "审核通过", "已审核通过", "通过"), 0),
    **dict.fromkeys(("待审核", "未审核", "待审", "已提交待审核"), 1),
    **dict.fromkeys(("所有", "全部场景", "所有场景"), 2),
}
_ALTERNATIVES = "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True))
BEFORE = re.compile(rf"(?P<word>{_ALTERNATIVES})[\s，,、]*")
AFTER = re.compile(rf"[\s，,、]*(?P<word>{_ALTERNATIVES})[。.]?$")


def status_typed(typed: str) -> tuple[str, int | None]:
    """The place typed and the status index the words around it name; (typed, None) when no
    status word opens or closes it."""
    text = typed.strip()
    if found := AFTER.search(text) or BEFORE.match(text):
        return (text[: found.start()] + text[found.end():]).strip(), WORDS[found["word"]]
    return typed, None
