"""The terminal trial with no coordinator at all: what the chat says of a coordinator's review
(协调员审核后会通知您, 由协调员退回后再改) said of the trial instead, since nobody will review
or return what is submitted there, and where the submitted row can be seen."""

import re

SUBMITTED = (r"，协调员审核后会通知您。",
             "。终端试用中没有协调员审核；运行 {export} 可导出这一行查看。"
             "正式使用 Telegram 机器人时，提交的场景由协调员审核，审核结果会通知您。")
SUBMITTING = (r"即把场景交给协调员审核，审核后会通知您。",
              "即提交场景；终端试用中没有协调员审核，提交后不能再修改。")
LOCKED = (r"如需修改，[^。；]*由协调员退回后再改",
          "终端试用中没有协调员，无法退回修改（正式使用时由协调员退回后再改）")
TRIAL_WORDS = (SUBMITTED, SUBMITTING, LOCKED)


def in_trial(text: str, export: str) -> str:
    """`text` as said where no coordinator is set up; `export` is the command that exports the
    submitted rows of this database."""
    for chat, trial in TRIAL_WORDS:
        text = re.sub(chat, trial.format(export=export), text)
    return text
