"""Words of a correction opening an answer (不对，应该是替代3名测试工人): said to the bot, no part
of the answer. Typed at a part of the description after the bot echoed it, or at the summary
(预期成效：不对，应该是…), they were saved with the answer and exported in the cell. They are
dropped when what follows answers the question alone; else the text is read as typed."""

import re
from typing import Annotated, Any

from pydantic import BeforeValidator

from flows.rules import first_error

# 不对，应该是 / 错了，应为 / 写错了，改为 / 更正：, or 应该是, 应为, 改为 alone.
_WRONG = r"(?:不对|错了|写错了|打错了|说错了|有误)"
_SHOULD_BE = r"(?:应该是|应该为|应是|应为|应改为|改为|改成|更正为)"
LEADING_CORRECTION = re.compile(
    rf"\s*(?:{_WRONG}(?:[，,。！!\s]+(?:{_SHOULD_BE}|是)?|{_SHOULD_BE})|更正[：:，,\s]+"
    rf"(?:{_SHOULD_BE})?|{_SHOULD_BE})[：:，,\s]*")


def corrected(type_: Any, judged_after: bool = False) -> Any:
    """`type_` reading an answer without the words of a correction that open it; with
    `judged_after` (a name, which no correction's words begin) what follows is judged even when
    refused, so the refusal says what is wrong with it (不对，应该是社区食堂 names a place), not
    that the whole reads as a sentence."""

    def without_correction(value: Any) -> Any:
        opening = LEADING_CORRECTION.match(value) if isinstance(value, str) else None
        if opening is None or not (rest := value[opening.end():].strip()):
            return value
        return rest if judged_after or first_error(type_, rest)[1] is None else value

    return Annotated[type_, BeforeValidator(without_correction)]
