"""A filled-in 工作计划表 (or a Word or PDF of it) sent in the chat is not read: the sender is
told so plainly and what to do instead, the engineer then asked the current question again,
nothing saved. A photo is asked for in words as before."""

import pytest

from flows.sent_files import FOR_COORDINATOR, FOR_ENGINEER
from flows.step_messages import CAPTION_NOT_SAVED
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, fill_to_summary, walk


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


@pytest.mark.parametrize("name", ["工作计划表.xlsx", "场景申报.DOCX", "附件1.et", "计划表.pdf"])
async def test_a_table_sent_mid_intake_is_said_unread_and_the_question_asked_again(
        services, engineer, name):
    await walk(engineer, AT_SCENARIO_NAME)
    before = dict(answers(services, engineer))
    said = texts(await engineer.send_document(name))
    assert said[0] == FOR_ENGINEER.format(name=name)
    assert said[1].startswith("第 3/11 步 · 场景名称")
    assert answers(services, engineer) == before


async def test_a_table_sent_at_the_summary_is_said_unread_before_the_summary(engineer):
    await fill_to_summary(engineer)
    said = texts(await engineer.send_document("工作计划表.xlsx"))
    assert said[0] == FOR_ENGINEER.format(name="工作计划表.xlsx")
    assert said[1].startswith("📋 请核对场景")


async def test_a_table_sent_by_a_coordinator_points_to_lint_and_import(suzhou):
    said = texts(await suzhou.send_document("苏州市工作计划表.xlsx"))
    assert said[0] == FOR_COORDINATOR.format(name="苏州市工作计划表.xlsx")


async def test_a_photo_or_other_file_is_asked_for_in_words_as_before(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    for sent in (engineer.send_photo(), engineer.send_document("现场.jpg")):
        said = texts(await sent)
        assert said[0] == "请用文字回答。"


async def test_a_table_sent_with_words_says_the_words_were_not_saved_too(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send_document("表.xlsx", caption="恒远工厂电池测试—柔性插接"))
    assert said[:2] == [FOR_ENGINEER.format(name="表.xlsx"), CAPTION_NOT_SAVED]


async def test_words_sent_with_a_file_at_the_summary_are_said_not_saved(engineer):
    await fill_to_summary(engineer)
    said = texts(await engineer.send_photo(caption="部署总数改为12台"))
    assert said[0] == CAPTION_NOT_SAVED
    assert said[1].startswith("📋 请核对场景")
