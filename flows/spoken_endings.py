"""What speech-to-text (讯飞, 微信) closes a short spoken answer with: a sentence's full stop,
often after a pause (东南大学 。, 恒远灵巧手。). It is no part of a name.

Only these few marks, and only at the end: a description keeps its sentences' stops, and a
name ending in a particle-like character keeps it.
"""

import re

# The full stop closing a spoken answer, with the pause before it: 。！! after anything, a "."
# only after a Chinese character (恒远灵巧手.), since an English name may end in its own
# (Co., Ltd.).
FULL_STOP = re.compile(r"(?:\s*(?:[。！!]|(?<=[\u4e00-\u9fff])\.))+\s*$")


def without_full_stop(text: str) -> str:
    """`text` without the full stop voice input closes it with: 恒远灵巧手。 is 恒远灵巧手."""
    return FULL_STOP.sub("", text)
