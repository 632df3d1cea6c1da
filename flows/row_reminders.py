"""What an imported row may hold that the chat would not have taken, said to coordinators
without refusing the row.

A spreadsheet's description is one cell, judged as one text (flows/validation.py): a row
imported with a 预期成效 without figures, or without any 现状与痛点 or 预期成效, is accepted,
though the chat asks each of its engineer (填写说明 5). Its coordinator should know before
approving or sending it.
"""

import re
from collections.abc import Mapping
from typing import Any

from flows.coaching import results_problem

RESULTS_UNQUANTIFIED = "预期成效没有写出数字（填写说明 5，机器人填报时须写出）"
NO_PAIN_POINT = "场景描述缺少现状与痛点（填写说明 5，机器人填报时必填）"
NO_RESULTS = "场景描述缺少预期成效（填写说明 5，机器人填报时必填）"
# A pain point labelled after another part (…预期成效：减少4人。↵现状：人工巡检…), which the
# import files inside that part: the cell has one, though no part holds it alone.
PAIN_LABEL = re.compile(r"(?:现状|痛点|背景|问题)\s*[：:]")
RESULTS_LABEL = re.compile(r"(?:成效|效果|效益)\s*[：:]")  # likewise filed inside another part
REQUIRED_PARTS = (("pain_point", PAIN_LABEL, NO_PAIN_POINT),
                  ("expected_results", RESULTS_LABEL, NO_RESULTS))


def chat_rules_unmet(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The description's parts a row holds as the chat would have refused them: imported rows
    only, as the chat asks again until they are right. None for a row without a description,
    whose cell is missing as a whole."""
    if not any(answers.get(key) for key in ("pain_point", "indicators", "expected_results")):
        return ()
    results = answers.get("expected_results")
    unmet = [RESULTS_UNQUANTIFIED] if results and results_problem(results) else []
    return (*unmet, *missing_parts(answers))


def missing_parts(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The required parts of the description a row has nowhere, not even labelled inside
    another part."""
    return tuple(missing for key, label, missing in REQUIRED_PARTS
                 if not answers.get(key) and not _labelled(answers, label))


def _labelled(answers: Mapping[str, Any], label: re.Pattern[str]) -> bool:
    return any(label.search(str(answers.get(key) or ""))
               for key in ("pain_point", "indicators", "expected_results"))
