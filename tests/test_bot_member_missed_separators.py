"""A ？ ? 。 or ！ typed between two members' whole names where a separator key was missed
(东南大学？南京大学) parts them, at the member questions, at the summary and in the import: it
was saved as one member with the mark inside. Before a name that is not whole it is kept and
the echo asks. An opening question (为什么要写大学？…) is answered before the names are read
(tests/test_bot_member_questions.py)."""

import pytest

from bot.file_checks import row_notes
from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk
from tests.test_bot_consortium import JOURNEY_MAKERS, members

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
MAKERS = ["恒远机器人有限公司", "启明智能科技有限公司"]
UNIVERSITIES = ["东南大学", "南京大学"]
MARKED = ["东南大学？南京大学", "东南大学?南京大学", "东南大学。南京大学", "东南大学！南京大学",
          "东南大学 ？ 南京大学", "东南大学？？南京大学"]


@pytest.mark.parametrize("typed", MARKED)
async def test_universities_parted_by_a_mark_at_the_makers_are_two_other_members(
        app, engineer, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert "已记录 2 家单位：东南大学；南京大学。" in texts(calls)[0]
    assert members(app, engineer) == (None, UNIVERSITIES)


@pytest.mark.parametrize("typed", MARKED)
async def test_universities_parted_by_a_mark_at_the_other_members_are_two(app, engineer, typed):
    await walk(engineer, AT_MAKERS + 1)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "已记录 2 家单位：东南大学；南京大学。"
    assert texts(calls)[-1].startswith("第 9/11 步")
    assert members(app, engineer) == (JOURNEY_MAKERS, UNIVERSITIES)


async def test_companies_parted_by_a_question_mark_are_two_makers(app, engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("恒远机器人有限公司？启明智能科技有限公司")
    assert texts(calls)[0] == "已记录 2 家单位：恒远机器人有限公司；启明智能科技有限公司。"
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert members(app, engineer) == (MAKERS, None)


async def test_a_mark_before_a_name_that_is_not_whole_is_asked_about(app, engineer):
    await walk(engineer, AT_MAKERS + 1)
    calls = await engineer.send("优必选？东南大学")
    assert texts(calls)[0] == ("已记录 1 家单位：优必选？东南大学。如是多家单位，请用“、”分隔后"
                               "重新发送，将替换上面的记录；无误请点“保持不变”。")
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    await engineer.send("优必选科技股份有限公司、东南大学")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["优必选科技股份有限公司", "东南大学"])


async def test_members_parted_by_a_mark_at_the_summary_are_two(app, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("其他：东南大学？南京大学")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert members(app, engineer) == (JOURNEY_MAKERS, UNIVERSITIES)


@pytest.mark.parametrize(("cell", "stored"), [
    ("恒远机器人有限公司？启明智能科技有限公司", {"makers": MAKERS}),
    ("整机企业（或应用服务商）：恒远机器人有限公司 其他：东南大学。南京大学",
     {"makers": ["恒远机器人有限公司"], "partners": UNIVERSITIES})])
def test_the_import_parts_members_at_a_mark_as_the_chat_does(cell, stored):
    assert import_row(5, {"index": "1", "consortium": cell}).answers == stored


def test_the_import_notes_a_mark_before_a_name_that_is_not_whole_as_the_chat_asks():
    row = import_row(5, {"index": "1", "consortium": "恒远机器人有限公司、优必选？东南大学"})
    assert row.answers == {"makers": ["恒远机器人有限公司"], "partners": ["优必选？东南大学"]}
    assert row_notes(row.answers) == (
        "创新应用联合体成员“优必选？东南大学”按一家单位记录，如是多家单位请用“、”分隔",)
