"""What a question offers to reuse from the engineer's other scenarios (flows/reuse.py)."""

import pytest

from flows.draft import Draft, Status
from flows.reuse import Reuse, fingerprint, offered, reusable
from flows.screens import Screen

FIRST = {"city": "苏州市", "enterprise": "苏州恒远精密制造有限公司",
         "makers": ["恒远机器人有限公司"], "partners": ["东南大学"]}
AT_UNIT = Draft(7, "enterprise", {"city": "苏州市"})
AT_MEMBERS = Draft(7, "makers", {"city": "苏州市", "enterprise": "苏州恒远精密制造有限公司"})


def shown(draft: Draft, others) -> Screen:
    return offered(Screen(at=draft.cursor, text="问题"), draft, others)


@pytest.mark.parametrize(("draft", "wanted"), [
    (AT_UNIT, "苏州恒远精密制造有限公司"),
    (AT_MEMBERS, "整机企业（或应用服务商）：恒远机器人有限公司 其他：东南大学"),
])
def test_an_unanswered_question_reuses_the_other_scenarios_answer(draft, wanted):
    assert reusable(draft, FIRST) == wanted


@pytest.mark.parametrize("draft", [
    Draft(7, "enterprise", {"city": "无锡市"}),  # another city: another unit
    Draft(7, "enterprise", {}),  # no city yet
    Draft(7, "enterprise", {"city": "苏州市", "enterprise": "苏州恒远动力电池有限公司"}),
    Draft(7, "makers", {**AT_MEMBERS.answers, "makers": ["优必选科技股份有限公司"]}),
    Draft(7, "makers", {**AT_MEMBERS.answers, "partners": ["东南大学"]}),
    Draft(7, "enterprise", {"city": "苏州市"}, status=Status.RETURNED),
    Draft(7, "scenario_name", {"city": "苏州市", "enterprise": "苏州恒远精密制造有限公司"}),
])
def test_nothing_is_reused_where_the_question_is_answered_or_another(draft):
    assert reusable(draft, FIRST) is None


def test_the_newest_scenario_with_an_answer_is_offered():
    others = [(9, {"city": "无锡市", "enterprise": "无锡某某有限公司"}), (8, {}), (3, FIRST)]
    screen = shown(AT_UNIT, others)
    assert screen.choices[-1][0].label == "沿用：苏州恒远精密制造有限公司"
    assert screen.choices[-1][0].action == Reuse(3, fingerprint("苏州恒远精密制造有限公司"))
    assert screen.text == "问题"


def test_the_members_offered_are_shown_above_their_button():
    screen = shown(AT_MEMBERS, [(3, FIRST)])
    assert screen.text.endswith("\n场景 #3 填写的是：整机企业（或应用服务商）：恒远机器人有限公司 其他：东南大学")
    assert screen.choices[-1][0].label == "沿用场景 #3 的联合体成员"


def test_nothing_to_reuse_leaves_the_question_as_it_is():
    assert shown(AT_UNIT, [(3, {"city": "苏州市"})]) == Screen(at="enterprise", text="问题")
