"""Access: the access code, and no engineer reaching another's draft by any route."""

import hashlib

import pytest

from bot.app import build_application
from bot.refusals import coordinators_only
from bot.services import build_services
from bot.settings import SettingsError, load_settings
from flows import actions
from flows.menus import YOUR_ID
from storage.people import People, seal
from storage.schema import open_database
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, seed
from tests.fake_bot_api import FakeUser, RecordingRequest, texts
from tests.test_storage import _database_at

CODE = "jiangsu2026"
NEW_CODE = "jiangsu2027"
CHANGED = "访问码已更换。请发送协调员提供的新访问码，或通过协调员发来的新链接打开机器人。"
WRONG = "访问码不正确（区分大小写），请核对后重新发送。"
ASK = "本机器人需要访问码。请发送协调员提供的访问码，或通过协调员发来的链接打开机器人。"


@pytest.fixture
async def start_with_code(settings, telegram):
    """Start the bot with an access code, as the operator's restart after changing it does."""
    started = []

    async def start(code: str):
        app = build_application(build_services(settings.model_copy(update={"access_code": code})),
                                RecordingRequest(telegram))
        await app.initialize()
        started.append(app)
        return app

    yield start
    for app in started:
        await app.shutdown()


@pytest.fixture
async def gated_app(start_with_code):
    return await start_with_code(CODE)


async def test_without_the_code_nothing_is_answered_but_the_request_for_it(gated_app, telegram):
    stranger = FakeUser(gated_app, telegram, 4004)
    for command in ("/start", "/drafts", "你好", "/new"):
        assert texts(await stranger.send(command)) == [f"{ASK}\n{YOUR_ID.format(id=4004)}"]
    calls = await stranger.press_data("o1", max(telegram.messages))
    assert popups(calls) == [f"{ASK}\n{YOUR_ID.format(id=4004)}"]


def popups(calls) -> list[str]:
    return [c.params.get("text") for c in calls if c.endpoint == "answerCallbackQuery"]


async def test_someone_not_yet_in_sees_their_user_id_to_be_added_as_a_coordinator(
    gated_app, telegram
):
    future_coordinator = FakeUser(gated_app, telegram, 4010)
    said = texts(await future_coordinator.send("/help"))
    assert said == [f"{ASK}\n您的 Telegram 用户 ID：4010（管理员添加协调员时需要这个数字）"]
    assert texts(await future_coordinator.send("/drafts")) == said


async def test_a_removed_coordinator_who_never_gave_the_code_gets_the_engineers_menu_back(
    gated_app, telegram
):
    people = gated_app.bot_data["services"].reviews.people
    people.add_coordinator(777, "南京市")
    former = FakeUser(gated_app, telegram, 777, "南京市钱科")
    await former.send("/start")
    people.remove_coordinator(777)
    calls = await former.send("/review")
    assert texts(calls)[0].startswith(ASK)
    assert [c.params["scope"] for c in calls if c.endpoint == "deleteMyCommands"] == [
        {"type": "chat", "chat_id": 777}]

async def test_deep_link_code_lets_the_engineer_in(gated_app, telegram):
    engineer = FakeUser(gated_app, telegram, 4005)
    calls = await engineer.send(f"/start {CODE}")
    assert texts(calls)[0] == "✅ 访问码正确，欢迎使用。"
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")
    assert texts(await engineer.send("/drafts"))[-1].startswith("🗂 我的场景：")


async def test_typed_code_lets_the_engineer_in_and_a_wrong_one_does_not(gated_app, telegram):
    engineer = FakeUser(gated_app, telegram, 4006)
    assert texts(await engineer.send("jiangsu2025")) == ["访问码不正确（区分大小写），请核对后重新发送。"]
    calls = await engineer.send(CODE)
    assert texts(calls)[0] == "✅ 访问码正确，欢迎使用。"
    assert "已验证过" not in "".join(texts(calls))
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")


@pytest.mark.parametrize("typed", ["ｊｉａｎｇｓｕ２０２６", "jiangsu2026。", "jiangsu 2026", "访问码：jiangsu2026"])
async def test_a_code_typed_the_way_phones_type_it_lets_the_engineer_in(gated_app, telegram, typed):
    engineer = FakeUser(gated_app, telegram, 4007)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "✅ 访问码正确，欢迎使用。"


