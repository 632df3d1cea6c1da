"""An answer under a name's minimum length told what it looks like, not only that it is short.

一期, 张工 or 电力 typed at 用户单位 or 场景名称 are a phase, a contact or an industry: a longer
answer of the same kind is told so and where it belongs, and so is a short one, rather than
only 内容过短, which would have the engineer add words to the wrong answer.
"""

from collections.abc import Callable
from typing import Any

from pydantic_core import PydanticCustomError

from flows.rules import TOO_SHORT, clean_text, fail


def told_when_short(check: Callable[[Any], Any], *problems: Callable[[str], str | None]
                    ) -> Callable[[Any], Any]:
    """`check`, but an answer it finds too short is refused with the first of `problems` that
    says what it is, when one does; otherwise as too short."""
    def checked(value: Any) -> Any:
        try:
            return check(value)
        except PydanticCustomError as error:
            if error.type != TOO_SHORT:
                raise
            text = clean_text(value)
            if said := next(filter(None, (problem(text) for problem in problems)), None):
                raise fail(said) from None
            raise

    return checked
