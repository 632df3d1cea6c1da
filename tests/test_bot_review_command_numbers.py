"""/review and /history read the entry number as a phone sends it: with dictation's full stop
after it, in full-width digits, or glued to the command."""

import pytest

from bot.refusals import COORDINATORS_ONLY
from bot.review_handlers import HISTORY_USAGE, REVIEW_USAGE
from tests.coordinators import seed
from tests.fake_bot_api import texts


@pytest.mark.parametrize("typed", ["/review 1。", "/review 1.", "/review １。", "/review1",
                                   "/review１", "/review ＃1。", "/review@intake_bot 1。"])
async def test_review_reads_the_entry_number_as_a_phone_sends_it(services, suzhou, typed):
    entry = seed(services, 11)
    assert texts(await suzhou.send(typed))[-1].startswith(f"🔎 场景 #{entry} ")


@pytest.mark.parametrize("typed", ["/history 1。", "/history1", "/history１", "/history1。"])
async def test_history_reads_the_entry_number_as_a_phone_sends_it(services, suzhou, typed):
    entry = seed(services, 11)
    assert texts(await suzhou.send(typed)) == texts(await suzhou.send(f"/history {entry}"))
    assert texts(await suzhou.send(typed))[0].startswith(f"📜 场景 #{entry} ")


@pytest.mark.parametrize(("typed", "usage"), [
    ("/review 1.5", REVIEW_USAGE), ("/review３号", REVIEW_USAGE), ("/review1 2", REVIEW_USAGE),
    ("/history 。", HISTORY_USAGE), ("/history1a", HISTORY_USAGE),
])
async def test_words_that_are_no_entry_number_get_the_usage(services, suzhou, typed, usage):
    seed(services, 11)
    assert texts(await suzhou.send(typed)) == [usage]


async def test_a_glued_history_from_an_engineer_is_refused_as_history_is(services, engineer):
    entry = seed(services, 11)
    assert texts(await engineer.send(f"/history{entry}"))[0].startswith(COORDINATORS_ONLY)