@pytest.mark.parametrize("typed", ["我的访问码是Jiangsu2026", "访问码是 Jiangsu2026 谢谢",
                                   "Jiangsu2026，谢谢", "我的code是Ｊｉａｎｇｓｕ２０２６。"])
async def test_a_code_written_whole_in_a_sentence_lets_the_engineer_in(start_with_code, telegram,
                                                                       typed):
    engineer = FakeUser(await start_with_code("Jiangsu2026"), telegram, 4014)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "✅ 访问码正确，欢迎使用。"
    assert texts(calls)[-1].startswith("第 1/11 步 · 报送单位")


@pytest.mark.parametrize(("typed", "told"), [
    ("我的访问码是Jiangsu20261", WRONG),  # the code inside a longer word is not the code
    ("访问码是 jiangsu2026 谢谢", WRONG),  # the code is case-sensitive
    ("我的访问码是XJiangsu2026", WRONG),
    ("访问码是 Jiangsu 2026 谢谢", f"{ASK}\n{YOUR_ID.format(id=4015)}"),  # two words: no try
    ("Jiangsu20261 谢谢", f"{ASK}\n{YOUR_ID.format(id=4015)}"),  # nothing says it is the code
    ("我们用barcode扫码识别", f"{ASK}\n{YOUR_ID.format(id=4015)}"),
])
async def test_a_sentence_without_the_code_is_told_it_is_wrong_only_when_it_speaks_of_the_code(
    start_with_code, telegram, typed, told
):
    stranger = FakeUser(await start_with_code("Jiangsu2026"), telegram, 4015)
    assert texts(await stranger.send(typed)) == [told]


@pytest.mark.parametrize("typed", ["我没有访问码，型号UR5e", "访问码在哪里拿？我们用UR5e",
                                   "code呢？RM65-B"])
async def test_a_code_like_word_not_right_after_the_label_is_asked_for_the_code_with_the_id(
    gated_app, telegram, typed
):
    stranger = FakeUser(gated_app, telegram, 4018)
    assert texts(await stranger.send(typed)) == [f"{ASK}\n{YOUR_ID.format(id=4018)}"]


@pytest.mark.parametrize("typed", ["访问码 jiangsu2025 谢谢", "我的验证码为：jiangsu2025",
                                   "访问码jiangsu2025，电话13812345678"])
async def test_a_code_like_word_right_after_the_label_is_told_wrong(gated_app, telegram, typed):
    stranger = FakeUser(gated_app, telegram, 4019)
    assert texts(await stranger.send(typed)) == [WRONG]


@pytest.mark.parametrize("typed", ["访问码jiangsu2026，电话13812345678",
                                   "你好 UR5e 现场 jiangsu2026"])
async def test_the_code_whole_among_other_code_like_words_lets_the_engineer_in(
    gated_app, telegram, typed
):
    engineer = FakeUser(gated_app, telegram, 4020)
    assert texts(await engineer.send(typed))[0] == "✅ 访问码正确，欢迎使用。"


async def test_a_message_of_many_code_like_words_is_no_way_round_one_try_a_message(
    gated_app, telegram
):
    guesser = FakeUser(gated_app, telegram, 4021)
    guesses = " ".join(["abcd1", "abcd2", CODE, "abcd3"])
    assert "✅ 访问码正确，欢迎使用。" not in texts(await guesser.send(guesses))


async def test_the_code_right_after_its_label_lets_in_beside_many_code_like_words(
    gated_app, telegram
):
    engineer = FakeUser(gated_app, telegram, 4022)
    typed = f"访问码{CODE}，型号UR5e、RM65B、GR-1，电话13812345678"
    assert texts(await engineer.send(typed))[0] == "✅ 访问码正确，欢迎使用。"


async def test_an_answer_holding_the_code_as_a_word_is_saved_not_taken_for_the_code(
    start_with_code, telegram
):
    engineer = FakeUser(await start_with_code("2026"), telegram, 4016)
    await engineer.send("/start 2026")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    calls = await engineer.send("恒远 2026 电池有限公司")
    assert "访问码已验证过，无需再次发送。" not in texts(calls)
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")


