"""/help in the middle of a row, short enough for a phone: the 填写说明 items of the question
being answered, how to answer, and how to ask for the whole checklist (`/help 全部`), rather
than the 12 items every time, the question pushed far out of sight by them. Each item is said
in PREPARE's own words, so the short help states no rule the checklist does not."""

import re

from flows.field import Field

# The 填写说明 items a step's questions follow, beyond the step's own number: the 12th (a
# scenario built outside the province) is answered at the city question of step 2.
ALSO_AT_STEP = {2: (12,)}
ITEM = re.compile(r"(\d+)\. ")
OF_STEP = "📖 本步填写说明（第 {step} 步 · {column}）：\n{items}"
ANSWERING = ("作答：直接发送文字，或点击按钮；“上一步”返回修改，“跳过”用于选填项，“暂停”保留草稿；"
             "填完后可在汇总页逐项修改再提交。\n"
             "发送 /help 全部 查看全部 12 条填写说明；/drafts 我的场景，/new 新建场景。")


def step_help(prepare: str, field: Field) -> str:
    """The items of `prepare` (PREPARE in the deployment's words) the question of `field`
    follows, and how to answer and to see them all."""
    items = {int(found[1]): line for line in prepare.splitlines()
             if (found := ITEM.match(line))}
    numbers = (field.step, *ALSO_AT_STEP.get(field.step, ()))
    said = "\n".join(items[number] for number in numbers if number in items)
    return OF_STEP.format(step=field.step, column=field.column, items=said) + "\n" + ANSWERING
