"""A photo or voice note while a return awaits its comment: only words reach the engineer, so
the coordinator is asked for words and the return stays open, its comment and columns kept."""

from flows.draft import Status
from tests.coordinators import seed, sent_to
from tests.fake_bot_api import texts

ASK_WORDS = "请用文字输入退回意见：语音、图片和文件不会发给填报人。退回仍在进行。"


async def _voice(user):
    message = user._message_json()
    message["voice"] = {"file_id": "v", "file_unique_id": "v", "duration": 5}
    return await user._process({"message": message})


async def test_a_voice_note_before_the_comment_asks_for_words_and_the_return_goes_on(
    services, suzhou, telegram
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    calls = await _voice(suzhou)
    assert texts(calls) == [ASK_WORDS, "请输入退回意见（将原文发给填报人）："]
    assert suzhou.last_buttons() == ["取消"]
    assert texts(await suzhou.send("请补充精度指标"))[0].startswith("退回意见：请补充精度指标\n")
    calls = await suzhou.press("📨 发送退回")
    assert "协调员意见：请补充精度指标" in sent_to(telegram, 11, calls)[0]
    assert services.reviews.store.entry(entry).info.status == Status.RETURNED


async def test_a_photo_after_the_comment_keeps_the_comment_and_the_ticked_columns(
    services, suzhou
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充精度指标")
    await suzhou.press("☐ 10 部署总数")
    calls = await suzhou.send_photo()
    assert texts(calls)[0] == "退回意见请用文字发送：语音、图片和文件不会发给填报人。退回仍在进行。"
    assert texts(calls)[1].startswith("退回意见：请补充精度指标\n")
    assert "☑ 10 部署总数" in suzhou.last_buttons()
    assert not any("草稿" in t for t in texts(calls))


async def test_a_voice_note_after_another_coordinator_approved_ends_the_return(
    services, suzhou, province
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("请补充精度指标")
    await province.send(f"/review {entry}")
    await province.press("✅ 通过")
    calls = await _voice(suzhou)
    assert texts(calls)[:2] == ["该场景已被其他协调员处理，当前状态：已通过。",
                                "以下意见没有发出：请补充精度指标"]
    assert services.reviews.store.pending(suzhou.id) is None
