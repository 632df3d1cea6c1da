"""What a line typed in the terminal means, before it is read as a command or an answer.

With a Chinese input method on, the key for / types 、 (or a full-width ／), and a line ends with
。 out of habit: `、back`, `／back`, `/back。` mean /back, never a 场景名称. Anyone leaving a
program types quit, exit or q, with its slash or without (/exit, /q leave as /quit does); and a
number with a mark after it (`5.`, `5。`, `5、`, `５.`) is the number, as the numbered choices are
written in lists.
"""

import re
import unicodedata
from collections.abc import Collection

# A slash as an input method types it, a known command's name, its words, one closing mark.
SLASHED = re.compile(r"[/、]\s*([a-z]+)\b(.*?)[。.、]?", re.IGNORECASE | re.DOTALL)
LEAVING = re.compile(r"(?:[/、]\s*)?(?:quit|exit|q)[。.!]?", re.IGNORECASE)
NUMBERED = re.compile(r"(\d+)\s*[。.、]")


def as_meant(line: str, commands: Collection[str]) -> str:
    """`line` as the terminal reads it: a command of `commands` (written with its slash) or a
    number written plainly; any other line as typed. Full-width letters and digits are read as
    their plain forms only to recognise these, so an answer is never changed."""
    plain = unicodedata.normalize("NFKC", line.strip())
    if LEAVING.fullmatch(plain):
        return "/quit"
    if (found := SLASHED.fullmatch(plain)) and f"/{found[1].lower()}" in commands:
        return f"/{found[1].lower()}{found[2]}".rstrip()
    if found := NUMBERED.fullmatch(plain):
        return found[1]
    return line