async def test_after_a_change_a_sentence_with_another_code_is_told_it_is_not_the_new_one(
    start_with_code, telegram
):
    await FakeUser(await start_with_code(CODE), telegram, 4017).send(CODE)
    engineer = FakeUser(await start_with_code(NEW_CODE), telegram, 4017)
    told = "“jiangsu2028”不是新的访问码（区分大小写），请核对后重新发送。"
    assert texts(await engineer.send("我的新访问码是jiangsu2028")) == [
        f"{CHANGED}\n{told}\n{YOUR_ID.format(id=4017)}"]
    assert texts(await engineer.send("新访问码是 jiangsu2027 谢谢"))[0] == "✅ 访问码正确，欢迎使用。"


@pytest.mark.parametrize("typed", ["code2026", "访问码：code2026", "/start code2026"])
async def test_a_code_that_begins_with_code_lets_the_engineer_in(start_with_code, telegram, typed):
    engineer = FakeUser(await start_with_code("code2026"), telegram, 4008)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == "✅ 访问码正确，欢迎使用。"


async def test_a_changed_code_asks_those_let_in_with_the_old_one_for_the_new_one(
    start_with_code, telegram
):
    engineer = FakeUser(await start_with_code(CODE), telegram, 4011, "张工")
    await engineer.send(f"/start {CODE}")
    await engineer.press("江苏省工业和信息化厅")
    engineer = FakeUser(await start_with_code(NEW_CODE), telegram, 4011, "张工")
    assert texts(await engineer.send("/drafts")) == [f"{CHANGED}\n{YOUR_ID.format(id=4011)}"]
    pressed = await engineer.press_data("o1", max(telegram.messages))  # an old screen's button
    assert popups(pressed) == [f"{CHANGED}\n{YOUR_ID.format(id=4011)}"]
    for typed, told in ((CODE, "您发送的是更换前的访问码，已不能使用。"),  # leaked: no way in
                        ("jiangsu2028", "“jiangsu2028”不是新的访问码（区分大小写），请核对后重新发送。"),
                        ("GR-1", "“GR-1”不是新的访问码（区分大小写），请核对后重新发送。")):
        assert texts(await engineer.send(typed)) == [
            f"{CHANGED}\n{told}\n{YOUR_ID.format(id=4011)}"]
    assert texts(await engineer.send("测试台")) == [f"{CHANGED}\n{YOUR_ID.format(id=4011)}"]
    calls = await engineer.send(NEW_CODE)
    assert texts(calls)[0] == "✅ 访问码正确，欢迎使用。"
    assert texts(calls)[-1].startswith("第 2/11 步（1/2） · 用户单位")  # the draft is kept


async def test_a_restart_with_the_same_code_keeps_everyone_in(start_with_code, telegram):
    await FakeUser(await start_with_code(CODE), telegram, 4012).send(CODE)
    engineer = FakeUser(await start_with_code(CODE), telegram, 4012)
    assert texts(await engineer.send("/drafts"))[-1].startswith("🗂 我的场景：")


async def test_a_changed_code_leaves_coordinators_in(start_with_code, telegram):
    app = await start_with_code(NEW_CODE)
    app.bot_data["services"].reviews.people.add_coordinator(PROVINCE_ID)
    assert not texts(await FakeUser(app, telegram, PROVINCE_ID).send("/stale"))[-1].startswith(ASK)


async def test_the_database_keeps_neither_the_code_nor_a_digest_cheap_to_reverse(
    gated_app, telegram
):
    await FakeUser(gated_app, telegram, 4013).send(CODE)
    db = gated_app.bot_data["services"].intake.store.db
    row = [str(value) for value in db.execute("select * from users where id = 4013").fetchone()]
    unsalted = {hashlib.new(name, CODE.encode()).hexdigest() for name in ("sha256", "sha512")}
    assert not any(CODE in value or value in unsalted for value in row)
    sealed = db.execute("select granted_code from users where id = 4013").fetchone()[0]
    salt = db.execute("select value from salts").fetchone()[0]
    assert sealed == seal(hashlib.sha256(CODE.encode()).hexdigest(), salt)


def test_each_database_seals_the_same_code_differently(tmp_path):
    digests = {People(open_database(tmp_path / f"{n}.db"), None).code_digest(CODE) for n in (1, 2)}
    assert len(digests) == 2


