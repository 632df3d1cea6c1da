"""A coordinator's menu words typed without the slash (待审核场景, 填报进度与达标情况, 导出工作计划表
xlsx) run their command, never saved as an answer to their own draft; with no draft open, a
coordinator's words are met with their commands as well as /new."""

import pytest

from bot.refusals import COORDINATORS_ONLY
from flows.export_menu import ASK_STATUS
from flows.menus import NO_CURRENT, NO_CURRENT_COORDINATOR
from flows.review_queue import NOTHING_TO_REVIEW
from tests.coordinators import PROVINCE_ID, seed
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk


async def at_own_enterprise(province, services) -> dict:
    await province.send("/new")
    await walk(province, AT_ENTERPRISE, start=1)
    return services.intake.store.current(PROVINCE_ID).answers


@pytest.mark.parametrize(("word", "reply_starts"), [
    ("导出工作计划表 xlsx", ASK_STATUS),
    ("导出工作计划表xlsx", ASK_STATUS),
    ("导出工作计划表", ASK_STATUS),
    ("填报进度与达标情况", "📊"),
    ("待审核场景", NOTHING_TO_REVIEW),
])
async def test_a_coordinator_menu_word_in_their_own_draft_runs_its_command_and_saves_nothing(
        services, province, word, reply_starts):
    before = await at_own_enterprise(province, services)
    reply = texts(await province.send(word))[-1]
    assert reply.startswith(reply_starts), reply
    assert services.intake.store.current(PROVINCE_ID).answers == before


async def test_a_coordinator_word_only_part_of_an_answer_is_still_the_answer(services, province):
    await at_own_enterprise(province, services)
    await province.send("苏州导出工作计划表科技有限公司")
    answers = services.intake.store.current(PROVINCE_ID).answers
    assert answers["enterprise"] == "苏州导出工作计划表科技有限公司"


@pytest.mark.parametrize("word", ["待审核场景", "填报进度与达标情况", "长期未更新的草稿", "场景历史记录",
                                  "导出工作计划表"])
async def test_an_engineer_typing_a_coordinator_menu_word_is_told_it_is_for_coordinators(
        services, engineer, word):
    await walk(engineer, AT_SCENARIO_NAME)
    before = services.intake.store.load(1).answers
    assert texts(await engineer.send(word))[-1].startswith(COORDINATORS_ONLY)
    assert services.intake.store.load(1).answers == before


@pytest.mark.parametrize("word", ["审核", "待审核", "统计", "导出", "进度"])
async def test_a_coordinator_with_no_draft_open_is_pointed_to_their_commands(province, word):
    assert texts(await province.send(word)) == [NO_CURRENT_COORDINATOR]


async def test_an_engineer_with_no_draft_open_is_pointed_to_new_and_drafts(services, engineer):
    services.intake.store.seen(engineer.id, "张工")
    assert texts(await engineer.send("统计")) == [NO_CURRENT]


async def test_a_coordinator_menu_word_with_no_draft_open_runs_its_command(services, province):
    entry = seed(services, 11)
    queue = texts(await province.send("待审核场景"))
    assert queue == texts(await province.send("/review"))
    assert f"#{entry} " in queue[-1]
