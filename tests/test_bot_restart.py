"""A restarted bot resumes every engineer at the same question with nothing lost."""

from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary, walk


async def test_second_application_on_the_same_database_resumes_mid_conversation(
    make_app, telegram
):
    first = await make_app()
    user = FakeUser(first, telegram, 1001)
    await user.send("/start")
    await user.press("江苏省工业和信息化厅")
    await user.press("常州市")
    await user.send("常州恒远精密机械有限公司")
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


async def test_redelivered_update_changes_nothing_and_shows_the_current_question(app, engineer):
    services = app.bot_data["services"]
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    await engineer.send("苏州恒远动力电池有限公司")
    calls = await engineer.redeliver()
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    assert "scenario_name" not in services.intake.store.answers(1)
    await engineer.send("/new")
    await engineer.redeliver()
    assert [info.id for info in services.intake.store.owned_by(engineer.id)] == [2, 1]


async def test_redelivered_tick_is_not_undone(app, engineer):
    services = app.bot_data["services"]
    await fill_to_summary(engineer)
    await engineer.press("✏️ 9 整机应用目标")
    await engineer.press("☐ 完成行业内同场景复制部署")
    await engineer.redeliver()
    assert services.intake.store.answers(1)["deployment_goals"] == [
        "完成本单位内同类场景复制部署", "完成行业内同场景复制部署"]


async def test_several_updates_redelivered_in_a_row_change_nothing(app, engineer):
    """Telegram hands over the whole unconfirmed batch again, not only its last update."""
    store = app.bot_data["services"].intake.store
    await walk(engineer, 6)
    answers, cursor = store.answers(1), store.info(1).cursor
    calls = await engineer.redeliver(3)
    assert texts(calls)[-1].startswith("第 4/11 步（2/2） · 行业/方向")
    assert (store.answers(1), store.info(1).cursor) == (answers, cursor)


async def test_answers_are_saved_after_telegram_numbers_updates_anew_from_lower(
    app, engineer, monkeypatch
):
    """After a week without updates (or with a new bot on the same database) Telegram starts
    update numbers anew at random: a lower number is a new answer, not one seen before."""
    store = app.bot_data["services"].intake.store
    monkeypatch.setattr(FakeUser, "_update_ids", iter(range(900_000, 10**9)))
    await walk(engineer, 4)
    monkeypatch.setattr(FakeUser, "_update_ids", iter(range(12_345, 10**9)))
    calls = await engineer.send("恒远工厂电池测试—柔性插接")
    assert texts(calls)[-1].startswith("第 4/11 步（1/2） · 行业/方向")
    assert store.answers(1)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    await engineer.send("/new")
    assert [info.id for info in store.owned_by(engineer.id)] == [2, 1]
