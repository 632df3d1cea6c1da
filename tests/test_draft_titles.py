"""How a draft is named to its engineer: by number and name, and by its unit in brackets until
named, in lists and notices as above a question; told apart from another draft in progress
inside a sentence, in brackets."""

import pytest

from flows.cards import short_title

NAMED = {"enterprise": "苏州恒远动力电池有限公司", "scenario_name": "恒远工厂电池测试—柔性插接"}
UNIT_ONLY = {"enterprise": "苏州恒远动力电池有限公司"}


@pytest.mark.parametrize(("answers", "title"), [
    (NAMED, "#3 恒远工厂电池测试—柔性插接"),
    (UNIT_ONLY, "#3 （苏州恒远动力电池有限公司）"),
    ({}, "#3 （未命名场景）"),
])
def test_a_draft_in_a_list_is_named_by_its_scenario_name_or_else_its_unit(answers, title):
    assert short_title(3, answers) == title


@pytest.mark.parametrize(("answers", "title"), [
    (NAMED, "#3（恒远工厂电池测试—柔性插接）"),
    (UNIT_ONLY, "#3（苏州恒远动力电池有限公司）"),
    ({}, "#3（未命名场景）"),
])
def test_a_draft_told_apart_from_another_is_named_by_its_unit_until_it_has_a_name(
        answers, title):
    assert short_title(3, answers, apart=True) == title
