"""A numeral hundreds of characters long (一一一…, 999…, １１１…), as a message of up to 4,096
characters may hold, is no number: the text around it is read as any other. Converted, it raised
OverflowError (一 × 310 is too large for a float) or read as infinity, and the engineer's answer
was lost to an apology."""

import pytest

from bot.app import SORRY
from flows.count_words import CountError, read_number
from flows.numbers import chinese_value, normalize, scan_quantities
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

LONG = ["一" * 310, "9" * 4000, "１" * 4000, "一" * 400 + "点五",
        "9" * 400 + ".5"]


def test_a_numeral_too_large_for_a_float_has_no_value():
    assert chinese_value("一" * 310) is None
    assert chinese_value("一百二十") == 120.0


@pytest.mark.parametrize("numeral", LONG)
def test_a_long_numeral_is_no_quantity_and_the_text_around_it_is_read(numeral):
    assert scan_quantities(normalize(numeral + "x")) == []
    assert [q.value for q in scan_quantities(normalize(f"{numeral}，精度≤5mm"))] == [5.0]


@pytest.mark.parametrize("numeral", [*LONG, "1e" + "9" * 400])
def test_a_long_numeral_is_no_count(numeral):
    with pytest.raises(CountError):
        read_number(numeral)


async def test_indicators_holding_a_long_numeral_are_read_and_saved(services, engineer):
    await walk(engineer, AT_INDICATORS)
    typed = "识别准确率不低于98%，编号" + "一" * 310 + "x"
    calls = await engineer.send(typed)
    assert SORRY not in texts(calls)
    assert texts(calls)[0].startswith("已识别指标：识别准确率 ≥ 98%\n")
    assert services.intake.store.current(engineer.id).answers["indicators"] == typed
