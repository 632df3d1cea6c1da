"""Names echoed for a resend, pasted with the other part of the consortium at the summary or
while fixing a returned entry: the question stays open as it was opened, with 返回汇总, and
保持不变 goes back the way the editing came, not on through the questionnaire."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_review import submitted_and_returned

HELD_PASTES = ["整机企业：优必选 达闼 其他：东南大学", "联合体：优必选 达闼，东南大学"]


@pytest.mark.parametrize("typed", HELD_PASTES)
async def test_a_held_paste_at_the_summary_goes_back_to_the_summary(engineer, typed):
    await fill_to_summary(engineer)
    await engineer.send(typed)
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert "⬅️ 返回汇总" in engineer.last_buttons()
    assert "⬅️ 上一步" not in engineer.last_buttons()
    await engineer.press("✔️ 保持不变")
    await engineer.press("✔️ 保持不变")
    assert engineer.last_text().startswith("📋 请核对场景")


@pytest.mark.parametrize("typed", HELD_PASTES)
async def test_a_held_paste_while_fixing_flagged_columns_goes_on_to_the_next_flagged(
        engineer, suzhou, typed):
    await submitted_and_returned(engineer, suzhou, "请核实联合体和台数。",
                                 "8 创新应用联合体成员", "10 部署总数")
    await engineer.press("✏️ 去修改")
    calls = await engineer.send(typed)
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert "接着修改协调员标注的下一项" not in "".join(texts(calls))
    assert "⬅️ 返回汇总" in engineer.last_buttons()
    await engineer.press("✔️ 保持不变")
    await engineer.press("✔️ 保持不变")
    assert engineer.last_text().startswith("第 10/11 步 · 部署总数")
