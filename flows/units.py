"""Who may hand in a row: 填写说明 1 names the provincial 工业和信息化 departments and the
central enterprise groups, so a typed 报送单位 must read as the full name of one of them.

Engineers are asked to press the default unit's button; a typed 确认 or 好的, or an access
code sent twice on a slow network, would otherwise become the unit on the official row.
"""

ENDINGS = ("厅", "局", "委员会", "委", "办公室", "公司", "集团")
SHORTEST = 5  # 江苏工信厅; 有限公司 alone names nobody
NOT_A_UNIT = ("“{name}”不是单位全称。报送单位请点击下方按钮确认；"
              "由中央企业集团报送的，请输入集团全称，例如“中国XX集团有限公司”。")


def submitting_unit_problem(name: str) -> str | None:
    """None for a department's or a group's full name, otherwise what to do instead."""
    name = name.rstrip("。.")
    if len(name) >= SHORTEST and name.endswith(ENDINGS):
        return None
    return NOT_A_UNIT.format(name=name)
