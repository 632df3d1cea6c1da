"""A fake Bot API over HTTP on 127.0.0.1, for a bot running in another process.

`HttpBotApi` serves `POST /bot<token>/<method>` from a background thread. `FakeTelegram`
answers every method and keeps the chat; `getUpdates` long-polls a queue of updates the test
pushes and, as Telegram does, forgets an update only once a later call asks for a higher
`offset`; a getUpdates arriving while another waits ends the waiting one with 409 Conflict,
as when two processes poll one bot. `HttpUser` is a `FakeUser` whose typing and tapping
travel through that queue.
"""

import asyncio
import email.parser
import email.policy
import json
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from tests.fake_bot_api import Call, FakeTelegram, FakeUser

LONG_POLL_CAP = 0.5  # seconds a getUpdates may wait for news: short, so the bot stays responsive
REPLY_TIMEOUT = 10.0  # seconds, generous enough for a bot process to start before it answers
SCREENS = ("sendMessage", "editMessageText")
CONFLICT = ("Conflict: terminated by other getUpdates request; make sure that only one bot "
            "instance is running")
T = TypeVar("T")


class HttpBotApi:
    """The Bot API on an ephemeral port; binding raises OSError when no port can be had."""

    def __init__(self, token: str, telegram: FakeTelegram | None = None):
        self.token = token
        self.telegram = telegram or FakeTelegram()
        self.confirmed = 0  # Telegram has forgotten the updates below this id
        self.deliveries: dict[int, list[int]] = {}  # update id -> len(calls) at each delivery
        self.long_poll_cap = LONG_POLL_CAP
        self._polls = 0  # getUpdates calls so far: a waiting one ends when the count moves on
        self._updates: list[dict] = []
        self._next_update_id = 1
        self._holding = False
        self._closed = False
        self._changed = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True  # quick to shut down
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "HttpBotApi":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # --- what the test does ------------------------------------------------------------------

    def push(self, payload: dict) -> int:
        """Queue an update (a message or a callback query) for the bot; returns its update_id."""
        with self._changed:
            update_id = self._next_update_id
            self._next_update_id += 1
            self._updates.append({"update_id": update_id, **payload})
            self._changed.notify_all()
        return update_id

    def hold_confirmations(self, held: bool) -> None:
        """While held, offsets confirm nothing, as if the bot's next getUpdates were lost in
        transit: a bot restarted afterwards is handed the same updates again."""
        with self._changed:
            self._holding = held

    def wait_until(self, ready: Callable[[], T], what: str, timeout: float = REPLY_TIMEOUT) -> T:
        with self._changed:
            found = self._changed.wait_for(ready, timeout)
            if not found:
                last = list(self.telegram.messages.values())[-1:]
                shown = last[0].text[:80] if last else None
                raise AssertionError(f"no {what} within {timeout} s; last message: {shown!r}")
            return found

    def wait_reply(self, update_id: int, chat_id: int, delivery: int = 0) -> list[Call]:
        """The calls answering the `delivery`-th delivery of an update, up to and including its
        screen: the first message or edit with buttons in that chat."""

        def reply() -> list[Call] | None:
            starts = self.deliveries.get(update_id, [])
            if len(starts) <= delivery:
                return None
            calls = self.telegram.calls[starts[delivery]:]
            for end, call in enumerate(calls, 1):
                if (call.endpoint in SCREENS and "reply_markup" in call.params
                        and str(call.params.get("chat_id")) == str(chat_id)):
                    return calls[:end]
            return None

        return self.wait_until(reply, f"reply to update {update_id} (delivery {delivery + 1})")

    def wait_confirmed(self, update_id: int) -> None:
        """Until the bot has told Telegram it has update `update_id`."""
        self.wait_until(lambda: self.confirmed > update_id, f"confirmation of update {update_id}")

    # --- what the bot does -------------------------------------------------------------------

    def respond(self, path: str, content_type: str, body: bytes) -> tuple[int, dict]:
        prefix, _, method = path.partition("?")[0].rpartition("/")
        if prefix != f"/bot{self.token}":
            return HTTPStatus.NOT_FOUND, {"ok": False, "error_code": 404, "description": "Not Found"}
        params, files = parse_body(content_type, body)
        if method == "getUpdates":
            batch = self._get_updates(params)
            if batch is None:
                return HTTPStatus.CONFLICT, {"ok": False, "error_code": 409, "description": CONFLICT}
            return HTTPStatus.OK, {"ok": True, "result": batch}
        with self._changed:
            try:
                result = self.telegram.answer(method, params, files)
            except (KeyError, ValueError) as error:
                description = f"Bad Request: {error!r}"
                return HTTPStatus.BAD_REQUEST, {"ok": False, "error_code": 400, "description": description}
            finally:
                self._changed.notify_all()
        return HTTPStatus.OK, {"ok": True, "result": result}

    def _get_updates(self, params: dict) -> list[dict] | None:
        """The updates from `offset` on; None when a later getUpdates ended the wait."""
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), self.long_poll_cap)
        limit = int(params.get("limit") or 100)
        with self._changed:
            self._polls += 1
            poll = self._polls
            if not self._holding and offset > self.confirmed:
                self.confirmed = offset
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            first = max(offset, self.confirmed)

            def pending() -> list[dict]:
                return [u for u in self._updates if u["update_id"] >= first][:limit]

            self._changed.notify_all()  # of the confirmation, and to the poll this one ends
            self._changed.wait_for(lambda: pending() or self._closed or self._polls != poll, wait)
            if self._polls != poll:
                return None
            batch = pending()
            for update in batch:
                self.deliveries.setdefault(update["update_id"], []).append(len(self.telegram.calls))
            self._changed.notify_all()
            return batch


def parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Parameters and uploaded files of a JSON, form or multipart request body."""
    kind = content_type.partition(";")[0].strip().lower()
    if kind == "application/json":
        return json.loads(body or b"{}"), {}
    if kind == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        params, files = {}, {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            content = part.get_payload(decode=True)
            if part.get_filename() is None:
                params[name] = content.decode(part.get_content_charset() or "utf-8")
            else:
                files[name] = content
        return params, files
    return dict(parse_qsl(body.decode(), keep_blank_values=True)), {}


def _handler(api: HttpBotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, answer = api.respond(self.path, self.headers.get("Content-Type", ""), body)
            data = json.dumps(answer, ensure_ascii=False).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the bot was killed while its long poll waited

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class HttpUser(FakeUser):
    """A person in a private chat with a bot that polls `HttpBotApi` from another process."""

    def __init__(self, api: HttpBotApi, user_id: int, name: str = "张工"):
        super().__init__(None, api.telegram, user_id, name)
        self.api = api
        self.last_update_id: int | None = None

    async def _process(self, payload: dict) -> list[Call]:
        """Queue the update and wait for the bot's answer to it, up to its screen."""
        self.last_update_id = self.api.push(payload)
        return await asyncio.to_thread(self.api.wait_reply, self.last_update_id, self.id)
