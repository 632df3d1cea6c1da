"""A list's marks glued between members' names (●东南大学●南京理工大学, …有限公司2、…) part
them, in the chat and in a file alike; digits a name holds (3M中国, 中国电科21所) stay its own."""

import pytest

from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members
from tests.test_members_under_other import consortium

INSTITUTES = ["东南大学", "南京理工大学", "江苏省产业技术研究院"]


@pytest.mark.parametrize("typed", ["●东南大学●南京理工大学●江苏省产业技术研究院",
                                   "①东南大学②南京理工大学③江苏省产业技术研究院",
                                   "1、东南大学2、南京理工大学3、江苏省产业技术研究院"])
async def test_marks_glued_between_names_typed_at_partners_part_them(engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, INSTITUTES)


@pytest.mark.parametrize("typed", ["1、恒远机器人有限公司2、启明智能科技有限公司",
                                   "整机企业：●恒远机器人有限公司●启明智能科技有限公司"])
async def test_marks_glued_between_names_typed_at_makers_part_them(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer)[0] == JOURNEY_MAKERS


@pytest.mark.parametrize("cell", ["整机企业：●恒远机器人有限公司●启明智能科技有限公司",
                                  "1、恒远机器人有限公司2、启明智能科技有限公司"])
def test_a_cell_with_marks_glued_between_names_reads_as_the_chat(cell):
    answers, problems = consortium(cell)
    assert answers == {"makers": JOURNEY_MAKERS}
    assert "创新应用联合体成员" not in problems


def test_digits_of_a_names_own_stay_in_it():
    answers, _ = consortium("3M中国有限公司、中国电科21所、ABB-中国有限公司")
    assert answers == {"makers": ["3M中国有限公司", "中国电科21所", "ABB-中国有限公司"]}


# A numeral glued after a name's bracket (its kind, a campus) starts the next name too.
AFTER_BRACKETS = [
    ("东南大学（高校）二、南京理工大学（高校）", ["东南大学", "南京理工大学"]),
    ("一、东南大学（高校）二、南京理工大学（高校）三、江苏省产业技术研究院", INSTITUTES),
    ("1、哈尔滨工业大学（深圳）2、东南大学", ["哈尔滨工业大学（深圳）", "东南大学"]),
    ("哈尔滨工业大学（深圳）二、中国电子科技集团公司第二十八研究所",
     ["哈尔滨工业大学（深圳）", "中国电子科技集团公司第二十八研究所"]),
    ("中国电子科技集团公司第二十八研究所、哈尔滨工业大学（深圳）",
     ["中国电子科技集团公司第二十八研究所", "哈尔滨工业大学（深圳）"]),
]


@pytest.mark.parametrize(("typed", "partners"), AFTER_BRACKETS)
async def test_a_numeral_glued_after_a_names_bracket_starts_the_next_name(
        engineer, app, typed, partners):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)


@pytest.mark.parametrize(("cell", "partners"), AFTER_BRACKETS)
def test_a_cell_with_a_numeral_glued_after_a_bracket_reads_as_the_chat(cell, partners):
    answers, problems = consortium(f"整机企业：恒远机器人有限公司、启明智能科技有限公司 其他：{cell}")
    assert answers == {"makers": JOURNEY_MAKERS, "partners": partners}
    assert "创新应用联合体成员" not in problems
