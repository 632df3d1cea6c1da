"""Photos, stickers and files with no draft open or a number awaited, an album, and a caption
edited: words are asked for where words are awaited, once for an album, and a caption is said
not to be read."""

from flows.menus import CAPTION_NOT_READ, NO_CURRENT, NO_CURRENT_COORDINATOR
from flows.review import NOT_TEXT_NUMBER
from flows.sent_files import FOR_COORDINATOR
from flows.step_messages import CAPTION_NOT_SAVED
from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.journey import AT_SCENARIO_NAME, walk

PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
STICKER = {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": False,
           "is_video": False, "type": "regular", "emoji": "👍"}


async def sent(user, **fields):
    return await user._process({"message": {**user._message_json(), **fields}})


async def test_a_sticker_at_the_review_list_points_a_coordinator_to_their_commands(
        services, suzhou):
    seed(services, 11)
    await suzhou.send("/review")
    calls = await sent(suzhou, sticker=STICKER)
    assert texts(calls) == [NO_CURRENT_COORDINATOR]


async def test_a_captioned_photo_at_a_review_card_says_the_caption_is_not_read(services, suzhou):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    calls = await suzhou.send_photo("通过")
    assert texts(calls) == [CAPTION_NOT_READ, NO_CURRENT_COORDINATOR]
    assert services.reviews.store.entry(entry).info.status.name == "SUBMITTED"


async def test_a_table_sent_by_a_coordinator_with_no_draft_points_to_their_commands(suzhou):
    calls = await suzhou.send_document("计划表.xlsx")
    assert texts(calls) == [FOR_COORDINATOR.format(name="计划表.xlsx"), NO_CURRENT_COORDINATOR]


async def test_an_engineer_with_no_draft_is_told_a_caption_is_not_read(engineer):
    assert texts(await sent(engineer, sticker=STICKER)) == [NO_CURRENT]
    assert texts(await engineer.send_photo("恒远工厂电池测试")) == [CAPTION_NOT_READ, NO_CURRENT]


async def asked_for_the_original(services, suzhou) -> tuple[int, int]:
    original = seed(services, 11)
    repeat = seed(services, 12, scenario_name="恒远工厂电池测试—柔性插接二期")
    await suzhou.send(f"/review {repeat}")
    await suzhou.press("🔗 标记为其他场景的重复")
    return original, repeat


async def test_a_screenshot_captioned_with_the_number_keeps_the_ask_open(services, suzhou):
    original, repeat = await asked_for_the_original(services, suzhou)
    calls = await suzhou.send_photo(str(original))
    assert texts(calls)[0] == NOT_TEXT_NUMBER
    assert texts(calls)[1].startswith(f"请发送场景 #{repeat} 所重复的场景编号")
    assert suzhou.last_buttons() == ["取消"]
    calls = await suzhou.send(str(original))
    assert texts(calls)[0] == f"已将场景 #{repeat} 标记为 #{original} 的重复场景，统计时按 1 项计算。"
    assert services.reviews.store.entry(repeat).duplicate_of == original


async def test_a_sticker_or_a_file_while_a_number_is_awaited_asks_for_it_in_words(
        services, suzhou):
    original, repeat = await asked_for_the_original(services, suzhou)
    assert texts(await sent(suzhou, sticker=STICKER))[0] == NOT_TEXT_NUMBER
    assert texts(await suzhou.send_document("计划表.xlsx"))[0] == NOT_TEXT_NUMBER
    await suzhou.press("取消")
    assert services.reviews.store.entry(repeat).duplicate_of is None


async def test_an_album_is_answered_once(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await sent(engineer, photo=PHOTO, media_group_id="g1", caption="恒远工厂电池测试")
    for _ in range(2):
        calls += await sent(engineer, photo=PHOTO, media_group_id="g1")
    assert texts(calls)[0] == CAPTION_NOT_SAVED
    assert len(texts(calls)) == 2 and texts(calls)[1].startswith("第 3/11 步")
    calls = await sent(engineer, photo=PHOTO, media_group_id="g2")
    assert texts(calls)[0] == "请用文字回答。"  # another album is answered again


async def test_a_caption_on_a_later_photo_of_an_album_is_said_not_to_be_saved(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await sent(engineer, photo=PHOTO, media_group_id="g1")
    calls += await sent(engineer, photo=PHOTO, media_group_id="g1", caption="恒远工厂电池测试")
    calls += await sent(engineer, photo=PHOTO, media_group_id="g1", caption="另一张的说明")
    assert texts(calls)[0] == "请用文字回答。"
    assert texts(calls)[2] == CAPTION_NOT_SAVED  # said once, with the question again
    assert len(texts(calls)) == 4 and texts(calls)[3].startswith("第 3/11 步")


async def test_a_caption_edited_is_said_not_to_be_read_not_as_an_answer_edited(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send_photo("x")
    message = {**engineer._message_json(), "photo": PHOTO, "caption": "恒远工厂电池测试—柔性插接",
               "edit_date": 1_790_000_060}
    calls = await engineer._process({"edited_message": message})
    assert texts(calls)[0] == CAPTION_NOT_SAVED
    assert texts(calls)[-1].startswith("第 3/11 步")
