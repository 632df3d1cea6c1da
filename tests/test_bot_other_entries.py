"""Typed words always go to the current draft. With other entries, where they could have been
meant for another: a typed 提交 only shows the summary to press."""

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
