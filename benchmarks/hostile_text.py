"""The slowest update for a hostile message (tests/hostile_messages.py) at each question.

A message a regular expression reads in many ways (好的，好的，…x) can hold the bot's one event
loop for seconds. Each message is typed at every question of the journey and at the summary,
each time by a fresh engineer walked there, through the real Application; only that update is
timed.

    python -m benchmarks.hostile_text [--length 300] [--top 10]

The last line is `key=value` pairs for scripts.
"""

import argparse
import asyncio
import itertools
import tempfile
from pathlib import Path

from benchmarks.bot_throughput import TimedUser
from bot.app import build_application
from bot.services import build_services
from bot.settings import Settings
from tests.fake_bot_api import FakeTelegram, RecordingRequest
from tests.hostile_messages import hostile
from tests.journey import JOURNEY, walk

TOKEN = "123456:BENCH"


async def main(length: int, top: int) -> None:
    messages = hostile(length)
    timings: list[tuple[float, int, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(telegram_token=TOKEN, db=Path(folder) / "bench.db", send_rate=0,
                            _env_file=None)
        telegram = FakeTelegram()
        app = build_application(build_services(settings), RecordingRequest(telegram))
        await app.initialize()
        users = itertools.count(20_000)
        for moves in range(1, len(JOURNEY) + 1):  # after the last move: the summary
            for text in messages:
                latencies: list[float] = []
                user = TimedUser(app, telegram, next(users), latencies=latencies)
                await walk(user, moves)
                await user.send(text)
                timings.append((latencies[-1], moves, text))
        await app.shutdown()
    timings.sort(reverse=True)
    print(f"{'ms':>9}  {'at move':>7}  message")
    for seconds, moves, text in timings[:top]:
        shown = text if len(text) <= 24 else f"{text[:12]}…{text[-6:]} ({len(text)} chars)"
        print(f"{seconds * 1000:>9.1f}  {moves:>7}  {shown}")
    slowest = timings[0]
    print(f"messages={len(messages)} updates={len(timings)} length={length} "
          f"slowest_ms={slowest[0] * 1000:.1f} slowest_at_move={slowest[1]} "
          f"median_ms={timings[len(timings) // 2][0] * 1000:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=300, help="characters per message")
    parser.add_argument("--top", type=int, default=10, help="slowest updates to list")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.length, arguments.top))
