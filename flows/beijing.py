"""Times as the people using the bot read them: stored in UTC, shown in Beijing time.

China has kept UTC+8 without daylight saving since 1991, so no time zone database is needed.
"""

from datetime import UTC, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


def beijing(stamp: str) -> datetime:
    """A stored ISO time (UTC, with or without its offset) in Beijing time."""
    moment = datetime.fromisoformat(stamp)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(BEIJING)


def minute(stamp: str) -> str:
    return f"{beijing(stamp):%Y-%m-%d %H:%M}"


def day(stamp: str) -> str:
    return f"{beijing(stamp):%Y-%m-%d}"
