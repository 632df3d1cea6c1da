"""The bot's own commands typed with a Chinese input method on (／start, 、help): Telegram takes
them for text, and they ran no command but were saved as the answer."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk

STEP_HELP = "📖 本步填写说明（第 "  # /help on a question: its own items (flows/help_of_step.py)


@pytest.mark.parametrize("typed", ["／start", "、start", "、 start。", "／ｓｔａｒｔ"])
async def test_start_with_a_chinese_slash_continues_and_saves_nothing(engineer, services, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert any(t.startswith("继续填写场景 #1") for t in texts(calls))
    assert "enterprise" not in services.intake.store.load(1).answers


@pytest.mark.parametrize("typed", ["、help", "／help"])
async def test_help_with_a_chinese_slash_shows_the_help(engineer, services, typed):
    await walk(engineer, AT_ENTERPRISE)
    assert texts(await engineer.send(typed))[0].startswith(STEP_HELP)
    assert "enterprise" not in services.intake.store.load(1).answers


async def test_only_a_command_name_after_a_chinese_slash_runs_it(engineer, services):
    await walk(engineer, AT_ENTERPRISE)
    assert texts(await engineer.send("、help"))[0].startswith(STEP_HELP)
    await engineer.send("、苏州汇川精密电子有限公司")
    assert services.intake.store.load(1).answers["enterprise"] == "、苏州汇川精密电子有限公司"
