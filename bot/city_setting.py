"""Which entries of INTAKE_CITIES can be no city: each becomes a button engineers press and the
城市 stored on the official row, so `abc` (abc市) or a lone 市 (from `南京 市`, a space splitting
one name) would be a dead end. Unknown names written in Chinese are kept (README: 其他的补“市”)."""

import re

# What ends a place's name, never a name alone.
SUFFIXES = ("市", "区", "县", "旗", "盟", "州", "省", "地区", "自治州")


def city_entry_problem(city: str) -> str | None:
    """Why `city`, one entry of the setting, is no city's name, if it is not."""
    if city in SUFFIXES:
        return (f"“{city}”不能单独作为一项（城市名中间多了空格？如“南京 市”应写成“南京市”，"
                "多个城市用逗号分隔）")
    if not re.search(r"[\u4e00-\u9fff]", city):
        return f"“{city}”不是城市名：城市名须用汉字书写（如 苏州 或 苏州市）"
    return None
