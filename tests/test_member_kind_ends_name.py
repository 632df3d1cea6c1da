"""A kind in brackets closes its member's name: the next member may follow it straight away,
with no separator, in the chat and in a file alike."""

import pytest

from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, members
from tests.test_members_under_other import consortium

GLUED = [
    "优必选科技股份有限公司（企业）东南大学（高校）",
    "优必选科技股份有限公司【整机企业】东南大学[大学]",
]


@pytest.mark.parametrize("typed", GLUED)
async def test_a_member_right_after_a_kind_in_brackets_is_the_next_member(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学"])


@pytest.mark.parametrize("cell", GLUED)
def test_a_cell_with_a_member_right_after_a_kind_in_brackets_reads_as_the_chat(cell):
    answers, problems = consortium(cell)
    assert answers == {"makers": ["优必选科技股份有限公司"], "partners": ["东南大学"]}
    assert "创新应用联合体成员" not in problems
