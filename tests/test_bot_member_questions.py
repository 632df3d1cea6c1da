"""A member answer opened by a question (为什么要写大学？我们只有恒远机器人有限公司) is not saved:
the question is answered from 填写说明 8 and the words after it quoted to be sent alone, never
stored as one member named with the question. Names with no question, and words plainly for the
coordinator at a returned draft, are read as before."""

import pytest

from flows.member_questions import question_first
from tests.fake_bot_api import texts
from tests.journey import JOURNEY, walk
from tests.test_bot_review import submitted_and_returned

AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
AT_PARTNERS = AT_MAKERS + 1
ASKED = "“为什么要写大学？”是在提问，这条没有保存。"
SEND_ALONE = "要填“恒远机器人有限公司”，请单独发送。"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def test_a_question_opening_the_other_members_is_answered_and_nothing_saved(
        services, engineer):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("为什么要写大学？我们只有恒远机器人有限公司")
    assert texts(calls)[0] == (
        ASKED + "这一问填参与联合攻关的科研院所、零部件或模型算法企业等其他成员，选填，没有可点"
        "“跳过”；整机企业（或应用服务商）在上一问填写，至少一家（填写说明 8）。" + SEND_ALONE)
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert "partners" not in answers(services, engineer)


async def test_a_question_opening_the_makers_is_answered_and_nothing_saved(services, engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("为什么要写大学？我们只有恒远机器人有限公司")
    assert texts(calls)[0] == (
        ASKED + "这一问填参与联合攻关的整机企业（或应用服务商），至少一家；科研院所、高校、零部件或"
        "模型算法企业等其他成员在下一问填写，没有可跳过（填写说明 8）。" + SEND_ALONE)
    assert "makers" not in answers(services, engineer)


async def test_a_question_before_members_of_both_kinds_files_none(services, engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("一定要写高校吗？恒远机器人有限公司、东南大学")
    assert texts(calls)[0].endswith("要填“恒远机器人有限公司、东南大学”，请单独发送。")
    assert "makers" not in answers(services, engineer)
    assert "partners" not in answers(services, engineer)


async def test_the_names_sent_alone_after_the_answer_are_saved(services, engineer):
    await walk(engineer, AT_MAKERS)
    await engineer.send("能否只填一家？恒远机器人有限公司")
    await engineer.send("恒远机器人有限公司")
    assert answers(services, engineer)["makers"] == ["恒远机器人有限公司"]


@pytest.mark.parametrize("typed", [
    "为什么要写大学？我们只有恒远机器人有限公司", "能否只填一家？恒远机器人有限公司",
    "是否必须有高校? 东南大学", "大学也要写吗？东南大学", "要不要写零部件企业？恒远机器人有限公司"])
def test_a_member_answer_opened_by_a_question_is_read_so(typed):
    assert question_first(typed)


@pytest.mark.parametrize("typed", [
    "恒远机器人有限公司、东南大学", "东南大学？南京大学", "恒远机器人有限公司，为什么要写大学？",
    "中国科学院自动化研究所、可以科技有限公司", "宇树科技（是否必须本地企业？）",
    "恒远机器人有限公司（是否含子公司？）、启明智能科技有限公司",
    "整机企业：恒远机器人有限公司；其他成员：东南大学（是否需要盖章？）"])
def test_names_opened_by_no_question_are_not_read_so(typed):
    assert not question_first(typed)


async def test_words_for_the_coordinator_at_a_returned_member_question_are_offered_to_send(
        services, engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请补充高校成员。", "8 创新应用联合体成员")
    await engineer.press("✏️ 去修改")
    said = texts(await engineer.send("为什么退回？我们只有恒远机器人有限公司"))
    assert any("像是写给协调员" in text for text in said)
    assert "💬 发给协调员" in engineer.last_buttons()
    assert answers(services, engineer)["makers"] == ["恒远机器人有限公司", "启明智能科技有限公司"]


async def test_a_question_about_the_column_at_a_returned_draft_is_answered(
        services, engineer, suzhou):
    await submitted_and_returned(engineer, suzhou, "请补充高校成员。", "8 创新应用联合体成员")
    await engineer.press("✏️ 去修改")
    said = texts(await engineer.send("为什么要写大学？我们只有恒远机器人有限公司"))
    assert said[0].startswith(ASKED)
    assert answers(services, engineer)["makers"] == ["恒远机器人有限公司", "启明智能科技有限公司"]


@pytest.mark.parametrize("typed", [
    "恒远机器人有限公司、启明智能科技有限公司（还需要加高校吗？）",
    "恒远机器人有限公司（是否含子公司？）、启明智能科技有限公司"])
async def test_a_question_in_brackets_after_a_name_is_not_refused_with_a_broken_quote(
        services, engineer, typed):
    """The question in brackets is no opening question: the list is read as before."""
    await walk(engineer, AT_MAKERS)
    said = texts(await engineer.send(typed))
    assert not any("是在提问" in text or "要填“）" in text for text in said)
    assert "makers" in answers(services, engineer)


@pytest.mark.parametrize(("typed", "question"), [
    ("其他成员必须填吗？我们没有", "其他成员必须填吗？"),
    ("什么是整机企业？我们是做机器人本体的，恒远机器人有限公司", "什么是整机企业？"),
    ("必须加高校吗？我们找了东南大学", "必须加高校吗？")])
async def test_spoken_words_after_a_question_are_not_quoted_as_what_to_send(
        services, engineer, typed, question):
    await walk(engineer, AT_MAKERS)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{question}”是在提问，这条没有保存。")
    assert "要填" not in said[0]
    assert "makers" not in answers(services, engineer)
