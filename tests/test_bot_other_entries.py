"""Typed words always go to the current draft. With other entries, where they could have been
meant for another: a typed 提交 only shows the summary to press, a return notice says where
typed words go, and a typed change to a column a returned entry must change is named."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk

WAREHOUSE = "仓库夜间四足机器人巡检盘点"


async def second_to_summary(engineer) -> None:
    """#2, begun with /new after #1 was handed in, complete at its summary."""
    await engineer.send("/new")
    await walk(engineer, 4, start=1)
    await engineer.send(WAREHOUSE)
    await walk(engineer, start=5)


async def return_count(suzhou) -> list:
    """苏州 returns #1 asking for 部署总数 (column 10) to change; the calls of sending it."""
    await suzhou.send("/review 1")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署总数请改为12台。")
    await suzhou.press("☐ 10 部署总数")
    return await suzhou.press("📨 发送退回")


@pytest.mark.parametrize("word", ["提交", "提交吧", "确认提交"])
async def test_typed_submit_with_another_entry_shows_the_summary_to_press(
    engineer, services, word
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await engineer.send("/drafts")
    await engineer.press("打开 #1")
    said = texts(await engineer.send(word))
    assert services.intake.store.info(2).status.value == "draft"
    assert f"场景 #2（{WAREHOUSE}）" in said[0] and "✅ 提交" in said[0]
    assert "✅ 提交" in engineer.last_buttons()
    await engineer.press("✅ 提交")  # the button still hands it in
    assert services.intake.store.info(2).status.value == "submitted"


async def test_typed_submit_of_the_only_entry_submits(engineer, services):
    await fill_to_summary(engineer)
    said = texts(await engineer.send("提交"))
    assert said[0].startswith("✅ 场景 #1 已提交")
    assert services.intake.store.info(1).status.value == "submitted"


async def test_return_notice_says_typed_words_go_to_the_draft_in_progress(engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await return_count(suzhou)
    notice = engineer.last_text()
    assert "部署总数请改为12台。" in notice and f"#2 {WAREHOUSE}" in notice
    assert "发送的文字都填入该场景" in notice
    assert "✏️ 去修改" in engineer.last_buttons()


async def test_return_notice_without_another_draft_is_unchanged(engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await return_count(suzhou)
    assert "发送的文字都填入该场景" not in engineer.last_text()


async def test_typed_change_of_a_column_a_return_asks_for_names_the_draft_and_old_value(
    engineer, services, suzhou
):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await return_count(suzhou)
    said = texts(await engineer.send("部署总数：12台"))
    assert said[0] == "已记录部署总数：12 台。"
    warning = next(t for t in said if t.startswith("⚠️"))
    assert f"场景 #2（{WAREHOUSE}）" in warning and "原为：10台" in warning
    assert "#1 也被要求修改第 10 项“部署总数”" in warning
    assert services.intake.store.load(2).answers["deployment_count"] == 12
    await engineer.press("✏️ 去修改 #1")
    assert services.intake.store.current_draft_id(engineer.id) == 1
    await engineer.send("12台")
    assert services.intake.store.load(1).answers["deployment_count"] == 12


async def test_answer_at_the_column_a_return_asks_for_says_it_was_blank(engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, 4, start=1)
    await engineer.send(WAREHOUSE)
    await walk(engineer, 18, start=5)  # #2 at 部署总数
    await return_count(suzhou)
    said = texts(await engineer.send("12台"))
    warning = next(t for t in said if t.startswith("⚠️"))
    assert "原来未填写" in warning and "改回" not in warning
    assert "✏️ 去修改 #1" in engineer.last_buttons()


async def test_typed_change_of_another_column_is_answered_as_before(engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await return_count(suzhou)
    said = texts(await engineer.send("场景名称：仓库夜间巡检（改）"))
    assert not any(t.startswith("⚠️") for t in said)
    assert "✏️ 去修改 #1" not in engineer.last_buttons()


async def test_no_warning_once_the_returned_column_is_fixed(engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await return_count(suzhou)
    await engineer.press("✏️ 去修改")
    await engineer.send("12台")  # #1 fixed
    await engineer.send("/drafts")
    await engineer.press("打开 #2")
    said = texts(await engineer.send("部署总数：11台"))
    assert not any(t.startswith("⚠️") for t in said)


async def test_a_warned_change_put_back_is_not_warned_again(engineer, services, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await return_count(suzhou)
    await engineer.send("部署总数：12台")  # warned: #2 was 10台, as #1 still is
    said = texts(await engineer.send("部署总数：10台"))
    assert not any(t.startswith("⚠️") for t in said)
    assert "✏️ 去修改 #1" not in engineer.last_buttons()
    assert services.intake.store.load(2).answers["deployment_count"] == 10


async def test_a_column_of_two_parts_changed_in_one_part_is_warned(engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await second_to_summary(engineer)
    await suzhou.send("/review 1")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请修改用户单位。")
    await suzhou.press("☐ 2 用户单位")
    await suzhou.press("📨 发送退回")
    said = texts(await engineer.send("用户单位：苏州市/苏州新远电池有限公司"))  # the city as #1's
    assert any(t.startswith("⚠️") and "#1 也被要求修改第 2 项" in t for t in said)
    assert "✏️ 去修改 #1" in engineer.last_buttons()
