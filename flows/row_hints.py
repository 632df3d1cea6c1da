"""Reminders (仅提醒) about a whole row that refuse nothing, shown on the summary, on the
review card and by `lint`: each answer passed its own question, but together they may not
say what was meant, and the engineer or coordinator should look again."""

from collections.abc import Mapping
from typing import Any

from flows.cell_fit import cells_cut_off
from flows.scenario_types import type_reminder

FEWER_MACHINES = "部署总数{count}台，少于第 7 步勾选的{kinds}类产品（{names}），请核对（仅提醒）"


def fewer_machines(answers: Mapping[str, Any]) -> str | None:
    """Each product type ticked is deployed at least once, so fewer machines than types
    (1台 with 人形 and 四足 ticked) means the count or a tick is wrong. Asked at neither
    question, as either may be changed after the other at the summary."""
    kinds, count = list(answers.get("product_types") or {}), answers.get("deployment_count")
    if not isinstance(count, int) or count >= len(kinds):
        return None
    return FEWER_MACHINES.format(count=count, kinds=len(kinds), names="、".join(kinds))


def row_hints(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The reminders `answers` call for, in the order the row's columns come."""
    return tuple(filter(None, (*cells_cut_off(answers), type_reminder(answers),
                               fewer_machines(answers))))
