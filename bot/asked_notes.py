"""Notes on a file's row for what the chat asks about once an answer is saved (保持不变 keeps it):
a 用户单位 in Latin letters only (Siemens), a 整机企业 that is the row's own 用户单位, a 预期成效
that reads as a level to meet (成功率提高到99.5%). The chat keeps such an answer when told it is
meant, so `import` keeps the row, and the operator is asked in the cell's terms."""

from collections.abc import Mapping
from typing import Any

from flows.bare_indicators import bare_indicators
from flows.own_makers import own_unit
from flows.unit_refusals import latin_name_asked

LATIN_UNIT = ("用户单位“{name}”只有外文字母：在国内登记的单位，营业执照上的名称是中文的"
              "（可含外文字母，如“ABB（中国）有限公司”），请核对是否为营业执照上的全称")
OWN_MAKER = ("整机企业“{name}”也是本行的用户单位：整机企业（或应用服务商）一般是提供机器人的单位，"
             "请核对是否为用户单位自己的机器人")
RESULTS_AS_LEVEL = ("预期成效“{text}”读来是技术指标（要达到的数值），没有写部署后减少几人、"
                    "效率提升多少、节省多少：如是指标请写在“技术指标：”之后，并写明预期成效")


def asked_notes(answers: Mapping[str, Any]) -> list[str]:
    """The notes for what the chat would ask about `answers`, in the order of the cells."""
    notes = []
    if latin_name_asked(answers):
        notes.append(LATIN_UNIT.format(name=answers["enterprise"].strip()))
    results = answers.get("expected_results")
    if isinstance(results, str) and bare_indicators(results):
        notes.append(RESULTS_AS_LEVEL.format(text=results.strip()))
    if own := own_unit(answers):
        notes.append(OWN_MAKER.format(name=own))
    return notes
