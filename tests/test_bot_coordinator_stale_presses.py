"""A coordinator's button pressed late or forged: told what stands now, in a coordinator's
words, and still checked against their scope."""

from flows import actions
from tests.coordinators import PROVINCE_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers


async def test_unmarking_an_entry_whose_mark_was_lifted_since_says_it_has_none(
        services, suzhou, telegram):
    first = seed(services, 11, **scenario_answers(0))
    repeat = seed(services, 12, **scenario_answers(0, enterprise="苏州华光电池有限公司"))
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(repeat, first))
    await suzhou.send(f"/review {repeat}")
    card, unmark = suzhou.find_button("取消重复标记")
    services.reviews.act(PROVINCE_ID, actions.UnmarkDuplicate(repeat, first))
    calls = await suzhou.press_data(unmark, card.message_id)
    assert texts(calls)[0] == f"场景 #{repeat} 目前没有重复标记，无需取消，请查看下面的最新卡片。"
    assert texts(calls)[-1].startswith(f"🔎 场景 #{repeat} ")
    assert "取消重复标记" not in suzhou.last_buttons()
    assert sent_to(telegram, 12, calls) == []


async def test_a_forged_unmark_of_an_entry_never_marked_says_it_has_none(
        services, suzhou, telegram):
    first = seed(services, 11, **scenario_answers(0))
    entry = seed(services, 12, **scenario_answers(1))
    await suzhou.send(f"/review {entry}")
    card = suzhou.find_button("✅ 通过")[0]
    calls = await suzhou.press_data(f"X{entry}.{first}", card.message_id)
    assert texts(calls)[0] == f"场景 #{entry} 目前没有重复标记，无需取消，请查看下面的最新卡片。"
    assert services.reviews.store.entry(entry).duplicate_of is None
    assert sent_to(telegram, 12, calls) == []
    in_wuxi = seed(services, 13, **scenario_answers(2, city="无锡市"))
    calls = await suzhou.press_data(f"X{in_wuxi}.{first}", card.message_id)
    assert texts(calls) == ["该场景不在您的审核范围内。"]  # scope first: nothing said of #13

