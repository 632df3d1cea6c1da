"""整机 with any word for the unit making or supplying it (整机集成商, 整机厂, 人形机器人整机企业)
labels the 整机企业, in the chat at either member question and in import: the word is the
kind's, never kept at the start of the maker's name."""

import pytest

from flows.row import consortium_cell
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members
from tests.test_members_under_other import MAKER, consortium

LABELS = ["整机集成商", "整机供应商", "整机厂", "整机生产企业", "整机制造企业", "整机研制单位",
          "整机服务商", "整机单位", "整机及应用服务商", "人形机器人整机企业", "机器人整机企业"]


@pytest.mark.parametrize("label", LABELS)
async def test_a_makers_label_worded_otherwise_typed_at_makers_files_the_bare_name(
        engineer, app, label):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(f"{label}：{MAKER}")
    assert members(app, engineer) == ([MAKER], None)
    assert not any("不是表格中的成员类别" in text for text in texts(calls))


@pytest.mark.parametrize("label", LABELS)
async def test_a_makers_label_worded_otherwise_typed_at_partners_joins_the_makers(
        engineer, app, label):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(f"{label}：{MAKER}")
    assert members(app, engineer) == ([*JOURNEY_MAKERS, MAKER], None)


@pytest.mark.parametrize("label", LABELS)
async def test_a_makers_label_worded_otherwise_typed_at_the_summary_changes_the_makers(
        engineer, app, label):
    await fill_to_summary(engineer)
    calls = await engineer.send(f"{label}：{MAKER}")
    assert members(app, engineer)[0] == [MAKER]
    assert not any("没有保存" in text for text in texts(calls))


@pytest.mark.parametrize("label", LABELS)
def test_a_makers_label_worded_otherwise_in_a_cell_is_read_as_the_makers(label):
    answers, problems = consortium(f"{label}：{MAKER} 其他：东南大学")
    assert answers == {"makers": [MAKER], "partners": ["东南大学"]}
    assert "创新应用联合体成员" not in problems


async def test_an_integrators_maker_typed_in_the_chat_survives_the_round_trip(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"整机集成商：{MAKER}")
    saved = {"makers": members(app, engineer)[0], "partners": ["东南大学"]}
    answers, problems = consortium(consortium_cell(saved))
    assert answers == saved
    assert "创新应用联合体成员" not in problems
