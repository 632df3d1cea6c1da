"""Every refusal writes its WARNING `refused: …` (README), whichever check refuses: the entry a
mark names, the file asked for, the door for someone not let in. The bot here asks for an
access code, which coordinators need not give."""

import logging

import pytest

from bot.settings import Settings
from tests.conftest import TOKEN
from tests.coordinators import SUZHOU_ID, WUXI_ID, seed
from tests.fake_bot_api import FakeUser, texts
from tests.scenarios import scenario_answers

MARK_OUT_OF_SCOPE = "#{of} 不在您的审核范围内，与它有关的重复标记请由{level}协调员处理。"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(telegram_token=TOKEN, db=tmp_path / "intake.db", send_rate=0,
                    access_code="jiangsu2026", _env_file=None)


def refusals(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and r.getMessage().startswith("refused: ")]


def _two_cities(services) -> tuple[int, int]:
    mine = seed(services, 71, **scenario_answers(0, city="苏州市"))
    theirs = seed(services, 73, **scenario_answers(0, city="无锡市",
                                                    enterprise="无锡锡山精工机械有限公司"))
    return mine, theirs


async def test_marking_onto_an_entry_outside_scope_is_logged(services, suzhou, telegram, caplog):
    mine, theirs = _two_cities(services)
    await suzhou.send(f"/review {mine}")
    with caplog.at_level(logging.WARNING):
        calls = await suzhou.press_data(f"x{mine}.{theirs}", max(telegram.messages))
    assert texts(calls) == [MARK_OUT_OF_SCOPE.format(of=theirs, level="省级")]
    assert refusals(caplog) == [
        f"refused: coordinator {SUZHOU_ID} on a mark of #{mine} onto #{theirs} outside scope"]
    assert services.reviews.store.entry(mine).duplicate_of is None


@pytest.mark.parametrize("onto", ["itself", "missing"])
async def test_a_forged_mark_onto_no_other_entry_says_why_and_is_logged(
        services, suzhou, telegram, caplog, onto):
    mine, _ = _two_cities(services)
    await suzhou.send(f"/review {mine}")
    of = mine if onto == "itself" else 999
    with caplog.at_level(logging.WARNING):
        calls = await suzhou.press_data(f"x{mine}.{of}", max(telegram.messages))
    assert texts(calls) == ["不能把场景标记为它自己的重复，请发送另一个场景的编号。" if onto == "itself"
                            else "未找到场景 #999，请核对编号后重新发送。"]
    assert refusals(caplog) == [f"refused: coordinator {SUZHOU_ID} marking #{mine} onto #{of}"]
    assert services.reviews.store.entry(mine).duplicate_of is None


async def test_a_number_typed_after_the_link_button_outside_scope_is_logged(
        services, wuxi, caplog):
    mine, theirs = _two_cities(services)
    await wuxi.send(f"/review {theirs}")
    await wuxi.press("🔗")
    with caplog.at_level(logging.WARNING):
        calls = await wuxi.send(str(mine))
    assert texts(calls)[0] == MARK_OUT_OF_SCOPE.format(of=mine, level="省级")  # not 该场景, the one on the card
    assert refusals(caplog) == [
        f"refused: coordinator {WUXI_ID} on a mark of #{theirs} onto #{mine} outside scope"]


async def test_a_city_coordinator_exporting_the_central_enterprises_is_logged(
        suzhou, telegram, caplog):
    await suzhou.send("/help")
    with caplog.at_level(logging.WARNING):
        calls = await suzhou.press_data("G0", max(telegram.messages))
    assert texts(calls) == ["您只能导出本市（苏州市）的场景。"]
    assert refusals(caplog) == [f"refused: coordinator {SUZHOU_ID} exporting 中央企业"]


@pytest.mark.parametrize("data", ["a1.1", "E0", "h1"])
async def test_a_coordinators_button_pressed_by_someone_not_let_in_is_logged(
        app, services, telegram, caplog, data):
    seed(services, 71)
    stranger = FakeUser(app, telegram, 4242, "陌生人")
    await stranger.send("你好")
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        calls = await stranger.press_data(data, max(telegram.messages))
    assert not texts(calls)
    assert refusals(caplog) == ["refused: user 4242 is not admitted"]
