"""Updates of different people are handled at the same time; one person's, in order.

python-telegram-bot handles one update at a time by default. Each reply waits on Telegram's
network (a round trip of 0.1–0.3 s, two or three per answer), so in a deadline burst every
engineer would queue behind everyone else's round trips. Handling people concurrently removes
that wait; keeping each person's updates in order keeps an answer from overtaking the one
typed before it.
"""

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 256


class PerUserOrder(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES):
        super().__init__(max_concurrent_updates)
        self._turns: dict[int, tuple[asyncio.Lock, int]] = {}  # person -> (lock, updates held)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        person = _person(update)
        if person is None:
            await coroutine
            return
        lock, held = self._turns.get(person, (asyncio.Lock(), 0))
        self._turns[person] = (lock, held + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, held = self._turns[person]
            if held == 1:
                del self._turns[person]
            else:
                self._turns[person] = (lock, held - 1)

    async def initialize(self) -> None:
        """Nothing to set up: the locks live only while a person has updates in hand."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def _person(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    who = update.effective_user or update.effective_chat
    return who.id if who else None
