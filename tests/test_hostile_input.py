"""Arbitrary updates thrown at the real Application: nothing raises, every outgoing message is
one Telegram accepts, and nobody's data changes except the sender's own current answer."""

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.app import SORRY, build_application
from bot.services import build_services
from bot.settings import Settings
from flows import actions
from flows.draft import SUMMARY
from tests.fake_bot_api import FakeTelegram, RecordingRequest
from tests.test_flows_fields import COMPLETE

ATTACKER, VICTIM = 6001, 6002
LIMIT = 4096

texts = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300),
    st.builds(lambda s, n: s * n, st.sampled_from(["长", "a", "\u202e", "😀", "<b>", "*_`["]),
              st.integers(1, 10_000)),
    st.sampled_from(["/start", "/new", "/drafts", "/help", "/review", "/stats", "/history 1",
                     "/history abc", "/start 1 2 3", "/export", "/foo", "/start@intake_bot",
                     "<script>alert(1)</script>", "**粗体** _x_ [链接](http://x)", "\x00\x01\x7f",
                     "十台", "0", "-1", "1e309", "   ", "苏州市", "苏州恒远动力电池有限公司",
                     "跳过", "保持不变", "提交", "仍然提交", "取消", "发送退回", "不用",
                     "痛点\n技术指标：精度≤1mm\n预期成效：替代2人"]),
)
callback_data = st.one_of(
    st.text(max_size=64),
    st.builds(lambda d, at, code: f"{d}:{at}:{code}",
              st.sampled_from(["1", "2", "3", "999999999999"]),
              st.sampled_from(["city", "summary", "enterprise", "product_types", "x"]),
              st.sampled_from(["p0", "p99", "t1", "f0.1", "f9.9", "d", "u", "U", "e3", "e0", "b", "k",
                               "K", "i", "j"])),
    st.sampled_from(["o1", "o2", "o3", "F1", "F2", "a1", "a2", "a2.0", "a2.99", "r2.0", "s2",
                     "R2", "x2.1", "X2", "h2", "v2", "g5", "n", "E0", "C0.0", "L", "D1", "D2",
                     "Y1", "Y2", "Y3"]),
)
chats = st.sampled_from([
    {"id": ATTACKER, "type": "private"},
    {"id": -100123, "type": "group", "title": "群"},
    {"id": -100456, "type": "supergroup", "title": "超级群"},
])
updates = st.one_of(
    st.builds(lambda t, c: ("message", t, c), texts, chats),
    st.builds(lambda d: ("callback", d, None), callback_data),
    st.builds(lambda t: ("channel", t, None), texts),
    st.builds(lambda t, c: ("edited", t, c), texts, chats),
    st.builds(lambda: ("photo", None, None)),
)


def build_update(kind: str, value, chat, update_id: int, message_id: int) -> dict:
    user = {"id": ATTACKER, "is_bot": False, "first_name": "<b>攻击者</b>"}
    base = {"message_id": message_id, "date": 1_790_000_000}
    if kind == "message":
        entities = ([{"type": "bot_command", "offset": 0, "length": len(value.split()[0])}]
                    if value.startswith("/") and value.split() else [])
        message = {**base, "chat": chat, "from": user, "text": value}
        if entities:
            message["entities"] = entities
        return {"update_id": update_id, "message": message}
    if kind == "edited":
        return {"update_id": update_id, "edited_message": {
            **base, "chat": chat, "from": user, "text": value, "edit_date": 1_790_000_060}}
    if kind == "photo":
        photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
        return {"update_id": update_id, "message": {**base, "chat": {"id": ATTACKER, "type": "private"},
                                                    "from": user, "photo": photo}}
    if kind == "channel":
        return {"update_id": update_id, "channel_post": {**base, "chat": {"id": -1009, "type": "channel"},
                                                         "text": value}}
    message = {**base, "chat": {"id": ATTACKER, "type": "private"}, "from": {**user, "is_bot": True,
               "id": 999, "first_name": "bot"}, "text": "旧消息"}
    return {"update_id": update_id, "callback_query": {
        "id": str(update_id), "from": user, "chat_instance": "c", "data": value, "message": message}}


def snapshot(services) -> dict:
    db = services.intake.store.db
    drafts = {row[0]: row[1:] for row in db.execute("select id, owner_id, status from drafts")}
    answers = {(d, k): v for d, k, v in db.execute("select draft_id, key, value from answers")}
    return {"drafts": drafts, "answers": answers}


async def throw(updates_to_send) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings_ = Settings(telegram_token="123456:TEST", db=Path(folder) / "h.db", _env_file=None)
        services = build_services(settings_)
        store = services.intake.store
        store.seen(VICTIM, "受害者")
        victim = store.create(VICTIM, SUMMARY, COMPLETE)
        services.intake.act(VICTIM, actions.SubmitAnyway())
        store.create(VICTIM, "city", {"submitting_unit": "江苏省工业和信息化厅"})
        telegram = FakeTelegram()
        app = build_application(services, RecordingRequest(telegram))
        errors = []

        async def keep(update, context):
            errors.append(context.error)

        app.add_error_handler(keep)
        await app.initialize()
        before = snapshot(services)
        for number, (kind, value, chat) in enumerate(updates_to_send, start=1):
            payload = build_update(kind, value, chat, number, 10_000 + number)
            await app.process_update(Update.de_json(payload, app.bot))
        after = snapshot(services)
        await app.shutdown()

    assert not errors, errors
    for call in telegram.calls:
        if call.endpoint in ("sendMessage", "editMessageText"):
            assert 0 < len(call.params["text"]) <= LIMIT
            assert call.params["text"] != SORRY
            assert "parse_mode" not in call.params
            markup = call.params.get("reply_markup") or {}
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    assert len(button["callback_data"].encode()) <= 64
        if call.endpoint == "sendMessage":
            assert int(call.params["chat_id"]) == ATTACKER
    victims = {d for d, row in before["drafts"].items() if row[0] == VICTIM}
    for key in before["answers"].keys() | after["answers"].keys():
        if key[0] in victims:
            assert before["answers"].get(key) == after["answers"].get(key)
    for draft in victims:
        assert before["drafts"][draft] == after["drafts"][draft]
    assert victim.id in victims


PRIVATE = {"id": ATTACKER, "type": "private"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(updates, min_size=1, max_size=25))
@example([("callback", "o2", None), ("message", "苏州市", PRIVATE)])
@example([("callback", "F1", None), ("message", "苏州恒远动力电池有限公司", PRIVATE)])
@example([("message", "/start", PRIVATE), ("callback", "2:city:p1", None)])
@example([("callback", "a1", None), ("callback", "r1", None), ("message", "退回", PRIVATE)])
@example([("callback", "L", None), ("callback", "L1", None)])
def test_arbitrary_updates_never_raise_and_touch_only_the_senders_draft(updates_to_send):
    asyncio.run(throw(updates_to_send))
