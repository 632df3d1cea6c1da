"""A fake Telegram Bot API: records every call and answers like Telegram would.

`FakeTelegram` keeps the chat state (messages with their keyboards) and can refuse calls as
Telegram does (flood control, a user who blocked the bot); `RecordingRequest` plugs
it into python-telegram-bot at its request layer, so the real `Application` runs with no
network. Tests and benchmarks drive users through `FakeUser`.
"""

import asyncio
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

BOT = {"id": 999, "is_bot": True, "first_name": "场景填报助手", "username": "intake_bot"}
DATE = 1_790_000_000
# What Telegram marks as a bot command: a slash and latin letters, digits or underscores
# (/start, /start@intake_bot); "/东南大学" is plain text.
BOT_COMMAND = re.compile(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")


@dataclass
class Call:
    endpoint: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)  # upload part -> content
    filenames: dict[str, str] = field(default_factory=dict)  # upload part -> file name


EDITED_NOT_FOUND = "Bad Request: message to edit not found"
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message")
# Telegram refuses an inline keyboard of more than 100 buttons, and a button whose callback
# data is over 64 bytes, whatever the message.
MAX_BUTTONS = 100
MARKUP_TOO_LONG = "Bad Request: reply markup is too long"
MAX_CALLBACK_BYTES = 64
DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"


@dataclass
class Refusal:
    """An error the Bot API answers instead of a result, worded as Telegram words it."""

    endpoint: str
    chat_id: int | None  # None: every chat
    error_code: int
    description: str
    retry_after: int | None
    times: int | None  # None: every time

    def matches(self, endpoint: str, params: dict[str, Any]) -> bool:
        if endpoint != self.endpoint:
            return False
        return self.chat_id is None or str(self.chat_id) == str(params.get("chat_id"))

    def body(self) -> dict:
        body = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class SentMessage:
    chat_id: int
    message_id: int
    text: str
    keyboard: list[list[dict]] | None
    date: int = DATE  # when sent, in Unix seconds; an edit keeps it, as Telegram does


