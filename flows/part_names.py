"""A robot's part or product typed at 场景名称 (防爆激光雷达): it says what the robot is built
with, not what it does where, and belongs to 第 11 步's 关键零部件. Told only by a part's word
closing the name with no task in it (激光雷达标定 and 灵巧手抓取 are scenarios), so an object
a robot works on keeps passing (锂电池 is content: no part word closes it)."""

import re

PART_END = re.compile(r"(?:激光雷达|毫米波雷达|雷达|传感器|摄像头|相机|灵巧手|关节模组|减速器"
                      r"|控制器|伺服电机|电机|芯片|编码器|末端执行器|夹爪)$")
A_PART = ("“{name}”像是产品或零部件，不是场景名称，没有保存。关键零部件在第 11 步"
          "“可规模推广的其他标志性技术产品”填写；这里请填写场景名称，")


def part_named(compact: str, task: re.Pattern[str]) -> str | None:
    """Why `compact` (the name without marks) is refused when a part's word closes it and
    no `task` is said before it; None otherwise."""
    found = PART_END.search(compact)
    if not found or task.search(compact[:found.start()]):
        return None
    return A_PART.format(name=compact)
