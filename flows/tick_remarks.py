"""What a multi-select question says besides its ticks: a product type's form picked over the
one it had (a second tap, an old form picker), so the change is not made unseen; and a count of
machines typed at the goals (20台), which only 部署总数 holds, said to belong there rather than
met with the bare 请点击 of a goal not recognised; nor dropped unseen when typed with a goal
(本单位内部署20台), which is ticked."""

import re
from collections.abc import Mapping
from typing import Any

from flows.cards import answer_text
from flows.corrected_counts import corrects_a_count
from flows.draft import Draft
from flows.field import Kind
from flows.goal_numbers import COUNTED
from flows.navigation import Questionnaire
from flows.tech_products import MACHINE_COUNT, only_counts

FORM_REPLACED = "已将“{product}”的形态改为{form}（原为{was}）。"
COUNT_AT_GOALS = "“{count}”是部署的台数，属于第 {step} 步“{item}”，没有存为整机应用目标{now}。"
COUNT_NOW = "（当前部署总数：{answer}）"
COUNT_NEXT = "请点击下方按钮选择整机应用目标，选好后点“完成”，下一问即填写{item}。"
# Goals counted, not machines: 第三个, 前两个 (the goals on the screen), 两个都选.
GOALS_COUNTED = re.compile(r"(?:第|前|后)?\s*[一二两三123]\s*个\s*$")
WHICH_GOALS = ("“{text}”是指几项目标，还是第几项？没有勾选：请点击下方按钮勾选要选的目标"
               "（可多选），选好后点“完成”；也可输入编号，如“1、2”或“第2项”。")
COUNT_FROM_SUMMARY = "要修改{item}，请点“⬅️ 返回汇总”，在汇总页发送“{count}”即可。"


def form_replaced(product: str, before: Mapping[str, Any] | None, form: str) -> str | None:
    """That `product`'s form is now `form` where it had another, and which it was."""
    was = (before or {}).get(product)
    return FORM_REPLACED.format(product=product, form=form, was=was) if was and was != form \
        else None


def count_at_goals(survey: Questionnaire, draft: Draft, text: str) -> str | None:
    """A count of machines alone (20台, 应为20台) typed at the goals: that it is 部署总数's, not
    saved here, and how it is filled there: the next question while walking on, the summary's
    typed change when the goals were opened from it. Nothing is saved: the goals are still to
    be chosen, and 部署总数 is asked, with its checks, right after them. A count of goals
    (两个) is asked which goals it means: two of them, or the second."""
    if which := goals_counted(text):
        return which
    if not (only_counts(text) or corrects_a_count(text)):
        return None
    return _count_told(survey, draft, text.strip())


def goals_counted(text: str) -> str | None:
    """A count of goals alone (两个, 2项) asked which: two goals, or the second one."""
    return WHICH_GOALS.format(text=text.strip()) if COUNTED.fullmatch(text) else None


def counts_beside_goals(survey: Questionnaire, draft: Draft, text: str, unread: list[str]
                        ) -> tuple[list[str], list[str]]:
    """A count typed with the goals ticked (本单位内部署20台, 跨行业，20台): the parts naming no
    goal but the count, which are not said unread, and that the count is 部署总数's, unsaved.
    Nothing is saved as 部署总数: the goals are not a count's place, and it is asked next."""
    counts = list(dict.fromkeys(m.group().strip() for m in MACHINE_COUNT.finditer(text)
                                if not GOALS_COUNTED.search(text, 0, m.end())))
    if not counts:
        return unread, []
    left = [part for part in unread if not only_counts(part)]
    return left, [_count_told(survey, draft, "”“".join(counts))]


def _count_told(survey: Questionnaire, draft: Draft, typed: str) -> str:
    """That `typed` is 部署总数's and was not saved, with the count saved now, and where it
    is filled: the next question while walking on, or the summary when opened from it."""
    count = next(field for field in survey.fields if field.kind is Kind.NUMBER)
    now = draft.answers.get(count.key)
    item = count.part or count.column
    told = COUNT_AT_GOALS.format(
        count=typed, step=count.step, item=item,
        now=COUNT_NOW.format(answer=answer_text(count.key, now)) if now is not None else "")
    how = COUNT_FROM_SUMMARY if draft.editing else COUNT_NEXT
    return told + "\n" + how.format(item=item, count=typed)
