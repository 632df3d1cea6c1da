"""Why words typed after an item at the summary were not saved, said with the words quoted, so
the engineer never believes them kept: words no button of a choice question names (部署目标：
替代2名工人…), a supplement when none is asked for; and 补充指标：无 read as no supplement.
A count of machines (整机应用目标：20台) is 部署总数's, and pointed there; a count of goals
(整机应用目标：两个) is asked which goals it means.
"""

import re

from flows.description_sentences import requirements_only, results_only
from flows.field import Field, Kind
from flows.misfiled import INDICATORS_ARE, RESULTS_ARE
from flows.navigation import Questionnaire
from flows.own_labels import without_own_label
from flows.tech_products import only_counts
from flows.tick_remarks import COUNT_FROM_SUMMARY, goals_counted
from flows.typed_replies import says_none

NO_CHOICE = "这条消息没有保存：“{value}”不是“{title}”的选项。"
BELONGS = ("“{value}”读来是{part}（{what}），请在汇总页输入“{part}：”加上全部{part}"
           "（原有的连同这一项），或点击第 {step} 项修改。")
FIGURES_BELONG = ("带数字的内容请写在第 {step} 项“{column}”中：要达到的指标写进技术指标，"
                  "部署后的效果（减少几人、节省多少）写进预期成效。")
COUNT_BELONGS = "“{value}”是部署的台数，属于第 {step} 项“{item}”。"
SUPPLEMENT_UNASKED = ("这条消息没有保存：技术指标已涵盖精度、效率、可靠性，不再单独填写补充指标。"
                      "如需加上“{text}”，请把它写进技术指标：输入“技术指标：”加上全部指标"
                      "（原有的连同这一项），或点击第 {step} 项修改。")
NOTHING_TO_ADD = "技术指标已涵盖精度、效率、可靠性，没有需要补充的指标，汇总未改动。"
# 无补充, 没有补充, 无需补充, 不用补充, and 不需要 (the button's own word), 不用: no supplement,
# as 无 says (不知道 says no such thing).
_NO_MORE = re.compile(r"(?:暂时?|目前)?(?:(?:无|没有|无需|不需要?|不用|不必)(?:再)?补充(?:指标)?"
                      r"|无需|不需要|不用|不必)了?[。.！!]?")
# Where a figure typed at a choice belongs, what that part holds, and how it is told, tried
# in turn: as an answer misfiled at another part of the description is (`misfiled`).
_PARTS = (("expected_results", RESULTS_ARE, results_only),
          ("indicators", INDICATORS_ARE, requirements_only))


def no_choice(survey: Questionnaire, field: Field, value: str, reply: str | None) -> str | None:
    """Why `value`, typed after a choice question's name, opened that question unsaved, when
    it names none of its buttons (场景类型：电池包测试, 部署目标：替代2名工人…): the question's
    own `reply` (press a button) after it, then where a figure in it belongs. None for a
    text naming a choice (工业和服务 is refused for itself) or read as another question's
    answer (是否补充指标)."""
    if field.typed_answers or any(choice in value for choice in field.choices):
        return None
    told = [NO_CHOICE.format(value=value, title=field.title), reply or ""]
    if field.kind == Kind.MULTI and (which := goals_counted(value)):  # 整机应用目标：两个
        return "\n".join(told[:1] + [which])
    if only_counts(value):  # 整机应用目标：20台
        return "\n".join(told[:1] + [_count_belongs(survey, field, value)])
    step = survey.field("indicators").step
    if belongs := next(((key, what) for key, what, reads in _PARTS if reads(value)), None):
        part = survey.field(belongs[0]).part
        told.append(BELONGS.format(value=value, part=part, what=belongs[1], step=step))
    elif re.search(r"\d", value):
        told.append(FIGURES_BELONG.format(step=step, column=survey.step_title(step)))
    return "\n".join(filter(None, told))


def _count_belongs(survey: Questionnaire, field: Field, value: str) -> str:
    """That a count typed after a choice's name is 部署总数's, and how it is saved from the
    question the refusal opens: not as the choice's figures, which 场景描述 holds."""
    count = next(other for other in survey.fields if other.kind is Kind.NUMBER)
    item = count.part or count.column
    told = COUNT_BELONGS.format(value=value, step=count.step, item=item)
    return told + "\n" + COUNT_FROM_SUMMARY.format(item=item, count=value)


def says_no_supplement(text: str) -> bool:
    """无, 暂无, 无补充, 不需要补充: there is no supplement to the indicators."""
    plain = text.strip()
    return says_none(plain) or bool(_NO_MORE.fullmatch(plain))


def supplement_unasked(survey: Questionnaire, text: str) -> str | None:
    """Why a supplement typed at the summary (补充指标：连续运行≥8小时) names no question when
    the indicators miss no dimension, so none is asked for: it is more of the indicators, and
    belongs in them; 补充指标：无 says there is nothing to add, and nothing changes."""
    supplement = without_own_label("indicators_more", text.strip())
    if supplement == text.strip():
        return None
    if says_no_supplement(supplement):
        return NOTHING_TO_ADD
    return SUPPLEMENT_UNASKED.format(text=supplement, step=survey.field("indicators").step)
