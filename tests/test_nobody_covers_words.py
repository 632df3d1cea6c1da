"""With no coordinator for an entry's city, no sentence still tells the engineer to press a
button that writes to one: each says plainly that nobody is set up for the city yet."""

import pytest

from flows.coordinator_replies import (
    NOBODY,
    NOT_RETURNED,
    NOW_RETURNED,
    TALK_BACK,
    nobody_covers,
)
from flows.menus import NOT_DISCARDABLE
from flows.step_messages import LOCKED_HINT

BUTTONS = ("💬 联系协调员", "💬 回复协调员", "💬 发给协调员", "下面的按钮")


@pytest.mark.parametrize("text", [LOCKED_HINT, NOT_DISCARDABLE, NOT_RETURNED, NOW_RETURNED,
                                  TALK_BACK])
def test_every_sentence_pointing_to_a_coordinator_button_says_nobody_covers_the_city(text):
    said = nobody_covers("苏州市", text)
    assert NOBODY.format(city="苏州市") in said
    assert not any(button in said for button in BUTTONS)
