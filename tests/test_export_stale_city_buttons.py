"""/export's city buttons carry the city they were drawn for: a menu sent before INTAKE_CITIES
was reordered says it expired and shows the menu again, rather than exporting the city now at
the button's place; one still naming the city at its place exports it."""

from tests.fake_bot_api import texts
from tests.test_export_bot import coordinator, entries, exported_rows, last_message_id, services

__all__ = ["entries", "services"]  # fixtures
EXPIRED = "该按钮已过期，请在下面的导出菜单中重新选择。"


async def old_menu(app, telegram, services) -> tuple:
    boss = coordinator(app, telegram, services, 2001)
    await boss.send("/export")
    await boss.press("已通过")
    return boss, last_message_id(telegram, boss)


async def test_a_city_button_of_a_list_reordered_since_says_it_expired(
        app, telegram, services, entries):
    boss, menu = await old_menu(app, telegram, services)
    cities = services.exports.cities
    services.exports.cities = (cities[1], cities[0], *cities[2:])  # 无锡市 first now
    calls = await boss.press("南京市", menu)
    assert texts(calls)[0] == EXPIRED
    assert not [call for call in calls if call.endpoint == "sendDocument"]
    assert "已通过" in boss.last_buttons()  # the menu, to choose anew


async def test_a_city_button_still_at_its_place_exports_it(app, telegram, services, entries):
    boss, menu = await old_menu(app, telegram, services)
    services.exports.cities = (*services.exports.cities, "上海市")  # added at the end
    calls = await boss.press("无锡市", menu)
    assert any(text.startswith("已导出 1 个场景（状态：已通过，范围：无锡市）") for text in texts(calls))
    assert len(exported_rows(calls)) == 1


async def test_a_city_button_of_an_earlier_release_without_its_mark_expired(
        app, telegram, services, entries):
    boss, menu = await old_menu(app, telegram, services)
    calls = await boss.press_data("C0.2", menu)  # as drawn before: place only
    assert texts(calls)[0] == EXPIRED
    assert not [call for call in calls if call.endpoint == "sendDocument"]
