"""A change typed for another of the engineer's scenarios while one is being filled.

An engineer whose scenario #1 came back from review while #2 is being filled types the change
the coordinator asked for where they are: 场景1部署总数改成20台, #1 部署总数改为20台, 上一个场景的
部署总数是20台, 恒远那个改成20台. Read against #2's question, it would be saved as #2's name or
pain point. A message that opens by naming a scenario (`#1`, `场景1`, `第一个场景`, `上一个场景`,
or, by a word of its name or unit, `恒远那个`, `恒远的`) and goes on with a question's label or a
change (部署总数…, 改成…, 改为…) is a change of that scenario: never the current one's answer. Named
so, the current scenario itself has its change read as typed without the name. A name alone
before other words (#2厂房AGV转运, 部署10台巡检机器人的变电站巡检) is an answer as ever.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows.cards import short_title
from flows.draft import Status
from flows.menus import fix_button
from flows.question_names import labelled
from flows.screens import Button
from flows.step_messages import LOCKED_STATUS

_NUMERALS = {word: number for number, word in enumerate("一二三四五六七八九十", start=1)}
_SCENARIO = r"(?:场景|草稿)"
# Its spaces all at once (a name or #1 starts with none): shared between it and the \s* after,
# 4,000 spaces were read in millions of ways before #1 was found missing.
_ASKING = r"(?:请|麻烦|帮我)?(?:把|将)?\s*+"
_NAMED = re.compile(
    rf"{_ASKING}(?:{_SCENARIO}?\s*[#＃]\s*(?P<number>\d{{1,6}})|{_SCENARIO}\s*(?P<plain>\d{{1,6}})"
    rf"|第\s*(?P<nth>\d{{1,2}}|[一二三四五六七八九十])\s*个{_SCENARIO}"
    rf"|(?P<before>上一?个|前一个){_SCENARIO})(?!\d)\s*(?:的|那个|那份)?[\s，,、：:]*")
# A word of another scenario's name or unit before 那个 or 的 (恒远那个, 恒远的部署总数).
_BY_NAME = re.compile(rf"{_ASKING}(?P<name>[^\W\d_]{{2,12}}?)(?:的那个|那个|那份|的)[\s，,、：:]*")
# A change said without naming the item: 改成20台, 应为20台.
_CHANGE = re.compile(r"(?:要|需要)?(?:修改为|更改为|调整为|改成|改为|换成|应为|应是|应该是|改到)")
_LONGEST_LABEL = 8  # 现状与痛点, 部署总数, 场景名称: a label is a few words

ELSEWHERE = "这条消息读来是对场景 {named}的修改，没有保存，也没有填入正在填写的场景 {current}。"
TO_RETURNED = "要修改场景 #{id}，请点下面的“✏️ 去修改 #{id}”打开它再改。"
TO_DRAFT = "要修改场景 #{id}，请发送 /drafts 切换到它再改。"
TO_LOCKED = ("场景 #{id} 已{status}，不能再修改；如需修改，请发送 /drafts 打开它，点“💬 联系协调员”"
             "说明，由协调员退回后再改。")
UNKNOWN = ("这条消息读来是对某个场景的修改（{said}），看不出是您的哪一个场景，没有保存，"
           "也没有填入正在填写的场景 {current}。要修改的是其他场景，请发送 /drafts 打开它再改。")
GO_ON = "请继续填写当前场景："
NAMES = ("scenario_name", "enterprise")  # what a scenario is called by


@dataclass(frozen=True)
class Scenario:
    """One of the engineer's scenarios, as a message may name it."""

    id: int
    status: Status
    answers: Mapping[str, Any]


@dataclass(frozen=True)
class Named:
    """A change typed for a scenario: `target`, the one named, None where the words name none
    of the engineer's (#5, 上一个场景 before the first) or several (恒远 of each); `change`, the
    words after the name."""

    said: str
    target: Scenario | None
    change: str


def may_name(text: str) -> bool:
    """Does `text` open as a change named for a scenario does? Only then are the engineer's
    scenarios looked up, as this is asked of every message typed."""
    opening = _NAMED.match(text) or _BY_NAME.match(text)
    return bool(opening) and _changes(text[opening.end():].strip())


def named_scenario(text: str, current: int, owned: Sequence[Scenario]) -> Named | None:
    """The scenario `text` opens by naming, if a change of it follows; `owned`, the engineer's
    scenarios. A word of a name held by several of them (the unit they share) names none for
    sure; held by none, it is no name but the answer's own words."""
    ordered = sorted(owned, key=lambda scenario: scenario.id)
    if numbered := _NAMED.match(text):
        target = _by_number(numbered, current, ordered)
    elif (numbered := _BY_NAME.match(text)) and (holders := _holding(numbered["name"], ordered)):
        target = holders[0] if len(holders) == 1 else None
    else:
        return None
    change = text[numbered.end():].strip()
    if not _changes(change):
        return None
    return Named(numbered.group().strip(" ，,、：:"), target, change)


def _by_number(named: re.Match[str], current: int, ordered: Sequence[Scenario]
               ) -> Scenario | None:
    ids = {scenario.id: scenario for scenario in ordered}
    if number := named["number"] or named["plain"]:
        return ids.get(int(number))
    if nth := named["nth"]:
        index = int(nth) if nth.isdigit() else _NUMERALS[nth]
        return ordered[index - 1] if 0 < index <= len(ordered) else None
    earlier = [scenario for scenario in ordered if scenario.id < current]
    return earlier[-1] if earlier else None


def _holding(word: str, ordered: Sequence[Scenario]) -> list[Scenario]:
    """The scenarios whose name or unit holds `word` (恒远)."""
    return [scenario for scenario in ordered
            if any(word in str(scenario.answers.get(key) or "") for key in NAMES)]


def _changes(text: str) -> bool:
    """Do the words after a scenario's name say a change: a question's label first (部署总数…,
    场景名称…), or a change's verb (改成20台)?"""
    if _CHANGE.match(text):
        return True
    return any(labelled(text[:end]) for end in range(2, min(len(text), _LONGEST_LABEL) + 1))


def refusal(named: Named, current: Scenario) -> tuple[str, tuple[Button, ...]]:
    """Why nothing was saved and how to change the scenario named, with 去修改 for one returned;
    then the current question is asked again."""
    here = short_title(current.id, current.answers, apart=True)
    target = named.target
    if target is None:
        return UNKNOWN.format(said=named.said, current=here) + GO_ON, ()
    said = ELSEWHERE.format(named=short_title(target.id, target.answers, apart=True),
                            current=here)
    if target.status == Status.RETURNED:
        button = fix_button(target.id)
        return said + TO_RETURNED.format(id=target.id) + GO_ON, (button,)
    if target.status == Status.DRAFT:
        return said + TO_DRAFT.format(id=target.id) + GO_ON, ()
    status = LOCKED_STATUS.get(target.status, "锁定")
    return said + TO_LOCKED.format(id=target.id, status=status) + GO_ON, ()
