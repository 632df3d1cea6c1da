"""The scenario's own 用户单位 typed at 整机企业（或应用服务商）. It can be true (a maker deploying
its own robots), so it is never refused; but it is most often a slip (the user unit typed again
where the makers belong), so the echo asks once: 保持不变 keeps it, a resend replaces it."""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows.org_names import Unsure

OWN_UNIT = ("“{name}”也是本场景的用户单位（第 2 步）。"
            "整机企业（或应用服务商）一般是提供机器人的单位：确是用户单位自己的机器人，请点“保持不变”；否则请重新发送整机企业的全称，将替换上面的记录。")
_SPACES = re.compile(r"\s+")


def own_unit_asked(echo: Callable[[Mapping[str, Any]], str | None]
                   ) -> Callable[[Mapping[str, Any]], str | None]:
    """`echo` of the makers saved, asking about the one that is the draft's 用户单位, unless
    the echo already asks about the names (one question at a time)."""

    def asked(answers: Mapping[str, Any]) -> str | None:
        said = echo(answers)
        if isinstance(said, Unsure) or not (own := own_unit(answers)):
            return said
        names = answers.get("makers") or []
        listed = said or f"已记录 {len(names)} 家单位：" + "；".join(names) + "。"
        return Unsure(listed + OWN_UNIT.format(name=own))

    return asked


def own_unit(answers: Mapping[str, Any]) -> str | None:
    """The maker that is the draft's 用户单位, spaces and the width of brackets aside."""
    unit = _spelled(answers.get("enterprise") or "")
    makers = answers.get("makers") or []
    return next((name for name in makers if unit and _spelled(name) == unit), None)


def _spelled(name: str) -> str:
    return _SPACES.sub("", name).replace("（", "(").replace("）", ")")