async def test_those_let_in_before_digests_were_sealed_stay_in_with_the_same_code(
    settings, start_with_code, telegram
):
    old = _database_at(settings.db, 9)  # the version that kept bare SHA-256 digests
    for user_id, code in ((4015, CODE), (4016, "jiangsu2025")):  # the second: a changed code
        digest = hashlib.sha256(code.encode()).hexdigest()
        old.execute("insert into users (id, name, granted, granted_code) values (?, '老用户', 1, ?)",
                    [user_id, digest])
    old.conn.close()
    app = await start_with_code(CODE)
    assert texts(await FakeUser(app, telegram, 4015).send("/drafts")) == [
        "您还没有场景。发送 /new 开始填写第一个场景。"]
    leftover = FakeUser(app, telegram, 4016)
    assert texts(await leftover.send("jiangsu2025")) == [
        f"{CHANGED}\n您发送的是更换前的访问码，已不能使用。\n{YOUR_ID.format(id=4016)}"]
    db = app.bot_data["services"].intake.store.db
    stored = {row[0] for row in db.execute("select granted_code from users")}
    assert not stored & {hashlib.sha256(c.encode()).hexdigest() for c in (CODE, "jiangsu2025")}


async def test_those_let_in_before_codes_were_recorded_stay_in_until_the_code_changes(
    settings, start_with_code, telegram
):
    old = _database_at(settings.db, 7)  # the version that kept no code
    old.execute("insert into users (id, name, granted) values (4014, '老用户', 1)")
    old.conn.close()
    for _ in range(2):
        earlier = FakeUser(await start_with_code(CODE), telegram, 4014)
        assert texts(await earlier.send("/drafts")) == ["您还没有场景。发送 /new 开始填写第一个场景。"]
    earlier = FakeUser(await start_with_code(NEW_CODE), telegram, 4014)
    assert texts(await earlier.send("/drafts")) == [f"{CHANGED}\n{YOUR_ID.format(id=4014)}"]


async def test_the_code_sent_again_is_not_saved_as_an_answer(gated_app, telegram):
    engineer = FakeUser(gated_app, telegram, 4008)
    await engineer.send(f"/start {CODE}")
    await engineer.press("江苏省工业和信息化厅")
    await engineer.press("苏州市")
    calls = await engineer.send(CODE)
    assert texts(calls)[0] == "访问码已验证过，无需再次发送。"
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    assert "当前答案" not in texts(calls)[-1]


async def test_engineer_cannot_open_or_fix_another_engineers_draft(app, telegram, engineer):
    services = app.bot_data["services"]
    other = seed(services, 7007)
    await engineer.send("/start")
    message_id = max(telegram.messages)
    for data in (f"o{other}", f"F{other}", f"D{other}", f"Y{other}", f"{other}:summary:u",
                 f"{other}:city:p1"):
        calls = await engineer.press_data(data, message_id)
        assert "无权操作该草稿。" in texts(calls), data
    assert services.reviews.store.entry(other).info.status == "submitted"
    assert services.intake.store.answers(other)["city"] == "苏州市"


async def test_engineer_text_only_ever_changes_their_own_current_field(app, telegram, engineer):
    services = app.bot_data["services"]
    services.intake.store.seen(7008, "别人")
    theirs = services.intake.store.create(7008, "enterprise", {"city": "无锡市"})
    await engineer.send("/start")
    await engineer.send("恶意篡改有限公司")
    assert services.intake.store.answers(theirs.id) == {"city": "无锡市"}
    assert services.intake.act(7008, actions.Show()).draft_id == theirs.id


async def test_coordinator_cli_manages_scope(tmp_path):
    from click.testing import CliRunner

    from bot.cli import main

    runner = CliRunner()
    db = str(tmp_path / "c.db")
    assert runner.invoke(main, ["coordinators", "add", "222", "--city", "苏州市", "--db", db]).output.startswith("已添加协调员 222，审核范围：苏州市。\n")
    runner.invoke(main, ["coordinators", "add", "111", "--db", db])
    assert runner.invoke(main, ["coordinators", "list", "--db", db]).output == "111\t全省\n222\t苏州市\n"
    result = runner.invoke(main, ["coordinators", "remove", "333", "--db", db])
    assert result.exit_code == 1 and "协调员 333 不存在。" in result.output


