"""Who may hand in a row: 填写说明 1 names the provincial 工业和信息化 departments and the
central enterprise groups, so a typed 报送单位 must read as the full name of one of them.

Engineers are asked to press the default unit's button; a typed 确认 or 好的, or an access
code sent twice on a slow network, would otherwise become the unit on the official row.
"""

import re
from typing import Any

from flows import rules

# What a department's or a group's name ends with, longest first; a name is more than these.
ENDINGS = re.compile(r"(?:(?:集团|股份)?有限(?:责任)?公司|公司|集团|委员会|委|厅|局|办公室)+$")
NOT_A_UNIT = ("“{name}”不是单位全称。报送单位请点击下方按钮确认；"
              "由中央企业集团报送的，请输入集团全称，例如“中国XX集团有限公司”。")


def submitting_unit_problem(name: str) -> str | None:
    """None for a department's or a group's full name, otherwise what to do instead."""
    ending = ENDINGS.search(name)
    if ending and len(name) - len(ending.group()) >= 2:
        return None
    return NOT_A_UNIT.format(name=name)


def submitting_unit(value: Any) -> str:
    """A typed 报送单位, without the full stop phones add after it."""
    name = rules.text(60)(value).rstrip("。.；;，, ")
    if problem := submitting_unit_problem(name):
        raise rules.fail(problem)
    return name
