"""Throughput of the whole intake through the real Application, against a bare echo bot.

N simulated engineers complete the intake concurrently; every answer is committed to a real
SQLite file on disk. The Bot API is faked at the request layer (no network), the same fake
for both bots, so the ratio shows what the product costs over python-telegram-bot itself.

    python -m benchmarks.bot_throughput [--engineers 200] [--breakdown]

The last line is `key=value` pairs for scripts. `--breakdown` also times, per update of the
intake run, where the time goes: parsing the update, the product's step (with its commit),
the commit alone, and the Bot API calls (python-telegram-bot's request path and the fake).
"""

import argparse
import asyncio
import contextlib
import functools
import gc
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from telegram import Bot, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot.app import build_application, settle
from bot.intake import Intake
from bot.services import build_services
from bot.settings import Settings
from storage.drafts import DraftStore
from tests.fake_bot_api import FakeTelegram, FakeUser, RecordingRequest, deliver
from tests.journey import JOURNEY

TOKEN = "123456:BENCH"
# The whole intake, then submit (and confirm, once alike rows exist).
SCRIPT = (*JOURNEY, ("press", "✅ 提交"), ("press", "仍然提交"))


class TimedUser(FakeUser):
    """A FakeUser that records how long the Application took for each of its updates."""

    def __init__(self, *args, latencies: list[float], **kwargs):
        super().__init__(*args, **kwargs)
        self.latencies = latencies

    async def _process(self, payload: dict) -> list:
        update = Update.de_json({"update_id": next(self._update_ids), **payload}, self.app.bot)
        started = time.perf_counter()
        await deliver(self.app, update)
        self.latencies.append(time.perf_counter() - started)
        return []


async def engineer(user: TimedUser) -> None:
    for kind, value in SCRIPT:
        if kind == "send":
            await user.send(value)
        elif value != "仍然提交" or _has_button(user, value):
            await user.press(value)


def _has_button(user: FakeUser, label: str) -> bool:
    return label in user.last_buttons()


async def run(app: Application, telegram: FakeTelegram, engineers: int, script) -> dict:
    latencies: list[float] = []
    users = [TimedUser(app, telegram, 10_000 + n, f"工程师{n}", latencies=latencies)
             for n in range(engineers)]
    await app.initialize()
    started = time.perf_counter()
    await asyncio.gather(*(script(user) for user in users))
    elapsed = time.perf_counter() - started
    await app.shutdown()
    return {
        "updates": len(latencies),
        "updates_per_s": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": statistics.quantiles(latencies, n=100)[98] * 1000,
    }


# (label, owner, method) of the parts `--breakdown` times
PARTS = (
    ("parse update", Update, "de_json"),
    ("product step", Intake, "act"),
    ("  of which commit", DraftStore, "save"),
    ("Bot API calls", Bot, "_post"),
)


@contextlib.contextmanager
def timing(spent: dict[str, float]) -> Iterator[None]:
    """Within the block, the time spent in each part adds up in `spent`, by label."""
    originals = [(owner, name, owner.__dict__[name]) for _, owner, name in PARTS]
    for label, owner, name in PARTS:
        method = getattr(owner, name)
        if asyncio.iscoroutinefunction(method):
            async def timed(*args, _method=method, _label=label, **kwargs):
                started = time.perf_counter()
                try:
                    return await _method(*args, **kwargs)
                finally:
                    spent[_label] += time.perf_counter() - started
        else:
            def timed(*args, _method=method, _label=label, **kwargs):
                started = time.perf_counter()
                try:
                    return _method(*args, **kwargs)
                finally:
                    spent[_label] += time.perf_counter() - started
        setattr(owner, name, functools.wraps(method)(timed))
    try:
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def echo_application(telegram: FakeTelegram) -> Application:
    """The smallest bot python-telegram-bot allows: echo texts, acknowledge presses."""

    async def echo(update, context):
        await update.effective_chat.send_message(update.effective_message.text)

    async def ack(update, context):
        await update.callback_query.answer()
        await update.effective_chat.send_message("ok")

    app = ApplicationBuilder().token(TOKEN).request(RecordingRequest(telegram)).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(ack))
    return app


async def echo_script(user: TimedUser) -> None:
    """As many updates as the intake script, half typed, half pressed."""
    await user.send("你好")
    for kind, value in SCRIPT[1:]:
        if kind == "send":
            await user.send(value)
        else:
            await user.press_data("x", user.telegram.by_chat[user.id][-1].message_id)


async def main(engineers: int, breakdown: bool) -> None:
    spent = dict.fromkeys((label for label, _, _ in PARTS), 0.0)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        # The bot's own CPU cost is measured here, not Telegram's flood limit.
        settings = Settings(telegram_token=TOKEN, db=db, send_rate=0, _env_file=None)
        telegram = FakeTelegram()
        app = build_application(build_services(settings), RecordingRequest(telegram))
        settle()  # as `scenario-intake run` does before it serves
        with timing(spent) if breakdown else contextlib.nullcontext():
            ours = await run(app, telegram, engineers, engineer)
        db_mb = sum(p.stat().st_size for p in Path(folder).glob("bench.db*")) / 2**20
        submitted = app.bot_data["services"].reviews.store.entries(["submitted"])
    echo_telegram = FakeTelegram()
    gc.collect()  # the echo bot starts with no garbage left by the intake's run
    echo = await run(echo_application(echo_telegram), echo_telegram, engineers, echo_script)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'bot':<10}{'updates':>10}{'updates/s':>12}{'p50 ms':>10}{'p99 ms':>10}")
    for name, figures in (("intake", ours), ("echo", echo)):
        print(f"{name:<10}{figures['updates']:>10}{figures['updates_per_s']:>12.0f}"
              f"{figures['p50_ms']:>10.2f}{figures['p99_ms']:>10.2f}")
    print(f"engineers={engineers} rows submitted={len(submitted)}")
    if breakdown:
        print("where an intake update's time goes (µs per update; timers add their own cost):")
        for label, seconds in spent.items():
            print(f"  {label:<20}{seconds / ours['updates'] * 1e6:>8.0f}")
        print(f"  {'whole update':<20}{1e6 / ours['updates_per_s']:>8.0f}")
    print(
        f"updates_per_s={ours['updates_per_s']:.0f} p50_ms={ours['p50_ms']:.2f} "
        f"p99_ms={ours['p99_ms']:.2f} echo_updates_per_s={echo['updates_per_s']:.0f} "
        f"ratio_vs_echo={ours['updates_per_s'] / echo['updates_per_s']:.2f} "
        f"db_mb={db_mb:.2f} peak_rss_mb={peak_rss_mb:.0f}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engineers", type=int, default=200)
    parser.add_argument("--breakdown", action="store_true", help="time the parts of an update")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.engineers, arguments.breakdown))