class FakeTelegram:
    """The Bot API's behaviour, without transport: `answer(endpoint, params)` -> result."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.messages: dict[int, SentMessage] = {}
        self.by_chat: dict[int, list[SentMessage]] = {}
        self.refused: list[Call] = []  # calls answered with an error: nobody saw them
        self._refusals: list[Refusal] = []
        self.gates: dict[str, asyncio.Event] = {}  # chat id -> calls to it wait until set
        self._ids = itertools.count(1)
        # Telegram's time, which stamps each message sent: the bot's clock, as both keep the
        # real time (tests moving the bot's clock move this one with it).
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    def sent_at(self) -> int:
        return int(self.clock().timestamp())

    def refuse(
        self,
        endpoint: str,
        error_code: int,
        description: str,
        *,
        chat_id: int | None = None,
        retry_after: int | None = None,
        times: int | None = 1,
    ) -> None:
        """Answer the next `times` calls of `endpoint` (to `chat_id` only, if given) with an
        error, as Telegram does when flooded (429) or blocked by the user (403)."""
        self._refusals.append(
            Refusal(endpoint, chat_id, error_code, description, retry_after, times)
        )

    def hold(self, chat_id: int) -> asyncio.Event:
        """Keep calls to this chat waiting, as on a slow network, until the event is set."""
        return self.gates.setdefault(str(chat_id), asyncio.Event())

    def refusal(self, endpoint: str, params: dict[str, Any]) -> Refusal | None:
        """The error this call meets, if one is queued for it or Telegram would refuse it; the
        call is then not delivered."""
        if endpoint.startswith("editMessage") and int(params["message_id"]) not in self.messages:
            self.refused.append(Call(endpoint, params))
            return Refusal(endpoint, None, 400, EDITED_NOT_FOUND, None, None)
        if endpoint == "editMessageText" and self._unchanged(params):
            self.refused.append(Call(endpoint, params))
            return Refusal(endpoint, None, 400, NOT_MODIFIED, None, None)
        if refused := _refused_markup(params):
            self.refused.append(Call(endpoint, params))
            return Refusal(endpoint, None, 400, refused, None, None)
        refusal = next((r for r in self._refusals if r.matches(endpoint, params)), None)
        if refusal is None:
            return None
        self.refused.append(Call(endpoint, params))
        if refusal.times is not None:
            refusal.times -= 1
            if refusal.times == 0:
                self._refusals.remove(refusal)
        return refusal

    def _unchanged(self, params: dict[str, Any]) -> bool:
        """Telegram refuses an edit that leaves a message as it is (a button pressed twice)."""
        message = self.messages.get(int(params["message_id"]))
        return (message is not None and message.text == params["text"]
                and message.keyboard == _keyboard(params))

    def answer(
        self,
        endpoint: str,
        params: dict[str, Any],
        files: dict[str, bytes],
        filenames: dict[str, str] | None = None,
    ) -> Any:
        self.calls.append(Call(endpoint, params, files, filenames or {}))
        handler = getattr(self, f"_{endpoint}", None)
        return handler(params) if handler else True

    def _getMe(self, params: dict) -> dict:
        return BOT

    def _getUpdates(self, params: dict) -> list:
        return []

    def _sendMessage(self, params: dict) -> dict:
        message = SentMessage(
            int(params["chat_id"]), next(self._ids), params["text"], _keyboard(params),
            self.sent_at(),
        )
        self._keep(message)
        return self.message_json(message)

    def _editMessageText(self, params: dict) -> dict:
        message = self.messages[int(params["message_id"])]
        message.text = params["text"]
        message.keyboard = _keyboard(params)
        return self.message_json(message)

    def _editMessageReplyMarkup(self, params: dict) -> dict:
        message = self.messages[int(params["message_id"])]
        message.keyboard = _keyboard(params)
        return self.message_json(message)

    def _sendDocument(self, params: dict) -> dict:
        message = SentMessage(int(params["chat_id"]), next(self._ids), "", None, self.sent_at())
        self._keep(message)
        document = {"file_id": "doc", "file_unique_id": "doc", "file_name": "file.xlsx"}
        return {**self.message_json(message), "document": document}

    def _keep(self, message: SentMessage) -> None:
        self.messages[message.message_id] = message
        self.by_chat.setdefault(message.chat_id, []).append(message)

    def message_json(self, message: SentMessage) -> dict:
        data = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": {"id": message.chat_id, "type": "private"},
            "from": BOT,
            "text": message.text,
        }
        if message.keyboard:
            data["reply_markup"] = {"inline_keyboard": message.keyboard}
        return data


def _keyboard(params: dict) -> list[list[dict]] | None:
    markup = params.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    return markup.get("inline_keyboard") if markup else None


def _refused_markup(params: dict) -> str | None:
    """Telegram's words for a keyboard it will not show, or None for one it shows. Cheap, as
    the throughput benchmark sends every message through it: bytes are counted only of data
    long enough in characters to pass the limit."""
    rows = _keyboard(params)
    if not rows:
        return None
    if sum(map(len, rows)) > MAX_BUTTONS:
        return MARKUP_TOO_LONG
    data = (b.get("callback_data", "") for row in rows for b in row)
    if any(len(d) > MAX_CALLBACK_BYTES // 4 and len(d.encode()) > MAX_CALLBACK_BYTES for d in data):
        return DATA_INVALID
    return None


def _with_text(message: dict, text: str) -> dict:
    """The message carrying `text`, with the command entity Telegram adds to a leading /word."""
    if command := BOT_COMMAND.match(text):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": command.end()}]
    return {**message, "text": text}


class RecordingRequest(BaseRequest):
    """python-telegram-bot's HTTP layer replaced by `FakeTelegram`."""

    def __init__(self, telegram: FakeTelegram):
        self.telegram = telegram

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        if gate := self.telegram.gates.get(str(params.get("chat_id"))):
            await gate.wait()
        refusal = self.telegram.refusal(endpoint, params)
        if refusal is not None:
            return refusal.error_code, json.dumps(refusal.body()).encode()
        parts = {}
        if request_data and request_data.contains_files:
            parts = {name: part for name, part in request_data.multipart_data.items()
                     if isinstance(part, tuple)}
        files = {name: part[1] for name, part in parts.items()}
        filenames = {name: part[0] for name, part in parts.items()}
        result = self.telegram.answer(endpoint, params, files, filenames)
        return 200, json.dumps({"ok": True, "result": result}).encode()


async def deliver(app: Application, update: Update) -> None:
    """Hand an update to the Application the way its update fetcher does: through the update
    processor, which decides what runs concurrently."""
    await app.update_processor.process_update(update, app.process_update(update))


