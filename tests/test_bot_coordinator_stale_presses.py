"""A coordinator's button pressed late or forged: told what stands now, in a coordinator's
words, and still checked against their scope."""

from flows import actions
from tests.coordinators import PROVINCE_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_bot_return_moved_city import returned_by


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



async def test_an_export_button_no_menu_draws_now_shows_the_export_menu_again(
        services, province, engineer, telegram):
    seed(services, 11)
    await province.send("/export")
    menu = province.telegram.by_chat[province.id][-1].message_id
    for data in ("E", "E0.1", "C1", "G", "E9", "C0.99"):  # an older shape, or a gone choice
        calls = await province.press_data(data, menu)
        assert texts(calls) == ["该按钮已过期，请在下面的导出菜单中重新选择。",
                                "📤 导出工作计划表：请选择要导出的场景（标记为重复的场景不导出）。"], data
        assert province.last_buttons() == ["已通过", "已提交", "全部"]
        assert not [c for c in calls if c.endpoint == "sendDocument"]
    calls = await engineer.press_data("E", menu)  # still a coordinator's only
    assert texts(calls)[0].startswith("仅协调员可使用此功能。")


async def test_the_old_citys_card_of_an_entry_moved_to_another_city_says_where_it_went(
        services, engineer, suzhou, wuxi):
    await returned_by(engineer, suzhou)
    await engineer.send("城市：无锡市")  # not handed in again yet
    moved = "该场景已改为无锡市，不在您的审核范围内。"
    for button in ("📜 历史记录", "✅ 通过", "↩️ 退回修改"):
        calls = await suzhou.press(button)
        assert texts(calls) == [moved], button  # nothing of the entry's content
    assert texts(await suzhou.send("/review 1")) == [moved]
    await engineer.press("✅ 提交")
    assert texts(await suzhou.press("📜 历史记录")) == [moved]
    never = seed(services, 11, **scenario_answers(0, city="无锡市"))  # its city none of theirs
    assert texts(await suzhou.send(f"/review {never}")) == ["该场景不在您的审核范围内。"]

