"""Why a member answer is refused: a table's header or a kind typed as a unit, or a word and a
colon before a name that is no kind of the column (合作企业：…, 负责人：…); and why a table of
members is refused where the description is asked."""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows.goals import names_a_goal
from flows.member_tables import (
    KIND_AFTER_NAME,
    KIND_LIKE_IN_BRACKETS,
    KIND_OR_STANDING,
    MAKERS,
    MEMBER_LABEL,
    PARTNERS,
    TITLE,
    table_as_brackets,
)
from flows.org_names import WHOLE_NAME
from flows.typed_replies import CONFIRMED

# A member "named" by these words alone is a table's header or a kind read as a unit.
_HEADING_WORDS = re.compile(rf"(?:{TITLE.pattern}|{KIND_OR_STANDING.pattern}|\d|\s)+")
HEADING_NOT_A_NAME = "“{word}”是表头或成员类型，不是单位名称；这里只填单位名称。"


def heading_problem(names: list[str]) -> str | None:
    """Why names holding a header or a kind as a member are refused, with the names to send:
    saved, the header would stand in the plan's cell as a unit."""
    words = [name for name in names if _HEADING_WORDS.fullmatch(name)]
    if not words:
        return None
    kept = [name for name in names if name not in words]
    ask = f"请去掉后重新发送，如：{'、'.join(kept)}" if kept else "请填写联合体成员单位的全称。"
    return HEADING_NOT_A_NAME.format(word=words[0]) + ask


# Bodies whose names may hold a goal's words (中国跨行业协同创新联合会, 无锡市跨行业数字化转型
# 服务平台), though they end as no company does.
BODY_ENDING = re.compile(r"(?:协会|联合会|商会|学会|平台|基地|产业园|园区|联合体|中心)$")
GOAL_NOT_A_NAME = ("“{word}”读来是整机应用目标（第 9 步勾选），不是单位名称，没有保存。"
                   "这里请填写联合体成员单位的全称。")


def goal_problem(names: list[str]) -> str | None:
    """Why a deployment goal typed at a member question is refused (全部, 本单位内部署和同行业
    复制): saved, it would stand in the plan's cell as a unit. A name ending as a unit's does
    (…有限公司) is one, whatever words it holds."""
    word = next((name for name in names if names_a_goal(name)
                 and not WHOLE_NAME.search(name) and not BODY_ENDING.search(name)), None)
    return GOAL_NOT_A_NAME.format(word=word) if word else None


YES_TO_MEMBERS = ("“{text}”不是单位名称，没有保存。已填写的成员无误请点“保持不变”；"
                  "要修改，请发送全部成员单位的名称。")


def yes_to_members(key: str) -> Callable[[Mapping[str, Any], str], str | None]:
    """Why a yes (好的, 确认) typed at the `key` member question once it has an answer is refused
    with the 保持不变 shown beside that answer: said to the bot, it names no unit. At the
    question still empty the names' own check refuses it, asking for the names."""
    def refusal(answers: Mapping[str, Any], text: str) -> str | None:
        said = text.strip()
        return YES_TO_MEMBERS.format(text=said) if answers.get(key) and CONFIRMED.fullmatch(
            said) else None

    return refusal


# A word and a colon before a name (合作企业：…, 用户方：…), or a word of a kind's making in
# brackets after it (（运营商）, （用户方）, （合作单位）), that is no kind of the column: the
# plan's cell has no such kind, and kept, the word would stand in it as part of a unit's
# name. 其他 is no sure home for it (本体企业：… is a maker), so the names are asked for again.
_UNKNOWN_LABEL = re.compile(r"([^\s：:（）()]{1,12}?)\s*[：:]")
LABEL_NOT_A_KIND = ("“{name}”中的“{word}”不是表格中的成员类别，单位名称前后不写类别。{advice}"
                    "请只发送单位名称。")
# Sent to the 其他成员 question from there, the engineer would be told to go where they are: a
# word there that is no kind (负责人：张三, 技术支撑：…) is no member at all.
LABEL_ADVICE = {
    MAKERS: "表格只分整机企业（或应用服务商）和其他成员两类，不是整机企业的成员"
            "（如合作企业、用户单位、运营商）请在“其他成员”一问填写。",
    PARTNERS: "这一问只填单位，人员、职务和分工不填入计划表。",
}


def label_problem(names: list[str], key: str) -> str | None:
    """Why a name led by a word and a colon, or followed by a kind's word in brackets, the
    column has no kind for is refused at the `key` question. A unit's own name before a colon
    (江苏省产业技术研究院：智能制造技术研究所) is no label but the parent of the unit after it."""
    for name in names:
        label = _UNKNOWN_LABEL.match(name)
        bracketed = KIND_LIKE_IN_BRACKETS.search(name)
        if label and not (MEMBER_LABEL.fullmatch(label.group(1)) or _a_parent(label.group(1))):
            word = label.group(1)
        elif bracketed and not KIND_OR_STANDING.fullmatch(bracketed.group(1)):
            word = bracketed.group(1)
        else:
            continue
        return LABEL_NOT_A_KIND.format(name=name, word=word, advice=LABEL_ADVICE[key])
    return None


def _a_parent(word: str) -> bool:
    """A unit's name (东南大学, 江苏省产业技术研究院), not a kind ending as one does (合作院所)."""
    return len(word) >= 4 and bool(WHOLE_NAME.search(word)) and not word.endswith("院所")


# A row's own number opening its line, no figure of what the row says.
ROW_NUMBER = re.compile(r"^\s*\d+(?=[\s.、])", re.MULTILINE)
FIGURE = re.compile(r"\d")
MEMBERS_NOT_DESCRIPTION = ("{names}读来是联合体成员单位，不是场景描述，没有保存。"
                           "成员单位请在第 8 步“创新应用联合体成员”填写。")


def members_table_problem(text: str) -> str | None:
    """Why a table of members pasted as a part of the description (1⇥江苏汇博…有限公司⇥整机企业↵
    2⇥常州大学⇥高校) is refused: once its cells are joined, the rows' numbers glued to the names
    (1江苏汇博…) would pass for figures of the results, or be quoted as such. A table naming
    units beside figures and no kinds (常州工厂有限公司⇥替代人工12人) is the description's."""
    rows = table_as_brackets(text)
    lines = rows.splitlines() if rows != text else []
    names = [KIND_AFTER_NAME.sub("", row) for row in lines]
    if not any(WHOLE_NAME.search(name) for name in names):
        return None
    kinds = names != lines  # a row's kind in brackets was taken off its name
    if not kinds and FIGURE.search(ROW_NUMBER.sub("", text)):
        return None
    return MEMBERS_NOT_DESCRIPTION.format(names="".join(f"“{name}”" for name in names))
