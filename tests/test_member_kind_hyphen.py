"""A hyphen glued to a member's kind (高校-东南大学, 企业－汇川…) is its colon, as a dash is:
the kind leaves the name, in the chat and in a file alike; a name's own hyphen (ABB-中国)
stays."""

import pytest

from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members
from tests.test_members_under_other import MAKER, SUPPLIER, consortium


@pytest.mark.parametrize("hyphen", ["-", "－"])
async def test_a_hyphen_after_a_kind_typed_at_partners_leaves_the_name(engineer, app, hyphen):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(f"高校{hyphen}东南大学、企业{hyphen}{SUPPLIER}")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["东南大学", SUPPLIER])


async def test_a_hyphen_after_kinds_typed_at_makers_files_each_by_its_kind(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"整机企业-{MAKER} 高校-东南大学")
    assert members(app, engineer) == ([MAKER], ["东南大学"])


def test_a_cell_with_a_hyphen_after_its_kinds_reads_as_the_chat():
    answers, problems = consortium(f"整机企业-{MAKER} 其他：高校-东南大学、企业－{SUPPLIER}")
    assert answers == {"makers": [MAKER], "partners": ["东南大学", SUPPLIER]}
    assert "创新应用联合体成员" not in problems


def test_a_names_own_hyphen_stays_in_the_name():
    answers, _ = consortium("ABB-中国有限公司")
    assert answers == {"makers": ["ABB-中国有限公司"]}


@pytest.mark.parametrize("dash", ["——", "—", "--"])
async def test_a_dash_after_a_word_of_a_kinds_making_typed_at_partners_leaves_the_name(
        engineer, app, dash):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(f"运营商{dash}中国移动苏州分公司、合作单位{dash}东南大学")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["中国移动苏州分公司", "东南大学"])


def test_a_cell_with_a_dash_after_a_word_of_a_kinds_making_under_other_reads_as_the_chat():
    answers, _ = consortium(f"整机企业：{MAKER} 其他：运营商——中国移动苏州分公司、高校——东南大学")
    assert answers == {"makers": [MAKER], "partners": ["中国移动苏州分公司", "东南大学"]}
