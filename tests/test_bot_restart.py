"""A restarted bot resumes every engineer at the same question with nothing lost."""

from tests.fake_bot_api import FakeUser, texts


async def test_second_application_on_the_same_database_resumes_mid_conversation(
    make_app, telegram
):
    first = await make_app()
    user = FakeUser(first, telegram, 1001)
    await user.send("/start")
    await user.press("江苏省工业和信息化厅")
    await user.press("常州市")
    await user.send("常州XX精密机械有限公司")
    await user.send("发动机缸盖螺栓拧紧工位")
    await first.shutdown()

    second = await make_app()
    user.app = second
    calls = await user.press("汽车制造")
    assert texts(calls)[-1].startswith("第 4/11 步（2/2） · 行业/方向")
    calls = await user.send("/drafts")
    assert "#1 发动机缸盖螺栓拧紧工位 · 草稿 · 已完成 4/11 步" in texts(calls)[-1]
    await user.press("打开 #1")
    await user.press("⏭ 跳过")
    for _ in range(5):
        await user.press("⬅️ 上一步")
    assert "当前答案：常州市" in user.last_text()
    await second.shutdown()
