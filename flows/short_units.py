"""A 用户单位 under the name's minimum length (比亚迪, 南京港, 优必选): most often the unit's
short name, which the plan does not take; told only 内容过短, the engineer does not know what
is missing. The answer asks for the name as registered, never saved as a guess. The short name
is not completed into an example: 苏大, 人工 or 本单位 + 股份有限公司 read as nonsense, and a
short name cannot tell a company from a university or a hospital."""

import re

from flows.named_places import JIANGSU
from flows.user_units import NAME_ASKED, only_a_city

# Words of a reply, not of a name (不知道, 好的, 为什么, 谢谢): no company's name to complete.
SPOKEN = re.compile(r"[不没好是的吗么什怎谢你我他她啊哈嗯呢吧了过步助哦呀嘛哪谁请]")
# Endings of public bodies and institutions (税务局, 中医院): their full names are no company's.
PUBLIC_END = re.compile(r"[局院所校馆站处部会委厅办]$")
SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,3}")
A_SHORT_NAME = ("“{name}”像是单位的简称。用户单位请填写与营业执照一致的全称，"
                "如“XX股份有限公司”“XX大学附属医院”（以营业执照或法人证书上的名称为准）。")
TOO_SHORT = "“{name}”太短，不是单位的全称。" + NAME_ASKED


def short_unit(text: str) -> str | None:
    """What a 用户单位 too short for a full name is asked instead: the full name, said to be
    wanted for a short name when it reads as a unit's (`A_SHORT_NAME`)."""
    name = text.strip()
    if not name:
        return None
    plausible = (SHORT_NAME.fullmatch(name) and not SPOKEN.search(name)
                 and not PUBLIC_END.search(name) and not only_a_city(name, JIANGSU))
    return (A_SHORT_NAME if plausible else TOO_SHORT).format(name=name)