class FakeUser:
    """One person in a private chat with the bot."""

    _update_ids = itertools.count(1)

    def __init__(self, app: Application, telegram: FakeTelegram, user_id: int, name: str = "张工"):
        self.app = app
        self.telegram = telegram
        self.id = user_id
        self.name = name
        self.username: str | None = None  # Telegram's @handle, which not everyone has
        self.delivered: list[tuple[dict, int]] = []  # each update sent, with its update_id

    @property
    def user_json(self) -> dict:
        user = {"id": self.id, "is_bot": False, "first_name": self.name}
        return {**user, "username": self.username} if self.username else user

    async def send(self, text: str) -> list[Call]:
        """Type a message (commands included); returns the Bot API calls it caused."""
        message = _with_text(self._message_json(), text)
        self.last_typed_id = message["message_id"]
        return await self._process({"message": message})

    async def edit_last(self, text: str) -> list[Call]:
        """Edit the last message typed, as Telegram's edit feature does."""
        message = {**self._message_json(), "message_id": self.last_typed_id, "edit_date": self.telegram.sent_at() + 60}
        return await self._process({"edited_message": _with_text(message, text)})

    async def send_photo(self, caption: str = "") -> list[Call]:
        photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
        return await self._send_file("photo", photo, caption)

    async def send_document(self, file_name: str, caption: str = "") -> list[Call]:
        document = {"file_id": "d", "file_unique_id": "d", "file_name": file_name}
        return await self._send_file("document", document, caption)

    async def _send_file(self, kind: str, file: Any, caption: str) -> list[Call]:
        message = {**self._message_json(), kind: file}
        if caption:
            message["caption"] = caption
        return await self._process({"message": message})

    async def press(self, label: str, message_id: int | None = None) -> list[Call]:
        """Tap the button whose text is (or starts with) `label` on the newest message showing it."""
        message, data = self.find_button(label, message_id)
        query = {
            "id": str(next(self._update_ids)),
            "from": self.user_json,
            "chat_instance": "c",
            "data": data,
            "message": self.telegram.message_json(message),
        }
        return await self._process({"callback_query": query})

    async def press_data(self, data: str, message_id: int) -> list[Call]:
        """Send arbitrary callback data, as a forged or outdated client could."""
        query = {
            "id": str(next(self._update_ids)),
            "from": self.user_json,
            "chat_instance": "c",
            "data": data,
            "message": self.telegram.message_json(self.telegram.messages[message_id]),
        }
        return await self._process({"callback_query": query})

    def find_button(self, label: str, message_id: int | None = None) -> tuple[SentMessage, str]:
        for message in reversed(self.telegram.by_chat.get(self.id, [])):
            if message_id and message.message_id != message_id:
                continue
            for row in message.keyboard or ():
                for button in row:
                    if button["text"] == label or button["text"].startswith(label):
                        return message, button["callback_data"]
        raise AssertionError(f"no button {label!r}; last screen: {self.last_text()!r}")

    def last_text(self) -> str:
        mine = self.telegram.by_chat.get(self.id, [])
        return mine[-1].text if mine else ""

    def last_buttons(self) -> list[str]:
        mine = [m for m in self.telegram.by_chat.get(self.id, []) if m.keyboard]
        return [b["text"] for row in mine[-1].keyboard for b in row] if mine else []

    def _message_json(self) -> dict:
        return {
            "message_id": next(self.telegram._ids),
            "date": self.telegram.sent_at(),
            "chat": {"id": self.id, "type": "private"},
            "from": self.user_json,
        }

    async def redeliver(self, count: int = 1) -> list[Call]:
        """Receive the last `count` updates again, in order, as Telegram does when their
        receipt was not confirmed."""
        before = len(self.telegram.calls)
        for payload, update_id in self.delivered[-count:]:
            await self._process(payload, update_id)
        return self.telegram.calls[before:]

    async def _process(self, payload: dict, update_id: int | None = None) -> list[Call]:
        before = len(self.telegram.calls)
        self.last_update_id = update_id or next(self._update_ids)
        if update_id is None:
            self.delivered.append((payload, self.last_update_id))
        update = Update.de_json({"update_id": self.last_update_id, **payload}, self.app.bot)
        await deliver(self.app, update)
        errors = self.app.bot_data.get("errors")
        if errors:
            raise errors.pop(0)
        return self.telegram.calls[before:]


def texts(calls: list[Call]) -> list[str]:
    """The texts the user saw appear or change, in order."""
    return [c.params["text"] for c in calls if c.endpoint in ("sendMessage", "editMessageText")]
