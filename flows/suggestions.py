"""An answer echoed back with the full answer it may stand for, taken with one press."""

from collections.abc import Callable, Mapping
from typing import Any

from flows.org_names import Unsure


class Suggested(Unsure):
    """Asks whether `answer` is meant: the question stays open with the typed answer, which
    保持不变 keeps, and a button labelled `take` answers it with `answer` instead; or, with
    `key`, answers that question with it, where the answer reads as belonging (misfiled.py).
    `kept`: what the answer is told when kept as it is, as it would be had nothing been asked."""

    answer: str
    take: str
    key: str | None
    kept: str | None

    def __new__(cls, text: str, answer: str, take: str, key: str | None = None,
                kept: str | None = None) -> "Suggested":
        echo = super().__new__(cls, text)
        echo.answer, echo.take, echo.key, echo.kept = answer, take, key, kept
        return echo


def when_kept(echo: str | None) -> str | None:
    """What an answer kept as it is (保持不变, 无误) is told: no question asked about it again
    (`Unsure`), only a suggestion's own line for the answer kept."""
    if isinstance(echo, Suggested):
        return echo.kept
    return None if isinstance(echo, Unsure) else echo


def suggested(feedback: Callable[[Mapping[str, Any]], str | None] | None,
              answers: Mapping[str, Any], held: bool) -> Suggested | None:
    """The suggestion a question's echo (`Field.feedback`) makes of the answers, if any. One
    filing the answer at another part is open only while the answer just typed is `held`:
    once answered (保持不变, 上一步), coming back to the answer kept does not offer it again,
    nor file it there when a new answer is typed."""
    echo = feedback(answers) if feedback else None
    return echo if isinstance(echo, Suggested) and (held or echo.key is None) else None
