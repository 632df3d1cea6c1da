"""Cells written the way the chat reads a typed answer are read the same way on import."""

import pytest

from exports.cells import CellError, parse_deployment_goals, parse_product_types
from flows.row import DEPLOYMENT_GOALS

OWN_UNIT, SAME_INDUSTRY, ACROSS = DEPLOYMENT_GOALS


@pytest.mark.parametrize(("text", "chosen"), [
    ("轮式人形机器人", {"人形机器人": "轮式"}),
    ("☑轮式人形机器人 ☐四足机器人：足式/轮式/其他", {"人形机器人": "轮式"}),
    ("足式四足机器人、轮式人形机器人", {"四足机器人": "足式", "人形机器人": "轮式"}),
])
def test_a_form_written_before_its_product_is_read_as_the_chat_reads_it(text, chosen):
    assert parse_product_types(text) == {"product_types": chosen}


def test_two_forms_written_before_one_product_are_kept_for_the_rules_to_refuse():
    assert parse_product_types("轮足式人形机器人") == {"product_types": {"人形机器人": "足式/轮式"}}


@pytest.mark.parametrize(("text", "chosen"), [
    ("1、3", [OWN_UNIT, ACROSS]),
    ("第一项和第三项", [OWN_UNIT, ACROSS]),
    ("2", [SAME_INDUSTRY]),
    ("全部", list(DEPLOYMENT_GOALS)),
])
def test_goals_named_by_their_numbers_are_read_as_the_chat_reads_them(text, chosen):
    assert parse_deployment_goals(text) == {"deployment_goals": chosen}


def test_a_goal_number_the_template_does_not_have_is_refused():
    with pytest.raises(CellError, match="^整机应用目标只有 3 项"):
        parse_deployment_goals("1、4")
