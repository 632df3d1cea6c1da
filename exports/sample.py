"""The template's 样例 row, as a user's copy may still hold it or a clerk may have reused it.

The sample is left out of every read without a word; a row that only looks like it (样例 left in
the 序号 of a scenario typed over it, XX units left in a row copied from it) is the clerk's and
is read, so nothing typed is dropped unseen.
"""

import re
from collections.abc import Mapping

from exports.headers import compact
from exports.template import SAMPLE_LABEL
from flows.empty_answers import STAND_IN

# An XX placeholder such as "XX市/XX企业": every "/"-part starts with XX.
_PLACEHOLDER = re.compile(r"xx[^/]*(/xx[^/]*)*", re.IGNORECASE)


def is_placeholder(cells: Mapping[str, str]) -> bool:
    """The template's own XX sample (XX市/XX企业 and an XX场景名称), left in a copy as row 样例
    or 1. A row copied from the sample and given a real scenario but not real units is the
    clerk's: read, so the XX units are refused, not dropped without a word."""
    user_unit = compact(cells.get("user_unit", ""))
    submitting_unit = compact(cells.get("submitting_unit", ""))
    name = cells.get("scenario_name", "")
    return (bool(_PLACEHOLDER.fullmatch(user_unit))
            and (not submitting_unit or bool(_PLACEHOLDER.fullmatch(submitting_unit)))
            and (not name or bool(STAND_IN.search(name))))


def is_sample(cells: Mapping[str, str]) -> bool:
    """The sample still as the template has it: a scenario typed over it, 样例 left in its
    序号, is a row of data."""
    return compact(cells["index"]) in (SAMPLE_LABEL, "1") and is_placeholder(cells)
