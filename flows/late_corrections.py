"""A correction of the 用户单位 typed one question late, at 场景名称 (不对，应该是国网江苏省电力
有限公司南京供电分公司): the engineer saw the unit echoed and set it right where the next
question was asked. Saved, the unit would stand as the scenario's name; refused as a vague
name, the engineer is not told how to change the unit. It is refused saying what it reads as
and how to change the unit, the unit left as it is."""

import re

from flows.count_corrections import SLIP
from flows.other_answers import UNIT_NAME

# A slip said, then the unit meant (不对，应该是…有限公司; 写错了，改为…医院).
UNIT_CORRECTED = re.compile(rf"{SLIP}[，,。!！\s]*(?:用户单位)?(?:应该?[是为]|应当是|改[为成]|是)"
                            r"[：:\s]*(?P<unit>.+?)[。.！!]*")
LATE_UNIT = ("“{text}”像是在更正第 2 步的用户单位，不是场景名称，没有保存。要把用户单位改为"
             "“{unit}”，请点“⬅️ 上一步”回到用户单位一问后发送；这里请填写场景名称，"
             "如“XX工厂电池测试—柔性插接”。")


def unit_corrected(text: str) -> str | None:
    """Why `text` is refused at 场景名称 when it corrects the unit (`UNIT_CORRECTED`) with a
    unit's full name (`other_answers.UNIT_NAME`); None otherwise (不对，应该是变电站巡检)."""
    found = UNIT_CORRECTED.fullmatch(text.strip())
    if not found or not UNIT_NAME.fullmatch(found["unit"]):
        return None
    return LATE_UNIT.format(text=text.strip(), unit=found["unit"])
