"""Words said before the members' names (我们只有恒远机器人有限公司, 目前只有东南大学, 我们是…)
are not saved as part of a name, at the member questions, at the summary and in the import: the
name was saved with them. A 是 that may be a name's own (是德科技) is kept; 我们 said straight
before a name, or other words of speech left in one, are asked about."""

import pytest

from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk
from tests.test_bot_consortium import JOURNEY_MAKERS, members

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
MAKER = "恒远机器人有限公司"
ASKED = "如名称有误，请改正后重新发送，将替换上面的记录；无误请点“保持不变”。"


@pytest.mark.parametrize("typed", [
    "我们只有恒远机器人有限公司", "只有恒远机器人有限公司", "我们是恒远机器人有限公司",
    "目前只有恒远机器人有限公司", "我们这边只有恒远机器人有限公司",
    "我们只有一家，恒远机器人有限公司", "我们就一家：恒远机器人有限公司"])
async def test_words_said_before_the_only_maker_are_not_saved(app, engineer, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert members(app, engineer) == ([MAKER], None)


@pytest.mark.parametrize(("typed", "partners"), [
    ("目前只有东南大学", ["东南大学"]), ("我们只有东南大学和南京大学", ["东南大学", "南京大学"]),
    ("现在是东南大学", ["东南大学"])])
async def test_words_said_before_the_other_members_are_not_saved(app, engineer, typed, partners):
    await walk(engineer, AT_MAKERS + 1)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 9/11 步")
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)


async def test_a_name_beginning_with_is_keeps_it_after_the_words_said(app, engineer):
    await walk(engineer, AT_MAKERS)
    await engineer.send("我们是德科技（中国）有限公司")
    assert members(app, engineer) == (["是德科技（中国）有限公司"], None)


@pytest.mark.parametrize(("typed", "key"), [
    ("我们恒远机器人有限公司", "makers"), ("我们找了东南大学", "partners")])
async def test_words_of_speech_left_in_a_name_are_asked_about(app, engineer, typed, key):
    await walk(engineer, AT_MAKERS + (key == "partners"))
    calls = await engineer.send(typed)
    assert f"已记录 1 家单位：{typed}。{ASKED}" in "\n".join(texts(calls))
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）" if key == "partners" else "第 8/11 步（1/2）")


async def test_the_name_sent_after_the_question_replaces_it(app, engineer):
    await walk(engineer, AT_MAKERS)
    await engineer.send("我们恒远机器人有限公司")
    calls = await engineer.send(MAKER)
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert members(app, engineer) == ([MAKER], None)


async def test_words_said_before_members_at_the_summary_are_not_saved(app, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("整机企业：我们只有恒远机器人有限公司 其他：目前只有东南大学")
    assert texts(calls)[-1].startswith("📋 请核对场景")
    assert members(app, engineer) == ([MAKER], ["东南大学"])


@pytest.mark.parametrize("cell", [
    "我们只有恒远机器人有限公司、东南大学",
    "整机企业（或应用服务商）：我们只有恒远机器人有限公司 其他：目前只有东南大学"])
def test_the_import_drops_words_said_before_members_as_the_chat_does(cell):
    assert import_row(5, {"index": "1", "consortium": cell}).answers == {
        "makers": [MAKER], "partners": ["东南大学"]}
