"""A run of Chinese numerals cn2an fails on (十一十一…, which raises a KeyError inside it) is
read as no number: the engineer gets the question's own reply, never the apology for an error."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

AT_SUB_DIRECTION, AT_PAIN = 6, 7


@pytest.mark.parametrize("moves", [AT_SCENARIO_NAME, AT_SUB_DIRECTION, AT_PAIN])
@pytest.mark.parametrize("typed", ["十一十一", "十一" * 20 + "x"])
async def test_numerals_cn2an_fails_on_get_the_questions_reply(app, engineer, moves, typed):
    await walk(engineer, moves)
    said = texts(await engineer.send(typed))
    assert app.bot_data["errors"] == []
    assert not any("出了点问题" in text for text in said)
