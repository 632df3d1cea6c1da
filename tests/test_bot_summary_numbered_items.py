"""A later item at the summary named by its bare number after a short answer (部署总数：12台，
11. 恒远关节模组) is read as 第11项： is there, and lines after a count that its reader would drop
are said unsaved; numbers of a list within an answer stay its words."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_summary_changes import changed_by


def cursor(services, engineer) -> str:
    return services.intake.store.current(engineer.id).cursor


@pytest.mark.parametrize("typed", [
    "部署总数：12台，11. 恒远关节模组", "部署总数：12台，11、恒远关节模组",
    "部署总数：12台\n11. 恒远关节模组", "部署总数：12台，第11项：恒远关节模组",
])
async def test_a_later_item_named_by_its_number_after_a_count_is_a_change_of_its_own(
        services, engineer, typed):
    await fill_to_summary(engineer)
    assert await changed_by(services, engineer, typed) == {
        "deployment_count": 12, "key_components": "恒远关节模组"}
    assert cursor(services, engineer) == "summary"


async def test_a_line_after_a_count_is_said_unsaved(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：12台\n我的草稿")
    assert "这条消息中以下内容没有保存：我的草稿。" in texts(calls)[0]
    assert services.intake.store.current(engineer.id).answers["deployment_count"] == 12
    assert cursor(services, engineer) == "summary"


@pytest.mark.parametrize(("typed", "changed"), [
    ("部署总数：12台，其中人形4台、四足8台", {"deployment_count": 12}),
    ("部署总数：12台（1. 人形4台；2. 四足8台）", {"deployment_count": 12}),
    ("技术指标：\n1. 识别准确率不低于98%\n6. 单次插拔节拍≤15秒\n11. 成功率不低于99%",
     {"indicators": "1. 识别准确率不低于98%\n6. 单次插拔节拍≤15秒\n11. 成功率不低于99%"}),
    ("技术指标：1. 识别准确率不低于98%，11. 单次插拔节拍≤15秒",
     {"indicators": "1. 识别准确率不低于98%，11. 单次插拔节拍≤15秒"}),
])
async def test_a_numbered_list_within_an_answer_stays_its_words(
        services, engineer, typed, changed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    # nothing read as another item and lost; the count's own remark is quoted as not kept
    # (test_bot_count_remarks)
    assert not [line for text in texts(calls) for line in text.splitlines()
                if "没有保存" in line and "本题只记一个合计台数" not in line]
    answers = services.intake.store.current(engineer.id).answers
    assert {key: answers[key] for key in changed} == changed
