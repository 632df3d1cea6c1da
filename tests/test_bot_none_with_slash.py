"""/无, /暂无, /none: the words that leave an optional question empty, typed with a slash as
engineers used to commands do, read as the words; at a required question refused as 无 is,
and a real or unknown command still taken as today."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_SIMULATION = 21  # 仿真平台（可跳过）
NEXT_PART = "可规模推广的其他标志性技术产品 · 关键零部件（可跳过）"


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", ["/无", "/暂无", "/没有", "/ 无", "/none", "/NA"])
async def test_none_with_a_slash_skips_an_optional_question(engineer, app, typed):
    await walk(engineer, AT_SIMULATION)
    calls = await engineer.send(typed)
    assert NEXT_PART in texts(calls)[0]
    assert "无法识别的命令" not in "".join(texts(calls))
    assert "simulation_platform" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["/无", "/暂无", "/没有", "/none"])
async def test_none_with_a_slash_is_refused_at_a_required_question_as_without(
        engineer, app, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    plain = texts(await engineer.send(typed[1:]))
    slashed = texts(await engineer.send(typed))
    assert slashed == [text.replace(f"“{typed[1:]}”", f"“{typed}”") for text in plain]
    assert plain[0] == "此项必填，不能跳过。" or plain[0].startswith(f"“{typed[1:]}”不能作为回答")
    assert "scenario_name" not in answers(app, engineer)


async def test_unknown_and_real_commands_are_taken_as_before(engineer):
    await walk(engineer, AT_SIMULATION)
    assert texts(await engineer.send("/foo"))[0] == "无法识别的命令。发送 /help 查看可用命令。"
    assert texts(await engineer.send("/help"))[0].startswith("📖 本步填写说明（第 11 步")
    assert "仿真平台（可跳过）" in engineer.last_text()
