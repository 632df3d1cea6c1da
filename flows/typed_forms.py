"""What an input method adds to a typed answer that the official table should not hold:
full-width digits and Latin letters (０.５ｍｍ, ＡＢＢ机器人), and the quote marks an engineer wraps
a name in (「苏州XX有限公司」, 《…》, “…”), which say "this is the name" and are no part of it.

Chinese punctuation (，。：；（）) stays full-width, as the template writes it; so do quote marks
inside a name (恒远「灵巧手」二代, 《中国制造2025》示范线), which belong to it.
"""

import re

# Full-width digits and Latin letters, to their half-width forms.
_HALF_WIDTH = {code: code - 0xFEE0 for block in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A),
                                                 (0xFF41, 0xFF5A))
               for code in range(block[0], block[1] + 1)}
# The marks of a number written full-width: a percent after a digit, a decimal point between
# two, a sign before one (＋５V, －２０℃, ２＋１). Elsewhere they are Chinese punctuation.
_NUMBER_MARKS = re.compile(r"(?<=\d)％|(?<=\d)．(?=\d)|[＋－](?=\d)")
_MARK_HALF = {"％": "%", "．": ".", "＋": "+", "－": "-"}
_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ％．＋－]")

# Each opening quote mark and its closing one.
QUOTES = {"「": "」", "『": "』", "《": "》", "“": "”", "‘": "’", '"': '"', "＂": "＂"}
# A quoted item of a list: a pair of quote marks between the list's separators (or a label's
# colon, a list's number) on both sides, nothing but the name between them. A space parts items
# only between two quoted ones (“A公司” “B公司”): after a quoted word it goes on the name
# (“小优” 智能科技).
_OPENINGS, _CLOSINGS = re.escape("".join(QUOTES)), re.escape("".join(set(QUOTES.values())))
_QUOTED_ITEM = re.compile("|".join(
    rf"(?:^|(?<=[、，,；;：:\n])|(?<=[{_CLOSINGS}.．)）]\s)){re.escape(opening)}"
    rf"([^{re.escape(opening + closing)}\n]+){re.escape(closing)}"
    rf"(?=\s*$|[、，,；;。.\n]|\s[{_OPENINGS}])"
    for opening, closing in QUOTES.items()))


def half_width(text: str) -> str:
    """`text` with its full-width digits, Latin letters and number marks half-width; looked
    for first, as every typed answer passes here and few hold any."""
    if not _FULL_WIDTH.search(text):
        return text
    text = text.translate(_HALF_WIDTH)
    return _NUMBER_MARKS.sub(lambda mark: _MARK_HALF[mark.group()], text)


def unquoted(text: str) -> str:
    """`text` without a pair of quote marks wrapping the whole of it: 「A」 is A, while 「A」「B」
    and “A”和“B” (two quoted parts) stay as typed."""
    opening, closing = text[:1], QUOTES.get(text[:1])
    if not closing or len(text) < 2 or text[-1] != closing:
        return text
    inner = text[1:-1]
    if opening == closing:
        return text if opening in inner else inner.strip()
    depth = 0
    for ch in inner:
        depth += (ch == opening) - (ch == closing)
        if depth < 0:  # the first mark closed before the end
            return text
    return inner.strip() if depth == 0 else text


def items_unquoted(text: str) -> str:
    """A list (members, products) without the quote marks around any whole item of it:
    「A公司」，「B公司」 is A公司，B公司; 恒远「灵巧手」二代 keeps its quotes."""
    return _QUOTED_ITEM.sub(lambda item: next(filter(None, item.groups())), text)
