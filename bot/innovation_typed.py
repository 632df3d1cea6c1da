"""Words typed at the summary for what sets an alike scenario apart (填写说明 5).

The warning of alike submissions asks for 差异化创新点, and engineers answer it by typing rather
than pressing ✏️ 补充差异化创新点; the summary names no column for such words and would drop
them. They go where that button's question puts them, and the engineer is told so. Words
labelled 差异化创新点：… say where they belong wherever typed. Unlabelled ones are read so only
while the scenario would be warned (alike submissions, no 差异化创新点 yet) and only when they
speak of what sets it apart (本场景…, 不同, 区别): the summary is where engineers also paste
indicators, results and pain again, which must not land there. Other unlabelled words, while
warned, keep the summary's refusal with a hint of the label; never words said to the bot (a yes,
a question, a no, 稍等) or too short to set anything apart.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from flows import actions, engine
from flows import step_messages as say
from flows.draft import SUMMARY, Draft
from flows.navigation import Questionnaire
from flows.outcome import Outcome
from flows.row import INNOVATION_LABEL
from flows.summary import INNOVATION
from flows.talk_back import talk_back
from flows.typed_replies import (
    acknowledges,
    asks,
    declines,
    greets,
    holds_on,
    opens_with_acknowledgement,
    resumes,
    says_none,
)

LABELLED = re.compile(rf"\s*(?:{INNOVATION_LABEL}|创新点)\s*[：:]\s*")
SHORTEST = 6  # unlabelled words shorter than this (好的我改, 为什么相似) are rarely a difference
SAID_TO_THE_BOT = (acknowledges, opens_with_acknowledgement, greets, resumes, holds_on, declines,
                   says_none, talk_back, lambda text: asks(text, short=True))
SETS_APART = re.compile(r"不同|不一样|区别|差异|区分|创新点|本场景|独有|独特|首创")
LABEL_HINT = "如是本场景与相似场景的差异化创新点，请输入“差异化创新点：…”。"
SAVED = ("已把这条消息保存为“场景描述与关键技术要求”中的“差异化创新点”：{text}"
         "（如需修改，请点“✏️ 5 场景描述与关键技术要求”）。")


def innovation_typed(survey: Questionnaire, draft: Draft, action: actions.Action,
                     outcome: Outcome, alike: Callable[[], bool]) -> Outcome | None:
    """The words answered at the 差异化创新点 question, as after its button, when the summary
    took them as naming nothing (`outcome`); None otherwise. `alike`: whether the scenario has
    alike submissions, asked only for unlabelled words the summary refused."""
    if (draft.cursor != SUMMARY or not isinstance(action, actions.Text)
            or outcome.message != say.NOT_SAVED_AT_SUMMARY or draft.answers.get(INNOVATION)):
        return None
    labelled = LABELLED.match(action.text)
    text = action.text[labelled.end():] if labelled else action.text.strip()
    if not labelled and (len(text) < SHORTEST or any(said(text) for said in SAID_TO_THE_BOT)
                         or not alike()):
        return None
    if not labelled and not SETS_APART.search(text):
        return replace(outcome, message=f"{outcome.message}\n{LABEL_HINT}")
    opened = replace(draft, cursor=INNOVATION, editing=True)
    answered = engine.apply(survey, opened, actions.Text(text), ())
    if answered.draft.cursor != SUMMARY or not answered.draft.answers.get(INNOVATION):
        return answered  # refused: its question stays open with the reason, as after the button
    said = SAVED.format(text=answered.draft.answers[INNOVATION])
    return replace(answered, message="\n".join(filter(None, (said, answered.message))))
