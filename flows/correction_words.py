"""Words of a correction opening an answer (不对，应该是替代3名测试工人): said to the bot, no part
of the answer. Typed at a part of the description after the bot echoed it, or at the summary
(预期成效：不对，应该是…), they were saved with the answer and exported in the cell. They are
dropped when what follows answers the question alone; else the text is read as typed."""

import re
from typing import Annotated, Any

from pydantic import BeforeValidator

from flows.rules import first_error

# 不对，应该是 / 错了，应为 / 写错了，改为 / 更正：, or 应该是, 应为, 改为 alone; an apology or
# 刚才 before (不好意思，应该是, 对不起写错了，改成, 刚才写错了，…), 不对 said twice, 不是这个，是.
_SORRY = r"(?:不好意思|对不起|抱歉)"
_WRONG = r"(?:(?:刚才|刚刚|之前|前面)?(?:不对|错了|写错了|打错了|说错了|填错了|输错了|有误))"
_PAUSE = r"[，,。！!\s]"
_SHOULD_BE = r"(?:应该是|应该为|应是|应为|应改为|改为|改成|修改为|修改成|更正为)"
# At a name's question, also 换成 and the question's own label (场景名称改为…): a description
# may begin 换成机器人后…, and there a label is another column's.
NAME_SHOULD_BE = rf"(?:换成|换为|{_SHOULD_BE})"


def opening(should_be: str = _SHOULD_BE, label: str | None = None) -> re.Pattern[str]:
    """The words of a correction opening an answer, `should_be` the words saying what the
    answer should be, after the question's own `label` if given."""
    own = rf"(?:(?:{label})\s*)?" if label else ""
    wrong = rf"{_WRONG}(?:{_PAUSE}*{_WRONG})*"
    return re.compile(
        rf"\s*(?:{_SORRY}{_PAUSE}*)?(?:{wrong}(?:{_PAUSE}+(?:{should_be}|是)?|{should_be})"
        rf"|更正[：:，,\s]+(?:{should_be})?|不是这个{_PAUSE}*(?:{should_be}|是)"
        rf"|{own}{should_be})[：:，,\s]*")


LEADING_CORRECTION = opening()


def corrected(type_: Any, judged_after: bool = False,
              leading: re.Pattern[str] = LEADING_CORRECTION) -> Any:
    """`type_` reading an answer without the words of a correction (`leading`) that open it;
    with `judged_after` (a name, which no correction's words begin) what follows is judged
    even when refused, so the refusal says what is wrong with it (不对，应该是社区食堂 names a
    place), not that the whole reads as a sentence."""

    def without_correction(value: Any) -> Any:
        found = leading.match(value) if isinstance(value, str) else None
        if found is None or not (rest := value[found.end():].strip()):
            return value
        return rest if judged_after or first_error(type_, rest)[1] is None else value

    return Annotated[type_, BeforeValidator(without_correction)]
