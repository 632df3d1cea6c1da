"""An answer echoed back with the full answer it may stand for, taken with one press."""

from collections.abc import Callable, Mapping
from typing import Any

from flows.org_names import Unsure


class Suggested(Unsure):
    """Asks whether `answer` is meant: the question stays open with the typed answer, which
    保持不变 keeps, and a button labelled `take` answers it with `answer` instead; or, with
    `key`, answers that question with it, where the answer reads as belonging (misfiled.py)."""

    answer: str
    take: str
    key: str | None

    def __new__(cls, text: str, answer: str, take: str, key: str | None = None) -> "Suggested":
        echo = super().__new__(cls, text)
        echo.answer, echo.take, echo.key = answer, take, key
        return echo


def suggested(feedback: Callable[[Mapping[str, Any]], str | None] | None,
              answers: Mapping[str, Any]) -> Suggested | None:
    """The suggestion a question's echo (`Field.feedback`) makes of the answers, if any."""
    echo = feedback(answers) if feedback else None
    return echo if isinstance(echo, Suggested) else None
