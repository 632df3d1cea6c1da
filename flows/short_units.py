"""A 用户单位 under the name's minimum length (比亚迪, 南京港, 优必选): most often the unit's
short name, which the plan does not take; told only 内容过短, the engineer does not know what
is missing. The answer asks for the name as registered, with the short name completed as an
example when it may be a company's, never saved as a guess."""

import re

from flows.named_places import JIANGSU
from flows.user_units import NAME_ASKED, only_a_city

# Words of a reply, not of a name (不知道, 好的, 为什么, 谢谢): no company's name to complete.
SPOKEN = re.compile(r"[不没好是的吗么什怎谢你我他她啊哈嗯呢吧了过步助哦呀嘛哪谁请]")
# Endings of public bodies and institutions (税务局, 中医院): their full names are no company's.
PUBLIC_END = re.compile(r"[局院所校馆站处部会委厅办]$")
SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,3}")
A_SHORT_NAME = ("“{name}”像是单位的简称。用户单位请填写与营业执照一致的全称，"
                "例如“{name}股份有限公司”“{name}有限公司”（以营业执照上的名称为准）。")
TOO_SHORT = "“{name}”太短，不是单位的全称。" + NAME_ASKED


def short_unit(text: str) -> str | None:
    """What a 用户单位 too short for a full name is asked instead: the full name, with the
    short name completed as an example when it reads as a company's (`A_SHORT_NAME`)."""
    name = text.strip()
    if not name:
        return None
    plausible = (SHORT_NAME.fullmatch(name) and not SPOKEN.search(name)
                 and not PUBLIC_END.search(name) and not only_a_city(name, JIANGSU))
    return (A_SHORT_NAME if plausible else TOO_SHORT).format(name=name)