def test_a_coordinators_city_is_spelt_as_entries_spell_it_or_refused(tmp_path):
    from click.testing import CliRunner

    from bot.cli import main

    db = str(tmp_path / "c.db")
    runner = CliRunner()
    added = runner.invoke(main, ["coordinators", "add", "222", "--city", "苏州", "--db", db])
    assert added.output.startswith("已添加协调员 222，审核范围：苏州市。\n")
    zero = runner.invoke(main, ["coordinators", "add", "0", "--db", db])
    assert (zero.exit_code, zero.output) == (1, "用户ID 须为 Telegram 用户 ID（正整数）。\n")
    for typo in ("", "上海市"):
        refused = runner.invoke(main, ["coordinators", "add", "333", "--city", typo, "--db", db])
        assert refused.exit_code == 1
        assert refused.output.startswith(f"--city 无效：“{typo}”不是本省的城市（可选：南京市、")
    runner.invoke(main, ["coordinators", "add", "444", "--city", "全省", "--db", db])
    listed = runner.invoke(main, ["coordinators", "list", "--db", db]).output
    assert listed == "222\t苏州市\n444\t全省\n"


@pytest.mark.parametrize(("configured", "problem"), [
    ("7:苏州", None),
    ("7:上海市", "“上海市”不是本省的城市"),
    ("7:", "“7:”不是 用户ID 或 用户ID:城市 的形式"),
])
def test_configured_coordinator_cities_are_checked(monkeypatch, configured, problem):
    monkeypatch.setenv("INTAKE_COORDINATORS", configured)
    if problem is None:
        assert load_settings(_env_file=None).coordinators[0].city == "苏州市"
    else:
        with pytest.raises(SettingsError, match=problem):
            load_settings(_env_file=None)


def test_configured_coordinators_are_stored_with_their_scope(settings):
    from storage.people import Coordinator

    configured = settings.model_copy(update={"coordinators": (Coordinator(9, "南京市"),)})
    people = build_services(configured).reviews.people
    assert [(c.user_id, c.city) for c in people.coordinators()] == [(9, "南京市")]


async def test_refusals_are_logged(app, telegram, engineer, caplog):
    services = app.bot_data["services"]
    other = seed(services, 7009)
    await engineer.send("/start")
    with caplog.at_level("WARNING"):
        await engineer.press_data(f"o{other}", max(telegram.messages))
        await engineer.press_data(f"a{other}.0", max(telegram.messages))
    refusals = [r.getMessage() for r in caplog.records]
    assert f"refused: user {engineer.id} acted on draft {other}" in refusals
    assert any(m.startswith(f"refused: user {engineer.id} is not a coordinator") for m in refusals)


@pytest.mark.parametrize("command", ["/review", "/stats", "/stale", "/export"])
async def test_a_coordinator_command_refused_to_an_engineer_is_logged(engineer, caplog, command):
    with caplog.at_level("WARNING"):
        calls = await engineer.send(command)
    assert texts(calls) == [coordinators_only(engineer.id)]
    assert f"refused: user {engineer.id} is not a coordinator ({command})" in [
        r.getMessage() for r in caplog.records]


async def test_a_wrong_access_code_is_logged(gated_app, telegram, caplog):
    stranger = FakeUser(gated_app, telegram, 4010)
    with caplog.at_level("WARNING"):
        await stranger.send("jiangsu2025")
    assert "refused: user 4010 is not admitted" in [r.getMessage() for r in caplog.records]


async def test_a_city_coordinator_cannot_lift_a_mark_onto_another_citys_entry(
    services, suzhou, province, telegram, caplog
):
    wuxi_entry = seed(services, 11, city="无锡市", enterprise="无锡恒远电池有限公司")
    entry = seed(services, 12, enterprise="苏州启明电池有限公司")
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(entry, wuxi_entry))
    card = texts(await suzhou.send(f"/review {entry}"))[-1]
    assert f"\nℹ️ #{wuxi_entry} 不在您的审核范围内：该重复标记由省级协调员处理。" in card
    assert "取消重复标记" not in suzhou.last_buttons()
    with caplog.at_level("WARNING"):
        calls = await suzhou.press_data(f"X{entry}.{wuxi_entry}", max(telegram.messages))
    assert texts(calls) == [f"#{wuxi_entry} 不在您的审核范围内，与它有关的重复标记请由省级协调员处理。"]
    assert (f"refused: coordinator {SUZHOU_ID} on a mark of #{entry} onto "
            f"#{wuxi_entry} outside scope") in [r.getMessage() for r in caplog.records]
    assert services.reviews.store.entry(entry).duplicate_of == wuxi_entry
    await province.send(f"/review {entry}")
    assert "取消重复标记" in province.last_buttons()
