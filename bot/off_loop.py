"""/stats and /export run in a worker thread, on a connection of their own.

Both compare every pair of the province's rows for similar scenarios (填写说明 5) and /export
writes a workbook: about two seconds at 2,000 entries. On the bot's one event loop no
engineer's answer would be handled meanwhile, the day before a deadline when coordinators look
most often. They only read, so a second connection (SQLite in WAL mode) sees what is committed
while the loop goes on writing; the bot's own connection stays on the loop's thread.
"""

import asyncio
from collections.abc import Callable

from bot.exporting import Exports
from bot.replies import Reply
from bot.review import Reviews
from bot.services import Services
from storage.drafts import DraftStore
from storage.maintenance import as_stored
from storage.people import People
from storage.reviews import ReviewStore

Work = Callable[[Reviews, Exports], Reply]


async def off_loop(services: Services, work: Work) -> Reply:
    """`work` done with the coordinators' services on a connection of the worker's own."""
    return await asyncio.to_thread(_in_worker, services, work)


def _in_worker(services: Services, work: Work) -> Reply:
    with as_stored(services.settings.db) as db:
        drafts = DraftStore(db, services.intake.store.clock)
        people = People(db, drafts.now)
        people.configure(services.reviews.people.configured.values())
        reviews = Reviews(services.reviews.survey, ReviewStore(drafts), people)
        live = services.exports
        return work(reviews, Exports(reviews.store, people, live.cities, live.words))
