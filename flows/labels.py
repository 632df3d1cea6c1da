"""Labelled parts of one cell ("技术指标：…", "整机企业：…"): the template's way of holding
several answers in a cell, read back by the import and by the chat when a whole cell is pasted.
"""

import re
from collections.abc import Mapping
from itertools import zip_longest

COLON = r"\s*[：:]"
# A label only counts at the start of a line or after a space or a sentence's end.
LABEL_START = r"(?:^|(?<=[\s。；;，,、]))"


def label_pattern(labels: Mapping[str, str]) -> re.Pattern[str]:
    """A pattern finding any of `labels` (answer key -> label regex) followed by a colon."""
    alternatives = "|".join(f"(?P<{key}>{regex}){COLON}" for key, regex in labels.items())
    return re.compile(f"{LABEL_START}(?:{alternatives})", re.MULTILINE)


def labelled_parts(text: str, labels: re.Pattern[str]) -> tuple[str, list[tuple[str, str]]]:
    """Split "甲：… 乙：…" at the labels of a `label_pattern`.

    Returns the unlabelled text before the first label and each (answer key, value) in order.
    """
    found = list(labels.finditer(text))
    preamble = text[: found[0].start()] if found else text
    parts = []
    for match, following in zip_longest(found, found[1:]):
        end = following.start() if following else len(text)
        parts.append((match.lastgroup, text[match.end() : end].strip()))
    return preamble.strip(), parts
