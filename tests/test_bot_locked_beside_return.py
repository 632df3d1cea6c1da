"""Words typed while the current entry is handed in and another is returned: they are meant,
most likely, for the returned one, so the refusal names it, offers its 去修改 and quotes the
words to send again; nothing is saved and the engineer stays where they were. Words that answer
no column (a yes, a greeting, a button's word, a bare number) are refused as before."""

import pytest

from flows.step_messages import LOCKED
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_other_entries import return_count, second_to_summary


async def submitted_beside_returned(engineer, suzhou) -> None:
    """#1 handed in and returned by 苏州; #2, handed in after it, the entry last worked on."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await engineer.press("✅ 提交")
    await return_count(suzhou)


async def test_words_typed_at_a_submitted_entry_name_the_returned_one(engineer, services, suzhou):
    await submitted_beside_returned(engineer, suzhou)
    said = texts(await engineer.send("部署总数：12台"))
    assert said == ["场景 #2（仓库夜间四足机器人巡检盘点）已提交，不能再修改，这条消息没有保存；"
                    "发送 /new 可填写下一个场景。被退回的场景 #1（恒远工厂电池测试—柔性插接）正待修改：如果这条消息是给场景 #1 的，"
                    "请点下面的“✏️ 去修改”，再发送一次：部署总数：12台"]
    assert "✏️ 去修改 #1" in engineer.last_buttons()
    store = services.intake.store
    assert store.current_draft_id(engineer.id) == 2
    assert store.load(1).answers["deployment_count"] == 10
    assert store.load(2).answers["deployment_count"] == 10


async def test_pressing_the_returned_entrys_button_then_sending_again_mends_it(
    engineer, services, suzhou
):
    await submitted_beside_returned(engineer, suzhou)
    await engineer.send("部署总数：12台")
    await engineer.press("✏️ 去修改 #1")
    await engineer.send("部署总数：12台")
    assert services.intake.store.load(1).answers["deployment_count"] == 12


async def test_with_two_returned_entries_both_are_named_and_none_is_opened(
    engineer, services, suzhou
):
    await submitted_beside_returned(engineer, suzhou)
    await suzhou.send("/review 2")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充部署总数。")
    await suzhou.press("📨 发送退回")
    await engineer.send("/new")
    await walk(engineer, start=1)
    await engineer.press("✅ 提交")  # #3, handed in last, is current
    said = texts(await engineer.send("部署总数：12台"))
    assert "#1" in said[-1] and "#2" in said[-1] and "场景 #3" in said[-1]
    assert {"✏️ 去修改 #1", "✏️ 去修改 #2"} <= set(engineer.last_buttons())
    assert services.intake.store.current_draft_id(engineer.id) == 3


async def test_words_typed_at_a_submitted_entry_without_a_return_are_refused_as_before(
    engineer, suzhou
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await engineer.press("✅ 提交")
    said = texts(await engineer.send("部署总数：12台"))
    assert said[0] == LOCKED.format(id=2, status="提交")
    assert engineer.last_buttons() == ["💬 联系协调员"]


async def test_words_typed_with_a_draft_in_progress_still_go_to_it(engineer, services, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await return_count(suzhou)
    said = texts(await engineer.send("部署总数：12台"))
    assert said[0] == "已记录部署总数：12 台。"
    assert services.intake.store.load(2).answers["deployment_count"] == 12


@pytest.mark.parametrize("typed", ["好的", "收到", "你好", "上一步", "修改", "提交", "10", "好的，谢谢"])
async def test_words_that_answer_no_column_are_refused_as_at_any_handed_in_entry(
    engineer, services, suzhou, typed
):
    await submitted_beside_returned(engineer, suzhou)
    said = texts(await engineer.send(typed))
    assert said[-1] == LOCKED.format(id=2, status="提交")  # after 您还有 1 个场景…待修改
    assert services.intake.store.current_draft_id(engineer.id) == 2


@pytest.mark.parametrize("typed", ["12台", "无", "恒远工厂电池测试—柔性插接", "部署总数12台，谢谢"])
async def test_words_that_could_answer_a_column_name_the_returned_entry(
    engineer, suzhou, typed
):
    await submitted_beside_returned(engineer, suzhou)
    said = texts(await engineer.send(typed))
    assert said[-1].endswith(f"请点下面的“✏️ 去修改”，再发送一次：{typed}")
    assert "✏️ 去修改 #1" in engineer.last_buttons()


@pytest.mark.parametrize("typed", ["通过", "3", "待审核"])
async def test_a_coordinators_review_words_at_their_own_handed_in_entry_are_refused_as_before(
    suzhou, province, typed
):
    await suzhou.send("/new")
    await walk(suzhou, start=1)
    await suzhou.press("✅ 提交")
    await second_to_summary(suzhou)
    await suzhou.press("✅ 提交")
    await province.send("/review 1")
    await province.press("↩️ 退回修改")
    await province.send("部署总数请改为12台。")
    await province.press("📨 发送退回")
    said = texts(await suzhou.send(typed))
    assert LOCKED.format(id=2, status="提交") in said[:3]  # 通过: after how to decide
